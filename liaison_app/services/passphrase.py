"""The one passphrase policy: what `liaison init`, `passphrase change`, `recover` and the
first-run wizard accept as a new passphrase, and how strong the meter says it is.

Strength is zxcvbn's estimate of the guesses an attacker needs (dictionaries, common
passwords, names, keyboard patterns, dates, l33t), not a count of character classes: it
rates `Password123!` weak and several uncommon words strong. Results are data (a score,
a reason code, zxcvbn's feedback as codes) that the CLI and the GUI word themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from zxcvbn import zxcvbn

from liaison_app.errors import Rule, ValidationError

MIN_LENGTH = 10
# zxcvbn's 0..4 scale: 3 is "safely unguessable" (about 10^10 guesses), which Argon2id on a
# seized laptop makes years of work; 2 and below fall to an offline attack.
MIN_SCORE = 3
MAX_SCORE = 4
# zxcvbn refuses longer input; characters beyond it only add strength, so rate the prefix.
RATED_LENGTH = 72
# Words an attacker tries first against this application's profiles.
_APP_WORDS = ("liaison", "cimic", "uncmcoord", "peacekeeping")


class Reason(StrEnum):
    """Why a new passphrase is accepted or refused."""

    ACCEPTED = "accepted"
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_GUESSABLE = "too_guessable"
    MISMATCH = "mismatch"  # the confirmation differs; only check_new can say it


class Match(StrEnum):
    """How the repeated passphrase compares with the first, as the officer types it."""

    EMPTY = "empty"  # nothing repeated yet
    TYPING = "typing"  # a beginning of the passphrase: may still become it
    MATCH = "match"
    DIFFER = "differ"  # cannot become the passphrase by typing on


class Hint(StrEnum):
    """zxcvbn's warnings and suggestions as codes, so a GUI can word them in any language."""

    WORD_ALONE = "word_alone"
    ADD_WORDS = "add_words"
    AVOID_PERSONAL_DATES = "avoid_personal_dates"
    AVOID_RECENT_YEARS = "avoid_recent_years"
    AVOID_REPEATS = "avoid_repeats"
    AVOID_SEQUENCES = "avoid_sequences"
    AVOID_PERSONAL_YEARS = "avoid_personal_years"
    CAPITALS_DO_NOT_HELP = "capitals_do_not_help"
    COMMON_NAMES = "common_names"
    DATES_GUESSABLE = "dates_guessable"
    NAMES_ALONE = "names_alone"
    SYMBOLS_NOT_NEEDED = "symbols_not_needed"
    RECENT_YEARS_GUESSABLE = "recent_years_guessable"
    REPEATS_GUESSABLE = "repeats_guessable"
    REPEATED_GROUPS = "repeated_groups"
    REVERSED_WORDS = "reversed_words"
    SEQUENCES_GUESSABLE = "sequences_guessable"
    SHORT_KEYBOARD_PATTERN = "short_keyboard_pattern"
    STRAIGHT_ROWS = "straight_rows"
    TOP_10_PASSWORD = "top_10_password"
    TOP_100_PASSWORD = "top_100_password"
    VERY_COMMON_PASSWORD = "very_common_password"
    SIMILAR_TO_COMMON = "similar_to_common"
    USE_FEW_WORDS = "use_few_words"
    LONGER_KEYBOARD_PATTERN = "longer_keyboard_pattern"
    ALL_UPPERCASE = "all_uppercase"
    PREDICTABLE_SUBSTITUTIONS = "predictable_substitutions"


# zxcvbn 4.5's English sentences (its feedback module), mapped to our codes.
_HINTS: dict[str, Hint] = {
    "A word by itself is easy to guess.": Hint.WORD_ALONE,
    "Add another word or two. Uncommon words are better.": Hint.ADD_WORDS,
    "Avoid dates and years that are associated with you.": Hint.AVOID_PERSONAL_DATES,
    "Avoid recent years.": Hint.AVOID_RECENT_YEARS,
    "Avoid repeated words and characters.": Hint.AVOID_REPEATS,
    "Avoid sequences.": Hint.AVOID_SEQUENCES,
    "Avoid years that are associated with you.": Hint.AVOID_PERSONAL_YEARS,
    "Capitalization doesn't help very much.": Hint.CAPITALS_DO_NOT_HELP,
    "Common names and surnames are easy to guess.": Hint.COMMON_NAMES,
    "Dates are often easy to guess.": Hint.DATES_GUESSABLE,
    "Names and surnames by themselves are easy to guess.": Hint.NAMES_ALONE,
    "No need for symbols, digits, or uppercase letters.": Hint.SYMBOLS_NOT_NEEDED,
    "Recent years are easy to guess.": Hint.RECENT_YEARS_GUESSABLE,
    'Repeats like "aaa" are easy to guess.': Hint.REPEATS_GUESSABLE,
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': Hint.REPEATED_GROUPS,
    "Reversed words aren't much harder to guess.": Hint.REVERSED_WORDS,
    'Sequences like "abc" or "6543" are easy to guess.': Hint.SEQUENCES_GUESSABLE,
    "Short keyboard patterns are easy to guess.": Hint.SHORT_KEYBOARD_PATTERN,
    "Straight rows of keys are easy to guess.": Hint.STRAIGHT_ROWS,
    "This is a top-10 common password.": Hint.TOP_10_PASSWORD,
    "This is a top-100 common password.": Hint.TOP_100_PASSWORD,
    "This is a very common password.": Hint.VERY_COMMON_PASSWORD,
    "This is similar to a commonly used password.": Hint.SIMILAR_TO_COMMON,
    "Use a few words, avoid common phrases.": Hint.USE_FEW_WORDS,
    "Use a longer keyboard pattern with more turns.": Hint.LONGER_KEYBOARD_PATTERN,
    "All-uppercase is almost as easy to guess as all-lowercase.": Hint.ALL_UPPERCASE,
    "Predictable substitutions like '@' instead of 'a' don't help very much.": (
        Hint.PREDICTABLE_SUBSTITUTIONS
    ),
}


