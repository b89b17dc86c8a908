"""`liaison identity | peer | sync | conflicts`: the sync contract on the command line."""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from liaison_app.cli import intake_commands, output
from liaison_app.errors import BundleHeldError, BundleRefusedError
from liaison_app.services import intake, syncing
from liaison_app.store import Store
from sync import exchange, history, hlc
from sync.refusals import RefusalReason


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare the sync subcommands."""
    ident = commands.add_parser("identity", help="this device's identity").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    show = ident.add_parser("show", help="device id, officer, role and fingerprint")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=_identity_show)
    export = ident.add_parser("export", help="write the public identity card to give to HQ")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="CARD")
    export.set_defaults(handler=_identity_export)

    peer = commands.add_parser("peer", help="trusted devices").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    add = peer.add_parser("add", help="trust the device of an identity card; prints its fingerprint")
    add.add_argument("card", type=Path, metavar="CARD")
    add.set_defaults(handler=_peer_add)
    listing = peer.add_parser("list", help="known devices")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_peer_list)
    revoke = peer.add_parser("revoke", help="refuse a device's bundles from now on")
    revoke.add_argument("device_id", metavar="DEVICE_ID")
    revoke.set_defaults(handler=_peer_revoke)
    scope = peer.add_parser("scope", help="what exports to a peer carry by default (HQ: all or area)")
    scope.add_argument("device_id", metavar="DEVICE_ID")
    scope.add_argument("scope", choices=[s.value for s in syncing.Scope], metavar="all|area")
    scope.set_defaults(handler=_peer_scope)

    sync = commands.add_parser("sync", help="exchange changes by file").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    out = sync.add_parser("export", help="write a bundle for one or more peers")
    out.add_argument("--to", required=True, metavar="DEVICE_ID[,DEVICE_ID...]")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    out.add_argument("--full", action="store_true", help="send everything, not only what they lack")
    out.add_argument(
        "--scope",
        choices=[s.value for s in syncing.Scope],
        default=None,
        metavar="all|area",
        help="HQ: everything they lack, or only their area's part (default: each peer's choice)",
    )
    out.set_defaults(handler=_sync_export)
    into = sync.add_parser(
        "import", help="import bundles addressed to this device (a folder: every bundle in it)"
    )
    into.add_argument("files", type=Path, nargs="+", metavar="DIR|FILE")
    into.add_argument("--json", action="store_true", help="print JSON: a list, one entry per file")
    into.add_argument(
        "--by-officer",
        action="store_true",
        help='with --json: an object, {"officers": [one summary per sender], "files": [...]}',
    )
    _mass_delete_flag(into)
    into.set_defaults(handler=_sync_import)
    folder = sync.add_parser("folder", help="exchange through a folder (share or USB stick)")
    folder.add_argument("directory", type=Path, metavar="DIR")
    folder.add_argument("--json", action="store_true")
    _mass_delete_flag(folder)
    folder.set_defaults(handler=_sync_folder)
    state = sync.add_parser("status", help="changes waiting or quarantined")
    state.add_argument("--json", action="store_true")
    state.set_defaults(handler=_sync_status)
    past = sync.add_parser("history", help="bundles imported, refused or exported here, newest first")
    past.add_argument("--json", action="store_true")
    past.add_argument("--limit", type=output.at_least_one, default=50, help="how many entries (default 50)")
    past.set_defaults(handler=_sync_history)
    log = sync.add_parser("log", help="the intake log: bundles received per officer, last heard from")
    log.add_argument("--officer", metavar="ID", help="one officer's device: every bundle received")
    log.add_argument("--json", action="store_true")
    log.set_defaults(handler=intake_commands.sync_log)

    conflicts = commands.add_parser("conflicts", help="concurrent edits").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    clist = conflicts.add_parser("list", help="open conflicts")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--all", action="store_true", help="include resolved ones")
    clist.set_defaults(handler=_conflicts_list)
    cres = conflicts.add_parser("resolve", help="keep one side; the choice syncs")
    cres.add_argument("id", metavar="ID")
    cres.add_argument("--keep", required=True, choices=["local", "remote"])
    cres.set_defaults(handler=_conflicts_resolve)


def _mass_delete_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="apply a bundle even if it deletes more than the set share of this device's records",
    )


def _identity_show(store: Store, args: argparse.Namespace) -> int:
    info = dataclasses.asdict(syncing.identity(store))
    if args.json:
        output.emit_json(info)
    else:
        output.emit("\n".join(f"{k.replace('_', ' ')}: {v}" for k, v in info.items()))
    return 0


def _identity_export(store: Store, args: argparse.Namespace) -> int:
    syncing.export_card(store, args.output)
    output.emit(str(args.output))
    return 0


def _peer_add(store: Store, args: argparse.Namespace) -> int:
    peer = syncing.add_peer(store, args.card)
    output.emit(f"{peer.card.device_id}  {peer.card.officer} ({peer.card.device_name}, {peer.card.role})")
    output.emit(f"fingerprint: {peer.to_json()['fingerprint']}")
    return 0


def _peer_list(store: Store, args: argparse.Namespace) -> int:
    found = syncing.list_peers(store)
    if args.json:
        output.emit_json([p.to_json() for p in found])
        return 0
    rows = [
        [p.card.device_id, p.card.officer, p.card.role, p.to_json()["trust"], p.to_json()["fingerprint"]]
        for p in found
    ]
    output.emit(output.table(rows, ["DEVICE", "OFFICER", "ROLE", "TRUST", "FINGERPRINT"]))
    return 0


def _peer_revoke(store: Store, args: argparse.Namespace) -> int:
    syncing.revoke_peer(store, args.device_id)
    return 0


def _peer_scope(store: Store, args: argparse.Namespace) -> int:
    syncing.set_peer_scope(store, args.device_id, syncing.Scope(args.scope))
    return 0


def _sync_export(store: Store, args: argparse.Namespace) -> int:
    targets = [t.strip() for t in args.to.split(",") if t.strip()]
    scope = None if args.scope is None else syncing.Scope(args.scope)
    result = syncing.export_bundle(store, to=targets, path=args.output, full=args.full, scope=scope)
    line = f"{_changesets(result.changesets)} for {', '.join(result.recipients)} in {result.path}"
    if result.scope is syncing.Scope.AREA:
        line += f" (their area: {result.omitted} left out)"
    output.emit(line)
    return 0


def _sync_import(store: Store, args: argparse.Namespace) -> int:
    result = intake.import_all(store, args.files, allow_mass_delete=args.allow_mass_delete)
    outcomes = result.files
    if args.json and args.by_officer:
        output.emit_json(
            {
                "officers": [intake_commands.summary_json(o) for o in result.officers],
                "files": [outcome_json(o) for o in outcomes],
            }
        )
    elif args.json:  # the shape scripts have read since 0.1.0: a list, one entry per file
        output.emit_json([outcome_json(o) for o in outcomes])
    else:
        for line in intake_commands.summary_lines(result):
            output.emit(line)
        for outcome in outcomes:
            if outcome.held:
                output.emit(f"{outcome.path}: held, {_newer(outcome.written_by)}")
            elif outcome.retried and outcome.refused:
                output.emit(f"held earlier, refused now: {outcome.error}")
    _refuse_if_any(outcomes)
    return _held_exit(outcomes)


def _newer(written_by: str | None) -> str:
    return f"written by a newer Liaison ({written_by or 'unknown version'}): upgrade to read it"


def _held_exit(outcomes: Sequence[syncing.FileOutcome]) -> int:
    """Exit 6 when files were held for a newer release (refusals, exit 4, take precedence)."""
    return BundleHeldError.exit_code if any(o.held for o in outcomes) else 0


def outcome_json(outcome: syncing.FileOutcome) -> dict[str, Any]:
    """One file of `sync import --json` / `sync folder --json`: the counts (or the error),
    its status, and for a refusal the reason code to decide on."""
    extra: dict[str, Any] = {"retried": True} if outcome.retried else {}
    if outcome.refused:
        reason = outcome.refusal.value if outcome.refusal is not None else None
        error = {"file": str(outcome.path), "error": outcome.error, "status": "refused", "reason": reason}
        if outcome.would_delete:  # a mass delete: how many of which kind, of how many here
            extra |= {"would_delete": dict(outcome.would_delete), "live": outcome.live_before}
        return error | extra
    data = exchange.counts_json(outcome.path, outcome.sender, outcome.counts)
    if outcome.held:  # nothing applied: counts are zero, and who wrote it
        return data | {"status": outcome.status.value, "held": True, "written_by": outcome.written_by}
    return data | {"status": outcome.status.value, "imported_at": outcome.imported_at} | extra


def _refuse_if_any(outcomes: Sequence[syncing.FileOutcome]) -> None:
    """Exit 4 with one line naming every refused file (files already imported are fine, and
    so is a held copy refused once read: it was reported and is not this command's file)."""
    refused = [o for o in outcomes if o.refused and not o.retried]
    if refused:
        code = refused[0].refusal or RefusalReason.UNREADABLE
        raise BundleRefusedError("; ".join(o.error or "" for o in refused), code)


def _changesets(n: int) -> str:
    return f"{n} changeset" if n == 1 else f"{n} changesets"


def _sync_folder(store: Store, args: argparse.Namespace) -> int:
    result = syncing.sync_folder(store, args.directory, allow_mass_delete=args.allow_mass_delete)
    if args.json:
        written = [{"file": str(w.path), "to": w.to, "changesets": w.changesets} for w in result.written]
        output.emit_json({"imported": [outcome_json(o) for o in result.imported], "written": written})
    else:
        for outcome in result.imported:
            if outcome.held:
                output.emit(f"held {outcome.path}: {_newer(outcome.written_by)}")
            elif outcome.retried and outcome.refused:
                output.emit(f"held earlier, refused now: {outcome.error}")
            else:
                text = outcome.error if outcome.refused else f"{outcome.counts.applied} applied"
                output.emit(f"imported {outcome.path}: {text}")
        for item in result.written:
            output.emit(f"wrote {item.path} ({_changesets(item.changesets)})")
    _refuse_if_any(result.imported)
    return _held_exit(result.imported)


def _sync_status(store: Store, args: argparse.Namespace) -> int:
    state = syncing.status(store)
    info = dataclasses.asdict(state)
    if args.json:
        output.emit_json(info)
        return 0
    refused = info.pop("rejected")
    lines = [f"{k.replace('_', ' ')}: {json.dumps(v)}" for k, v in info.items()]
    lines.append(f"rejected: {sum(r['count'] for r in refused)}")
    lines.extend(f"  {_rejected_line(r)}" for r in state.rejected)
    output.emit("\n".join(lines))
    return 0


# How `sync status` words each rejection code (the code is what --json gives to decide on).
_REJECTION_WORDS: dict[syncing.ChangesetRejection, str] = {
    syncing.ChangesetRejection.OUT_OF_RANGE: "numbers no device writes",
    syncing.ChangesetRejection.BAD_NAME: "a malformed name",
    syncing.ChangesetRejection.NOT_WRITABLE: "changes bookkeeping",
    syncing.ChangesetRejection.BAD_VALUE: "a value the field does not take",
    syncing.ChangesetRejection.DUPLICATE_OPERATION: "sets one field twice",
    syncing.ChangesetRejection.MISSING_REQUIRED: "a new record lacks a required field",
    syncing.ChangesetRejection.MISSING_REFERENCE: "names a record that does not exist",
    syncing.ChangesetRejection.WRONG_KIND: "a record of another kind",
    syncing.ChangesetRejection.BAD_PRED: "overwrites changes it had not seen",
    syncing.ChangesetRejection.REVOKED: "written after the device was revoked",
    syncing.ChangesetRejection.MERGE_FAILED: "could not be merged",
}


def _rejected_line(group: syncing.RejectedChanges) -> str:
    who = group.officer or group.origin[:10]
    changes = "1 change" if group.count == 1 else f"{group.count} changes"
    where = f" ({group.field})" if group.field else ""
    return f"{changes} from {who} refused: {_REJECTION_WORDS[group.reason]}{where}"


def _sync_history(store: Store, args: argparse.Namespace) -> int:
    found = syncing.exchange_history(store, limit=args.limit)
    if args.json:
        output.emit_json([_history_json(e) for e in found])
        return 0
    rows = [
        [
            e.at[:16].replace("T", " "),
            e.direction.value,
            e.file,
            ",".join(p[:10] for p in e.peers),
            e.result.value,
            _history_detail(e),
        ]
        for e in found
    ]
    output.emit(output.table(rows, ["WHEN", "WAY", "FILE", "PEERS", "RESULT", "DETAILS"]))
    return 0


def _history_json(entry: history.Entry) -> dict[str, Any]:
    data = dataclasses.asdict(entry)
    return data | {"peers": list(entry.peers), "counts": dict(entry.counts)}


def _history_detail(entry: history.Entry) -> str:
    if entry.reason is not None:
        return str(entry.reason)
    return ", ".join(f"{n} {name.replace('_', ' ')}" for name, n in entry.counts.items() if n)


def _conflicts_list(store: Store, args: argparse.Namespace) -> int:
    found = syncing.conflicts(store, include_resolved=args.all)
    if args.json:
        output.emit_json([c.to_json() for c in found])
        return 0
    rows = []
    for c in found:
        for v in c.values:
            mark = "*" if v.winner else " "
            rows.append(
                [
                    c.id,
                    c.kind,
                    c.record_id[: output.SHORT_ID],
                    c.field,
                    f"{mark}{json.dumps(v.value)}",
                    v.officer or v.origin[:10],
                    hlc.to_iso(v.hlc)[:16],
                ]
            )
    output.emit(output.table(rows, ["ID", "KIND", "RECORD", "FIELD", "VALUE (*shown)", "BY", "WHEN"]))
    return 0


def _conflicts_resolve(store: Store, args: argparse.Namespace) -> int:
    result = syncing.resolve_conflict(store, args.id, keep=args.keep)
    output.emit(f"kept {args.keep} for {', '.join(result.fields)}")
    return 0
