"""``parcelkit status [TEXT…|-] [--lang L] [--json]``: raw carrier statuses → stages.

With no TEXT, or with ``-``, one status per line is read from standard input, and blank
lines are skipped, as ``check --batch`` does.  Exit code
0 when every status has a stage, 1 when some are ``unknown``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from parcelkit.cli._output import emit_json, iter_lines, to_jsonable
from parcelkit.status import Stage, StatusResult, normalize_status

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "status",
        help="normalise raw carrier statuses to one stage",
        description="Map raw tracking statuses in any supported language to one stage "
        "(delivered, customs, ready_for_pickup, ...).  Without TEXT, or with -, one "
        "status per line is read from standard input.",
    )
    p.add_argument("texts", nargs="*", metavar="TEXT", help="raw statuses (quote each one)")
    p.add_argument("--lang", default=None, help="ISO 639-1 code to try first (e.g. ru)")
    p.add_argument("--json", action="store_true", help="one JSON object per status")
    p.set_defaults(run=run)


def _inputs(texts: list[str]) -> Iterable[str]:
    if not texts or texts == ["-"]:
        return (line for line in iter_lines("-") if line.strip())  # blank lines skipped
    return texts


def _line(raw: str, result: StatusResult) -> str:
    extras = [
        f"{name}={value}"
        for name, value in (
            ("detail", result.detail),
            ("leg", result.leg),
            ("lang", result.lang),
            ("location", result.location),
        )
        if value
    ]
    tail = f" ({', '.join(extras)})" if extras else ""
    return f"{result.stage.value} {result.confidence:.2f}{tail}\t{raw}\n"


def run(args: argparse.Namespace) -> int:
    all_known = True
    for raw in _inputs(args.texts):
        result = normalize_status(raw, args.lang)
        all_known &= result.stage is not Stage.UNKNOWN
        if args.json:
            emit_json({"input": raw, **to_jsonable(result)})
        else:
            sys.stdout.write(_line(raw, result))
    return 0 if all_known else 1

