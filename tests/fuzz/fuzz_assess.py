"""assess.  Contract (docs/timing.md): on any history of ``Event`` values and any
arguments it returns a frozen ``Assessment`` or raises ``ValidationError`` (a value out of
range: naive or late moments, NaN, infinite or huge numbers) or ``TypeError`` (a wrong
type, bool for a number), nothing else; the order of the events never changes the
answer; ``act_after`` is None or in the zone of ``now``."""

from __future__ import annotations

import datetime as dt
import math

from _harness import ContractBreak, Reader, expect, frozen, fuzz, only_errors

from parcelkit import Advice, Assessment, Event, Flag, Stage, ValidationError, assess
from parcelkit.timing import METHODS

_BASE = dt.datetime(2026, 3, 1, 10, tzinfo=dt.timezone.utc)
_RAW = ("Вручение адресату", "Прибыло в место вручения", "Held by customs", "no information")


def _history(r: Reader) -> list[object]:
    events: list[object] = []
    for _ in range(r.int(8)):
        kind = r.byte() % 12
        time = r.moment(_BASE)
        if kind == 0:
            events.append(r.choice((None, "delivered", 5)))
            continue
        try:
            if kind == 1:
                events.append(Event.from_raw(time, r.choice(_RAW)))  # type: ignore[arg-type]
            else:
                weight = r.number() if r.byte() % 4 == 0 else None
                events.append(Event(time, r.choice(tuple(Stage)), weight_g=weight))  # type: ignore[arg-type]
        except (TypeError, ValidationError):
            continue  # a value Event itself refuses: fuzz_events checks that
    return events


def check(r: Reader) -> None:
    history = _history(r)
    now = r.moment(_BASE + dt.timedelta(days=r.int(200)))
    args: dict[str, object] = {}
    for name in ("track_issued_at", "ordered_at"):
        if r.flag():
            args[name] = r.moment(_BASE - dt.timedelta(days=r.int(60)))
    if r.flag():
        args["protection_days"] = r.number()
    if r.flag():
        args["method"] = r.choice((*METHODS, None, "sea", 3))
    result = None
    with only_errors(ValidationError, TypeError):
        result = assess(history, now=now, **args)  # type: ignore[arg-type]
    if result is None:
        return
    expect(isinstance(result, Assessment), "not an Assessment")
    frozen(result)
    expect(isinstance(result.stage, Stage), "stage")
    expect(all(isinstance(f, Flag) for f in result.flags), "flags")
    expect(all(isinstance(a, Advice) for a in result.advice), "advice")
    expect(type(result.days_silent) is float and math.isfinite(result.days_silent), "days")
    expect(all(type(s) is str for s in result.reasons), "reasons")
    if result.act_after is not None:
        assert isinstance(now, dt.datetime)
        expect(result.act_after.utcoffset() == now.utcoffset(), "act_after not in now's zone")
    for order in (history[::-1], history[1:] + history[:1]):
        again = assess(order, now=now, **args)  # type: ignore[arg-type]
        expect(again == result, "the order of the events changed the answer")


def one_input(data: bytes) -> None:
    r = Reader(data)
    check(r)
    with only_errors(TypeError):
        assess(r.choice(("delivered", b"x", 5, None)), now=_BASE)  # type: ignore[arg-type]
        raise ContractBreak("assess accepted a str, bytes or number as its history")


if __name__ == "__main__":
    fuzz(one_input, "assess")
