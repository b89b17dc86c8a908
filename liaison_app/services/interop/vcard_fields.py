"""How a parsed vCard becomes our contact's fields (the mapping docs/INTEROP.md lists).

FN (else N) is the name; TITLE (else ROLE) the position; the first part of ORG the
organization, its further parts (departments) a line of the notes; TEL, EMAIL and IMPP
contact points labelled by their types or Apple's itemN.X-ABLabel; the first (preferred)
ADR the location, further ones lines of the notes, as URL and NICKNAME are; NOTE the notes;
CATEGORIES the tags; LANG the languages. A UID of the form urn:uuid:ID is the record id
our own export gave it. Everything else (BDAY, REV, X- properties, photos) is not kept.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from typing import Any

from liaison_app.services.interop.card_model import Incoming, Problem, Unreadable

LABEL_MAX = 100  # a contact point's label (field_rules.contact_points)
LOCATION_MAX = 300
# Types that say nothing a label should (how to call, not which number it is).
_QUIET_TYPES = frozenset({"voice", "pref", "internet", "x400", "msg", "text", "uri", "textphone"})
_TYPE_WORDS = {
    "cell": "mobile",
    "cellular": "mobile",
    "fax": "fax",
    "pager": "pager",
    "work": "work",
    "home": "home",
}
_NOT_PEOPLE = frozenset({"group", "org", "location"})
# Messaging handles as older writers name them (IMPP is the standard property).
_MESSAGING = {
    "x-aim": "aim",
    "x-skype": "skype",
    "x-jabber": "xmpp",
    "x-icq": "icq",
    "x-msn": "msn",
    "x-ms-imaddress": "im",
}
_APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def incoming(number: int, card: Any) -> Incoming | Unreadable:
    """The card's fields as a local edit would give them, or NO_NAME."""
    kind = next(iter(_texts(card, "kind")), "individual").lower()
    if kind in _NOT_PEOPLE:
        return Unreadable(
            number, Problem.NOT_A_PERSON, f"a {kind} card (KIND:{kind}), not a person", _name(card)
        )
    name = _name(card)
    if not name:
        return Unreadable(number, Problem.NO_NAME, "the card has no name (FN or N)")
    labels = _group_labels(card)
    notes: list[str] = [t for t in _texts(card, "note")]
    org_parts = _first(card, "org")
    org_list = (
        [p.strip() for p in org_parts] if isinstance(org_parts, list) else [str(org_parts or "").strip()]
    )
    organization = org_list[0] if org_list else ""
    departments = [p for p in org_list[1:] if p]
    if departments:
        notes.append("Department: " + ", ".join(departments))
    addresses = [_address(line) for line in _ordered(card, "adr")]
    addresses = [(label, text) for label, text in addresses if text]
    location = ""
    if addresses and len(addresses[0][1]) <= LOCATION_MAX:
        location = addresses.pop(0)[1]
    notes += [f"Address ({label}): {text}" if label else f"Address: {text}" for label, text in addresses]
    notes += [f"Web: {url}" for url in _texts(card, "url")]
    notes += [f"Also known as: {nick}" for nick in _texts(card, "nickname")]
    fields: dict[str, Any] = {
        "full_name": name,
        "contact_points": _points(card, labels),
    }
    position = next(iter(_texts(card, "title")), "") or next(iter(_texts(card, "role")), "")
    optional = {
        "position": position,
        "location": location,
        "notes": "\n".join(dict.fromkeys(_lines(n) for n in notes)),
        "tags": _words(card, "categories"),
        "languages": _words(card, "lang"),
    }
    fields.update({k: v for k, v in optional.items() if v})
    return Incoming(number, name, fields, organization=organization, record_id=_uid(card))


def _lines(text: str) -> str:
    """A multi-line value with its line ends as "\\n" (Outlook writes CR LF inside NOTE)."""
    return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))


def _name(card: Any) -> str:
    for text in _texts(card, "fn"):
        return " ".join(text.split())
    n = _first(card, "n")
    if n is None or isinstance(n, str):
        return " ".join(str(n or "").split())
    parts = [_joined(getattr(n, part, "")) for part in ("given", "additional", "family")]
    return " ".join(" ".join(parts).split())