@dataclass(frozen=True, slots=True)
class Feedback:
    """zxcvbn's advice: as codes for the GUI, and its own English words for the CLI."""

    warning: Hint | None
    suggestions: tuple[Hint, ...]
    text: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Strength:
    """How hard a passphrase is to guess and whether the policy accepts it."""

    score: int  # 0 (guessed at once) .. 4 (very strong), zxcvbn's scale
    reason: Reason
    feedback: Feedback
    accepted: bool


class PassphraseRefusedError(ValidationError):
    """A new passphrase the policy refuses; `reason` says why, `strength` holds the rating."""

    def __init__(
        self, message: str, *, reason: Reason, strength: Strength | None = None, field: str = "passphrase"
    ) -> None:
        super().__init__(
            message,
            field=field,
            detail=message.removeprefix(f"{field}: "),
            rule=Rule.PASSPHRASE_REFUSED,
            params={"reason": reason.value},
        )
        self.reason = reason
        self.strength = strength


def strength(passphrase: str, *, user_inputs: Iterable[str] = ()) -> Strength:
    """Rate `passphrase`; `user_inputs` (officer and device names) count as easy to guess."""
    if not passphrase:
        return Strength(0, Reason.EMPTY, Feedback(None, (), ()), accepted=False)
    result = zxcvbn(passphrase[:RATED_LENGTH], user_inputs=[*_APP_WORDS, *_words(user_inputs)])
    score = int(result["score"])
    feedback = _feedback(result["feedback"])
    if len(passphrase) < MIN_LENGTH:
        reason = Reason.TOO_SHORT
    elif score < MIN_SCORE:
        reason = Reason.TOO_GUESSABLE
    else:
        reason = Reason.ACCEPTED
    # A refused passphrase never shows as strong on the meter.
    shown = score if reason is Reason.ACCEPTED else min(score, MIN_SCORE - 1)
    return Strength(shown, reason, feedback, accepted=reason is Reason.ACCEPTED)


def require_acceptable(passphrase: str, *, user_inputs: Iterable[str] = ()) -> str:
    """`passphrase` if the policy accepts it, else PassphraseRefusedError (exit 2)."""
    rating = strength(passphrase, user_inputs=user_inputs)
    if not rating.accepted:
        raise PassphraseRefusedError(_refusal(rating), reason=rating.reason, strength=rating)
    return passphrase


def check_new(passphrase: str, confirmation: str, *, user_inputs: Iterable[str] = ()) -> str:
    """The passphrase to set if acceptable and confirmed, else PassphraseRefusedError."""
    require_acceptable(passphrase, user_inputs=user_inputs)
    if passphrase != confirmation:
        raise PassphraseRefusedError(
            "confirmation: the two passphrases differ", reason=Reason.MISMATCH, field="confirmation"
        )
    return passphrase


def match(passphrase: str, confirmation: str) -> Match:
    """Whether `confirmation` repeats `passphrase`, for a live hint under the second field."""
    if not confirmation:
        return Match.EMPTY
    if confirmation == passphrase:
        return Match.MATCH
    # Say "differ" only once typing on cannot make the two equal.
    return Match.TYPING if passphrase.startswith(confirmation) else Match.DIFFER


def _refusal(rating: Strength) -> str:
    # One line for the command line; the GUI words `reason` itself. Prefix = the field.
    if rating.reason is Reason.EMPTY:
        return "passphrase: none given"
    if rating.reason is Reason.TOO_SHORT:
        return f"passphrase: use at least {MIN_LENGTH} characters; several uncommon words are best"
    advice = " ".join(rating.feedback.text) or "Add another word or two. Uncommon words are better."
    return f"passphrase: too easy to guess (strength {rating.score} of {MAX_SCORE}). {advice}"


def _feedback(raw: dict[str, object]) -> Feedback:
    warning = str(raw.get("warning") or "")
    suggestions = [str(s) for s in _as_list(raw.get("suggestions"))]
    return Feedback(
        warning=_HINTS.get(warning),
        suggestions=tuple(_HINTS[s] for s in suggestions if s in _HINTS),
        text=tuple(t for t in (warning, *suggestions) if t),
    )


def _as_list(value: object) -> list[object]:
    return list(value) if isinstance(value, list | tuple) else []


def _words(inputs: Iterable[str]) -> list[str]:
    # zxcvbn matches whole inputs; "Maj. Anna Berg" should also match "anna" and "berg".
    found: list[str] = []
    for text in inputs:
        found.append(text)
        found.extend(part for part in text.replace("-", " ").replace(".", " ").split() if len(part) > 2)
    return found
