"""What each list filter keeps, per kind, in words (the CLI's help and the list screens' tips).

Plain data with no imports: `liaison KIND list --help` reads it without loading the
services. The filters themselves are SQL in liaison_app/services/listing.py.
"""

from __future__ import annotations

MEANINGS: dict[str, dict[str, str]] = {
    "officer": {
        "org": "recorded on the officer's device",
        "contact": "recorded on the officer's device",
        "meeting": "recorded on the officer's device",
        "action": "recorded on the officer's device",
        "area": "assigned to the officer (areas of responsibility)",
    },
    "org": {
        "org": "the organization and its branches",
        "contact": "the organization's contacts",
        "meeting": "the organization represented, or one of its contacts attending",
        "action": "owned by one of its contacts, or from one of its meetings",
    },
    "area": {
        "org": "in the area or an area inside it",
        "contact": "in the area or an area inside it (the contact's own area)",
        "meeting": "in the area or an area inside it",
        "action": "from a meeting in the area or an area inside it",
        "area": "the area and the areas inside it",
    },
    "dates": {
        "org": "last changed",
        "contact": "last changed",
        "meeting": "starting (UTC day)",
        "action": "due",
        "area": "last changed",
    },
}
