"""Controlled vocabularies: slugs stored in the database, with the labels people read."""

from __future__ import annotations

# Administrative levels as the humanitarian common operational datasets number them.
AREA_LEVELS: dict[str, str] = {
    "adm1": "Province / region (adm1)",
    "adm2": "Territory / district (adm2)",
    "adm3": "Sector / commune (adm3)",
}

ORG_TYPES: dict[str, str] = {
    "un-agency": "UN agency",
    "ngo": "NGO / INGO",
    "red-cross": "Red Cross / Red Crescent",
    "government": "Government",
    "local-authority": "Local authority",
    "military": "Military",
    "police": "Police",
    "community": "Community / religious",
    "armed-group": "Armed group",
    "private": "Private sector",
    "other": "Other",
}

CONTACT_POINT_KINDS: dict[str, str] = {
    "phone": "Phone",
    "email": "Email",
    "radio": "Radio",
    "messaging": "Messaging",
}

MEETING_TYPES: dict[str, str] = {
    "meeting": "Meeting",
    "key-leader-engagement": "Key leader engagement",
    "coordination-meeting": "Coordination meeting",
    "call": "Call",
    "visit": "Visit",
}
MEETING_TYPE_ALIASES: dict[str, str] = {
    "kle": "key-leader-engagement",
    "coordination": "coordination-meeting",
}

POINT_KINDS: dict[str, str] = {
    "finding": "Finding",
    "decision": "Decision",
    "request": "Request",
    "recommendation": "Recommendation",
    "commitment": "Commitment",
}

MEETING_STATUSES: dict[str, str] = {"draft": "Draft", "final": "Final", "sent": "Sent"}

ACTION_STATUSES: dict[str, str] = {
    "open": "Open",
    "in-progress": "In progress",
    "blocked": "Blocked",
    "done": "Done",
    "cancelled": "Cancelled",
}
CLOSED_ACTION_STATUSES = frozenset({"done", "cancelled"})

PRIORITIES: dict[str, str] = {"low": "Low", "normal": "Normal", "high": "High"}

# Who a shared record reaches (the `sharing` field); "local" is the do-not-share mark instead.
SHARING: dict[str, str] = {"mission": "Mission", "hq": "HQ only"}
# The sharing scope people choose from: the mark and the field together (services/privacy.py).
SCOPES: dict[str, str] = {
    "local": "Local — never leaves this laptop",
    "hq": "HQ only",
    "mission": "Mission",
}

ROLES: dict[str, str] = {"field": "Field officer", "hq": "Headquarters"}

DEFAULT_SENSITIVITY_LEVELS: tuple[str, ...] = (
    "UNCLASSIFIED",
    "CONFIDENTIAL",
    "STRICTLY CONFIDENTIAL",
)
# People's details are the most sensitive thing we hold; records start one step above open.
DEFAULT_SENSITIVITY = "CONFIDENTIAL"

OWNER_ME = "me"
