"""Turns the demo organization table into planned organization and contact records:
names drawn from the right community, phone numbers, emails, call signs, languages,
sensitivity and the do-not-share / do-not-contact flags that fit each kind of person.

Nothing here touches the store; `liaison_app.demo.writer` writes what is planned.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from liaison_app.demo.areas import district_key
from liaison_app.demo.names import CONTACT_NOTES, LOCAL_POOLS, NAME_POOLS, POOL_GROUPS
from liaison_app.demo.organizations import ORGANIZATIONS, SOURCES, OrgSpec, Post
from liaison_app.demo.places import MISSION, MOBILE_NETWORKS, PHONE_PREFIX, TOWNS


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to a planned record, replaced by its id once that record is written."""

    key: str


@dataclass(frozen=True, slots=True)
class Planned:
    """One record to add: its kind, a key other plans refer to it by, and its fields."""

    kind: str
    key: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Person:
    """What meetings need to know about a planned contact."""

    key: str
    org: str | None
    position: str
    tags: tuple[str, ...]


@dataclass
class Roster:
    """The planned organizations and contacts, and who may be met, by organization."""

    planned: list[Planned] = field(default_factory=list)
    staff: dict[str, list[Person]] = field(default_factory=dict)


# The kind of person decides sensitivity, flags and which contact means they have.
_CATEGORY = {
    "un-agency": "agency",
    "ngo": "agency",
    "red-cross": "agency",
    "government": "official",
    "local-authority": "official",
    "military": "uniformed",
    "police": "uniformed",
    "community": "community",
    "armed-group": "armed",
    "private": "private",
}
_SENSITIVITY = {
    "agency": "open",
    "official": "restricted",
    "uniformed": "restricted",
    "community": "strict",
    "armed": "strict",
    "private": "restricted",
    "source": "strict",
}


class _Names:
    """Draws unique full names, emails and phone numbers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(self, pool_key: str, sex: str) -> str:
        pool = NAME_POOLS[pool_key]
        for _ in range(200):
            given = self.rng.choice(pool.female if (sex or self.rng.choice("mf")) == "f" else pool.male)
            family = self.rng.sample([f for f in pool.family if f != given], pool.parts)
            name = " ".join([given, *family])
            if name not in self.used:
                self.used.add(name)
                return name
        raise ValueError(f"demo: name pool {pool_key!r} is too small")

    def phone(self, area: str = "") -> str:
        while True:
            lead = area or f"9{self.rng.randint(1, 9)}"
            middle, last = self.rng.randint(100, 999), self.rng.randint(0, 9999)
            number = f"{PHONE_PREFIX} {lead} {middle} {last:04d}"
            if number not in self.used:
                self.used.add(number)
                return number

    def email(self, name: str, domain: str) -> str:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        words = ascii_name.lower().replace("-", " ").split()
        base = f"{words[0]}.{''.join(words[1:2])}"
        address, n = f"{base}@{domain}", 1
        while address in self.used:
            n += 1
            address = f"{base}{n}@{domain}"
        self.used.add(address)
        return address


def plan_people(rng: random.Random, levels: dict[str, str]) -> Roster:
    """Plan every organization of the table, its staff, and the individual sources.

    `levels` maps open/restricted/strict to the profile's own sensitivity levels."""
    roster = Roster()
    names = _Names(rng)
    for org in ORGANIZATIONS:
        roster.planned.append(Planned("org", f"org:{org.key}", _org_fields(org)))
        people = roster.staff.setdefault(org.key, [])
        for index, post in enumerate(org.posts):
            key = f"contact:{org.key}:{index}"
            fields = _contact_fields(rng, names, post, org, org.town, levels)
            roster.planned.append(Planned("contact", key, fields))
            if not fields["do_not_contact"]:
                people.append(Person(key, org.key, post.position, post.tags))
    for index, (post, town) in enumerate(SOURCES):
        fields = _contact_fields(rng, names, post, None, town, levels)
        roster.planned.append(Planned("contact", f"contact:source:{index}", fields))
    return roster


def _org_fields(org: OrgSpec) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": org.name,
        "acronym": org.acronym,
        "org_type": org.org_type,
        "sectors": list(org.sectors),
        "notes": org.notes,
        "area_id": Ref(district_key(org.town)),
    }
    if org.parent:
        fields["parent_id"] = Ref(f"org:{org.parent}")
    return fields


def _contact_fields(
    rng: random.Random,
    names: _Names,
    post: Post,
    org: OrgSpec | None,
    town: str,
    levels: dict[str, str],
) -> dict[str, Any]:
    category = _CATEGORY[org.org_type] if org else "source"
    pool = rng.choice(POOL_GROUPS[post.pool]) if post.pool in POOL_GROUPS else post.pool
    name = names.person(pool, post.sex)
    national = pool in LOCAL_POOLS
    strict = category in ("community", "armed", "source") or "dns" in post.flags
    sensitivity = "strict" if strict else _SENSITIVITY[category]
    if category == "agency" and national and not strict:
        sensitivity = "restricted"  # national staff carry more risk than international
    if category == "uniformed" and org and org.domain:
        sensitivity = "open"  # the mission's own uniformed staff
    languages = set(NAME_POOLS[pool].languages)
    # National staff of agencies and contingents work in English, as do some officials;
    # some expatriates have learned Arabic.
    if (national and category in ("agency", "uniformed")) or rng.random() < 0.15:
        languages.add("English" if national else "Arabic")
    town_name = TOWNS[town].name
    district = TOWNS[town].district
    return {
        "full_name": name,
        "position": post.position,
        "organization_id": Ref(f"org:{org.key}") if org else None,
        "contact_points": _contact_points(rng, names, name, post, org, category, national),
        "languages": sorted(languages),
        "location": town_name if town_name in district else f"{town_name}, {district} district",
        "notes": _note(rng, category, post),
        "tags": list(post.tags),
        "sensitivity": levels[sensitivity],
        "do_not_share": strict,
        "do_not_contact": "dnc" in post.flags,
        "area_id": Ref(district_key(town)),
    }


def _contact_points(
    rng: random.Random,
    names: _Names,
    name: str,
    post: Post,
    org: OrgSpec | None,
    category: str,
    national: bool,
) -> list[dict[str, str]]:
    if category == "armed":
        return []  # reached only through intermediaries
    mobile = names.phone()
    points = [{"kind": "phone", "label": f"Mobile ({rng.choice(MOBILE_NETWORKS)})", "value": mobile}]
    is_head = org is not None and post is org.posts[0]
    if is_head and category in ("official", "agency"):
        points.append({"kind": "phone", "label": "Office", "value": names.phone("41")})
    if org and org.domain and (category != "official" or rng.random() < 0.6):
        points.append({"kind": "email", "label": "Work", "value": names.email(name, org.domain)})
    if post.call_sign:
        net = f"VHF, {MISSION} Sector East net" if org and org.domain else "VHF"
        points.append({"kind": "radio", "label": net, "value": post.call_sign})
    if category != "source" and rng.random() < 0.5:
        app = "WhatsApp" if national else "Signal"
        points.append({"kind": "messaging", "label": app, "value": mobile})
    return points


def _note(rng: random.Random, category: str, post: Post) -> str:
    if "dnc" in post.flags and category == "source":
        return "Asked not to be contacted again after threats; kept for the record."
    if category == "armed":
        return "Do not contact directly: any exchange goes through the OCHA access unit."
    if category == "source":
        return "Source. Meet only in town, never at the base; not to be named in reports."
    notes = CONTACT_NOTES.get(category, ())
    return rng.choice(notes) if notes and rng.random() < 0.25 else ""
