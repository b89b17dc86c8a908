"""`liaison passphrase duress set|clear`: the duress passphrase from the environment or a
prompt, never argv; typed at unlock it leaves an empty profile where the old one was."""

from __future__ import annotations

import json

import pytest

from tests.conftest import PASSPHRASE, Cli

DURESS = "tangerine lighthouse quarrel"


def test_given_a_duress_passphrase_set_when_it_unlocks_then_the_profile_is_empty_for_good(
    ready: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready.ok("contact", "add", "--name", "Amina Diallo")
    monkeypatch.setenv("LIAISON_DURESS_PASSPHRASE", DURESS)
    assert "destroys this profile" in ready.ok("passphrase", "duress", "set")

    monkeypatch.setenv("LIAISON_PASSPHRASE", DURESS)
    assert json.loads(ready.ok("contact", "list", "--json")) == []

    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert ready("contact", "list").code == 3


def test_a_weak_duress_passphrase_is_refused_with_exit_2(ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_DURESS_PASSPHRASE", "abc")
    assert ready("passphrase", "duress", "set").code == 2


def test_the_same_as_the_passphrase_is_refused(ready: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIAISON_DURESS_PASSPHRASE", PASSPHRASE)
    result = ready("passphrase", "duress", "set")
    assert result.code == 2


def test_once_cleared_the_duress_passphrase_is_a_wrong_one(
    ready: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    ready.ok("contact", "add", "--name", "Amina Diallo")
    monkeypatch.setenv("LIAISON_DURESS_PASSPHRASE", DURESS)
    ready.ok("passphrase", "duress", "set")
    ready.ok("passphrase", "duress", "clear")

    monkeypatch.setenv("LIAISON_PASSPHRASE", DURESS)
    assert ready("contact", "list").code == 3
    monkeypatch.setenv("LIAISON_PASSPHRASE", PASSPHRASE)
    assert len(json.loads(ready.ok("contact", "list", "--json"))) == 1
