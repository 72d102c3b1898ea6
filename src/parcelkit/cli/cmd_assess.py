"""``parcelkit assess FILE|-``: judge a JSON event history — what is normal, what to do, when."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from parcelkit import parse_history
from parcelkit.cli._output import ReadError, add_lang, emit_json, read_text, word
from parcelkit.exceptions import ValidationError
from parcelkit.status import Stage
from parcelkit.timing import METHODS, Advice, Assessment, Event, Flag, assess

__all__ = ["register"]

#: A history file larger than this is refused rather than read into memory.
MAX_INPUT_BYTES = 10_000_000
#: Longest JSON integer read: Python's default limit for converting digits to int.
_MAX_INT_DIGITS = 4300
_STAGES = {s.value for s in Stage}


class _InputError(Exception):
    """The history or an option cannot be used; the message says which and why."""


def register(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "assess",
        help="judge a tracking history: stalled or normal, what to do and when",
        description=(
            "Read a JSON list of events "
            '([{"time": "2026-03-01T10:00:00+03:00", "status": "export", '
            '"location": "...", "weight_g": 120}]) and say what is normal, what is stalled '
            "and what to do. A status that is not a parcelkit stage is read as carrier text."
        ),
    )
    p.add_argument(
        "source", metavar="FILE", nargs="?", help="JSON event history, or - for standard input"
    )
    p.add_argument(
        "--history",
        metavar="PASTED",
        help="read a tracking page's history as pasted (text file, or - for standard input) "
        "instead of JSON",
    )
    p.add_argument(
        "--tz", help="time zone of the pasted times that have no offset, e.g. Europe/Moscow"
    )
    p.add_argument(
        "--now",
        help="the moment to judge at, ISO 8601 with an offset, or a date for its midnight UTC "
        "(default: the current time)",
    )
    p.add_argument(
        "--ordered-at", help="when the order was placed (ISO 8601 with an offset, or a date)"
    )
    p.add_argument(
        "--track-issued-at",
        help="when the track code was issued (ISO 8601 with an offset, or a date)",
    )
    p.add_argument(
        "--protection-days", type=float, help="days of buyer protection left as of --now"
    )
    p.add_argument("--method", choices=METHODS, help="delivery method, for the estimate")
    p.add_argument("--json", action="store_true", help="print the assessment as one JSON object")
    add_lang(p)
    p.set_defaults(run=run)


def _moment(text: str, what: str, *, date: bool = False) -> dt.datetime:
    """An aware datetime from ISO 8601 text; with *date*, a bare date means its midnight UTC."""
    if date and len(text) == 10 and text[4] == "-":
        try:
            day = dt.date.fromisoformat(text)
        except ValueError:
            raise _InputError(f"{what}: {text!r} is not a date (YYYY-MM-DD)") from None
        return dt.datetime.combine(day, dt.time(), dt.timezone.utc)
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _InputError(f"{what}: {text[:60]!r} is not an ISO 8601 date and time") from None
    if value.utcoffset() is None:
        raise _InputError(f"{what}: {text[:60]!r} has no UTC offset (add e.g. +03:00 or Z)")
    return value


def _read(source: str) -> str:
    try:
        return read_text(source, MAX_INPUT_BYTES)
    except ReadError as exc:
        raise _InputError(str(exc)) from None


def _int(digits: str) -> int:
    """A JSON integer, refused with a message past Python's conversion limit."""
    if len(digits.lstrip("-")) > _MAX_INT_DIGITS:
        raise _InputError(f"a number has {len(digits)} digits; at most {_MAX_INT_DIGITS} are read")
    return int(digits)


def _event(item: object, index: int) -> Event:
    where = f"event {index}"
    if not isinstance(item, dict):
        raise _InputError(f"{where}: expected an object with time and status")
    time, status = item.get("time"), item.get("status")
    if not isinstance(time, str) or not isinstance(status, str):
        raise _InputError(f"{where}: time and status must be strings")
    location = item.get("location")
    weight = item.get("weight_g")
    if location is not None and not isinstance(location, str):
        raise _InputError(f"{where}: location must be a string")
    if weight is not None and (isinstance(weight, bool) or not isinstance(weight, (int, float))):
        raise _InputError(f"{where}: weight_g must be a number")
    moment = _moment(time, f"{where} time")
    try:
        if status in _STAGES:
            return Event(moment, Stage(status), location=location, weight_g=weight)
        return Event.from_raw(moment, status, location=location, weight_g=weight)
    except ValidationError as exc:
        raise _InputError(f"{where}: {exc}") from None


