"""The record-kind registry's rules, as the merge checks received operations with them.

A received value must be one a local edit could have stored: the field's own cleaner,
given the value, gives it back unchanged. Two parts of a rule depend on this device rather
than on the value, and the merge must decide alike on every device: references are checked
by the merge against the changeset's causal past (sync.op_rules), and the sensitivity
levels are a profile setting, so a received sensitivity is checked as text only.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any, cast

from sqlmodel import Session

from liaison_app import kinds, validation
from liaison_app.kind_schema import Context, FieldSpec
from sync.op_rules import OpRules, ValueCheck

# The cleaners the merge runs consult no session (those that would are not run, see above).
_NO_SESSION = Context(session=cast(Session, None))
_PROFILE_SETTINGS = frozenset({"sensitivity"})


@cache
def op_rules() -> OpRules:
    """Every registry field's check of a received value."""
    return OpRules(
        values={spec.kind.value: {f.name: _check(f) for f in spec.fields} for spec in kinds.KINDS.values()}
    )


def _check(spec: FieldSpec) -> ValueCheck:
    if spec.refers_to is not None:
        return _ids if spec.set_like else _id
    if spec.name in _PROFILE_SETTINGS:
        return lambda v: _same(validation.text(spec.name, v, max_len=300), v)
    return lambda v: _same(spec.clean(_NO_SESSION, spec.name, v), v)


def _id(value: Any) -> bool:
    return value is None or (type(value) is str and value != "" and value == value.strip())


def _ids(value: Any) -> bool:
    return type(value) is list and all(type(i) is str and i for i in value) and value == sorted(set(value))


def _same(cleaned: Any, value: Any) -> bool:
    # 1 and 1.0, or True and 1, are different values to store: compared by type, then (for
    # anything but plain scalars, the common case of a bulk merge) by their JSON. Lists and
    # objects of plain scalars that are identical, type for type, have the same JSON: that
    # walk is the common case's answer at a fraction of two `json.dumps` (issue 10).
    if type(cleaned) is not type(value):
        return False
    if type(value) in _SCALARS:
        return bool(cleaned == value)
    if _identical(cleaned, value):
        return True
    return json.dumps(cleaned, sort_keys=True) == json.dumps(value, sort_keys=True)


_SCALARS = (str, bool, int, type(None))


def _identical(a: Any, b: Any) -> bool:
    """Whether `a` and `b` are the same lists, string-keyed objects and plain scalars, type
    for type (so their JSON is the same); False also when anything else is inside (a float:
    0.0 == -0.0), which leaves the answer to the JSON comparison."""
    kind = type(a)
    if kind is not type(b):
        return False
    if kind in _SCALARS:
        return bool(a == b)
    if kind is list:
        if len(a) != len(b):
            return False
        for x, y in zip(a, b, strict=True):  # noqa: SIM110  (all() of a generator: twice the cost)
            if not _identical(x, y):
                return False
        return True
    if kind is dict:
        if len(a) != len(b):
            return False
        for k, x in a.items():  # noqa: SIM110
            if type(k) is not str or k not in b or not _identical(x, b[k]):
                return False
        return True
    return False
