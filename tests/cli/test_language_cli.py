"""`liaison language [set CODE|system] [--json]`: the user's language, outside any profile."""

from __future__ import annotations

import json

import pytest

from liaison_app import translations
from tests.conftest import Cli


def test_given_no_choice_then_the_system_language_is_used(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "fr_CD:fr")

    shown = json.loads(cli.ok("language", "--json"))

    assert shown["chosen"] == "system"
    assert shown["effective"] == "fr"
    assert shown["languages"] == {"en": "English", "fr": "Français", "ar": "العربية"}


def test_given_a_choice_then_it_is_kept_for_the_next_run_without_any_profile(cli: Cli) -> None:
    assert cli.ok("language", "set", "AR") == "ar (العربية, chosen)"

    assert translations.chosen().language is translations.Language.ARABIC
    assert json.loads(cli.ok("language", "--json"))["effective"] == "ar"
    assert not cli.directory.exists()  # no profile was needed, none was made


def test_given_system_then_the_choice_is_forgotten(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")  # a language Liaison does not speak: English
    cli.ok("language", "set", "fr")

    assert json.loads(cli.ok("language", "set", "system", "--json"))["effective"] == "en"


def test_given_an_unknown_code_then_one_line_exit_2_and_nothing_stored(cli: Cli) -> None:
    cli.ok("language", "set", "fr")

    result = cli("language", "set", "klingon")

    assert result.code == 2
    assert len(result.err.strip().splitlines()) == 1
    assert "Traceback" not in result.err
    assert translations.chosen().language is translations.Language.FRENCH