def _history(text: str) -> list[Event]:
    try:
        data = json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise _InputError(f"not JSON: {exc}") from None
    except RecursionError:
        raise _InputError("JSON nested too deeply (an event history is a flat list)") from None
    if not isinstance(data, list):
        raise _InputError("expected a JSON list of events")
    return [_event(item, i) for i, item in enumerate(data)]


def _pasted(source: str, zone: str | None, now: dt.datetime) -> list[Event]:
    """The events of a pasted tracking page (--history), its naive times in --tz."""
    tz = None
    if zone is not None:
        try:
            tz = ZoneInfo(zone)
        except (ZoneInfoNotFoundError, ValueError):
            raise _InputError(f"--tz: unknown time zone {zone[:60]!r}") from None
    events = parse_history(_read(source), tz=tz, now=now)
    if not events:
        raise _InputError(f"{source}: no tracking events found in the pasted text")
    return events


def _human(result: Assessment, now: dt.datetime, lang: str | None = None) -> str:
    """The assessment for people in *lang*: one titled line per field, then the reasons.

    Without *lang* the values are the identifiers (``export``, ``contact_post``); with
    one, their labels in it."""
    none = word("cli.none", lang)

    def shown(member: Stage | Flag | Advice) -> str:
        return member.value if lang is None else member.label(lang)

    rows = [
        ("cli.assess.stage", shown(result.stage)),
        ("cli.assess.silent", word("cli.assess.days", lang, days=f"{result.days_silent:.1f}")),
        ("cli.assess.flags", ", ".join(shown(f) for f in sorted(result.flags)) or none),
        ("cli.assess.advice", ", ".join(shown(a) for a in result.advice) or none),
        ("cli.assess.act_after", _when(result.act_after, now, lang)),
    ]
    if result.eta is not None:
        start, end = (d.isoformat() for d in result.eta)
        rows.append(("cli.assess.eta", word("cli.assess.eta_range", lang, start=start, end=end)))
    titles = [f"{word(key, lang)}:" for key, _ in rows]
    width = max(len(t) for t in titles) + 1
    lines = [f"{t:<{width}}{value}" for t, (_, value) in zip(titles, rows, strict=True)]
    lines.extend(f"  - {reason}" for reason in result.explain(lang))
    return "\n".join(lines) + "\n"


def _when(moment: dt.datetime | None, now: dt.datetime, lang: str | None = None) -> str:
    """``act after`` as printed: "-" for nothing to do, "now" for a moment already past."""
    if moment is None:
        return "-"
    return word("cli.now", lang) if moment <= now else moment.isoformat(timespec="minutes")


def run(args: argparse.Namespace) -> int:
    try:
        now = (
            _moment(args.now, "--now", date=True)
            if args.now
            else dt.datetime.now(dt.timezone.utc)
        )
        ordered = (
            _moment(args.ordered_at, "--ordered-at", date=True) if args.ordered_at else None
        )
        issued = (
            _moment(args.track_issued_at, "--track-issued-at", date=True)
            if args.track_issued_at
            else None
        )
        if args.history is not None:
            history = _pasted(args.history, args.tz, now)
        elif args.source is not None:
            history = _history(_read(args.source))
        else:
            raise _InputError("give a JSON history FILE, or --history with a pasted page")
        result = assess(
            history,
            now=now,
            ordered_at=ordered,
            track_issued_at=issued,
            protection_days=args.protection_days,
            method=args.method,
        )
    except (_InputError, ValidationError) as exc:
        message = exc.text(args.lang) if isinstance(exc, ValidationError) else str(exc)
        sys.stderr.write(f"parcelkit assess: error: {message}\n")
        return 2
    if args.json:
        emit_json(result.to_dict())
    else:
        sys.stdout.write(_human(result, now, args.lang))
    return 0
