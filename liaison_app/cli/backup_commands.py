"""`liaison backup -o FILE | --auto | --auto-folder DIR [--auto-keep N]` and
`liaison restore FILE --profile DIR [--recovery-key] [--force]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from liaison_app.cli import output
from liaison_app.cli.profile_commands import NEW_PASSPHRASE_ENV, PASSPHRASE_ENV, RECOVERY_ENV
from liaison_app.cli.secrets import read_new_passphrase, read_secret
from liaison_app.errors import ValidationError
from liaison_app.services import backup
from liaison_app.services import restore as restoring
from liaison_app.store import Store


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare `backup` and `restore`."""
    save = commands.add_parser("backup", help="write an encrypted, verified backup of the profile")
    where = save.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="FILE", help="the backup file to write")
    where.add_argument("--auto", action="store_true", help="write one into the automatic backup folder")
    where.add_argument(
        "--auto-folder",
        metavar="DIR",
        help="set the folder for automatic backups at lock and quit (an empty value turns them off)",
    )
    save.add_argument("--auto-keep", type=int, metavar="N", help="how many automatic backups to keep")
    save.add_argument("--json", action="store_true", help="print JSON")
    save.set_defaults(handler=_backup)

    back = commands.add_parser("restore", help="restore a backup as the profile in a new or empty folder")
    back.add_argument("file", type=Path, metavar="FILE")
    back.add_argument(
        "--profile", type=Path, default=argparse.SUPPRESS, metavar="DIR", help="the folder to restore into"
    )
    back.add_argument(
        "--recovery-key",
        action="store_true",
        help=f"unlock with the recovery key (${RECOVERY_ENV} or prompted) and set a new passphrase",
    )
    back.add_argument("--force", action="store_true", help="replace the profile already in DIR")
    back.add_argument("--json", action="store_true", help="print JSON")
    back.set_defaults(handler=_restore, needs_store=False)


def _backup(store: Store, args: argparse.Namespace) -> int:
    if args.auto_folder is not None:
        keep = args.auto_keep if args.auto_keep is not None else backup.auto_settings(store).keep
        chosen = backup.set_auto_settings(store, folder=args.auto_folder, keep=keep)
        where = chosen.folder or "off"
        output.emit(f"Automatic backups: {where}, keeping the last {chosen.keep}.")
        return 0
    if args.auto_keep is not None:
        raise ValidationError("--auto-keep goes with --auto-folder")
    if args.auto:
        result = backup.back_up_automatically(store)
        if result is None:
            raise ValidationError("no automatic backup folder is set (liaison backup --auto-folder DIR)")
    else:
        result = backup.back_up(store, to=args.output)
    if args.json:
        output.emit_json({"file": str(result.path), "size": result.size, "records": result.records})
    else:
        output.emit(
            f"Backup written and verified: {result.path} ({result.records} records, {result.size} bytes)."
        )
    return 0


def _restore(args: argparse.Namespace) -> int:
    directory: Path = args.profile
    # Refuse a bad file or a bad place before anyone types a secret for nothing.
    restoring.inspect(args.file)
    restoring.check_target(directory, force=args.force)
    if args.recovery_key:
        secret = restoring.Secret(
            recovery_key=read_secret(RECOVERY_ENV, "Recovery key"),
            new_passphrase=read_new_passphrase(NEW_PASSPHRASE_ENV),
        )
    else:
        secret = restoring.Secret(passphrase=read_secret(PASSPHRASE_ENV, "Passphrase of the backup"))
    result = restoring.restore(args.file, directory=directory, secret=secret, force=args.force)
    if args.json:
        output.emit_json(
            {
                "profile": str(result.directory),
                "created": result.created,
                "records": result.records,
                "device_id": result.device_id,
                "previous_device_id": result.previous_device_id,
                "replaced": result.replaced,
            }
        )
        return 0
    output.emit(
        f"Restored the backup of {result.created} ({result.records} records) into {result.directory}."
    )
    output.emit(
        f"This laptop is now device {result.device_id}; the backup's device {result.previous_device_id}"
        " stays a trusted peer. Send the new identity card to HQ (liaison identity export -o CARD)"
        " before the next exchange."
    )
    return 0