def _points(card: Any, labels: dict[str, str]) -> list[dict[str, str]]:
    points: list[dict[str, str]] = []
    for kind, prop in (("phone", "tel"), ("email", "email")):
        for line in _ordered(card, prop):
            value = _plain(line.value)
            if kind == "phone":
                value, ext = _phone(value)
            else:
                value, ext = value.removeprefix("mailto:"), ""
            if not value:
                continue
            label = labels.get(line.group or "", "") or _type_label(line)
            label = ", ".join(part for part in (label, ext) if part)
            points.append({"kind": kind, "label": label[:LABEL_MAX], "value": value})
    for line in _ordered(card, "impp"):
        scheme, _, handle = _plain(line.value).partition(":")
        if handle:
            points.append({"kind": "messaging", "label": scheme.lower()[:LABEL_MAX], "value": handle})
    for prop, label in _MESSAGING.items():
        points += [{"kind": "messaging", "label": label, "value": text} for text in _texts(card, prop)]
    return points


def _phone(value: str) -> tuple[str, str]:
    """A TEL value without a tel: URI's dressing, and its extension (as words for the label)."""
    number, _, params = value.removeprefix("tel:").partition(";")
    ext = next((p.split("=", 1)[1] for p in params.split(";") if p.lower().startswith("ext=")), "")
    return number.strip(), f"ext. {ext}" if ext else ""


def _type_label(line: Any) -> str:
    types: list[str] = []
    for raw in [*line.params.get("TYPE", []), *getattr(line, "singletonparams", [])]:
        for word in str(raw).split(","):
            word = word.strip().lower()
            if word and word not in _QUIET_TYPES and not word.startswith("x-"):
                types.append(_TYPE_WORDS.get(word, word))
    return " ".join(dict.fromkeys(types))


def _group_labels(card: Any) -> dict[str, str]:
    """Apple's labels: `item2.X-ABLabel:_$!<AssistantPhone>!$_` names what group item2 holds."""
    labels: dict[str, str] = {}
    for line in card.contents.get("x-ablabel", []):
        if line.group:
            text = _plain(line.value)
            apple = _APPLE_LABEL.match(text)
            if apple is not None:
                text = _CAMEL.sub(" ", apple.group(1)).lower()
            labels[line.group] = text
    return labels


def _address(line: Any) -> tuple[str, str]:
    value = line.value
    parts = [
        getattr(value, p, "") for p in ("box", "extended", "street", "city", "region", "code", "country")
    ]
    words = [" ".join(_joined(p).split()) for p in parts] if not isinstance(value, str) else [value]
    return _type_label(line), ", ".join(w.strip(" ,") for w in words if w.strip(" ,"))


def _ordered(card: Any, prop: str) -> list[Any]:
    """The card's `prop` lines, preferred first (PREF=1 or TYPE=pref), else in file order."""
    lines = list(card.contents.get(prop, []))
    return sorted(lines, key=lambda line: 0 if _preferred(line) else 1)


def _preferred(line: Any) -> bool:
    types = [str(t).lower() for t in [*line.params.get("TYPE", []), *getattr(line, "singletonparams", [])]]
    return "pref" in ",".join(types).split(",") or bool(line.params.get("PREF"))


def _texts(card: Any, prop: str) -> Iterable[str]:
    for line in card.contents.get(prop, []):
        text = _plain(line.value).strip()
        if text:
            yield text


def _words(card: Any, prop: str) -> list[str]:
    words: list[str] = []
    for line in card.contents.get(prop, []):
        value = line.value
        for word in value if isinstance(value, list) else str(value).split(","):
            if str(word).strip():
                words.append(str(word).strip())
    return words


def _first(card: Any, prop: str) -> Any:
    lines = card.contents.get(prop, [])
    return lines[0].value if lines else None


def _joined(value: Any) -> str:
    return " ".join(str(v) for v in value) if isinstance(value, list) else str(value or "")


def _plain(value: Any) -> str:
    """A text value as people read it (a list joined; the escaped colon of old Apple URLs)."""
    return _joined(value).replace("\\:", ":").replace("\\,", ",").replace("\\;", ";")


def _uid(card: Any) -> str:
    """The record id our own export put in UID (urn:uuid:ID), else ""."""
    text = next(iter(_texts(card, "uid")), "").lower().removeprefix("urn:uuid:")
    try:
        return str(uuid.UUID(text)) if text else ""
    except ValueError:
        return ""
