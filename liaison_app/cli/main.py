"""Entry point of `liaison`: parse, unlock the profile if the command needs it, map errors
to the exit codes of the contract (0 ok, 2 usage, 3 wrong secret, 4 bundle refused,
5 no such record, 1 anything else)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from liaison_app import __version__, diagnostics_log, disk, profile
from liaison_app.cli import (
    backup_commands,
    output,
    profile_commands,
    record_commands,
    sync_commands,
    trash_commands,
)
from liaison_app.cli.secrets import read_secret
from liaison_app.errors import AccessDeniedError, LiaisonError

DEBUG_ENV = "LIAISON_DEBUG"


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, like every other error (argparse prints the usage too)."""

    def error(self, message: str) -> NoReturn:
        command = self.prog.removeprefix("liaison").strip()
        output.error(f"{command + ': ' if command else ''}{message} (see {self.prog} --help)")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """The full command tree."""
    parser: argparse.ArgumentParser = _Parser(
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
        return _dispatch(args)
    except LiaisonError as exc:
        output.error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        output.error("interrupted")
        return 130
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        known = _known_failure(exc, args.profile)
        if known is not None:
            output.error(str(known))
            return known.exit_code
        name = type(exc).__name__
        output.error(f"internal error: {name}: {_first_line(exc)} (set {DEBUG_ENV}=1 for details)")
        return 1


def _dispatch(args: argparse.Namespace) -> int:
    if not getattr(args, "needs_store", True):
        return int(args.handler(args))
    # Say so before asking for a passphrase that could not be tried anyway.
    profile.require_no_wait(args.profile)
    passphrase = read_secret(profile_commands.PASSPHRASE_ENV, "Passphrase")
    with profile.unlock(args.profile, passphrase) as store:
        return int(args.handler(store, args))


def _known_failure(exc: Exception, directory: Path) -> LiaisonError | None:
    """A failure of the machine rather than of Liaison, told by errno or SQLite's code."""
    # A file named by the error (an export to a stick, say) may be on another disk.
    named = isinstance(exc, OSError) and isinstance(exc.filename, str)
    disk_of = Path(exc.filename) if isinstance(exc, OSError) and named else directory
    if disk.is_full(exc, disk_of):
        return disk.full_error(disk_of)
    path = f" {exc.filename}" if isinstance(exc, OSError) and exc.filename else ""
    if isinstance(exc, PermissionError):
        return AccessDeniedError(f"permission denied:{path}")
    if isinstance(exc, OSError) and exc.strerror:
        return LiaisonError(f"cannot use{path}: {exc.strerror}")
    return None


def _first_line(exc: Exception) -> str:
    # SQLAlchemy appends a second line with a link; an error is one line.
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def main() -> int:
    """Console-script entry point."""
    return run()
