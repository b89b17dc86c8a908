"""`liaison export json`: the whole profile in the dump format (services/dump.py), for portability.

With do-not-share records included the file is exactly `liaison dump`. Without (the default),
do-not-share contacts are left out and every record that referred to one no longer names it
(an attendee list drops the id, an action loses its owner), so the file imports cleanly
elsewhere and names nobody it should not.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from liaison_app.kinds import KINDS, Kind
from liaison_app.services import dump
from liaison_app.services.interop import files
from liaison_app.services.interop.redaction import Redaction
from liaison_app.store import Store


def export(store: Store, path: Path, rules: Redaction) -> dict[str, int]:
    """Write the profile's dump to `path`; returns how many records of each section went."""
    document = dump.dump(store)
    if not rules.include_do_not_share:
        withhold_do_not_share(document)
    with files.atomic(path) as out:
        out.write(text(document).encode("utf-8"))
    return {k: len(v) for k, v in document.items() if isinstance(v, list)}


def text(document: dict[str, Any]) -> str:
    """A dump document as the canonical text `liaison dump` prints."""
    return json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n"


def withhold_do_not_share(document: dict[str, Any]) -> None:
    """Drop do-not-share contacts from `document`, and their ids from the records naming them."""
    section = KINDS[Kind.CONTACT].section
    kept = [c for c in document.get(section, []) if not c.get("do_not_share")]
    withheld = {c["id"] for c in document.get(section, [])} - {c["id"] for c in kept}
    document[section] = kept
    if not withheld:
        return
    for kind_spec in KINDS.values():
        naming = [f.name for f in kind_spec.fields if f.refers_to is Kind.CONTACT]
        for item in document.get(kind_spec.section, []) if naming else []:
            for name in naming:
                value = item.get(name)
                if isinstance(value, list):
                    item[name] = [i for i in value if i not in withheld]
                elif value in withheld:
                    item[name] = None
