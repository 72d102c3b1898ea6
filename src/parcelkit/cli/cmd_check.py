"""``parcelkit check CODE…``: judge tracking codes of any carrier.

An S10-shaped code (two letters, nine digits, two letters) gets the S10 verdict: its
parts, country and operator, or the first S10 rule it breaks.  Any other code gets a line
naming the carrier (its display name) and the format, and saying whether the check digit
holds or that the format has none; a code no format fits says so, with what is wrong with
it read as S10.  Human lines are in the language of ``--lang``; ``--json`` prints one
object per code, built from the results' ``to_dict``.  Exit code 0 when every code is
valid, 1 when some are not, 2 for a usage error.

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
import io
import itertools
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import parcelkit
from parcelkit import carrier_info, i18n, s10
from parcelkit._s10_rules import Failure, examine
from parcelkit.carriers import Candidate, Classification, classify
from parcelkit.cli._output import add_lang, emit_json, iter_lines, json_line, word
from parcelkit.cli._progress import progress
from parcelkit.exceptions import ValidationError

__all__ = ["register"]

#: Lines are checked in blocks of this many, with the batch functions.
_BLOCK = 1 << 14
#: Longest line read, in bytes; the rest of a longer line is skipped.  Such a line has
#: over 256 characters, so it is an invalid code whether it is cut or not.
_MAX_LINE = 4096


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "check",
        help="judge tracking codes of any carrier (S10/UPU in detail)",
        description="Judge tracking codes: an S10 (UPU) code in detail, any other code by "
        "its carrier, format and check digit. Exit code 0 when every code is valid.",
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
    add_lang(p)
    p.set_defaults(run=run, check_parser=p)


#: The S10 rules a code breaks only once it has the S10 shape.
_S10_SHAPED = frozenset({"service_indicator", "country", "check_digit"})
#: S10 failures that another carrier's own format may explain.
_UNALLOCATED = frozenset({"service_indicator", "country"})
_TRACKED = {True: "cli.tracked.yes", False: "cli.tracked.no", None: "cli.tracked.varies"}


def judge(raw: str, lang: str | None = None) -> tuple[bool, dict[str, Any], str]:
    """Whether *raw* is a valid code of some carrier, its JSON record and its human lines
    (the verdict, then for a valid code the warnings about it: a fake tracking service,
    an untracked service).  The record has the fields the verdict read (the S10 code's
    ``to_dict``, or the judged candidate's) and the classification's warnings, each as
    its ``to_dict``; a code that is not valid has ``error`` and the S10 failure."""
    code, failure = examine(raw)
    c = classify(raw)
    # An S10-shaped code on a pair S10-12 does not allocate that a carrier prints on its
    # own items (Chronopost XP…FR) is that carrier's valid code, not an invalid S10 one.
    own = c.best if failure is not None and failure.reason in _UNALLOCATED else None
    if failure is not None and own is not None and own.carrier != "s10":
        ok, record, line = _carrier_verdict(raw, c, own, lang)
        record["s10_error"] = _error_record(raw, code, failure)
    elif failure is None or failure.reason in _S10_SHAPED:
        ok, record, line = _s10_verdict(raw, code, failure, lang)
    else:
        judged = c.best or next(iter(c.candidates), None)
        if judged is None:
            return _no_format(raw, code, failure, lang)
        ok, record, line = _carrier_verdict(raw, c, judged, lang)
    record["warnings"] = [w.to_dict() for w in c.warnings]
    if not ok:  # the verdict says what is wrong; the warnings would say it again
        return ok, record, line
    return ok, record, "\n".join([line, *(f"  ! {w.text(lang)}" for w in c.warnings)])


def _country(alpha2: str, fallback: str, lang: str | None) -> str:
    try:
        return i18n.country_name(alpha2, lang)
    except ValidationError:  # a code S10 accepts that has no name people use
        return fallback


def _s10_verdict(
    raw: str, code: str, failure: Failure | None, lang: str | None
) -> tuple[bool, dict[str, Any], str]:
    if failure is not None:
        return False, _error_record(raw, code, failure), (
            f"{raw}: {word('cli.invalid', lang)} · {_error_line(failure, lang)}"
        )
    parsed = s10.parse(code)
    formatted = s10.format(parsed.code)
    record = {
        "input": raw, "valid": True, "carrier": "s10", "carrier_name": carrier_info("s10").name,
        "formatted": formatted, **parsed.to_dict(),
    }  # fmt: skip
    parts = [
        word("cli.check.valid_as", lang, format="S10"),
        parsed.category,
        f"{_country(parsed.country, parsed.country_name, lang)} ({parsed.country})",
        *([parsed.operator] if parsed.operator else []),
        word(_TRACKED[parsed.tracked], lang),
    ]
    return True, record, f"{formatted}: {' · '.join(parts)}"


def _error_record(raw: str, code: str, failure: Failure) -> dict[str, Any]:
    exc = failure.error()
    return {
        "input": raw, "valid": False, "carrier": None, "carrier_name": None, "code": code,
        "error": type(exc).__name__, "message": str(exc), "reason": exc.reason,
        "position": exc.position, "expected": exc.expected, "found": exc.found,
    }  # fmt: skip


def _error_line(failure: Failure, lang: str | None) -> str:
    exc = failure.error()
    return f"{type(exc).__name__}: {exc.text(lang)}"


def _no_format(
    raw: str, code: str, failure: Failure, lang: str | None
) -> tuple[bool, dict[str, Any], str]:
    as_s10 = word("cli.check.no_format", lang, format="S10", error=failure.error().text(lang))
    line = f"{raw}: {word('cli.invalid', lang)} · {as_s10}"
    return False, _error_record(raw, code, failure), line


def _carrier_verdict(
    raw: str, c: Classification, judged: Candidate, lang: str | None
) -> tuple[bool, dict[str, Any], str]:
    name = carrier_info(judged.carrier).name
    record = {
        "input": raw, "valid": judged.valid, "carrier": judged.carrier, "carrier_name": name,
        "code": c.code, "checksum": judged.checksum,
        "tracking_url": c.tracking_url if judged.valid else None,
        "candidate": judged.to_dict(),
    }  # fmt: skip
    format_name = [] if judged.name == name else [judged.name]  # "UPS" is said once
    if judged.valid:
        digit = "cli.checksum.none" if judged.checksum is None else "cli.checksum.ok"
        parts = [
            word("cli.check.valid_as", lang, format=name),
            *format_name,
            word(digit, lang),
            word(_TRACKED[judged.tracked], lang),
        ]
    else:
        state = "cli.checksum.bad" if judged.checksum is False else "cli.invalid"
        parts = [word("cli.invalid", lang), name, *format_name, word(state, lang)]
    return judged.valid, record, f"{raw}: {' · '.join(parts)}"


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
        ok, record, line = judge(code, args.lang)
        all_valid &= ok
        if args.json:
            emit_json(record)
        else:
            sys.stdout.write(line + "\n")
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

    if not as_json:
        sys.stdout.write("code,valid,carrier,error\n")
    carriers: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    total = 0
    bar = progress("check", " codes")
    try:
        lines = codes()
        while block := list(itertools.islice(lines, _BLOCK)):
            valid = s10.is_valid_many(block)
            found = parcelkit.classify_many(block)
            out = io.StringIO()  # one write per block
            writer = csv.writer(out, lineterminator="\n")
            for code, ok, carrier in zip(block, valid, found, strict=True):
                error = "" if ok else _error(code)
                carriers[carrier or "(none)"] += 1
                errors[error or "(valid)"] += 1
                if as_json:
                    row = {"code": code, "valid": ok, "carrier": carrier, "error": error or None}
                    out.write(json_line(row))
                else:
                    writer.writerow([code, "true" if ok else "false", carrier or "", error])
            sys.stdout.write(out.getvalue())
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
