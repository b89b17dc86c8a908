"""Start-up of `liaison`: `--help` and `--version` parse without the database layer, and the
lazily built command tree parses every command exactly as the full one does."""

from __future__ import annotations

import argparse
import subprocess
import sys

import pytest

from liaison_app.cli.main import build_parser, run
from liaison_app.cli.record_commands import KIND_WORDS
from liaison_app.cli.record_options import add_flags
from liaison_app.kinds import KINDS
from tests.cli.import_probe import ROOT, imported_by

# What made `liaison --help` take 0.69 s (issue 10), plus the GUI toolkit.
HEAVY = ("sqlalchemy", "sqlmodel", "sqlcipher3", "PySide6", "cryptography", "pydantic", "db")


@pytest.mark.parametrize(
    "arguments",
    [
        ("--help",),
        ("--version",),
        ("--profile", "somewhere", "--help"),
        ("contact", "--help"),
        ("org", "--help"),
        ("--profile", "somewhere", "action", "--help"),
    ],
)
def test_help_and_version_import_nothing_heavy(arguments: tuple[str, ...]) -> None:
    imported = imported_by(*arguments)
    assert "liaison_app" in imported  # the listing is read, not empty
    assert imported.isdisjoint(HEAVY), sorted(imported & set(HEAVY))


def _subcommands(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[argparse.ArgumentParser]:
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def test_top_level_help_is_the_full_trees() -> None:
    # The names and summaries main.py lists without importing the modules match theirs.
    assert build_parser([]).format_help() == build_parser().format_help()


def test_each_command_is_registered_in_full_where_the_full_tree_has_it() -> None:
    full = _subcommands(build_parser())
    for name, complete in full.choices.items():
        lazy = _subcommands(build_parser([name, "--help"]))
        assert list(lazy.choices) == list(full.choices)
        assert lazy.choices[name].format_help() == complete.format_help(), name


@pytest.mark.parametrize(
    "argv",
    [
        ["--profile", "p", "contact", "list", "--json"],
        ["--profile=contact", "org", "show", "abc"],
        ["--prof", "trash", "action", "list", "--overdue"],
        ["sync", "export", "--to", "peer-1", "--out", "b.bundle"],
        ["--", "dump"],
        ["backup", "--out", "x"],
    ],
)
def test_a_command_parses_as_in_the_full_tree(argv: list[str]) -> None:
    try:
        expected = vars(build_parser().parse_args(argv))
    except SystemExit:  # an argv this test guessed wrong for the command: both must refuse it
        with pytest.raises(SystemExit):
            build_parser(argv).parse_args(argv)
        return
    assert vars(build_parser(argv).parse_args(argv)) == expected


def test_an_unknown_command_is_still_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["contatc", "list"]) == 2
    assert "invalid choice: 'contatc'" in capsys.readouterr().err
    assert run([]) == 2


def test_the_kinds_named_without_the_registry_are_the_registrys() -> None:
    assert tuple((k.kind.value, k.label, k.summary) for k in KINDS.values()) == KIND_WORDS


@pytest.mark.parametrize("verb", ["add", "edit"])
def test_given_a_kinds_add_or_edit_when_it_parses_or_prints_then_it_has_the_registrys_flags(
    verb: str,
) -> None:
    for kind in KINDS:
        verbs = _subcommands(_subcommands(build_parser([kind.value, verb, "--help"])).choices[kind.value])
        lazy = verbs.choices[verb]
        expected = argparse.ArgumentParser(prog=lazy.prog)
        if verb == "edit":
            expected.add_argument("id", metavar="ID")
        add_flags(expected, kind.value, adding=verb == "add")
        assert lazy.format_help() == expected.format_help(), (kind, verb)


def test_given_contact_add_help_on_the_command_line_then_it_lists_the_flags() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "liaison_app.cli", "contact", "add", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "--name NAME" in done.stdout and "--phone PHONE" in done.stdout
