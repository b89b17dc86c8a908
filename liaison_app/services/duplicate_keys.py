"""What two records must share to be compared as likely duplicates: normalised names,
phones and emails, and the blocking keys built from them.

Names are casefolded, stripped of accents and punctuation and token-sorted, so "Mukendi,
Jean" and "jean MUKENDI" are one key. Phones are E.164 digits when phonenumbers can read
them (with the profile's default region, if it has one), else their plain digits. Only
these keys are ever compared across records: the scan never looks at every pair.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import phonenumbers

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_DIGIT = re.compile(r"\D")
MIN_PHONE_DIGITS = 6  # shorter numbers (112, an extension) say nothing about who it is
MIN_NAME_TOKEN = 2  # initials ("J.") are too common to block on
# Words that make organization names look alike without saying which organization it is.
ORG_STOPWORDS = frozenset(
    {"of", "the", "for", "and", "de", "la", "le", "des", "du", "et", "pour", "el", "al", "in", "on"}
)


def name_tokens(text: str) -> list[str]:
    """The words of a name: casefolded, accents stripped, punctuation dropped, in order."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _WORD.findall(bare)


def name_key(text: str) -> str:
    """A name as compared: its normalised words, sorted, one space apart."""
    return " ".join(sorted(name_tokens(text)))


def acronym_key(value: str | None) -> str:
    """An acronym as compared: casefolded letters and digits ("W.F.P." is "wfp")."""
    return "".join(name_tokens(value or ""))


def email_key(value: str) -> str | None:
    """An email address as compared (casefolded), or None if it is not one."""
    address = value.strip().casefold()
    local, at, domain = address.partition("@")
    return address if at and local and "." in domain else None


def phone_key(value: str, region: str | None = None) -> str | None:
    """A phone number as compared: E.164 digits (no "+"), else its digits; None if too short.

    Without a region a national number ("081 234 5678") stays national and only meets the
    same national spelling; "00" is read as the international prefix either way.
    """
    digits = _NOT_DIGIT.sub("", value)
    if len(digits) < MIN_PHONE_DIGITS:
        return None
    text = value.strip()
    international = text.startswith("+")
    if international and not _known_country(digits):
        return digits  # what phonenumbers would conclude, at a hundredth of its cost
    if international or region is not None:
        try:
            number = phonenumbers.parse(text, region)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_possible_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)[1:]
    return digits[2:] if digits.startswith("00") else digits


_COUNTRY_CODES = frozenset(str(code) for code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE)


def _known_country(digits: str) -> bool:
    """Whether the number starts with a country calling code (one to three digits)."""
    return digits[:1] in _COUNTRY_CODES or digits[:2] in _COUNTRY_CODES or digits[:3] in _COUNTRY_CODES


def point_keys(points: Iterable[dict[str, str]], region: str | None) -> tuple[set[str], set[str]]:
    """(phone keys, email keys) of a contact's contact points; radio and messaging are not
    compared (a call sign is shared by a whole post)."""
    phones: set[str] = set()
    emails: set[str] = set()
    for point in points:
        value = str(point.get("value", ""))
        if point.get("kind") == "phone":
            key = phone_key(value, region)
            if key is not None:
                phones.add(key)
        elif point.get("kind") == "email":
            key = email_key(value)
            if key is not None:
                emails.add(key)
    return phones, emails


def initials(key: str) -> set[str]:
    """The first letters of a name key's words of two letters or more: a contact is
    compared with the others of its organization that share one (a typo in one word's first
    letter, or words in another order, still meet through the other word)."""
    return {token[0] for token in key.split() if len(token) >= MIN_NAME_TOKEN}


def word_pairs(key: str) -> set[str]:
    """Every two words of a name key of three to six words, as a two-word key: a name with
    a word left out ("Jonas Eltayeb" for "Jonas Girard Eltayeb") has one of them as its key."""
    words = [t for t in key.split() if len(t) >= MIN_NAME_TOKEN]
    if not 3 <= len(words) <= 6:
        return set()
    return {f"{a} {b}" for n, a in enumerate(words) for b in words[n + 1 :]}


def is_part_of(short: str, long: str) -> bool:
    """Whether every word of a name key of two words or more is a word of a longer one."""
    words = short.split()
    return len(words) >= 2 and len(words) < len(long.split()) and set(words) <= set(long.split())


def org_blocks(key: str) -> set[str]:
    """The three-letter prefixes of an organization name key's telling words."""
    return {token[:3] for token in key.split() if len(token) >= 3 and token not in ORG_STOPWORDS}
