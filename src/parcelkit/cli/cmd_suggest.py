"""``parcelkit suggest CODE…``: the valid codes a mistyped one was probably meant to be."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parcelkit import Suggestion, suggest
from parcelkit.carriers import classify
from parcelkit.cli._output import emit_json, to_jsonable
from parcelkit.exceptions import ValidationError

__all__ = ["describe", "register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "suggest",
        help="say which valid codes a mistyped tracking code was probably meant to be",
        description="Suggest corrections for mistyped tracking codes: look-alike characters "
        "(O/0, l/1, …), swapped neighbours, one wrong, missing or doubled digit, a wrong "
        "or missing check digit. Only codes valid for a format with a check digit are "
        "suggested; none when many fixes are equally likely.",
    )
    p.add_argument(
        "codes", nargs="+", metavar="CODE", help="codes to correct (quote codes with spaces)"
    )
    p.add_argument("--limit", type=int, default=5, help="most suggestions per code (default 5)")
    p.add_argument("--json", action="store_true", help="one JSON object per code and line")
    p.set_defaults(run=run)


def describe(raw: str, valid: bool, found: list[Suggestion]) -> str:
    """Human lines for one code: its verdict, then the suggestions, likeliest first."""
    if valid:
        return f"{raw}: valid, nothing to correct\n"
    if not found:
        return f"{raw}: no suggestion\n"
    lines = [f"{raw}: did you mean"]
    lines.extend(
        f"  {k}. {s.code} ({s.carrier}, {s.format}) · {s.edit}: {s.description}"
        for k, s in enumerate(found, start=1)
    )
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every code is valid or has a suggestion, 1 otherwise, 2 for a bad limit."""
    all_answered = True
    for raw in args.codes:
        try:
            found = suggest(raw, limit=args.limit)
        except ValidationError as exc:
            sys.stderr.write(f"parcelkit suggest: error: {exc}\n")
            return 2
        valid = not found and classify(raw).best is not None
        all_answered &= valid or bool(found)
        if args.json:
            emit_json({"input": raw, "valid": valid, "suggestions": to_jsonable(found)})
        else:
            sys.stdout.write(describe(raw, valid, found))
    return 0 if all_answered else 1
