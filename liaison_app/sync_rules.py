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
    # anything but plain scalars, the common case of a bulk merge) by their JSON.
    if type(cleaned) is not type(value):
        return False
    if type(value) in _SCALARS:
        return bool(cleaned == value)
    return json.dumps(cleaned, sort_keys=True) == json.dumps(value, sort_keys=True)


_SCALARS = (str, bool, int, type(None))
