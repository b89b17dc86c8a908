"""The marking rule: the highest of the profile's levels among what a report holds."""

from __future__ import annotations

from liaison_app.services.reports.marking import Levels

UN = Levels(("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL"), "CONFIDENTIAL")


def test_the_highest_level_found_marks_the_document() -> None:
    assert (
        UN.highest(["CONFIDENTIAL", "UNCLASSIFIED", "STRICTLY CONFIDENTIAL", ""]) == "STRICTLY CONFIDENTIAL"
    )


def test_nothing_marked_gives_the_lowest_level() -> None:
    assert UN.highest(["", ""]) == "UNCLASSIFIED"
    assert UN.highest([]) == "UNCLASSIFIED"


def test_a_value_that_is_no_longer_a_level_ranks_above_them_all() -> None:
    assert UN.highest(["STRICTLY CONFIDENTIAL", "SECRET"]) == "SECRET"


def test_levels_of_another_scheme_rank_by_the_profiles_order() -> None:
    ocha = Levels(("LOW", "MODERATE", "HIGH", "SEVERE"), "MODERATE")
    assert ocha.highest(["high", "MODERATE"]) == "high"
    assert ocha.above("SEVERE", "HIGH") and not ocha.above("LOW", "MODERATE")
