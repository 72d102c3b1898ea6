"""``parcelkit classify CODE…``: which carrier and format each code belongs to."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parcelkit.carriers import Classification, classify
from parcelkit.cli._output import emit_json, to_jsonable

__all__ = ["describe", "register", "run"]

_TRACKED = {True: "tracked", False: "not tracked", None: "tracking varies"}


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "classify",
        help="say which carrier and format tracking codes belong to",
        description="Classify tracking codes: ranked carrier/format candidates, "
        "trackability, fake tracking services and warnings.",
    )
    p.add_argument(
        "codes", nargs="+", metavar="CODE", help="codes to classify (quote codes with spaces)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=run)


def describe(raw: str, c: Classification) -> str:
    """Human lines for one classification: the verdict, then candidates and warnings."""
    best = c.best
    head = (
        f"{raw}: {best.name} ({c.carrier}) · confidence {best.confidence:g} · "
        f"{_TRACKED[best.tracked]}"
        if best
        else f"{raw}: no known format"
    )
    lines = [head]
    for cand in c.candidates:
        state = (
            "valid" if cand.valid else "check digit fails" if cand.checksum is False else "invalid"
        )
        lines.append(f"  - {cand.format}: {cand.name}, {state}, confidence {cand.confidence:g}")
    lines.extend(f"  ! {w.code}: {w.message}" for w in c.warnings)
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    all_known = True
    for raw in args.codes:
        c = classify(raw)
        all_known &= c.carrier is not None
        if args.json:
            emit_json({"input": raw, **to_jsonable(c)})
        else:
            sys.stdout.write(describe(raw, c))
    return 0 if all_known else 1
