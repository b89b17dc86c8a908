"""Passphrase rules for new profiles: a rough strength estimate and the minimum we accept.

The estimate counts characters by class and rewards length; it is a nudge for the meter,
not a cracking model. A passphrase of several words passes; a short word does not.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from liaison_app.errors import ValidationError

MIN_LENGTH = 10
LABELS = ("very weak", "weak", "fair", "strong", "very strong")
# Bits at which each label starts (score 1..4).
_THRESHOLDS = (28, 40, 60, 80)


@dataclass(frozen=True, slots=True)
class Strength:
    """Score 0..4, its label and a hint saying how to do better."""

    score: int
    label: str
    bits: float
    hint: str


def strength(passphrase: str) -> Strength:
    """Estimate how hard `passphrase` is to guess."""
    pool = sum(
        size
        for chars, size in (
            (string.ascii_lowercase, 26),
            (string.ascii_uppercase, 26),
            (string.digits, 10),
            (string.punctuation + " ", 33),
        )
        if any(c in chars for c in passphrase)
    )
    if any(ord(c) > 127 for c in passphrase):
        pool += 50
    # Repeated characters add little: count distinct ones more than repeats.
    effective = len(set(passphrase)) + 0.5 * (len(passphrase) - len(set(passphrase)))
    bits = effective * math.log2(pool) if pool else 0.0
    score = sum(bits >= t for t in _THRESHOLDS)
    if len(passphrase) < MIN_LENGTH:
        score = min(score, 1)
        hint = f"Use at least {MIN_LENGTH} characters; several words are easy to remember."
    elif score < 3:
        hint = "Add another word or mix in digits and punctuation."
    else:
        hint = ""
    return Strength(score=score, label=LABELS[score], bits=bits, hint=hint)


def check_new(passphrase: str, confirmation: str) -> str:
    """The passphrase to set, or ValidationError naming what is wrong."""
    if len(passphrase) < MIN_LENGTH:
        raise ValidationError(f"passphrase: use at least {MIN_LENGTH} characters")
    if strength(passphrase).score < 2:
        raise ValidationError("passphrase: too easy to guess; add another word")
    if passphrase != confirmation:
        raise ValidationError("confirmation: the two passphrases differ")
    return passphrase
