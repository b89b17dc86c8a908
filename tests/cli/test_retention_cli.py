"""`liaison retention list | keep | policy`: the retention contract on the command line."""

from __future__ import annotations

import json
from datetime import date, timedelta

from liaison_app import profile
from tests.conftest import PASSPHRASE, Cli


def _age(cli: Cli, table: str, record_id: str, days: int) -> None:
    stamp = (date.today() - timedelta(days=days)).isoformat() + "T08:00:00.000000Z"
    with profile.unlock(cli.directory, PASSPHRASE) as store, store.session() as s:
        s.connection().exec_driver_sql(f"UPDATE {table} SET updated_at = ? WHERE id = ?", (stamp, record_id))
        s.commit()


def test_given_an_old_contact_when_listing_then_it_is_due_by_policy_until_kept(ready: Cli) -> None:
    contact = ready.ok("contact", "add", "--name", "Amina Diallo")
    ready.ok("contact", "add", "--name", "Fresh Face")
    _age(ready, "contact", contact, 800)

    [due] = json.loads(ready.ok("retention", "list", "--json"))["records"]
    assert (due["kind"], due["id"], due["title"], due["why"]) == (
        "contact",
        contact,
        "Amina Diallo",
        "policy",
    )
    assert due["updated_at"][:10] == (date.today() - timedelta(days=800)).isoformat()
    assert "Amina Diallo" in ready.ok("retention", "list")

    until = (date.today() + timedelta(days=90)).isoformat()
    said = ready.ok("retention", "keep", contact[:8], "--until", until, "--reason", "case ongoing")
    assert said == f"contact {contact[:8]} kept until {until}"
    assert json.loads(ready.ok("retention", "list", "--json")) == {"records": [], "more": False}


def test_keeping_until_a_day_gone_by_exits_2_and_keeps_nothing(ready: Cli) -> None:
    contact = ready.ok("contact", "add", "--name", "Amina Diallo")
    _age(ready, "contact", contact, 800)

    result = ready("retention", "keep", contact, "--until", date.today().isoformat())

    assert result.code == 2
    assert result.err.startswith("liaison: --until:")
    assert len(json.loads(ready.ok("retention", "list", "--json"))["records"]) == 1


def test_keeping_a_record_that_does_not_exist_exits_5(ready: Cli) -> None:
    result = ready("retention", "keep", "nosuchrecord", "--until", "2999-01-01")
    assert result.code == 5


def test_a_malformed_date_is_a_usage_error(ready: Cli) -> None:
    result = ready("retention", "keep", "abc", "--until", "next week")
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err


def test_given_periods_set_then_policy_show_reports_them_in_force(ready: Cli) -> None:
    said = ready.ok("retention", "policy", "set", "contact=365", "CONFIDENTIAL=90", "org=0")
    assert "contact: 365 days" in said

    shown = json.loads(ready.ok("retention", "policy", "show", "--json"))
    assert shown["own"]["kinds"]["contact"] == 365
    assert shown["in_force"]["levels"] == {"CONFIDENTIAL": 90}
    assert shown["mission"] is None
    assert "org: no limit" in ready.ok("retention", "policy", "show")


def test_a_bad_period_exits_2_and_changes_nothing(ready: Cli) -> None:
    result = ready("retention", "policy", "set", "contact=forever")
    assert result.code == 2
    assert result.err.startswith("liaison: retention policy:")
    assert json.loads(ready.ok("retention", "policy", "show", "--json"))["own"]["kinds"]["contact"] == 730
