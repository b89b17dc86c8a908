"""The redaction profiles as rules: which level partner starts leaving out (also when a
profile renamed its levels), who counts as a local person, and what each profile admits."""

from __future__ import annotations

import pytest

from db.models import Contact
from liaison_app.errors import ValidationError
from liaison_app.services.interop.redaction import (
    PROFILES,
    Profile,
    Redaction,
    RedactionRefusedError,
    is_local_person,
    profile_named,
)
from liaison_app.services.reports.marking import Levels

UN = Levels(("UNCLASSIFIED", "CONFIDENTIAL", "STRICTLY CONFIDENTIAL"), "CONFIDENTIAL")
NATO = Levels(("NATO UNCLASSIFIED", "NATO RESTRICTED", "NATO CONFIDENTIAL", "NATO SECRET"), "NATO RESTRICTED")
OCHA = Levels(("Low", "Moderate", "High", "Severe"), "Moderate")


def _rules(levels: Levels, profile: Profile = Profile.PARTNER, *, include: bool = False) -> Redaction:
    return Redaction(include_do_not_share=include, levels=levels, profile=profile)


def _contact(**fields: object) -> Contact:
    return Contact(full_name="A Person", **fields)  # type: ignore[arg-type]


def test_given_un_levels_then_partner_leaves_out_confidential_and_above_and_full_nothing() -> None:
    partner = _rules(UN)
    assert partner.cap == "CONFIDENTIAL"
    assert partner.admits_level("UNCLASSIFIED") and partner.admits_level("")
    assert not partner.admits_level("confidential") and not partner.admits_level("STRICTLY CONFIDENTIAL")
    assert _rules(UN, Profile.FULL).cap is None
    assert _rules(UN, Profile.FULL).admits_level("STRICTLY CONFIDENTIAL")


def test_given_renamed_levels_then_partner_starts_at_the_level_with_the_word_else_above_the_lowest() -> None:
    assert _rules(NATO).cap == "NATO CONFIDENTIAL"
    assert _rules(NATO).admits_level("NATO RESTRICTED")
    assert _rules(OCHA).cap == "Moderate"
    assert _rules(OCHA).admitted_levels() == ("", "LOW")


def test_given_a_level_no_longer_in_the_list_then_partner_leaves_it_out() -> None:
    assert not _rules(UN).admits_level("SECRET")


def test_given_contacts_then_local_staff_community_members_and_individuals_are_local_persons() -> None:
    assert is_local_person(_contact(tags=["Local staff"]), "ngo")
    assert is_local_person(_contact(tags=["national_staff"]), "un-agency")
    assert is_local_person(_contact(tags=[]), "community")
    assert is_local_person(_contact(tags=[]), None)
    assert not is_local_person(_contact(tags=["logistics"]), "un-agency")


def test_given_a_local_person_then_partner_withholds_their_details_and_full_keeps_them() -> None:
    local = _contact(tags=["local-staff"], sensitivity="UNCLASSIFIED")
    assert _rules(UN).shares(local) and not _rules(UN).contact_details(local, "ngo")
    assert _rules(UN, Profile.FULL).contact_details(local, "ngo")
    other = _contact(tags=[], sensitivity="UNCLASSIFIED")
    assert _rules(UN).contact_details(other, "ngo")


def test_given_do_not_share_then_no_profile_admits_it_unless_included() -> None:
    hidden = _contact(do_not_share=True, sensitivity="UNCLASSIFIED")
    for profile in (Profile.FULL, Profile.PARTNER):
        assert not _rules(UN, profile).admits(hidden)
        assert _rules(UN, profile, include=True).admits(hidden)


def test_given_public_then_nobody_is_named_and_people_exports_are_refused() -> None:
    public = _rules(UN, Profile.PUBLIC)
    assert not public.shares(_contact(sensitivity="UNCLASSIFIED"))
    with pytest.raises(RedactionRefusedError) as refused:
        public.require_people("a contacts export")
    assert refused.value.exit_code == 2 and refused.value.field == "redact"


def test_given_profile_words_then_each_is_read_and_an_unknown_one_refused() -> None:
    assert profile_named(" Partner ") is Profile.PARTNER
    with pytest.raises(ValidationError):
        profile_named("secret")
    assert set(PROFILES) == set(Profile)
