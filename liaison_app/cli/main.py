"""Entry point of `liaison`: parse, unlock the profile if the command needs it, map errors
to the exit codes of the contract (0 ok, 2 usage, 3 wrong secret, 4 bundle refused,
5 no such record, 1 anything else)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from liaison_app import __version__, diagnostics_log, profile
from liaison_app.cli import backup_commands, profile_commands, record_commands, sync_commands, trash_commands
from liaison_app.cli.secrets import read_secret
from liaison_app.errors import LiaisonError

DEBUG_ENV = "LIAISON_DEBUG"


def build_parser() -> argparse.ArgumentParser:
    """The full command tree."""
    parser = argparse.ArgumentParser(
        prog="liaison",
        description="Encrypted contacts, meetings and action items for liaison officers.",
        epilog="The passphrase comes from $LIAISON_PASSPHRASE, else a prompt; never from a flag.",
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        metavar="DIR",
        help="profile folder (default: $LIAISON_PROFILE, else the user data folder)",
    )
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    profile_commands.register(commands)
    record_commands.register(commands)
    sync_commands.register(commands)
    trash_commands.register(commands)
    backup_commands.register(commands)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code instead of exiting (tests call this)."""
    diagnostics_log.install()  # redacted, in memory; $LIAISON_DEBUG also prints it to stderr
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version and usage errors (code 2)
        return int(exc.code or 0)
    args.profile = args.profile or profile.default_directory()
    try:
        if not getattr(args, "needs_store", True):
            return int(args.handler(args))
        passphrase = read_secret(profile_commands.PASSPHRASE_ENV, "Passphrase")
        with profile.unlock(args.profile, passphrase) as store:
            return int(args.handler(store, args))
    except LiaisonError as exc:
        sys.stderr.write(f"liaison: {exc}\n")
        return exc.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("liaison: interrupted\n")
        return 130
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        sys.stderr.write(
            f"liaison: internal error: {type(exc).__name__}: {exc} (set {DEBUG_ENV}=1 for details)\n"
        )
        return 1


def main() -> int:
    """Console-script entry point."""
    return run()
