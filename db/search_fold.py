"""Folding of Arabic-script text for the full-text index: what FTS5's tokenizer cannot do.

FTS5's `unicode61 remove_diacritics 2` folds Latin accents (Mukéndi finds Mukendi) but leaves
Arabic alone, and sqlcipher3 cannot register a tokenizer of ours. So the text is folded in
Python, on both sides: every document as it enters the index (`db.fts.put`, `put_many`) and
every query (`db.fts.match_expression`). The folding is Lucene's (ArabicNormalizer and
PersianNormalizer, lucene/analysis/common .../ar and .../fa), plus a few marks and digits:

- removed: tatweel U+0640 and the harakat U+064B-U+0652 (Lucene), the other combining marks
  of the Arabic block U+0653-U+065F (maddah, hamza above and below, ...) and the superscript
  alef U+0670;
- alef with madda, hamza above or below (آ أ إ, Lucene) and alef wasla (ٱ) -> alef ا;
- alef maksura ى (Lucene), Farsi yeh ی and yeh barree ے (Lucene fa) -> yeh ي;
- teh marbuta ة (Lucene), heh with yeh ۀ and heh goal ہ (Lucene fa) -> heh ه;
- keheh ک (Lucene fa) -> kaf ك;
- Arabic-Indic digits ٠-٩ and extended (Persian, Urdu) digits ۰-۹ -> 0-9, so a phone number
  typed either way finds the other;
- presentation forms (U+FB50-U+FDFF, U+FE70-U+FEFF, text copied out of PDFs) -> the letters
  they show, then folded as above.

Folding never adds or removes a token (a word as FTS5 splits it, with combining marks as
token characters: see `db.fts.TOKENIZE`): marks are only dropped next to a letter or digit
that stays, and every other change maps letters to letters. So the n-th token of the folded
text is the n-th token of the original, and FTS5 builds snippets from the original text (an
external-content index) at the positions it matched in the folded one.

Changing this folding changes what the index holds: the index must then be rebuilt by a
migration (as v029 did), since a document is removed by handing FTS5 its folded text again.
"""

from __future__ import annotations

import re
import unicodedata

_ALEF, _YEH, _HEH, _KAF = "\u0627", "\u064a", "\u0647", "\u0643"

_LETTERS: dict[str, str] = {
    "\u0622": _ALEF,  # alef with madda above
    "\u0623": _ALEF,  # alef with hamza above
    "\u0625": _ALEF,  # alef with hamza below
    "\u0671": _ALEF,  # alef wasla
    "\u0649": _YEH,  # alef maksura (dotless yeh)
    "\u06cc": _YEH,  # Farsi yeh
    "\u06d2": _YEH,  # yeh barree
    "\u0629": _HEH,  # teh marbuta
    "\u06c0": _HEH,  # heh with yeh above
    "\u06c1": _HEH,  # heh goal
    "\u06a9": _KAF,  # keheh
    **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + d): str(d) for d in range(10)},  # extended Arabic-Indic digits
}

# Dropped when next to a letter or digit that stays (never a whole token).
_MARKS = "\u0640\u064b-\u065f\u0670"
# The letters and digits marks may be dropped beside: the Arabic letters (all in Unicode 6.1,
# which SQLite's unicode61 tables follow, so FTS5 sees them as token characters too) and ASCII.
_ANCHOR = (
    "0-9A-Za-z\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f"
)
_DROP = re.compile(f"(?<=[{_ANCHOR}])[{_MARKS}]+|[{_MARKS}]+(?=[{_ANCHOR}])")
# In text as people write it every run of marks follows a letter, and then all of them go:
# one plain substitution (four times faster than `_DROP`, which checks both neighbours of
# every character). A mark after anything else (a space, punctuation) takes `_DROP`'s way.
_ALL_MARKS = re.compile(f"[{_MARKS}]+")
_MARK_SET = frozenset(chr(c) for c in (0x0640, *range(0x064B, 0x0660), 0x0670))
_MARK_UNANCHORED = re.compile(f"[{_MARKS}](?<=[^{_ANCHOR}{_MARKS}][{_MARKS}])")
# A letter followed by maddah or hamza above or below, written as two characters (decomposed
# text): composed first, so that decomposed أ folds as the composed one does.
_DECOMPOSED = re.compile("[\u0621-\u064a\u06c1\u06d2\u06d5][\u0653-\u0655]")
# Any character the folding may touch; text without one is returned as it is (the common case).
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def _token_characters(text: str) -> bool:
    return bool(text) and all(unicodedata.category(c)[0] in "LMN" for c in text)


def _presentation_forms() -> dict[str, str]:
    """Each presentation form whose compatibility letters are token characters only, folded
    (a form standing for several words, such as U+FDFA, is left alone: it is one token)."""
    forms = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        shown = unicodedata.normalize("NFKC", chr(code))
        if shown != chr(code) and _token_characters(shown):
            forms[chr(code)] = "".join(_LETTERS.get(c, c) for c in shown)
    return forms


_TABLE = str.maketrans({**_presentation_forms(), **_LETTERS})
# The characters `_TABLE` changes, in runs: `str.translate` on a whole document looks up every
# character in the table (170 ns each), this only those that change.
_MAPPED = re.compile("[" + "".join(sorted(chr(c) for c in _TABLE)) + "]+")


def _translated(match: re.Match[str]) -> str:
    return match.group().translate(_TABLE)


def fold(text: str) -> str:
    """`text` as the index holds it: Arabic marks dropped, letter variants and digits unified."""
    if text.isascii() or _ARABIC.search(text) is None:
        return text
    text = _MAPPED.sub(_translated, _DECOMPOSED.sub(_composed, text))
    if text[0] in _MARK_SET or _MARK_UNANCHORED.search(text) is not None:
        return _DROP.sub("", text)
    return _ALL_MARKS.sub("", text)


def _composed(match: re.Match[str]) -> str:
    return unicodedata.normalize("NFC", match.group())
