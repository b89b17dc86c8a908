"""The words the GUI shows for the passphrase policy's results (scores, reasons, zxcvbn's
hints), all through Qt's translation so French and Arabic can follow."""

from __future__ import annotations

from liaison_app.services.passphrase import MIN_LENGTH, Hint, Reason, Strength
from ui.i18n import tr as _tr

# Each call spells QCoreApplication.translate with literal texts: what Qt's lupdate extracts.


def score_label(score: int) -> str:
    """The meter's word for a 0..4 score."""
    labels = (
        _tr("Very weak"),
        _tr("Weak"),
        _tr("Fair"),
        _tr("Strong"),
        _tr("Very strong"),
    )
    return labels[max(0, min(score, len(labels) - 1))]


def reason_text(reason: Reason) -> str:
    """Why the policy accepts or refuses a passphrase, as one sentence."""
    texts = {
        Reason.ACCEPTED: "",
        Reason.EMPTY: _tr("Choose a passphrase."),
        Reason.TOO_SHORT: _tr(
            "Use at least %Ln characters; several uncommon words are best.",
            "",
            MIN_LENGTH,
        ),
        Reason.TOO_GUESSABLE: _tr("Too easy to guess: add another uncommon word."),
        Reason.MISMATCH: _tr("The two passphrases differ."),
    }
    return texts[reason]


def hint_text(hint: Hint) -> str:
    """zxcvbn's advice, worded by us."""
    texts = {
        Hint.WORD_ALONE: _tr("A word by itself is easy to guess."),
        Hint.ADD_WORDS: _tr("Add another word or two; uncommon words are better."),
        Hint.AVOID_PERSONAL_DATES: _tr("Avoid dates and years that are associated with you."),
        Hint.AVOID_RECENT_YEARS: _tr("Avoid recent years."),
        Hint.AVOID_REPEATS: _tr("Avoid repeated words and characters."),
        Hint.AVOID_SEQUENCES: _tr("Avoid sequences."),
        Hint.AVOID_PERSONAL_YEARS: _tr("Avoid years that are associated with you."),
        Hint.CAPITALS_DO_NOT_HELP: _tr("Capital letters do not help very much."),
        Hint.COMMON_NAMES: _tr("Common names and surnames are easy to guess."),
        Hint.DATES_GUESSABLE: _tr("Dates are often easy to guess."),
        Hint.NAMES_ALONE: _tr("Names and surnames by themselves are easy to guess."),
        Hint.SYMBOLS_NOT_NEEDED: _tr("No need for symbols, digits or capital letters."),
        Hint.RECENT_YEARS_GUESSABLE: _tr("Recent years are easy to guess."),
        Hint.REPEATS_GUESSABLE: _tr("Repeats like “aaa” are easy to guess."),
        Hint.REPEATED_GROUPS: _tr("Repeats like “abcabcabc” are hardly harder to guess than “abc”."),
        Hint.REVERSED_WORDS: _tr("Reversed words are not much harder to guess."),
        Hint.SEQUENCES_GUESSABLE: _tr("Sequences like “abc” or “6543” are easy to guess."),
        Hint.SHORT_KEYBOARD_PATTERN: _tr("Short keyboard patterns are easy to guess."),
        Hint.STRAIGHT_ROWS: _tr("Straight rows of keys are easy to guess."),
        Hint.TOP_10_PASSWORD: _tr("This is one of the ten most common passwords."),
        Hint.TOP_100_PASSWORD: _tr("This is one of the hundred most common passwords."),
        Hint.VERY_COMMON_PASSWORD: _tr("This is a very common password."),
        Hint.SIMILAR_TO_COMMON: _tr("This is similar to a commonly used password."),
        Hint.USE_FEW_WORDS: _tr("Use a few words; avoid common phrases."),
        Hint.LONGER_KEYBOARD_PATTERN: _tr("Use a longer keyboard pattern with more turns."),
        Hint.ALL_UPPERCASE: _tr("All capitals are almost as easy to guess as all small letters."),
        Hint.PREDICTABLE_SUBSTITUTIONS: _tr("Predictable substitutions like “@” for “a” do not help much."),
    }
    return texts[hint]


def verdict(rating: Strength) -> str:
    """One line under the meter: the score's word, then why it is refused or how to improve."""
    advice = reason_text(rating.reason)
    hints = [rating.feedback.warning] if rating.feedback.warning else []
    # "Add another word" repeats what the refusal already says.
    hints += [h for h in rating.feedback.suggestions if h is not Hint.ADD_WORDS][:1]
    extra = " ".join(hint_text(h) for h in hints)
    return " ".join(part for part in (f"{score_label(rating.score)}.", advice, extra) if part)
