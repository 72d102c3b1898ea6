"""``parcelkit status [TEXT…|-] [--lang L] [--json]``: raw carrier statuses → stages.

With no TEXT, or with ``-``, one status per line is read from standard input, and blank
lines are skipped, as ``check --batch`` does.
``--carrier ID --code CODE [TEXT…]`` maps one carrier event code (and its text); with
``--carrier ID`` alone, each FILE (``-`` or none: standard input) holds one event per
line, ``CODE<TAB>TEXT``.  Each human line is ``STAGE CONFIDENCE LABEL (details)<TAB>TEXT``, the
label in the language of ``--lang``, which is also the language tried first when reading.
Exit code 0 when every status has a stage, 1 when some are ``unknown``, 2 for an unknown
carrier.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import Any

from parcelkit.cli._output import add_lang, emit_json, iter_lines
from parcelkit.cli._progress import tracked
from parcelkit.exceptions import InvalidComponent
from parcelkit.status import Stage, StatusResult, normalize_status
from parcelkit.status.events import normalize_event, table

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "status",
        help="normalise raw carrier statuses to one stage",
        description="Map raw tracking statuses in any supported language to one stage "
        "(delivered, customs, ready_for_pickup, ...).  Without TEXT, or with -, one "
        "status per line is read from standard input.",
    )
    p.add_argument(
        "texts",
        nargs="*",
        metavar="TEXT",
        help="raw statuses (quote each one); with --carrier and no --code: files of "
        "CODE<TAB>TEXT lines (- = standard input)",
    )
    p.add_argument("--carrier", default=None, help="carrier id of event codes (e.g. usps)")
    p.add_argument("--code", default=None, help="one event code of --carrier (e.g. 01)")
    add_lang(
        p,
        "language of the stage labels (en, ru, zh, pt-BR, ...; default English), and the "
        "language tried first when reading the statuses",
    )
    p.add_argument("--json", action="store_true", help="one JSON object per status")
    p.set_defaults(run=run)


def _inputs(texts: list[str]) -> Iterable[str]:
    if not texts or texts == ["-"]:
        return (line for line in iter_lines("-") if line.strip())  # blank lines skipped
    return texts


def _line(raw: str, result: StatusResult, lang: str | None) -> str:
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
    label = result.stage.label(lang)
    return f"{result.stage.value} {result.confidence:.2f} {label}{tail}\t{raw}\n"


def _events(args: argparse.Namespace) -> Iterable[tuple[str, StatusResult]]:
    if args.code is not None:
        text = " ".join(args.texts) or None
        raw = args.code if text is None else f"{args.code}\t{text}"
        yield raw, normalize_event(args.carrier, args.code, text, lang=args.lang)
        return
    for source in args.texts or ["-"]:
        for line in iter_lines(source):
            code, _, text = line.partition("\t")
            yield line, normalize_event(args.carrier, code, text or None, lang=args.lang)


def _results(args: argparse.Namespace) -> Iterable[tuple[str, StatusResult]]:
    if args.carrier is not None:
        return _events(args)
    return ((raw, normalize_status(raw, args.lang)) for raw in _inputs(args.texts))


def run(args: argparse.Namespace) -> int:
    if args.code is not None and args.carrier is None:
        sys.stderr.write("parcelkit status: --code needs --carrier\n")
        return 2
    try:
        if args.carrier is not None:
            table(args.carrier)  # an unknown carrier is a usage error before any input
        return _print(_results(args), as_json=args.json, lang=args.lang)
    except InvalidComponent as exc:
        sys.stderr.write(f"parcelkit status: {exc}\n")
        return 2


def _print(
    results: Iterable[tuple[str, StatusResult]], *, as_json: bool, lang: str | None
) -> int:
    all_known = True
    for raw, result in tracked(results, "status", " lines"):
        all_known &= result.stage is not Stage.UNKNOWN
        if as_json:
            emit_json({"input": raw, **result.to_dict()})
        else:
            sys.stdout.write(_line(raw, result, lang))
    return 0 if all_known else 1

