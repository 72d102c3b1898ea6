"""``parcelkit check CODE…``: validate S10 codes and show their parts.

``parcelkit check --batch FILE`` (``-`` for standard input) streams one code per line and
writes ``code,valid,carrier,error`` as CSV, or JSON lines with ``--json``: the line as read,
whether it is a valid S10 code, the carrier ``parcelkit.classify`` finds for it (an S10
check may fail on a valid UPS number), and the S10 error class.  A summary with
counts by carrier and by error goes to standard error, and so does a progress bar when
standard error is a terminal and ``tqdm`` is installed (``parcelkit[cli]``).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import parcelkit
from parcelkit import s10
from parcelkit._s10_rules import examine
from parcelkit.cli._output import emit_json, iter_lines
from parcelkit.cli._progress import progress

__all__ = ["register"]

#: Lines are checked in blocks of this many, with the batch functions.
_BLOCK = 4096
#: Longest line read, in bytes; the rest of a longer line is skipped.  Such a line has
#: over 256 characters, so it is an invalid code whether it is cut or not.
_MAX_LINE = 4096


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "check", help="validate S10/UPU codes", description="Validate S10 (UPU) codes."
    )
    p.add_argument(
        "codes", nargs="*", metavar="CODE", help="codes to check (quote codes with spaces)"
    )
    p.add_argument(
        "--json", action="store_true", help="one JSON object per line (with --batch too)"
    )
    p.add_argument(
        "--batch",
        metavar="FILE",
        help="check one code per line of FILE ('-' for standard input); writes "
        "code,valid,carrier,error as CSV (JSON lines with --json) and a summary on "
        "standard error; valid means a valid S10 code, carrier is whatever carrier the "
        "code belongs to; blank lines are skipped",
    )
    p.set_defaults(run=run, check_parser=p)


def _describe(code: str) -> tuple[bool, dict[str, Any]]:
    failure = examine(code)[1]
    if failure is not None:
        return False, {
            "input": code,
            "valid": False,
            "error": failure.error_class.__name__,
            "message": failure.message,
            "reason": failure.reason,
            "position": failure.position,
        }
    parsed = s10.parse(code)
    return True, {
        "input": code,
        "valid": True,
        "code": parsed.code,
        "formatted": s10.format(parsed.code),
        "service_indicator": parsed.service_indicator,
        "category": parsed.category,
        "serial": parsed.serial,
        "check_digit": parsed.check_digit,
        "country": parsed.country,
        "country_name": parsed.country_name,
        "tracked": parsed.tracked,
    }


def run(args: argparse.Namespace) -> int:
    parser: argparse.ArgumentParser = args.check_parser
    if args.batch is not None:
        if args.codes:
            parser.error("give codes or --batch FILE, not both")
        return _run_batch(args.batch, args.json)
    if not args.codes:
        parser.error("give at least one CODE, or --batch FILE")
    all_valid = True
    for code in args.codes:
        ok, info = _describe(code)
        all_valid &= ok
        if args.json:
            emit_json(info)
        elif ok:
            tracked = {True: "tracked", False: "not tracked", None: "tracking varies"}[
                info["tracked"]
            ]
            sys.stdout.write(
                f"{info['formatted']}: valid S10 · {info['category']} · "
                f"{info['country_name']} ({info['country']}) · {tracked}\n"
            )
        else:
            sys.stdout.write(f"{code}: invalid · {info['error']}: {info['message']}\n")
    return 0 if all_valid else 1


# --- --batch ---------------------------------------------------------------------------


def _error(code: str) -> str:
    """The name of the error class ``s10.validate`` would raise for *code*."""
    failure = examine(code)[1]
    return "" if failure is None else failure.error_class.__name__


def _run_batch(source: str, as_json: bool) -> int:
    source_lines = iter_lines(source, _MAX_LINE)
    blank = 0

    def codes() -> Iterator[str]:
        nonlocal blank
        for line in source_lines:
            if line.strip():
                yield line
            else:
                blank += 1

    writer = csv.writer(sys.stdout, lineterminator="\n")
    if not as_json:
        writer.writerow(["code", "valid", "carrier", "error"])
    carriers: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    total = 0
    bar = progress("check", " codes")
    try:
        lines = codes()
        while block := list(itertools.islice(lines, _BLOCK)):
            valid = s10.is_valid_many(block)
            found = parcelkit.classify_many(block)
            for code, ok, carrier in zip(block, valid, found, strict=True):
                error = "" if ok else _error(code)
                carriers[carrier or "(none)"] += 1
                errors[error or "(valid)"] += 1
                if as_json:
                    row = {"code": code, "valid": ok, "carrier": carrier, "error": error or None}
                    emit_json(row)
                else:
                    writer.writerow([code, "true" if ok else "false", carrier or "", error])
            total += len(block)
            if bar is not None:
                bar.update(len(block))
    finally:
        if bar is not None:
            bar.close()
    _summary(total, blank, carriers, errors)
    return 0 if errors["(valid)"] == total else 1


def _summary(total: int, blank: int, carriers: Counter[str], errors: Counter[str]) -> None:
    """Counts on standard error, so that standard output stays one row per code."""
    valid = errors["(valid)"]
    skipped = f", {blank} blank lines skipped" if blank else ""
    lines = [f"checked {total} codes: {valid} valid S10, {total - valid} invalid{skipped}"]
    for title, counts in (("by carrier", carriers), ("by error", errors)):
        shown = [(k, v) for k, v in counts.items() if k != "(valid)" and v]
        if shown:
            listed = ", ".join(f"{k} {v}" for k, v in sorted(shown, key=_by_count))
            lines.append(f"{title}: {listed}")
    sys.stderr.write("\n".join(lines) + "\n")


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]
