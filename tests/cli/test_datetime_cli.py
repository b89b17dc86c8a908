"""The command line reads dates as the GUI does: local formats by the shell's locale,
date-time groups, and an End given as a time alone."""

from __future__ import annotations

import json

import pytest

from tests.conftest import Cli


@pytest.fixture
def ready(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")
    cli.init()
    return cli


def _meeting(ready: Cli, *times: str) -> dict[str, object]:
    made = ready.ok("meeting", "add", "--title", "Water point", *times)
    return dict(json.loads(ready.ok("meeting", "show", made, "--json")))


def test_given_a_dotted_start_and_a_time_alone_as_end_then_both_land_on_that_day(ready: Cli) -> None:
    meeting = _meeting(ready, "--start", "01.12.2026 10:00+03:00", "--end", "11:30")
    assert meeting["start"] == "2026-12-01T10:00:00+03:00"
    assert meeting["end"] == "2026-12-01T11:30:00+03:00"


def test_given_date_and_time_as_separate_words_then_they_read_as_one(ready: Cli) -> None:
    meeting = _meeting(ready, "--start", "01.12.2026", "10:00+03:00", "--end", "11:30")
    assert (meeting["start"], meeting["end"]) == ("2026-12-01T10:00:00+03:00", "2026-12-01T11:30:00+03:00")


def test_given_a_date_time_group_then_it_is_stored_in_its_zone(ready: Cli) -> None:
    meeting = _meeting(ready, "--start", "011000ZDEC26")
    assert meeting["start"] == "2026-12-01T10:00:00+00:00"


def test_given_a_month_first_locale_then_a_slashed_due_date_reads_month_first(
    ready: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    made = ready.ok("action", "add", "--title", "Send report", "--due", "12/01/2026")
    assert json.loads(ready.ok("action", "show", made, "--json"))["due"] == "2026-12-01"


def test_given_an_end_before_the_start_on_the_same_day_then_it_is_refused(ready: Cli) -> None:
    result = ready("meeting", "add", "--title", "x", "--start", "01.12.2026 10:00", "--end", "09:00")
    assert result.code == 2 and "end" in result.err


def test_given_the_display_setting_then_only_local_or_dtg_is_accepted(ready: Cli) -> None:
    ready.ok("settings", "set", "datetime_display", "dtg")
    refused = ready("settings", "set", "datetime_display", "weekly")
    assert refused.code == 2 and "datetime_display" in refused.err


def test_given_a_stored_meeting_when_its_end_is_edited_to_a_time_alone_then_it_is_on_the_start_day(
    ready: Cli,
) -> None:
    made = ready.ok("meeting", "add", "--title", "Water point", "--start", "2026-12-01T10:00+03:00")
    ready.ok("meeting", "edit", made, "--end", "12:15")
    assert json.loads(ready.ok("meeting", "show", made, "--json"))["end"] == "2026-12-01T12:15:00+03:00"
