"""The words the GUI shows for refused input, from the error's rule code and values (the
service's English message is the command line's; forms word the rule themselves, so a
reworded message changes nothing here and French and Arabic can follow)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from liaison_app.errors import Param, Rule, ValidationError
from liaison_app.kinds import MissingReferenceError
from liaison_app.services.passphrase import Reason
from ui.display_words import kind_label, label_text
from ui.i18n import QT_TRANSLATE_NOOP
from ui.i18n import tr as _tr
from ui.passphrase_words import reason_text

# Every text reaches _tr as a literal, so a translation tool can extract it (as in sync_refusals).
Wording = Callable[[Mapping[str, Param]], str]


def _shown(value: Param) -> str:
    # The input as typed, quoted the way the command line quotes it.
    return repr(value) if isinstance(value, str) else str(value)


def _listed(values: Param) -> str:
    return _tr(", ").join(values) if isinstance(values, tuple) else str(values)


def _count(value: Param) -> int:
    if not isinstance(value, int):
        raise TypeError(value)  # a refusal carrying the wrong values: its own text is shown
    return value


def _degrees(value: Param) -> str:
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def _field_name(name: Param) -> str:
    # A field as a sentence names it (its registry name, through the "field" context).
    return label_text("field", str(name).removesuffix("_id").replace("_", " "))


def _one(text: str) -> Wording:
    return lambda p: _tr(text)


def _valued(text: str) -> Wording:
    return lambda p: _tr(text).replace("%1", _shown(p["value"]))


_WORDINGS: dict[Rule, Wording] = {
    Rule.EXPECTED_TEXT: _one(QT_TRANSLATE_NOOP("", "expected text")),
    Rule.REQUIRED: _one(QT_TRANSLATE_NOOP("", "must not be empty")),
    Rule.TOO_LONG: lambda p: _tr("longer than %Ln character(s)", "", _count(p["max_len"])),
    Rule.NOT_A_CHOICE: lambda p: (
        _tr("%1 is not one of %2").replace("%1", _shown(p["value"])).replace("%2", _listed(p["allowed"]))
    ),
    Rule.NOT_A_DATETIME: _valued(
        QT_TRANSLATE_NOOP(
            "",
            "%1 is not an ISO-8601 date-time (e.g. 2026-03-14T09:30+03:00), "
            "a local one (14.03.2026 09:30) or a date-time group (140930ZMAR26)",
        )
    ),
    Rule.NOT_A_DATE: _valued(QT_TRANSLATE_NOOP("", "%1 is not a date (YYYY-MM-DD)")),
    Rule.BAD_GRID: _valued(QT_TRANSLATE_NOOP("", "%1 is not an MGRS grid reference")),
    Rule.NOT_A_NUMBER: _valued(QT_TRANSLATE_NOOP("", "%1 is not a number")),
    Rule.OUT_OF_RANGE: lambda p: (
        _tr("%1 is outside %2..%3")
        .replace("%1", str(p["value"]))
        .replace("%2", _degrees(p["low"]))
        .replace("%3", _degrees(p["high"]))
    ),
    Rule.BAD_EMAIL: _valued(QT_TRANSLATE_NOOP("", "%1 is not an email address")),
    Rule.BAD_PHONE: _valued(QT_TRANSLATE_NOOP("", "%1 is not a phone number")),
    Rule.NOT_YES_OR_NO: _valued(QT_TRANSLATE_NOOP("", "%1 is not yes or no")),
    Rule.EXPECTED_LIST: _one(QT_TRANSLATE_NOOP("", "expected a list")),
    Rule.ENTRY_NEEDS_KIND_AND_VALUE: _one(QT_TRANSLATE_NOOP("", "each entry needs a kind and a value")),
    Rule.POINT_NEEDS_KIND_AND_TEXT: _one(QT_TRANSLATE_NOOP("", "each point needs a kind and a text")),
    Rule.POINT_NOT_KIND_TEXT: _valued(
        QT_TRANSLATE_NOOP("", "%1 should read KIND:TEXT, e.g. decision:Open the road")
    ),
    Rule.END_BEFORE_START: _one(QT_TRANSLATE_NOOP("", "must not be before the start")),
    Rule.BOTH_OR_NEITHER: lambda p: (
        _tr("give both %1 and %2, or neither")
        .replace("%1", _field_name(p["first"]))
        .replace("%2", _field_name(p["second"]))
    ),
    Rule.OWN_ANCESTOR: lambda p: (
        _tr("an area cannot be its own ancestor")
        if p.get("kind") == "area"
        else _tr("an organization cannot be its own ancestor")
    ),
    Rule.AMBIGUOUS: _valued(QT_TRANSLATE_NOOP("", "%1 names several areas: give the id or the P-code")),
    Rule.TOO_MANY_POINTS: lambda p: _tr("at most %Ln point(s)", "", _count(p["max_count"])),
    Rule.MARKED_ELSEWHERE: lambda p: _tr("marked do-not-share by %1; only they can lift the mark").replace(
        "%1", _listed(p["by"])
    ),
    Rule.MERGE_ITSELF: _one(QT_TRANSLATE_NOOP("", "a record cannot be merged into itself")),
    Rule.MERGE_PROTECTED: _one(
        QT_TRANSLATE_NOOP("", "marked do-not-share: a merge would share it with every device")
    ),
    Rule.NOT_MERGED: _one(QT_TRANSLATE_NOOP("", "not merged into another record")),
    Rule.MERGED_AWAY: _one(QT_TRANSLATE_NOOP("", "merged into another record: undo the merge instead")),
    Rule.NOT_A_SIDE: _valued(QT_TRANSLATE_NOOP("", "%1: choose KEEP or OTHER")),
    Rule.UNKNOWN_KIND: lambda p: (
        _tr("unknown kind %1 (%2)").replace("%1", _shown(p["value"])).replace("%2", _listed(p["allowed"]))
    ),
    Rule.UNKNOWN_FIELD: lambda p: (
        _tr("%1 has no field %2").replace("%1", kind_label(str(p["kind"]))).replace("%2", _shown(p["value"]))
    ),
    Rule.UNKNOWN_KEY: _one(QT_TRANSLATE_NOOP("", "no such setting")),
    Rule.WRONG_TYPE: _one(QT_TRANSLATE_NOOP("", "this value is not accepted")),
    Rule.EMPTY: _one(QT_TRANSLATE_NOOP("", "give at least one level")),
    Rule.TOO_MANY: lambda p: _tr("at most %Ln level(s)", "", _count(p["max_count"])),
    Rule.REPEATED: _one(QT_TRANSLATE_NOOP("", "a level is given twice")),
    Rule.HAS_COMMA: _valued(QT_TRANSLATE_NOOP("", "%1 contains a comma")),
    Rule.NOT_A_LEVEL: lambda p: (
        _tr("%1 is not one of %2").replace("%1", _shown(p["value"])).replace("%2", _listed(p["allowed"]))
    ),
    Rule.NOT_ABSOLUTE: _valued(QT_TRANSLATE_NOOP("", "%1 is not an absolute path")),
    Rule.PASSPHRASE_REFUSED: lambda p: reason_text(Reason(str(p["reason"]))),
}


def has_wording(rule: Rule) -> bool:
    """Whether the GUI words `rule` itself (every rule should)."""
    return rule in _WORDINGS


def refusal_text(exc: ValidationError) -> str:
    """What is wrong, without the field's name, worded from the rule; the service's text only
    for a rule without a code (or one whose values are missing)."""
    wording = _WORDINGS.get(exc.rule) if exc.rule is not None else None
    if wording is None:
        return exc.detail
    try:
        return wording(exc.params)
    except (KeyError, ValueError, TypeError):
        return exc.detail


def missing_reference_text(exc: MissingReferenceError) -> str:
    """A reference to a record not here (or deleted), worded from its kind and id."""
    if exc.what is None or exc.record_id is None:
        return str(exc)
    what = label_text("kind", exc.what)
    return _tr("no %1 with id %2").replace("%1", what).replace("%2", exc.record_id)


def sentence(text: str) -> str:
    """`text` as a form shows it: starting with a capital."""
    return text[:1].upper() + text[1:]
