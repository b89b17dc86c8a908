"""Reading vCard files (2.1, 3.0, 4.0) as other programs write them, a card at a time.

The file is read line by line and cut into cards at their BEGIN:VCARD / END:VCARD lines, so
a multi-megabyte export never sits in memory whole and one card the parser cannot read is
reported without stopping the others (vobject's own iterator ends at the first error).
Each card is then parsed by vobject. Before that, two habits of vCard 2.1 writers that
vobject does not follow are mended: quoted-printable values broken over lines with a
trailing "=" are joined, and binary properties (PHOTO, LOGO, SOUND, KEY, whose 2.1
base64 lines are not folded) are left out: we keep no pictures.

Each line is UTF-8 (a BOM is dropped), else the charset its CHARSET parameter names, else
Windows-1252 (what Outlook writes when it is not UTF-8).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import vobject

from liaison_app.services.interop.card_model import Incoming, Problem, Unreadable
from liaison_app.services.interop.vcard_fields import incoming

BINARY = frozenset({"PHOTO", "LOGO", "SOUND", "KEY"})
_BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")
_CHARSET = re.compile(r";CHARSET=([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_MAX_CARD_LINES = 20_000  # a card longer than this is not a contact card: refused, not read
_MAX_LINE = 1 << 20  # octets read at once: a line without an end never fills memory

# vobject logs the lines it skips, values and all: nothing of a card may reach a log file.
for _name in ("vobject", "vobject.base", "vobject.vcard"):
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)


def read(path: Path) -> Iterator[Incoming | Unreadable]:
    """Every card of the file, in order, as our fields or as the reason it cannot be read."""
    for number, lines in enumerate(card_lines(path), start=1):
        yield parse(number, lines)


def count(path: Path) -> int:
    """How many cards the file holds (its BEGIN:VCARD lines), for a progress bar."""
    with path.open("rb") as handle:
        return sum(1 for raw in handle if raw.strip().upper() == b"BEGIN:VCARD")


def parse(number: int, lines: list[str]) -> Incoming | Unreadable:
    """One card's lines as our fields, or why not."""
    try:
        card = vobject.readOne("\r\n".join(lines) + "\r\n", ignoreUnreadable=True)
    except Exception as exc:  # vobject raises many kinds on a broken card
        return Unreadable(number, Problem.UNREADABLE, _why(exc))
    try:
        return incoming(number, card)
    except (ValueError, TypeError, AttributeError) as exc:  # a value vobject left in an odd shape
        return Unreadable(number, Problem.UNREADABLE, _why(exc))


def _why(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "the card cannot be read: a value is not text in the charset it names"
    return "the card cannot be read: it breaks the vCard format"


def card_lines(path: Path) -> Iterator[list[str]]:
    """Each card's lines (nested cards, as in a 2.1 AGENT, stay inside their card)."""
    card: list[str] = []
    depth = 0
    for line in _mended(_text_lines(path)):
        word = line.strip().upper()
        if word == "BEGIN:VCARD":
            depth += 1
        if depth > 0 and len(card) < _MAX_CARD_LINES:
            card.append(line)
        if word == "END:VCARD" and depth > 0:
            depth -= 1
            if depth == 0:
                yield card
                card = []
    if card:
        yield card  # no END:VCARD: the parser says what is wrong with it


def _text_lines(path: Path) -> Iterator[str]:
    with path.open("rb") as handle:
        for index, raw in enumerate(iter(lambda: handle.readline(_MAX_LINE), b"")):
            data = raw.rstrip(b"\r\n")
            if index == 0 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8) :]
            yield _decoded(data)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    named = _CHARSET.search(data.decode("latin-1"))
    if named is not None:
        try:
            return data.decode(named.group(1))
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")


def _mended(lines: Iterator[str]) -> Iterator[str]:
    """The lines with quoted-printable soft breaks joined and binary properties left out."""
    skipping = False
    for line in lines:
        if skipping:
            if not line or line[0] in " \t" or _BASE64_LINE.match(line):
                continue
            skipping = False
        name, params = _property(line)
        if name in BINARY:
            skipping = True
            continue
        if "QUOTED-PRINTABLE" in params:
            while line.endswith("="):
                following = next(lines, None)
                if following is None:
                    break
                line = line[:-1] + following
        yield line


def _property(line: str) -> tuple[str, str]:
    """A content line's property name (without its group) and its parameters, upper case."""
    if not line or line[0] in " \t":
        return "", ""
    head = line.split(":", 1)[0].upper()
    name, _, params = head.partition(";")
    return name.rsplit(".", 1)[-1], params
