"""``parcelkit classify CODE…``: which carrier and format each code belongs to."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parcelkit.carriers import Classification, classify
from parcelkit.carriers._model import AUDIENCES
from parcelkit.cli._output import add_lang, emit_json, word

__all__ = ["describe", "register", "run"]

_TRACKED = {True: "cli.tracked.yes", False: "cli.tracked.no", None: "cli.tracked.varies"}


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
    p.add_argument(
        "--audience",
        choices=AUDIENCES,
        default="buyer",
        help="whom the warnings are worded for (default buyer; a merchant is not told to "
        "open a dispute)",
    )
    add_lang(p)
    p.set_defaults(run=run)


def describe(
    raw: str, c: Classification, lang: str | None = None, audience: str = "buyer"
) -> str:
    """Human lines for one classification in *lang*: the verdict, then candidates and
    warnings (worded for *audience*)."""
    best = c.best
    head = (
        f"{raw}: {best.name} ({c.carrier}) · "
        f"{word('cli.confidence', lang, value=f'{best.confidence:g}')} · "
        f"{word(_TRACKED[best.tracked], lang)}"
        if best
        else f"{raw}: {word('cli.no_format', lang)}"
    )
    lines = [head]
    for cand in c.candidates:
        state = (
            "cli.valid"
            if cand.valid
            else "cli.checksum.bad"
            if cand.checksum is False
            else "cli.invalid"
        )
        confidence = word("cli.confidence", lang, value=f"{cand.confidence:g}")
        lines.append(f"  - {cand.format}: {cand.name}, {word(state, lang)}, {confidence}")
    lines.extend(f"  ! {w.code}: {w.text(lang, audience)}" for w in c.warnings)
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    all_known = True
    for raw in args.codes:
        c = classify(raw)
        all_known &= c.carrier is not None
        if args.json:
            emit_json({"input": raw, **c.to_dict()})
        else:
            sys.stdout.write(describe(raw, c, args.lang, args.audience))
    return 0 if all_known else 1
