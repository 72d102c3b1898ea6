"""``parcelkit suggest CODE…``: the valid codes a mistyped one was probably meant to be."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parcelkit import Suggestion, suggest
from parcelkit.carriers import classify
from parcelkit.cli._output import add_lang, emit_json, word
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
    add_lang(p)
    p.set_defaults(run=run)


def describe(raw: str, valid: bool, found: list[Suggestion], lang: str | None = None) -> str:
    """Human lines for one code in *lang*: its verdict, then the suggestions, likeliest
    first (each with the edit's id and its English description)."""
    if valid:
        return f"{raw}: {word('cli.suggest.valid', lang)}\n"
    if not found:
        return f"{raw}: {word('cli.suggest.none', lang)}\n"
    lines = [f"{raw}: {word('cli.suggest.did_you_mean', lang)}"]
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
            sys.stderr.write(f"parcelkit suggest: error: {exc.text(args.lang)}\n")
            return 2
        valid = not found and classify(raw).best is not None
        all_answered &= valid or bool(found)
        if args.json:
            emit_json({"input": raw, "valid": valid, "suggestions": [s.to_dict() for s in found]})
        else:
            sys.stdout.write(describe(raw, valid, found, args.lang))
    return 0 if all_answered else 1
