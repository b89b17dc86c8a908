"""JSON text of record columns, exactly as `json.dumps` and `json.loads` give it, at a fraction
of their cost per call.

Both functions set up their C encoder or decoder around every call: for the small values of a
column (a list of phones, languages, tags) that set-up is most of the cost, and a bulk merge
converts hundreds of thousands of them (issue 10). Here the C parts are built once.
"""

from __future__ import annotations

import json
import json.decoder
import json.encoder
import json.scanner
from typing import Any

# The C encoder `json.dumps` builds per call (typeshed omits it), built once per setting.
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)


class _Encoder:
    """`JSONEncoder(**settings).encode`, its C encoder built once (falls back to that)."""

    def __init__(self, **settings: Any) -> None:
        self.python = json.JSONEncoder(**settings)
        # What `check_circular` keeps while encoding: empty between calls.
        self.markers: dict[int, Any] = {}
        p = self.python
        self.c = None
        if _C_ENCODER is not None:
            strings = (
                json.encoder.encode_basestring_ascii if p.ensure_ascii else json.encoder.encode_basestring
            )
            self.c = _C_ENCODER(
                self.markers,
                p.default,
                strings,
                None,  # indent
                p.key_separator,
                p.item_separator,
                p.sort_keys,
                p.skipkeys,
                p.allow_nan,
            )

    def encode(self, value: Any) -> str:
        if self.c is None:
            return self.python.encode(value)
        try:
            return "".join(self.c(value, 0))
        except BaseException:
            self.markers.clear()  # a failed call may leave its markers: the next starts empty
            raise


_DEFAULT = _Encoder()
_CANONICAL = _Encoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)
# typeshed types make_scanner as the class it is in pure Python; the C one takes a decoder.
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def dumps(value: Any) -> str:
    """`json.dumps(value)` with its default arguments: the same text, the same errors."""
    return _DEFAULT.encode(value)


def canonical(value: Any) -> str:
    """The canonical JSON of changeset bodies (`ChangesetBody.encode`: sorted keys, no spaces,
    UTF-8 left as is): the same text as `json.dumps` with those settings."""
    return _CANONICAL.encode(value)


def loads(text: str) -> Any:
    """`json.loads(text)` for column text: its scanner alone when the text is exactly one
    JSON value (as `dumps` writes it); anything else goes through `json.loads` itself."""
    try:
        value, end = _SCAN(text, 0)
    except (StopIteration, ValueError, TypeError):
        return json.loads(text)
    return value if end == len(text) else json.loads(text)
