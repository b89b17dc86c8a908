"""How alike two contacts or two organizations are: a score from 0 to 100 and the reason.

Name similarity alone is not evidence (at HQ many people share a name): a contact pair
needs a shared phone or email with a similar name, or the same organization with the same
or a very similar name (one name being the other with a word left out counts as very
similar). Organizations have no phones: the same name, the same acronym with
a related name, or a very similar name. The draft warning (`likely_existing`) also offers
a very similar name alone, since the officer is typing the name and nothing else yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

from liaison_app.services.duplicate_keys import is_part_of


class Reason(StrEnum):
    """Why a pair looks like one person or organization (the GUI and CLI word it)."""

    SAME_PHONE = "SAME_PHONE"
    SAME_EMAIL = "SAME_EMAIL"
    SAME_NAME_SAME_ORG = "SAME_NAME_SAME_ORG"
    SIMILAR_NAME_SAME_ORG = "SIMILAR_NAME_SAME_ORG"
    SAME_NAME = "SAME_NAME"
    SAME_ACRONYM = "SAME_ACRONYM"
    SIMILAR_NAME = "SIMILAR_NAME"


@dataclass(frozen=True, slots=True)
class ContactKeys:
    """What a contact is compared by (see duplicate_keys). `organization` is the name key of
    its organization: at HQ one agency arrives as a record from each officer, and their
    contacts are still of one organization."""

    key: str
    organization: str | None
    phones: frozenset[str]
    emails: frozenset[str]


@dataclass(frozen=True, slots=True)
class OrgKeys:
    """What an organization is compared by: its name key, its acronym key, and its own and
    its parent's id (a branch is not a copy of its parent)."""

    key: str
    acronym: str
    record_id: str = ""
    parent_id: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    """The score of a pair and its strongest reason."""

    score: int
    reason: Reason


# A shared phone or email between two quite different names is a switchboard, a spouse or
# an assistant, not the same person.
EVIDENCE_NAME_FLOOR = 60
SAME_ORG_SIMILAR = 85  # same organization: names this alike are one person spelt two ways
ORG_SIMILAR = 90
# One name is the other with a word left out ("Jonas Eltayeb", "Jonas Girard Eltayeb"): as
# alike as this, whatever the ratio of their lengths says.
PART_SIMILAR = 85
DRAFT_SIMILAR = 90  # a typed name alone: only near-identical names are worth a note
WORD_SIMILAR = 65  # "Mohamed"/"Mohammed" 93, "Yusuf"/"Youssef" 67; "Amaka"/"Emeka" 60
EXTRA_EVIDENCE = 4  # each further reason adds this much, up to 100


def similarity(a: str, b: str) -> int:
    """rapidfuzz's ratio of two name keys (already token-sorted: a token_sort_ratio)."""
    return round(fuzz.ratio(a, b))


def contact_verdict(a: ContactKeys, b: ContactKeys, *, name_alone: bool = False) -> Verdict | None:
    """The verdict on two contacts, or None if they do not look like one person.

    `name_alone` also accepts a near-identical name without other evidence (the draft note).
    """
    sim = similarity(a.key, b.key)
    part = is_part_of(a.key, b.key) or is_part_of(b.key, a.key)
    alike = max(sim, PART_SIMILAR) if part else sim
    found: list[Verdict] = []
    if alike >= EVIDENCE_NAME_FLOOR:
        if a.emails & b.emails:
            found.append(Verdict(55 + alike * 45 // 100, Reason.SAME_EMAIL))
        if a.phones & b.phones:
            found.append(Verdict(50 + alike // 2, Reason.SAME_PHONE))
    similar = part or (sim >= SAME_ORG_SIMILAR and words_align(a.key, b.key))
    if a.organization is not None and a.organization == b.organization:
        if a.key == b.key:
            found.append(Verdict(92, Reason.SAME_NAME_SAME_ORG))
        elif similar:
            found.append(Verdict(alike - 10, Reason.SIMILAR_NAME_SAME_ORG))
    if name_alone and not found and sim >= DRAFT_SIMILAR and words_align(a.key, b.key):
        found.append(Verdict(sim - 30, Reason.SIMILAR_NAME))
    return _strongest(found)


def words_align(a: str, b: str) -> bool:
    """Whether each word of the name key with fewer words is close to a word of the other:
    "Amaka Okonkwo" and "Emeka Okonkwo" read alike as wholes, but are two people."""
    short, long = sorted((a.split(), b.split()), key=len)
    return all(max(fuzz.ratio(w, other) for other in long) >= WORD_SIMILAR for w in short)


def org_verdict(a: OrgKeys, b: OrgKeys) -> Verdict | None:
    """The verdict on two organizations, or None if they do not look like one."""
    if (a.record_id and a.record_id == b.parent_id) or (b.record_id and b.record_id == a.parent_id):
        return None  # "MRCS, Haldara Branch" under "MRCS": two records on purpose
    sim = similarity(a.key, b.key)
    found: list[Verdict] = []
    same_acronym = bool(a.acronym) and a.acronym == b.acronym
    other_acronyms = bool(a.acronym) and bool(b.acronym) and not same_acronym
    if a.key and a.key == b.key:
        found.append(Verdict(90, Reason.SAME_NAME))
    elif same_acronym and sim >= EVIDENCE_NAME_FLOOR - 10:
        found.append(Verdict(60 + sim * 35 // 100, Reason.SAME_ACRONYM))
    elif sim >= ORG_SIMILAR and not other_acronyms and words_align(a.key, b.key):
        found.append(Verdict(sim - 10, Reason.SIMILAR_NAME))
    if found and same_acronym and found[0].reason is not Reason.SAME_ACRONYM:
        found.append(Verdict(found[0].score, Reason.SAME_ACRONYM))
    return _strongest(found)


def _strongest(found: list[Verdict]) -> Verdict | None:
    if not found:
        return None
    best = max(found, key=lambda v: v.score)
    return Verdict(min(100, best.score + EXTRA_EVIDENCE * (len(found) - 1)), best.reason)
