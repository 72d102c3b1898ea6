"""One rule for turning parcelkit's frozen results into JSON-safe dicts.

Enum values become their strings, datetimes and dates ISO 8601, tuples and lists lists,
sets sorted lists, nested results dicts.  Every result type's ``to_dict`` is this rule, and
a nested result is written by its own ``to_dict`` (a classification inside a found code
has its ``tracking_url``, a warning inside a classification has no ``params``), so a
result has one shape wherever it appears.

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


#: Types written as they are (an enum that subclasses str or int is not one of them).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def jsonable(value: object) -> object:  # noqa: PLR0911  (one return per JSON kind)
    """*value* in JSON's terms (see the module's docstring)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is tuple or kind is list:
        if not value:
            return []
        plain = _PLAIN
        return [v if type(v) in plain else jsonable(v) for v in cast("Iterable[object]", value)]
    to_dict = getattr(kind, "to_dict", None)
    if to_dict is not None:
        return cast("dict[str, object]", to_dict(value))
    if isinstance(value, enum.Enum):
        return jsonable(value.value)
    if isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if attrs.has(kind):
        return as_dict(value)
    if isinstance(value, (set, frozenset)):
        return sorted((jsonable(v) for v in value), key=str)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, Iterable):
        return [jsonable(v) for v in value]
    raise TypeError(f"cannot write a {kind.__name__} as JSON")


#: The public field names of each result class written so far.
_FIELDS: dict[type, tuple[str, ...]] = {}


def _public_fields(kind: type) -> tuple[str, ...]:
    """The names of an attrs class's fields that do not start with ``_``."""
    names = _FIELDS.get(kind)
    if names is None:
        fields = attrs.fields(cast("type[attrs.AttrsInstance]", kind))
        names = _FIELDS[kind] = tuple(a.name for a in fields if not a.name.startswith("_"))
    return names


def as_dict(result: object, *, skip: Iterable[str] = ()) -> dict[str, object]:
    """The public fields of a frozen attrs result as a JSON-safe dict (fields whose name
    starts with ``_``, and those in *skip*, are left out)."""
    names = _public_fields(type(result))
    if skip:
        left_out = set(skip)
        names = tuple(n for n in names if n not in left_out)
    out: dict[str, object] = {}
    plain = _PLAIN
    for name in names:  # a plain value is written as it is, without a call (speed)
        value = getattr(result, name)
        out[name] = value if type(value) in plain else jsonable(value)
    return out
