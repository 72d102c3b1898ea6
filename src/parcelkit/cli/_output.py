"""Small helpers shared by the sub-commands: reading lines and printing JSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import attrs

__all__ = ["MAX_LINE_BYTES", "emit_json", "iter_lines", "to_jsonable"]


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


#: Longest line read by default, in bytes; the rest of a longer line is skipped.  Long
#: enough for any status or any line `find` scans (100,000 characters at most).
MAX_LINE_BYTES = 100_000


def iter_lines(source: str, max_bytes: int = MAX_LINE_BYTES) -> Iterator[str]:
    """Lines of a file, or of standard input for ``-``, without their line ends, decoded
    as UTF-8 (bad bytes become U+FFFD), streamed; a line is cut after *max_bytes* bytes and
    the rest of it skipped, so one huge line never fills memory.  The file is opened now,
    so a missing file raises ``OSError`` before anything is written."""
    if source == "-":
        return _lines(sys.stdin.buffer, max_bytes, close=False)
    return _lines(open(source, "rb"), max_bytes, close=True)


def _lines(stream: IO[bytes], max_bytes: int, *, close: bool) -> Iterator[str]:
    try:
        while line := stream.readline(max_bytes):
            if len(line) == max_bytes and not line.endswith(b"\n"):
                while (rest := stream.readline(max_bytes)) and not rest.endswith(b"\n"):
                    pass
            yield line.rstrip(b"\r\n").decode("utf-8", "replace")
    finally:
        if close:
            stream.close()
