"""``parcelkit scan [FILE|-]``: find tracking codes in free text (stdin by default).

Text of any length, in lines of any length, is scanned in windows of ``find``'s limit that
overlap their neighbours by :data:`CONTEXT` characters, far more than the longest code as
written; each window reports the codes that start in its own middle part, so every code is
reported once, on the line where it starts, and nothing is skipped.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from typing import Any

import attrs

from parcelkit.carriers import Found, find
from parcelkit.cli._output import add_lang, emit_json, iter_chunks, word
from parcelkit.cli._progress import tracked

__all__ = ["CONTEXT", "WINDOW", "register", "run"]

#: Characters scanned at once: the most ``find`` accepts.
WINDOW = 100_000
#: Characters a window shares with each neighbour.  A code as written (ten groups of
#: digits and letters with their separators, or one line break) is far shorter.
CONTEXT = 2_000


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "scan",
        help="find tracking codes in free text",
        description="Find tracking codes of every known format in chats, e-mails or "
        "pages; codes split by spaces or one line break are found.  Lines of any "
        "length are read.",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="text file; - = stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per code found")
    p.add_argument(
        "--lenient", action="store_true", help="also report near misses (failed check digits)"
    )
    add_lang(p)
    p.set_defaults(run=run)


@attrs.frozen
class _Window:
    """``text`` starts at character ``base`` of the input; it reports the codes that start
    at a character in ``[low, high)``."""

    base: int
    text: str
    low: int
    high: int


def windows(chunks: Iterable[str], size: int = WINDOW, context: int = CONTEXT) -> Iterator[_Window]:
    """Overlapping windows over streamed text whose report ranges tile the whole text."""
    buf = ""
    base = low = 0
    for chunk in chunks:
        buf += chunk
        while len(buf) >= size:
            high = base + size - context
            yield _Window(base, buf[:size], low, high)
            low = high
            drop = high - context - base
            buf = buf[drop:]
            base += drop
    if low < base + len(buf):
        yield _Window(base, buf, low, base + len(buf))


class _LineCounter:
    """Line number and line start of any position, for positions met in increasing order."""

    def __init__(self) -> None:
        self.number = 1
        self.start = 0
        self._counted = 0

    def advance(self, window: _Window, to: int) -> None:
        seg = window.text[self._counted - window.base : to - window.base]
        if newlines := seg.count("\n"):
            self.number += newlines
            self.start = self._counted + seg.rindex("\n") + 1
        self._counted = to


def found_codes(
    chunks: Iterable[str], *, strict: bool, size: int = WINDOW, context: int = CONTEXT
) -> Iterator[tuple[int, Found]]:
    """(line number, code found with ``start`` and ``end`` counted from its line's start)."""
    lines = _LineCounter()
    reported_end = 0
    for window in windows(chunks, size, context):
        for f in find(window.text, strict=strict):
            start, end = window.base + f.start, window.base + f.end
            if not window.low <= start < window.high or start < reported_end:
                continue
            reported_end = end
            lines.advance(window, start)
            yield lines.number, attrs.evolve(f, start=start - lines.start, end=end - lines.start)
        lines.advance(window, window.high)


def run(args: argparse.Namespace) -> int:
    count = 0
    chunks = tracked(iter_chunks(args.file), "scan", " chunks")
    for number, f in found_codes(chunks, strict=not args.lenient):
        count += 1
        if args.json:
            emit_json({"line": number, "column": f.start + 1, **f.to_dict()})
        else:
            cl = f.classification
            assert cl is not None  # parcelkit.find classifies every hit
            best = cl.best
            what = f"{best.name} ({cl.carrier})" if best else word("cli.scan.no_valid", args.lang)
            warn = "".join(f" ! {w.code}" for w in cl.warnings)
            sys.stdout.write(f"{number}:{f.start + 1}: {f.code} · {what}{warn}\n")
    return 0 if count else 1
