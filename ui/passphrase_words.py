"""The words the GUI shows for the passphrase policy's results (scores, reasons, zxcvbn's
hints), all through Qt's translation so French and Arabic can follow."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison_app.services.passphrase import MIN_LENGTH, Hint, Reason, Strength

# Each call spells QCoreApplication.translate with literal texts: what Qt's lupdate extracts.


def score_label(score: int) -> str:
    """The meter's word for a 0..4 score."""
    labels = (
        QCoreApplication.translate("PassphraseWords", "Very weak"),
        QCoreApplication.translate("PassphraseWords", "Weak"),
        QCoreApplication.translate("PassphraseWords", "Fair"),
        QCoreApplication.translate("PassphraseWords", "Strong"),
        QCoreApplication.translate("PassphraseWords", "Very strong"),
    )
    return labels[max(0, min(score, len(labels) - 1))]


def reason_text(reason: Reason) -> str:
    """Why the policy accepts or refuses a passphrase, as one sentence."""
    texts = {
        Reason.ACCEPTED: "",
        Reason.EMPTY: QCoreApplication.translate("PassphraseWords", "Choose a passphrase."),
        Reason.TOO_SHORT: QCoreApplication.translate(
            "PassphraseWords",
            "Use at least %n characters; several uncommon words are best.",
            None,
            MIN_LENGTH,
        ),
        Reason.TOO_GUESSABLE: QCoreApplication.translate(
            "PassphraseWords", "Too easy to guess: add another uncommon word."
        ),
        Reason.MISMATCH: QCoreApplication.translate("PassphraseWords", "The two passphrases differ."),
    }
    return texts[reason]


def hint_text(hint: Hint) -> str:
    """zxcvbn's advice, worded by us."""
    texts = {
        Hint.WORD_ALONE: QCoreApplication.translate("PassphraseWords", "A word by itself is easy to guess."),
        Hint.ADD_WORDS: QCoreApplication.translate(
            "PassphraseWords", "Add another word or two; uncommon words are better."
        ),
        Hint.AVOID_PERSONAL_DATES: QCoreApplication.translate(
            "PassphraseWords", "Avoid dates and years that are associated with you."
        ),
        Hint.AVOID_RECENT_YEARS: QCoreApplication.translate("PassphraseWords", "Avoid recent years."),
        Hint.AVOID_REPEATS: QCoreApplication.translate(
            "PassphraseWords", "Avoid repeated words and characters."
        ),
        Hint.AVOID_SEQUENCES: QCoreApplication.translate("PassphraseWords", "Avoid sequences."),
        Hint.AVOID_PERSONAL_YEARS: QCoreApplication.translate(
            "PassphraseWords", "Avoid years that are associated with you."
        ),
        Hint.CAPITALS_DO_NOT_HELP: QCoreApplication.translate(
            "PassphraseWords", "Capital letters do not help very much."
        ),
        Hint.COMMON_NAMES: QCoreApplication.translate(
            "PassphraseWords", "Common names and surnames are easy to guess."
        ),
        Hint.DATES_GUESSABLE: QCoreApplication.translate("PassphraseWords", "Dates are often easy to guess."),
        Hint.NAMES_ALONE: QCoreApplication.translate(
            "PassphraseWords", "Names and surnames by themselves are easy to guess."
        ),
        Hint.SYMBOLS_NOT_NEEDED: QCoreApplication.translate(
            "PassphraseWords", "No need for symbols, digits or capital letters."
        ),
        Hint.RECENT_YEARS_GUESSABLE: QCoreApplication.translate(
            "PassphraseWords", "Recent years are easy to guess."
        ),
        Hint.REPEATS_GUESSABLE: QCoreApplication.translate(
            "PassphraseWords", "Repeats like “aaa” are easy to guess."
        ),
        Hint.REPEATED_GROUPS: QCoreApplication.translate(
            "PassphraseWords", "Repeats like “abcabcabc” are hardly harder to guess than “abc”."
        ),
        Hint.REVERSED_WORDS: QCoreApplication.translate(
            "PassphraseWords", "Reversed words are not much harder to guess."
        ),
        Hint.SEQUENCES_GUESSABLE: QCoreApplication.translate(
            "PassphraseWords", "Sequences like “abc” or “6543” are easy to guess."
        ),
        Hint.SHORT_KEYBOARD_PATTERN: QCoreApplication.translate(
            "PassphraseWords", "Short keyboard patterns are easy to guess."
        ),
        Hint.STRAIGHT_ROWS: QCoreApplication.translate(
            "PassphraseWords", "Straight rows of keys are easy to guess."
        ),
        Hint.TOP_10_PASSWORD: QCoreApplication.translate(
            "PassphraseWords", "This is one of the ten most common passwords."
        ),
        Hint.TOP_100_PASSWORD: QCoreApplication.translate(
            "PassphraseWords", "This is one of the hundred most common passwords."
        ),
        Hint.VERY_COMMON_PASSWORD: QCoreApplication.translate(
            "PassphraseWords", "This is a very common password."
        ),
        Hint.SIMILAR_TO_COMMON: QCoreApplication.translate(
            "PassphraseWords", "This is similar to a commonly used password."
        ),
        Hint.USE_FEW_WORDS: QCoreApplication.translate(
            "PassphraseWords", "Use a few words; avoid common phrases."
        ),
        Hint.LONGER_KEYBOARD_PATTERN: QCoreApplication.translate(
            "PassphraseWords", "Use a longer keyboard pattern with more turns."
        ),
        Hint.ALL_UPPERCASE: QCoreApplication.translate(
            "PassphraseWords", "All capitals are almost as easy to guess as all small letters."
        ),
        Hint.PREDICTABLE_SUBSTITUTIONS: QCoreApplication.translate(
            "PassphraseWords", "Predictable substitutions like “@” for “a” do not help much."
        ),
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
