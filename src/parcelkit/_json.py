"""One rule for turning parcelkit's frozen results into JSON-safe dicts.

Enum values become their strings, datetimes and dates ISO 8601, tuples and lists lists,
sets sorted lists, nested results dicts.  Every result type's ``to_dict`` is this rule.

>>> import enum, attrs, datetime as dt
>>> @attrs.frozen
... class Demo:
...     when: dt.date
...     tags: frozenset[str]
>>> as_dict(Demo(dt.date(2026, 12, 2), frozenset({"b", "a"})))
{'when': '2026-12-02', 'tags': ['a', 'b']}
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import cast

import attrs

__all__ = ["as_dict", "jsonable"]


def jsonable(value: object) -> object:  # noqa: PLR0911  (one return per JSON kind)
    """*value* in JSON's terms (see the module's docstring)."""
    if value is None or (isinstance(value, (bool, int, float)) and not isinstance(
        value, enum.Enum
    )):
        return value
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if attrs.has(type(value)):
        return as_dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [jsonable(v) for v in value]
    raise TypeError(f"cannot write a {type(value).__name__} as JSON")


def as_dict(result: object, *, skip: Iterable[str] = ()) -> dict[str, object]:
    """The public fields of a frozen attrs result as a JSON-safe dict (fields whose name
    starts with ``_``, and those in *skip*, are left out)."""
    left_out = set(skip)
    return {
        a.name: jsonable(getattr(result, a.name))
        for a in attrs.fields(cast("type[attrs.AttrsInstance]", type(result)))
        if not a.name.startswith("_") and a.name not in left_out
    }
