"""JSON Schemas (draft 2020-12) of every ``to_dict`` shape, shipped as package data.

One file per result type, ``<name>.json``, with ``$id`` ``urn:parcelkit:schema:<name>``;
nested results refer to each other by that id (a classification's candidates are
``urn:parcelkit:schema:candidate``).  Give every schema of :func:`load_all` to your
validator's registry and validate against the one you need.

>>> NAMES[:3]
('assessment', 'candidate', 'carrier_info')
>>> load("event")["required"]
['time', 'status', 'location', 'weight_g', 'raw']
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from typing import Any

from parcelkit._normalize import require_str
from parcelkit.exceptions import InvalidComponent

__all__ = ["NAMES", "load", "load_all"]

#: The schema of each result type: ``S10Code`` is ``s10_code``, ``CarrierInfo`` is
#: ``carrier_info``.
NAMES: tuple[str, ...] = (
    "assessment", "candidate", "carrier_info", "classification", "event", "fake_service",
    "found", "s10_code", "status_result", "suggestion", "warning",
)  # fmt: skip


@functools.cache
def _text(name: str) -> str:
    return importlib.resources.files(__name__).joinpath(f"{name}.json").read_text("utf-8")


def load(name: str) -> dict[str, Any]:
    """The schema *name* of :data:`NAMES` as a new dict; another name is
    :class:`~parcelkit.InvalidComponent`."""
    if require_str(name, "name") not in NAMES:
        raise InvalidComponent(f"no schema {name[:40]!r}; known: {', '.join(NAMES)}")
    schema: dict[str, Any] = json.loads(_text(name))
    return schema


def load_all() -> dict[str, dict[str, Any]]:
    """Every schema, by its ``$id``."""
    return {f"urn:parcelkit:schema:{n}": load(n) for n in NAMES}
