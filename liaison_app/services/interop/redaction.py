"""What an export or a report may carry: the redaction profiles (full, partner, public), the
scope rule, and the plaintext ceiling — one registry, the same for every format (issue 13).

Every file that leaves the laptop applies one profile (docs/INTEROP.md, "Redaction profiles"):

- `full`: everything the user may see. Records kept on this laptop (sharing scope `local`,
  marked do-not-share) only when explicitly included; details beyond what a format needs only at
  the lowest sensitivity (the "ceiling" of a plaintext file, as before).
- `partner` (the default): as `full`, and no record shared with HQ only (scope `hq`: a
  partner file leaves the mission), nothing at or above the level named CONFIDENTIAL,
  and no personal contact details (phones, emails, addresses, every contact point) of local
  people: local staff and community members (`is_local_person`).
- `public`: what HDX accepts — organizations and activity counts only; no person's name,
  phone or email. Only the 3W can be written under it; every other export and every report
  is refused (`RedactionRefusedError`), since each of them is about people or meetings.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from liaison_app.errors import Rule, ValidationError
from liaison_app.services import privacy
from liaison_app.services.reports.marking import Levels, levels
from liaison_app.store import Store


class Profile(StrEnum):
    """The redaction profiles, by the name `--redact` takes."""

    FULL = "full"
    PARTNER = "partner"
    PUBLIC = "public"


DEFAULT = Profile.PARTNER


@dataclass(frozen=True, slots=True)
class ProfileRules:
    """What one profile leaves out, and the words the GUI and --help show for it."""

    label: str
    leaves_out: str
    caps_sensitivity: bool  # nothing at or above the level named CONFIDENTIAL
    hides_local_details: bool  # no contact points of local staff and community
    names_people: bool  # persons may be named at all


PROFILES: dict[Profile, ProfileRules] = {
    Profile.FULL: ProfileRules(
        "Full",
        "Everything you may see: leaves out only contacts marked do-not-share (unless included).",
        caps_sensitivity=False,
        hides_local_details=False,
        names_people=True,
    ),
    Profile.PARTNER: ProfileRules(
        "Partner",
        "Also leaves out everything CONFIDENTIAL or above, and the phones, emails and addresses"
        " of local staff and community members.",
        caps_sensitivity=True,
        hides_local_details=True,
        names_people=True,
    ),
    Profile.PUBLIC: ProfileRules(
        "Public",
        "Organizations and activity counts only: no person's name, phone or email (what HDX"
        " accepts). Only the 3W of organizations can be exported this way.",
        caps_sensitivity=True,
        hides_local_details=True,
        names_people=False,
    ),
}
assert set(PROFILES) == set(Profile)

# The level partner starts leaving out, by name (else the first level with the word, as
# "NATO CONFIDENTIAL"); a profile whose levels have no such word (OCHA's Low / Moderate /
# High / Severe) leaves out everything above its lowest level.
CAP_NAME = "CONFIDENTIAL"
# Tags that mark a contact as local staff or a community member (compared without case,
# spaces, "_" or "-"), and the organization type of community and religious bodies.
LOCAL_TAGS = frozenset({"localstaff", "nationalstaff", "local", "community", "communitymember"})
COMMUNITY_ORG_TYPES = frozenset({"community"})


class Person(Protocol):
    """What the rules read of a contact (a Contact row, or a contact of a dump document)."""

    @property
    def sensitivity(self) -> str: ...
    @property
    def do_not_share(self) -> bool: ...
    @property
    def tags(self) -> Sequence[str]: ...


class RedactionRefusedError(ValidationError):
    """An export or report the chosen profile cannot produce (public: anything but a 3W)."""


def refusal(what: str, profile: Profile) -> RedactionRefusedError:
    """The one-line error for `what` (a contacts export, a report...) under `profile`."""
    return RedactionRefusedError(
        f"--redact {profile.value}: {what} names people; the {profile.value} profile allows only"
        " the 3W of organizations (liaison org export)",
        field="redact",
        detail=f"{what} cannot be written under the {profile.value} profile",
        rule=Rule.NOT_A_CHOICE,
        params={"value": profile.value, "allowed": (Profile.FULL.value, Profile.PARTNER.value)},
    )


def left_out(what: str, level: str, rules: Redaction) -> RedactionRefusedError:
    """The one-line error for a report whose subject (`what`, at `level`) the profile leaves out."""
    return RedactionRefusedError(
        f"--redact {rules.profile.value}: {what} is {level}, and the {rules.profile.value} profile"
        f" leaves out everything at or above {rules.cap}; choose --redact full to include it",
        field="redact",
        detail=f"{what} is {level}",
        rule=Rule.NOT_A_CHOICE,
        params={"value": rules.profile.value, "allowed": (Profile.FULL.value,)},
    )


def scoped_out(what: str, scope: str, rules: Redaction) -> RedactionRefusedError:
    """The one-line error for a report whose subject (`what`) its sharing scope keeps out."""
    allowed: tuple[str, ...]
    if scope == privacy.LOCAL:
        because, allowed = "is kept on this laptop only (scope local): no report carries it", ()
    else:
        because, allowed = (
            f"is shared with HQ only, and the {rules.profile.value} profile leaves such records out;"
            " choose --redact full to include it",
            (Profile.FULL.value,),
        )
    return RedactionRefusedError(
        f"--redact {rules.profile.value}: {what} {because}",
        field="redact",
        detail=f"{what} has the sharing scope {scope}",
        rule=Rule.NOT_A_CHOICE,
        params={"value": rules.profile.value, "allowed": allowed},
    )


def profile_named(word: str) -> Profile:
    """The profile `word` names (any case), else ValidationError."""
    try:
        return Profile(word.strip().lower())
    except ValueError:
        allowed = tuple(p.value for p in Profile)
        raise ValidationError.about(
            "redact",
            f"{word!r} is not one of {', '.join(allowed)}",
            Rule.NOT_A_CHOICE,
            value=word,
            allowed=allowed,
        ) from None


def stays_local(record: object) -> bool:
    """The scope rule: a record that never leaves this laptop (marked do-not-share)."""
    return privacy.scope_of(record) == privacy.LOCAL


def is_local_person(contact: Person, org_type: str | None) -> bool:
    """Local staff or a community member: tagged so, in a community organization, or in
    none (an individual — a source, a resident — is a member of the community)."""
    tags = {"".join(ch for ch in t.casefold() if ch.isalnum()) for t in contact.tags}
    return bool(tags & LOCAL_TAGS) or org_type is None or org_type in COMMUNITY_ORG_TYPES


@dataclass(frozen=True, slots=True)
class Redaction:
    """The rules one export or report applies: its profile, whether records kept local go,
    and the profile's sensitivity levels."""

    include_do_not_share: bool
    levels: Levels
    profile: Profile = DEFAULT

    @property
    def rules(self) -> ProfileRules:
        """What the profile leaves out."""
        return PROFILES[self.profile]

    @property
    def ceiling(self) -> str:
        """The highest sensitivity whose details may leave in a plaintext file: the lowest level."""
        return self.levels.ordered[0]

    @property
    def cap(self) -> str | None:
        """The first level this profile leaves out (None: no sensitivity is left out)."""
        if not self.rules.caps_sensitivity:
            return None
        upper = [level.strip().upper() for level in self.levels.ordered]
        for place, level in enumerate(upper):
            if level == CAP_NAME:
                return self.levels.ordered[place]
        for place, level in enumerate(upper):
            if CAP_NAME in level.split():  # "NATO CONFIDENTIAL"
                return self.levels.ordered[place]
        return self.levels.ordered[1] if len(self.levels.ordered) > 1 else None

    def admits_level(self, sensitivity: str) -> bool:
        """Whether a record of `sensitivity` may appear at all under this profile."""
        cap = self.cap
        return cap is None or self.levels.rank(sensitivity) < self.levels.rank(cap)

    def admitted_levels(self) -> tuple[str, ...]:
        """The levels (upper case, "" for none) whose records may appear: for SQL filters."""
        kept = [level for level in self.levels.ordered if self.admits_level(level)]
        return ("", *(level.strip().upper() for level in kept))

    def admits_scope(self, scope: str) -> bool:
        """Whether records of sharing `scope` may appear: local ones only when explicitly
        included; HQ-only ones only in a full export (partner and public files leave the mission)."""
        if scope == privacy.LOCAL:
            return self.include_do_not_share
        return scope != privacy.HQ or self.profile is Profile.FULL

    def scope_sql(self, alias: str = "") -> str:
        """The same rule as an SQL condition on a record table (`alias.` before its columns)."""
        prefix = f"{alias}." if alias else ""
        conditions = ["1"]
        if not self.include_do_not_share:
            conditions.append(f"{prefix}{privacy.FIELD} = 0")
        if self.profile is not Profile.FULL:
            conditions.append(f"{prefix}{privacy.SHARING} != '{privacy.HQ}'")
        return " AND ".join(conditions)

    def admits(self, record: object) -> bool:
        """Whether `record` may appear at all: its scope, then its sensitivity."""
        if not self.admits_scope(privacy.scope_of(record)):
            return False
        if isinstance(record, Mapping):
            return self.admits_level(str(record.get("sensitivity") or ""))
        return self.admits_level(str(getattr(record, "sensitivity", "") or ""))

    def shares(self, contact: Person) -> bool:
        """Whether `contact` may appear at all (named, counted as an attendee or an owner)."""
        return self.rules.names_people and self.admits(contact)

    def details(self, sensitivity: str) -> bool:
        """Whether a record of `sensitivity` may give its details (at or under the ceiling)."""
        return self.admits_level(sensitivity) and not self.levels.above(sensitivity, self.ceiling)

    def contact_details(self, contact: Person, org_type: str | None) -> bool:
        """Whether `contact`'s phones, emails and address may go (`org_type`: its
        organization's type, None when it has none)."""
        if not self.shares(contact):
            return False
        return not (self.rules.hides_local_details and is_local_person(contact, org_type))

    def require_people(self, what: str) -> None:
        """Refuse `what` (an export or report about people) under a profile naming nobody."""
        if not self.rules.names_people:
            raise refusal(what, self.profile)

    def marks(self) -> str:
        """How a file names the profile it applied: `partner`, `full`, `public`."""
        return self.profile.value


def redaction(store: Store, *, include_do_not_share: bool = False, profile: Profile = DEFAULT) -> Redaction:
    """The export rules of this profile under redaction `profile` (default partner)."""
    return Redaction(include_do_not_share=include_do_not_share, levels=levels(store), profile=profile)
