"""Small helpers shared by the sub-commands: reading lines and printing JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import attrs

__all__ = ["emit_json", "iter_lines", "to_jsonable"]


def to_jsonable(value: Any) -> Any:
    """attrs instances, enums, tuples and dates → plain JSON values."""
    if attrs.has(type(value)):
        return {k: to_jsonable(v) for k, v in attrs.asdict(value, recurse=False).items()}
    if isinstance(value, (list, tuple, frozenset, set)):
        items = [to_jsonable(v) for v in value]
        return sorted(items) if isinstance(value, (set, frozenset)) else items
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "value") and isinstance(value.value, (str, int)):
        return value.value
    return value


def emit_json(value: Any) -> None:
    """Print *value* as one line of JSON."""
    sys.stdout.write(json.dumps(to_jsonable(value), ensure_ascii=False) + "\n")


def iter_lines(source: str) -> Iterator[str]:
    """Lines of a file, or of standard input for ``-``, without their line ends; streamed."""
    if source == "-":
        for line in sys.stdin:
            yield line.rstrip("\r\n")
        return
    with open(source, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            yield line.rstrip("\r\n")
