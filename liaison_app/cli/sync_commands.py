"""`liaison identity | peer | sync | conflicts`: the sync contract on the command line."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from liaison_app.cli import output
from liaison_app.errors import BundleHeldError, BundleRefusedError
from liaison_app.services import syncing
from liaison_app.store import Store
from sync import hlc


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

    sync = commands.add_parser("sync", help="exchange changes by file").add_subparsers(
        dest="verb", metavar="VERB", required=True
    )
    out = sync.add_parser("export", help="write a bundle for one or more peers")
    out.add_argument("--to", required=True, metavar="DEVICE_ID[,DEVICE_ID...]")
    out.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    out.add_argument("--full", action="store_true", help="send everything, not only what they lack")
    out.set_defaults(handler=_sync_export)
    into = sync.add_parser("import", help="import bundles addressed to this device")
    into.add_argument("files", type=Path, nargs="+", metavar="FILE")
    into.add_argument("--json", action="store_true")
    into.set_defaults(handler=_sync_import)
    folder = sync.add_parser("folder", help="exchange through a folder (share or USB stick)")
    folder.add_argument("directory", type=Path, metavar="DIR")
    folder.add_argument("--json", action="store_true")
    folder.set_defaults(handler=_sync_folder)
    state = sync.add_parser("status", help="changes waiting or quarantined")
    state.add_argument("--json", action="store_true")
    state.set_defaults(handler=_sync_status)

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


def _identity_show(store: Store, args: argparse.Namespace) -> int:
    info = syncing.identity(store)
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


def _sync_export(store: Store, args: argparse.Namespace) -> int:
    targets = [t.strip() for t in args.to.split(",") if t.strip()]
    result = syncing.export_bundle(store, to=targets, path=args.output, full=args.full)
    output.emit(f"{result.changesets} changesets for {', '.join(result.recipients)} in {result.path}")
    return 0


def _sync_import(store: Store, args: argparse.Namespace) -> int:
    outcomes = syncing.import_bundles(store, args.files)
    if args.json:
        output.emit_json([o.to_json() for o in outcomes])
    else:
        for outcome in outcomes:
            if outcome.held:
                output.emit(f"{outcome.path}: held, {_newer(outcome.held_by)}")
            elif outcome.retried and outcome.error is not None:
                output.emit(f"held earlier, refused now: {outcome.error}")
            elif outcome.error is None:
                c = outcome.counts
                output.emit(
                    f"{outcome.path}: {c['applied']} applied, {c['duplicate']} duplicate,"
                    f" {c['pending']} pending, {c['conflicts']} new conflicts"
                    + (f", {c['quarantined']} quarantined" if c["quarantined"] else "")
                )
    refused = [o for o in outcomes if o.error is not None and not o.retried]
    if refused:
        raise BundleRefusedError("; ".join(o.error or "" for o in refused))
    return _held_exit([o.held_by for o in outcomes if o.held])


def _newer(written_by: str | None) -> str:
    return f"written by a newer Liaison ({written_by or 'unknown version'}): upgrade to read it"


def _held_exit(held_by: list[str | None]) -> int:
    """Exit 6 when files were held for a newer release (refusals, exit 4, take precedence)."""
    if not held_by:
        return 0
    return BundleHeldError.exit_code


def _sync_folder(store: Store, args: argparse.Namespace) -> int:
    result = syncing.sync_folder(store, args.directory)
    if args.json:
        output.emit_json(result)
    else:
        for item in result["imported"]:
            if item.get("held"):
                output.emit(f"held {item['file']}: {_newer(item['written_by'])}")
                continue
            if item.get("retried") and "error" in item:
                output.emit(f"held earlier, refused now: {item['error']}")
                continue
            output.emit(f"imported {item['file']}: " + (item.get("error") or f"{item['applied']} applied"))
        for item in result["written"]:
            output.emit(f"wrote {item['file']} ({item['changesets']} changesets)")
    errors = [i["error"] for i in result["imported"] if "error" in i and not i.get("retried")]
    if errors:
        raise BundleRefusedError("; ".join(errors))
    return _held_exit([i["written_by"] for i in result["imported"] if i.get("held")])


def _sync_status(store: Store, args: argparse.Namespace) -> int:
    info = syncing.status(store)
    if args.json:
        output.emit_json(info)
    else:
        output.emit("\n".join(f"{k.replace('_', ' ')}: {json.dumps(v)}" for k, v in info.items()))
    return 0


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
    output.emit(f"kept {args.keep} for {', '.join(result['fields'])}")
    return 0
