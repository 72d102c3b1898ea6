"""Events: ``parcelkit.Event`` and ``Event.from_raw`` (docs/timing.md), and
``parcelkit.normalize_event`` where this version has it.  Contract: an ``Event`` is frozen;
a wrong type raises ``TypeError`` and an unknown stage name ``InvalidComponent``, nothing
else; ``weight_g`` becomes a float or None; ``from_raw`` takes its stage from
``normalize_status`` and keeps the text.  ``normalize_event(carrier, code, text, lang=)``
returns a frozen ``StatusResult``, raises ``InvalidComponent`` for an unknown carrier and
``TypeError`` for a non-``str``, nothing else."""

from __future__ import annotations

import datetime as dt

from _harness import ContractBreak, Reader, expect, frozen, fuzz, only_errors

import parcelkit
from parcelkit import Event, InvalidComponent, Stage, normalize_status
from parcelkit.status.events import table as _event_table

EVENTS = {row.code: row for row in _event_table("upu").rows}
_BASE = dt.datetime(2026, 3, 1, 10, tzinfo=dt.timezone.utc)
_STAGES = tuple(s.value for s in Stage)
_NORMALIZE_EVENT = getattr(parcelkit, "normalize_event", None)
if _NORMALIZE_EVENT is None and __name__ == "__main__":
    print("normalize_event: not in this version of parcelkit; fuzzing Event only", flush=True)


def check_event(r: Reader) -> None:
    time = r.moment(_BASE)
    status: object = r.choice((*_STAGES, *Stage, r.text(20), None, 3))
    location: object = r.choice((None, r.text(40), 5))
    weight = r.number()
    event = None
    with only_errors(TypeError, InvalidComponent):
        event = Event(time, status, location=location, weight_g=weight)  # type: ignore[arg-type]
    if event is not None:
        frozen(event)
        expect(isinstance(event.status, Stage), "status is not a Stage")
        expect(event.weight_g is None or type(event.weight_g) is float, "weight_g type")
    raw = r.text(200)
    with only_errors(TypeError):
        made = Event.from_raw(time, raw, weight_g=weight)  # type: ignore[arg-type]
        frozen(made)
        expect(made.status is normalize_status(raw).stage, "from_raw's stage")
        expect(made.raw == raw, "from_raw lost the text")


def check_normalize_event(r: Reader) -> None:
    assert _NORMALIZE_EVENT is not None
    carriers: tuple[str, ...] = tuple(getattr(parcelkit, "event_carriers", tuple)())
    carrier = r.choice((*carriers, "upu", r.text(12))) if carriers else r.text(12)
    code = r.choice((*EVENTS, r.text(12), "8.2", "BDE 01", ""))
    text = r.choice((None, r.text(120)))
    lang = r.choice((None, "en", "ru", r.text(6)))
    with only_errors(InvalidComponent):
        result = _NORMALIZE_EVENT(carrier, code, text, lang=lang)
        frozen(result)
        expect(isinstance(result.stage, Stage), "stage is not a Stage")
        expect(0.0 <= result.confidence <= 1.0, "confidence out of [0, 1]")
    with only_errors(TypeError):
        _NORMALIZE_EVENT(r.choice((None, 1)), code, text)
        raise ContractBreak("normalize_event accepted a non-str carrier")


def one_input(data: bytes) -> None:
    r = Reader(data)
    for _ in range(1 + r.int(3)):
        check_event(r)
        if _NORMALIZE_EVENT is not None:
            check_normalize_event(r)


if __name__ == "__main__":
    fuzz(one_input, "events")
