"""The words of deleting and restoring: what refers to a record ("3 meetings, 1 action
item"), a reference to a record in the Trash, and the Undo message. Plurals go through
Qt's `%n` forms, one sentence per kind so translations can agree in number and gender."""

from __future__ import annotations

from collections.abc import Callable

from liaison_app.kinds import Kind
from liaison_app.services.references import References
from ui.display_words import listed
from ui.i18n import tr as _tr

_SHOWN_NAMES = 5  # names listed in the question; the counts cover the rest


def count_text(translated: str, count: int, one: str, many: str) -> str:
    """`translated` (a `%n ...(s)` text), or English's two forms while no translation is
    installed (as ui.editors.base.count_text, which this module cannot import: base uses it)."""
    if "(s)" not in translated:
        return translated
    return f"{count:,} {one if count == 1 else many}"


def count_of(kind: Kind) -> Callable[[int], str]:
    """How a count of `kind` reads ("3 meetings"), translated."""
    # Each text reaches _tr as a literal, so a translation tool can extract it.
    texts: dict[Kind, Callable[[int], str]] = {
        Kind.ORG: lambda n: count_text(_tr("%Ln organization(s)", "", n), n, "organization", "organizations"),
        Kind.CONTACT: lambda n: count_text(_tr("%Ln contact(s)", "", n), n, "contact", "contacts"),
        Kind.MEETING: lambda n: count_text(_tr("%Ln meeting(s)", "", n), n, "meeting", "meetings"),
        Kind.ACTION: lambda n: count_text(_tr("%Ln action item(s)", "", n), n, "action item", "action items"),
    }
    return texts[kind]


def referrers_text(found: References) -> str:
    """What the delete question says about records pointing at this one ("" if none)."""
    if not found.total:
        return ""
    counts = listed(count_of(kind)(n) for kind, n in found.counts)
    names = "\n".join(f"• {r.title}" for r in found.sample[:_SHOWN_NAMES])
    more = found.total - min(len(found.sample), _SHOWN_NAMES)
    lines = [_tr("Still pointing at it: %1.").replace("%1", counts), names]
    if more > 0:
        lines.append(_tr("… and %Ln more", "", more))
    lines.append(_tr("They keep the link, shown as in the Trash, until it is restored."))
    return "\n".join(lines)


def in_trash_text(title: str) -> str:
    """How a reference field names a record that was deleted (and can be restored)."""
    return _tr("%1 (deleted, in the Trash)").replace("%1", title)


def gone_text(record_id: str) -> str:
    """How a reference field names a record no longer on this device at all (purged)."""
    return _tr("deleted record %1").replace("%1", record_id[:8])


def deleted_message(title: str) -> str:
    """The status bar's note after a delete (the Undo button sits beside it)."""
    return _tr("Deleted “%1”.").replace("%1", title)


def restored_message(title: str) -> str:
    """The status bar's note after a restore."""
    return _tr("Restored “%1”.").replace("%1", title)
