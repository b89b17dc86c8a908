"""Entry point of `liaison`: parse, unlock the profile if the command needs it, map errors
to the exit codes of the contract (0 ok, 2 usage, 3 wrong secret, 4 bundle refused,
5 no such record, 1 anything else)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

# Only light modules at module level: `liaison --help` and `--version` must not pay for
# SQLModel, SQLAlchemy, SQLCipher or the models (about 0.5 s); see _Group below.
from liaison_app import __version__, diagnostics_log
from liaison_app.errors import AccessDeniedError, LiaisonError

DEBUG_ENV = "LIAISON_DEBUG"


@dataclass(frozen=True)
class _Group:
    """The top-level commands one command module registers, named without importing it.

    `liaison --help` lists these names and summaries; only the module of the command being
    run is imported, so its services (and the database layer) load only when needed.
    tests/cli/test_startup_imports.py checks this list against the modules' own parsers."""

    module: str
    commands: tuple[tuple[str, str], ...]  # (name, one-line help), in the module's order
    # Commands of modules listed before this one that it adds verbs to (registered after them).
    extends: tuple[str, ...] = ()


_GROUPS: tuple[_Group, ...] = (
    _Group(
        "liaison_app.cli.profile_commands",
        (
            ("init", "create an encrypted profile"),
            ("passphrase", "manage the passphrase"),
            ("recover", "set a new passphrase with the recovery key"),
            ("search", "full-text search over every kind of record"),
            ("dump", "canonical JSON of every live record"),
            ("purge", "remove deleted records for good"),
            ("settings", "show or change profile settings"),
            ("demo", "fill a new profile with a generated month of a mission"),
        ),
    ),
    _Group(
        "liaison_app.cli.record_commands",
        (
            ("org", "organizations"),
            ("contact", "contacts"),
            ("meeting", "meetings and other engagements"),
            ("action", "action items"),
            ("area", "administrative areas"),
        ),
    ),
    _Group("liaison_app.cli.duplicate_commands", (), extends=("org", "contact")),
    _Group("liaison_app.cli.merge_commands", (), extends=("org", "contact")),
    _Group("liaison_app.cli.card_commands", (), extends=("org", "contact")),
    _Group("liaison_app.cli.area_commands", (), extends=("area",)),
    _Group("liaison_app.cli.purge_commands", (), extends=("org", "contact", "meeting", "action", "area")),
    _Group(
        "liaison_app.cli.sync_commands",
        (
            ("identity", "this device's identity"),
            ("peer", "trusted devices"),
            ("sync", "exchange changes by file"),
            ("conflicts", "concurrent edits"),
        ),
    ),
    _Group(
        "liaison_app.cli.retention_commands",
        (("retention", "records past their review date; keep them longer; the periods"),),
    ),
    _Group(
        "liaison_app.cli.trash_commands",
        (("trash", "deleted records (restore with KIND restore ID)"),),
    ),
    _Group("liaison_app.cli.hq_commands", (("hq", "headquarters: summary figures, officers"),)),
    _Group("liaison_app.cli.view_commands", (("view", "saved views: list filters kept under a name"),)),
    _Group(
        "liaison_app.cli.language_commands",
        (("language", "the language of the interface and the reports (en, fr, ar)"),),
    ),
    _Group(
        "liaison_app.cli.backup_commands",
        (
            ("backup", "write an encrypted, verified backup of the profile"),
            ("restore", "restore a backup as the profile in a new or empty folder"),
        ),
    ),
    _Group(
        "liaison_app.cli.report_commands",
        (("report", "reports as PDF (meeting, weekly, actions, handover)"),),
    ),
    _Group(
        "liaison_app.cli.export_commands",
        (
            ("calendar", "meetings and action items as iCalendar"),
            ("export", "the whole profile as a file (JSON)"),
            ("import", "records from a file of another profile (JSON)"),
        ),
        extends=("org",),
    ),
)


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, like every other error (argparse prints the usage too)."""

    def error(self, message: str) -> NoReturn:
        from liaison_app.cli import output  # a usage error may pay for the import

        command = self.prog.removeprefix("liaison").strip()
        output.error(f"{command + ': ' if command else ''}{message} (see {self.prog} --help)")
        raise SystemExit(2)


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command tree for `argv`: in full for the command `argv` names (its whole module),
    as names and summaries only for the others, so parsing imports only what runs.

    Without `argv`, or when no command can be told from it, every module is registered."""
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
    wanted = _modules_for(argv)
    for group in _GROUPS:
        if wanted is None or group.module in wanted:
            importlib.import_module(group.module).register(commands)
        else:
            # A stub: its name and line in `liaison --help`; never parsed, as argv names
            # another command (or none: then argparse stops at --help, --version or usage).
            for name, summary in group.commands:
                commands.add_parser(name, help=summary, add_help=False)
    return parser


def _modules_for(argv: Sequence[str] | None) -> frozenset[str] | None:
    """The modules to register in full for `argv`: none when it names no command (--help,
    --version, nothing), the command's module, or None (all) when the word is not a command."""
    if argv is None:
        return None
    word = _command_word(argv)
    if word is None:
        return frozenset()
    modules = frozenset(
        group.module
        for group in _GROUPS
        if word in group.extends or any(name == word for name, _ in group.commands)
    )
    return modules or None  # a typo or an unforeseen spelling: the full tree words the error as ever


def _command_word(argv: Sequence[str]) -> str | None:
    """The first positional word of `argv`, skipping the top-level options as argparse reads
    them: `--profile DIR`, `--profile=DIR` and its abbreviations (`--prof DIR`)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--":
            return next(tokens, None)
        if not token.startswith("-") or token == "-":
            return token
        if len(token) > 2 and "=" not in token and "--profile".startswith(token):
            next(tokens, None)  # the option's value, whatever it looks like
    return None


def run(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code instead of exiting (tests call this)."""
    diagnostics_log.install()  # redacted, in memory; $LIAISON_DEBUG also prints it to stderr
    arguments = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(arguments)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # --help, --version and usage errors (code 2)
        return int(exc.code or 0)
    from liaison_app import profile  # after parsing: it brings the database layer
    from liaison_app.cli import output

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
    from liaison_app import profile
    from liaison_app.cli.profile_commands import PASSPHRASE_ENV
    from liaison_app.cli.secrets import read_secret

    if not getattr(args, "needs_store", True):
        return int(args.handler(args))
    # Say so before asking for a passphrase that could not be tried anyway.
    profile.require_no_wait(args.profile)
    passphrase = read_secret(PASSPHRASE_ENV, "Passphrase")
    with profile.unlock(args.profile, passphrase) as store:
        return int(args.handler(store, args))


def _known_failure(exc: Exception, directory: Path) -> LiaisonError | None:
    """A failure of the machine rather than of Liaison, told by errno or SQLite's code."""
    from liaison_app import disk

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
