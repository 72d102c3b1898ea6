"""``parcelkit scan [FILE|-]``: find tracking codes in free text (stdin by default)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from parcelkit.carriers import find
from parcelkit.cli._output import emit_json, iter_lines, to_jsonable

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "scan",
        help="find tracking codes in free text",
        description="Find tracking codes of every known format in chats, e-mails or "
        "pages; codes split by spaces or one line break are found.",
    )
    p.add_argument("file", nargs="?", default="-", metavar="FILE", help="text file; - = stdin")
    p.add_argument("--json", action="store_true", help="one JSON object per code found")
    p.add_argument(
        "--lenient", action="store_true", help="also report near misses (failed check digits)"
    )
    p.set_defaults(run=run)


def _pairs(source: str) -> Iterator[tuple[int, str, str]]:
    """(line number, line, next line or "") over a streamed file."""
    previous: str | None = None
    number = 0
    for number, line in enumerate(iter_lines(source), start=1):
        if previous is not None:
            yield number - 1, previous, line
        previous = line
    if previous is not None:
        yield number, previous, ""


def run(args: argparse.Namespace) -> int:
    # Each line is scanned together with the next one, so that a code broken by one line
    # break is found; a code is reported once, on the line where it starts.
    count = 0
    for number, line, following in _pairs(args.file):
        text = f"{line}\n{following}" if following else line
        for f in find(text, strict=not args.lenient):
            if f.start >= len(line):
                continue
            count += 1
            if args.json:
                emit_json({"line": number, "column": f.start + 1, **to_jsonable(f)})
            else:
                cl = f.classification
                assert cl is not None  # parcelkit.find classifies every hit
                best = cl.best
                what = f"{best.name} ({cl.carrier})" if best else "no valid format"
                warn = "".join(f" ! {w.code}" for w in cl.warnings)
                sys.stdout.write(f"{number}:{f.start + 1}: {f.code} · {what}{warn}\n")
    return 0 if count else 1
