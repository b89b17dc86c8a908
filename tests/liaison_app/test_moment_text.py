"""One formatter for every date-time a screen shows, honouring `datetime_display`."""

from __future__ import annotations

from datetime import datetime

from liaison_app.datetime_input import DisplayStyle, format_dtg
from liaison_app.services.display_text import moment_text

DTG = DisplayStyle.DTG


def test_a_stored_time_reads_as_the_wall_time_it_was_typed_in_or_as_a_group_in_its_zone() -> None:
    assert moment_text("2026-12-01T10:00:00+01:00") == "2026-12-01 10:00"
    assert moment_text("2026-12-01T10:00:00+01:00", DTG) == "011000ADEC26"
    assert moment_text("2026-12-01T10:00+03:00", DTG) == "011000CDEC26"
    assert moment_text("2026-12-01T10:00:00+04:30", DTG) == "010530ZDEC26"  # no letter: in UTC


def test_a_utc_stamp_keeps_its_words_or_becomes_a_zulu_group() -> None:
    assert moment_text("2026-12-01 13:02 UTC") == "2026-12-01 13:02 UTC"
    assert moment_text("2026-12-01 13:02 UTC", DTG) == "011302ZDEC26"


def test_a_local_time_is_read_on_this_machines_clock() -> None:
    local = datetime(2026, 12, 1, 13, 2).astimezone()
    assert moment_text("2026-12-01 13:02") == "2026-12-01 13:02"
    assert moment_text("2026-12-01 13:02", DTG) == format_dtg(local)


def test_dates_alone_empty_and_unreadable_texts_are_left_as_they_are() -> None:
    for text in ("2026-12-04", "", "never", "soon"):
        assert moment_text(text, DTG) == text
