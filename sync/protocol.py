"""The sync protocol: what travels between devices, versioned apart from the database schema.

The protocol changes only when what travels changes (synced fields, operation kinds, record
kinds, encodings); an index or a local table never bumps it. Devices on different releases
sync as long as they share a protocol, and a writer addresses each bundle in the highest
protocol every recipient speaks (docs/SYNC.md, "Versions").

- Protocol 1 is what Liaison 0.1.0 speaks, implicitly: its bundle headers carry
  `"schema": 1 or 2` and no protocol key, its cards no `protocols`, and it refuses any
  header whose `schema` is above 2 and any changeset naming a record kind it does not know.
- Protocol 2 (0.2.0) adds, over 1: the header keys `protocol`, `readable_from` and
  `app_version`; `protocols` on identity cards (own and vouched ones); and a reader that
  keeps what it cannot apply (unknown fields, operation kinds, record kinds) instead of
  refusing it, and holds a bundle it cannot read at all until an upgrade reads it.
  Changesets are encoded as in protocol 1 (`liaison-changeset/1`). Protocol 2 also adds the
  record kind `area` and the field `area_id` of organizations, contacts and meetings,
  the purge marker (pseudo-field `_purged`) and stubs of changesets a store purged a record
  from (body key `erased`, sync.stubs), which are never sent to a protocol-1 reader.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeGuard

from sync.bundle_format import BundleError
from sync.changeset import FORMAT as CHANGESET_FORMAT
from sync.changeset import ChangesetBody
from sync.refusals import RefusalReason

OLDEST = 1
PROTOCOL = 2  # the newest protocol this release speaks (tests raise it to play an upgrade)

# Written in every header forever, whatever the protocol: 0.1.0 refuses `schema` above 2,
# and reads a protocol-1 bundle correctly only if it gets this far. Readers from 0.2.0 on
# decide by `protocol` / `readable_from` and ignore `schema` when `protocol` is present.
LEGACY_SCHEMA = 2

# The record kinds a protocol-1 reader knows; a changeset naming any other makes 0.1.0
# refuse the whole bundle, so such changesets are never sent to it.
PROTOCOL_1_KINDS = frozenset({"org", "contact", "meeting", "action"})


def spoken() -> tuple[int, ...]:
    """Every protocol this release reads and writes, oldest first."""
    return tuple(range(OLDEST, PROTOCOL + 1))


class NewerBundleError(BundleError):
    """A bundle this release cannot read at all: kept, and read again after an upgrade.

    `written_by` is the writer's app version when the bundle says it (None when even that
    cannot be read, e.g. a newer container format).
    """

    def __init__(self, written_by: str | None) -> None:
        version = written_by or "unknown version"
        super().__init__(
            RefusalReason.NEWER_VERSION, f"written by a newer Liaison ({version}): upgrade to read it"
        )
        self.written_by = written_by


@dataclass(frozen=True, slots=True)
class BundleVersion:
    """What a bundle header says about the protocol it was written in."""

    protocol: int
    readable_from: int  # the lowest protocol that reads it
    app_version: str | None

    def readable(self) -> bool:
        """Whether this release reads the bundle (wholly or partly)."""
        return self.readable_from <= PROTOCOL


def header_fields(protocol: int, app_version: str) -> dict[str, Any]:
    """The version keys a writer puts into a bundle header addressed in `protocol`."""
    return {
        "schema": LEGACY_SCHEMA,
        "protocol": protocol,
        # A protocol-2 bundle may relay changesets a protocol-1 reader would refuse (record
        # kinds it does not know); a protocol-1 bundle never does.
        "readable_from": 1 if protocol == 1 else 2,
        "app_version": app_version,
    }


def header_version(header: Mapping[str, Any]) -> BundleVersion:
    """Read the version keys of a bundle header; BundleError if they are malformed."""
    if "protocol" not in header:
        schema = header.get("schema")
        if not _is_int(schema):
            raise BundleError(RefusalReason.MALFORMED_HEADER, "bundle header is malformed (schema)")
        # 0.1.0 wrote schema 1 or 2 and nothing else; a higher number without a protocol
        # key is no writer this release knows of, so it cannot be read.
        readable_from = 1 if schema <= LEGACY_SCHEMA else PROTOCOL + 1
        return BundleVersion(1, readable_from, None)
    proto = header["protocol"]
    readable_from = header.get("readable_from", proto)
    app_version = header.get("app_version")
    if not _is_int(proto) or proto < 1:
        raise BundleError(RefusalReason.MALFORMED_HEADER, "bundle header is malformed (protocol)")
    if not _is_int(readable_from) or not 1 <= readable_from <= proto:
        raise BundleError(RefusalReason.MALFORMED_HEADER, "bundle header is malformed (readable_from)")
    if app_version is not None and (not isinstance(app_version, str) or len(app_version) > 40):
        raise BundleError(RefusalReason.MALFORMED_HEADER, "bundle header is malformed (app_version)")
    return BundleVersion(proto, readable_from, app_version)


def card_protocols(data: Mapping[str, Any]) -> tuple[int, ...]:
    """The protocols an identity card says its device speaks (none said: 0.1.0, so [1]).

    Raises ValueError if the list is malformed.
    """
    value = data.get("protocols")
    if value is None:
        return (1,)
    if not isinstance(value, list) or not value or len(value) > 64:
        raise ValueError("malformed protocol list")
    if not all(_is_int(p) and 1 <= p < 1 << 16 for p in value):
        raise ValueError("malformed protocol list")
    return tuple(sorted(set(value)))


def common(spoken_by: Iterable[Iterable[int]]) -> int | None:
    """The highest protocol this release and every recipient speak, None if there is none."""
    shared = set(spoken())
    for protocols in spoken_by:
        shared &= set(protocols)
    return max(shared) if shared else None


def readable_at(body: ChangesetBody, protocol: int) -> bool:
    """Whether a reader speaking only `protocol` takes this changeset without refusing the
    bundle that carries it. From protocol 2 on, readers keep what they cannot apply."""
    if protocol >= 2:
        return True
    # 0.1.0 would refuse a stub's signature, and the whole bundle with it: never sent. A
    # purge marker goes: 0.1.0 drops the field it does not know (the record stays there,
    # docs/SYNC.md "Purge"), and the numbers after it keep merging.
    if body.purged:
        return False
    return all(op.kind in PROTOCOL_1_KINDS for op in body.ops)


def newer_changeset_format(raw: bytes) -> bool:
    """Whether a changeset body this release cannot decode names a newer changeset format
    (then its bundle is held for an upgrade, not refused as malformed)."""
    try:
        found = json.loads(raw).get("format")
    except (ValueError, AttributeError):
        return False
    prefix, _, number = CHANGESET_FORMAT.rpartition("/")
    if not isinstance(found, str) or not found.startswith(prefix + "/"):
        return False
    tail = found.removeprefix(prefix + "/")
    return tail.isdigit() and int(tail) > int(number)


def _is_int(value: Any) -> TypeGuard[int]:
    # bool is an int subclass in Python, not in JSON.
    return type(value) is int
