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

_MARKERS: dict[int, Any] = {}  # what `check_circular` keeps while encoding (empty between calls)
# The C encoder `json.dumps` builds per call, with the arguments it passes (typeshed omits it).
_C_ENCODER: Any = getattr(json.encoder, "c_make_encoder", None)
_ENCODE = (
    None
    if _C_ENCODER is None
    else _C_ENCODER(
        _MARKERS,
        json.JSONEncoder().default,
        json.encoder.encode_basestring_ascii,
        None,  # indent
        ": ",
        ", ",
        False,  # sort_keys
        False,  # skipkeys
        True,  # allow_nan
    )
)
# typeshed types make_scanner as the class it is in pure Python; the C one takes a decoder.
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]


def dumps(value: Any) -> str:
    """`json.dumps(value)` with its default arguments: the same text, the same errors."""
    if _ENCODE is None:
        return json.dumps(value)
    try:
        return "".join(_ENCODE(value, 0))
    except BaseException:
        _MARKERS.clear()  # a failed call may leave its markers: the next one must start empty
        raise


def loads(text: str) -> Any:
    """`json.loads(text)` for column text: its scanner alone when the text is exactly one
    JSON value (as `dumps` writes it); anything else goes through `json.loads` itself."""
    try:
        value, end = _SCAN(text, 0)
    except (StopIteration, ValueError, TypeError):
        return json.loads(text)
    return value if end == len(text) else json.loads(text)
