"""The HXL hashtags of the 3W columns, and HXL's own rules for writing them.

HXL (hxlstandard.org, 1.1): a hashtag row sits directly under the header row; each tag is
`#name` and optional `+attributes`, lowercase letters, digits and underscores, the name
starting with a letter. HXL's rule for actors: organizations, military units included, are
`#org`; non-state armed groups are `#group`, never `#org`.
"""

from __future__ import annotations

import re

TAG = re.compile(r"^#[a-z][a-z0-9_]*(\s*\+[a-z][a-z0-9_]*)*$")

# Our organization types that are not organizations in HXL's sense.
ARMED_GROUP_TYPES = frozenset({"armed-group"})


def is_tag(text: str) -> bool:
    """Whether `text` is a well-formed HXL hashtag with attributes."""
    return bool(TAG.match(text))
