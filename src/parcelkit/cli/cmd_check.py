"""``parcelkit check CODE…``: validate S10 codes and show their parts."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from parcelkit import s10
from parcelkit.cli._output import emit_json
from parcelkit.exceptions import ValidationError

__all__ = ["register"]


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "check", help="validate S10/UPU codes", description="Validate S10 (UPU) codes."
    )
    p.add_argument(
        "codes", nargs="+", metavar="CODE", help="codes to check (quote codes with spaces)"
    )
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=run)


def _describe(code: str) -> tuple[bool, dict[str, Any]]:
    try:
        parsed = s10.parse(code)
    except ValidationError as exc:
        return False, {
            "input": code,
            "valid": False,
            "error": type(exc).__name__,
            "message": str(exc),
        }
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
