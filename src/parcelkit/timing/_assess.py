"""The assessment engine: an event history and a moment in, flags, advice and reasons out.

Every number comes from :mod:`parcelkit.timing.norms`; this module only decides which
norm applies to the current stage and how peak periods stretch it.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import numbers
from collections.abc import Iterable, Mapping

import attrs

from parcelkit.exceptions import InvalidComponent, InvalidValue
from parcelkit.status import Stage
from parcelkit.timing._model import (
    METHODS,
    Advice,
    Assessment,
    Event,
    Flag,
    require_aware,
)
from parcelkit.timing._reason import (
    Date,
    Days,
    Label,
    Quote,
    Reason,
    Verbatim,
    Windows,
    render_all,
)
from parcelkit.timing.calendar import CHINESE_NEW_YEAR, PeakWindow, peak_windows
from parcelkit.timing.norms import Norm, norm

__all__ = ["assess"]

_DAY = dt.timedelta(days=1)
_MAX_PROTECTION_DAYS = 365
_RANK = {stage: i for i, stage in enumerate(Stage)}
_URGENCY = (
    Advice.PICK_UP,
    Advice.OPEN_DISPUTE,
    Advice.EXTEND_PROTECTION,
    Advice.CONTACT_CUSTOMS,
    Advice.CONTACT_POST,
    Advice.CONTACT_SELLER,
    Advice.WAIT,
)
_TERMINAL = frozenset({Stage.DELIVERED, Stage.CANCELLED, Stage.REFUNDED})
_AT_OFFICE = frozenset({Stage.AT_DELIVERY_OFFICE, Stage.READY_FOR_PICKUP})
_BEFORE_SCAN = frozenset({Stage.ORDER, Stage.INFO_RECEIVED})
_EXPORT_LIKE = frozenset({Stage.EXPORT, Stage.INTERNATIONAL_TRANSIT})
# the last mile is a matter of a day or two: peak periods do not stretch it by weeks
_LAST_MILE = frozenset({Stage.OUT_FOR_DELIVERY, Stage.DELIVERY_FAILED})
_DESTINATION = frozenset(
    {
        Stage.IMPORT,
        Stage.CUSTOMS,
        Stage.AT_DELIVERY_OFFICE,
        Stage.READY_FOR_PICKUP,
        Stage.OUT_FOR_DELIVERY,
        Stage.DELIVERY_FAILED,
    }
)
_RETURN_QUOTE = Quote(
    "000",
    "it can see the status of export from the country of departure again, but now "
    "this country will be Russia, and therefore the purchase went back. Here only a dialogue "
    "with the seller will help",
)
_LOST_QUOTE = Quote(
    "002",
    "If this period expires without you having received your order, you can then "
    "open a dispute to obtain a refund.",
)


@attrs.frozen
class _Step:
    """Past ``threshold`` days of silence (before peak extension), these flags and advice hold."""

    threshold: float
    norm: Norm
    flags: tuple[Flag, ...]
    advice: tuple[Advice, ...]


def _steps(*rows: tuple[str, tuple[Flag, ...], tuple[Advice, ...]]) -> tuple[_Step, ...]:
    return tuple(_Step(norm(key).value, norm(key), f, a) for key, f, a in rows)


_STALL_POST = ((Flag.STALLED,), (Advice.CONTACT_POST,))
_STALL_SELLER = ((Flag.STALLED,), (Advice.CONTACT_SELLER,))
_EXPORT_STEPS = _steps(
    ("export_silence", (Flag.STALLED,), ()), ("export_search", (), (Advice.CONTACT_POST,))
)
_STAGE_STEPS: dict[Stage, tuple[_Step, ...]] = {
    Stage.EXPORT: _EXPORT_STEPS,
    Stage.INTERNATIONAL_TRANSIT: _EXPORT_STEPS,
    Stage.IMPORT: _steps(("import_silence", *_STALL_POST)),
    Stage.CUSTOMS: _steps(
        ("customs_delay", (Flag.CUSTOMS_DELAY,), ()),
        ("customs_call", (Flag.STALLED,), (Advice.CONTACT_CUSTOMS,)),
    ),
    Stage.OUT_FOR_DELIVERY: _steps(("out_for_delivery", *_STALL_POST)),
    Stage.DELIVERY_FAILED: _steps(("delivery_failed", *_STALL_POST)),
}
_DESTINATION_STEPS = _steps(("destination_silence", *_STALL_POST))
_TRANSIT_STEPS = _steps(("transit_silence", *_STALL_SELLER))
_ORIGIN_STEPS = _steps(("origin_silence", *_STALL_SELLER))
_NO_SCAN_STEPS = (
    _Step(
        norm("first_scan_contact_seller").value,
        norm("first_scan_contact_seller"),
        (Flag.NO_FIRST_SCAN,),
        (Advice.CONTACT_SELLER,),
    ),
    _Step(
        norm("first_scan_contact_seller").value + norm("first_scan_dispute").value,
        norm("first_scan_dispute"),
        (),
        (Advice.OPEN_DISPUTE,),
    ),
)


def _cite(n: Norm) -> Quote:
    return Quote(n.seed[:3], n.quote)


def _shift(moment: dt.datetime, days: float) -> dt.datetime:
    """*moment* plus *days*, clamped to the datetime range instead of overflowing."""
    try:
        return moment + _DAY * days
    except OverflowError:
        limit = dt.datetime.max if days > 0 else dt.datetime.min
        return limit.replace(tzinfo=moment.tzinfo)


def _in_zone(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """*moment* in *zone*, clamped to the datetime range at its ends."""
    try:
        return moment.astimezone(zone)
    except OverflowError:
        limit = dt.datetime.max if moment.year > dt.MAXYEAR // 2 else dt.datetime.min
        return limit.replace(tzinfo=zone)


def _shift_date(day: dt.date, days: float) -> dt.date:
    try:
        return day + _DAY * days
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def _windows(first: dt.date, last: dt.date, *, origin: bool) -> list[PeakWindow]:
    """Peak windows that overlap the days *first*..*last*; Chinese ones only for *origin*."""
    # Every full calendar year holds every kind of window, so a long span needs only its ends,
    # one full year and the years of the lunar table: the work stays bounded.
    years = set(range(first.year, min(first.year + 2, last.year) + 1))
    years |= set(range(max(last.year - 1, first.year), last.year + 1))
    years |= {row.day.year for row in CHINESE_NEW_YEAR if first.year <= row.day.year <= last.year}
    found = []
    for year in sorted(years):
        for w in peak_windows(year):
            if w.start <= last and w.end >= first and (origin or not w.origin_only):
                found.append(w)
    return found


def _stretch(w: PeakWindow, first: dt.date, last: dt.date) -> float:
    """Days a silence from *first* to *last* is stretched by window *w*: the window's full
    extension when the silence covers all of it, that share of it when it covers part.

    A silence that only touches the last day of the Chinese New Year closure has not been
    held up by it for weeks; one that spans the whole closure has.
    """
    covered = (min(w.end, last) - max(w.start, first)).days + 1
    length = (w.end - w.start).days + 1
    return float(math.floor(w.extension_days * max(0, min(covered, length)) / length))


def _shown(value: object) -> str:
    """A number for a message, at most 40 characters (a 400-digit int is cut, not printed)."""
    try:
        text = repr(value)
    except ValueError:  # an int past the interpreter's digit limit
        return "a number too long to print"
    return text if len(text) <= 40 else f"{text[:30]}… ({len(text)} characters)"


def _real(name: str, value: object) -> float:
    """*value* as a finite float: an int, float, Decimal or other real number, not a bool."""
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, decimal.Decimal)):
        raise TypeError(f"{name} must be a number or None, not {type(value).__name__}")
    if isinstance(value, decimal.Decimal) and not value.is_finite():
        days = math.nan  # float() of a signalling NaN would raise
    else:
        try:
            days = float(value)
        except OverflowError:  # beyond the float range, as 10**400
            days = math.inf
    if not math.isfinite(days):
        raise InvalidValue(f"{name} must be a finite number, not {_shown(value)}")
    return days


def _check_protection(value: object) -> float | None:
    if value is None:
        return None
    days = _real("protection_days", value)
    if not 0 <= days <= _MAX_PROTECTION_DAYS:
        raise InvalidValue(
            f"protection_days must be between 0 and {_MAX_PROTECTION_DAYS} "
            f"(days of buyer protection left), not {_shown(value)}"
        )
    return days


def _check_method(value: object) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"method must be a str or None, not {type(value).__name__}")
    if value not in METHODS:
        raise InvalidComponent(
            f"unknown delivery method {value[:40]!r}; expected one of {', '.join(METHODS)}"
        )
    return value


def _eta(method: str, start: dt.date, *, origin: bool) -> tuple[dt.date, dt.date]:
    """Delivery window by *method* for a parcel ordered (or first seen) on *start*."""
    key = f"eta_{method}"
    if method == "standard" and start.month in (6, 7, 8):
        key = "eta_standard_summer"
    row = norm(key)
    low, high = row.low or 0.0, row.value
    peaks = _windows(start, _shift_date(start, high), origin=origin and method != "local_warehouse")
    if peaks:
        extra = norm("peak_eta")
        low, high = low + (extra.low or 0.0), high + extra.value
    return _shift_date(start, low), _shift_date(start, high)


def _weight_drop(events: tuple[Event, ...]) -> tuple[float, float] | None:
    """The first fall of at least the theft threshold below an earlier real reading."""
    limit = norm("weight_drop").value
    heaviest: float | None = None
    for event in events:
        w = event.weight_g
        if w is None or not math.isfinite(w) or w <= norm("weight_not_weighed").value:
            continue
        if heaviest is not None and heaviest - w >= limit:
            return heaviest, w
        heaviest = w if heaviest is None else max(heaviest, w)
    return None


def _order(event: Event) -> tuple[dt.datetime, int, int, float, str, str, dt.timedelta, str]:
    """Sort key, total: the instant, then the later stage of the journey, then a canonical
    form of the rest (weight, place, text, UTC offset and zone name), so that the caller's
    order never shows, not even for one instant written with two offsets."""
    w = event.weight_g
    weighed = 0 if w is None else 1 if math.isnan(w) else 2
    offset = event.time.utcoffset() or dt.timedelta(0)
    return (
        event.time,
        _RANK[event.status],
        weighed,
        w if w is not None and weighed == 2 else 0.0,
        event.location or "",
        event.raw or "",
        offset,
        event.time.tzname() or "",
    )


@attrs.frozen
class _Part:
    """What one ladder concludes: flags and advice with their reasons, when to act, and
    the reason that explains waiting when nothing is to be done yet."""

    flags: tuple[tuple[Flag, Reason], ...] = ()
    advice: tuple[tuple[Advice, Reason], ...] = ()
    act_after: dt.datetime | None = None
    wait: Reason | None = None

    @classmethod
    def of(
        cls,
        flags: Mapping[Flag, Reason] | None = None,
        advice: Mapping[Advice, Reason] | None = None,
        act_after: dt.datetime | None = None,
        wait: Reason | None = None,
    ) -> _Part:
        return cls(tuple((flags or {}).items()), tuple((advice or {}).items()), act_after, wait)


@attrs.frozen
class _Journey:
    """A sorted history read once: where the parcel is and what it went through."""

    history: tuple[Event, ...]
    known: tuple[Event, ...]  # the events with a stage
    notices: tuple[Event, ...]  # events without a stage after the last one with a stage
    stage: Stage
    since: dt.datetime | None  # when the current stage began to be silent
    scanned: bool
    reached: bool  # the parcel has been in the destination country
    after_export: bool  # an export or international leg has been seen
    returning: bool


def _journey(history: list[Event]) -> _Journey:
    known = tuple(e for e in history if e.status is not Stage.UNKNOWN)
    stage = known[-1].status if known else (history[-1].status if history else Stage.UNKNOWN)
    # Customs before the first export is the origin's (outward office); after it, or any
    # import or last-mile stage, the parcel has reached the destination country.
    first_export = next((i for i, e in enumerate(known) if e.status in _EXPORT_LIKE), None)
    arrived = [
        e.status in _DESTINATION
        and (e.status is not Stage.CUSTOMS or (first_export is not None and i > first_export))
        for i, e in enumerate(known)
    ]
    # A notice without a stage ("no information", "expired") is not movement: the silence
    # runs from the last real event, and in customs from the first event of the customs run
    # (the seeds' customs norms count time in customs, not silence).
    run = len(known)
    while stage is Stage.CUSTOMS and run > 1 and known[run - 2].status is Stage.CUSTOMS:
        run -= 1
    tail = len(history)
    while known and history[tail - 1].status is Stage.UNKNOWN:
        tail -= 1
    return _Journey(
        history=tuple(history),
        known=known,
        notices=tuple(history[tail:]),
        stage=stage,
        since=known[run - 1].time if known else None,
        scanned=any(e.status not in _BEFORE_SCAN for e in known),
        reached=any(arrived),
        after_export=first_export is not None,
        returning=stage is Stage.RETURN_TO_SENDER or (stage in _EXPORT_LIKE and any(arrived[:-1])),
    )


def _seasonal(
    since: dt.datetime, now: dt.datetime, journey: _Journey
) -> tuple[float, Reason | None]:
    """Days peak periods add to a silence from *since* to *now*, and the reason saying so."""
    if journey.stage in _LAST_MILE:
        return 0.0, None
    origin = not journey.reached and journey.stage not in _DESTINATION
    peaks = _windows(since.date(), now.date(), origin=origin)
    extension = max((_stretch(w, since.date(), now.date()) for w in peaks), default=0.0)
    if not extension:
        return 0.0, None
    stretch = norm("cny_stuck" if extension > norm("peak_silence").value else "peak_silence")
    return extension, Reason.of(
        "reason.seasonal", since=Date(since, long=False), windows=Windows(tuple(peaks[-3:])),
        days=Days(extension), quote=_cite(stretch),
    )  # fmt: skip


def _silence(
    steps: tuple[_Step, ...],
    since: dt.datetime,
    what: Reason,
    now: dt.datetime,
    journey: _Journey,
    aside: Reason | None = None,
) -> _Part:
    """The silence ladder: each step passed since *since* adds its flags and advice."""
    elapsed = max(0.0, (now - since) / _DAY)
    what = Reason.of("reason.for_days", what=what, days=Days(elapsed), aside=aside)
    extension, seasonal = _seasonal(since, now, journey)
    flags = {Flag.SEASONAL_DELAY: seasonal} if seasonal else {}
    advice: dict[Advice, Reason] = {}
    wait = None
    for step in steps:
        limit = step.threshold + extension
        if elapsed <= limit:
            due = Date(_in_zone(_shift(since, limit), now.tzinfo))
            key = "reason.wait.within" if step is steps[0] else "reason.wait.next"
            wait = Reason.of(key, what=what, limit=Days(limit), due=due, quote=_cite(step.norm))
            break
        for flag in step.flags:
            flags[flag] = Reason.of(
                "reason.flag.over", flag=Label(flag, capitalized=True), what=what,
                limit=Days(limit), quote=_cite(step.norm),
            )  # fmt: skip
        for item in step.advice:
            advice[item] = Reason.of(
                "reason.advice.past", advice=Label(item, capitalized=True), what=what,
                limit=Days(limit), quote=_cite(step.norm),
            )  # fmt: skip
    return _Part.of(flags, advice, _shift(since, steps[0].threshold + extension), wait)


def _no_scan(
    journey: _Journey,
    now: dt.datetime,
    track_issued_at: dt.datetime | None,
    ordered_at: dt.datetime | None,
) -> _Part:
    """No scan yet: the ladder counts from the track code's issue, else the order, else
    the first record; with none of them there is nothing to judge."""
    first = journey.history[0].time if journey.history else None
    for start, what in (
        (track_issued_at, "issued"),
        (ordered_at, "order"),
        (first, "first"),
    ):
        if start is not None:
            since = Reason.of(f"reason.what.no_scan.{what}")
            return _silence(_NO_SCAN_STEPS, start, since, now, journey)
    return _Part()


def _notices(events: tuple[Event, ...]) -> Reason | None:
    """The aside that says later notices without a stage did not restart the silence."""
    if not events:
        return None
    last = events[-1]
    day = Date(last.time, long=False)
    key = "reason.aside.notice" if len(events) == 1 else "reason.aside.notices"
    if last.raw is None:
        return Reason.of(key, date=day, count=len(events))
    text = Verbatim(f"{last.raw[:40]}{'…' if len(last.raw) > 40 else ''}")
    return Reason.of(f"{key}_text", date=day, count=len(events), text=text)


def _stage_silence(journey: _Journey, since: dt.datetime, now: dt.datetime) -> _Part:
    """A scanned parcel's silence at its current stage, judged by that stage's ladder;
    in customs the ladder counts time in customs."""
    steps = _STAGE_STEPS.get(journey.stage)
    if steps is None:
        if journey.reached:
            steps = _DESTINATION_STEPS
        elif journey.after_export:
            steps = _EXPORT_STEPS
        elif journey.stage is Stage.IN_TRANSIT:
            steps = _TRANSIT_STEPS
        else:
            steps = _ORIGIN_STEPS
    what = (
        Reason.of("reason.what.in_customs")
        if journey.stage is Stage.CUSTOMS
        else Reason.of("reason.what.no_change", stage=Label(journey.stage))
    )
    return _silence(steps, since, what, now, journey, _notices(journey.notices))


def _lost(event: Event) -> _Part:
    """The carrier reports the parcel lost: open a dispute."""
    text = Reason.of("reason.lost", quote=_LOST_QUOTE)
    return _Part.of(advice={Advice.OPEN_DISPUTE: text}, act_after=event.time)


def _returning(event: Event) -> _Part:
    """The parcel is going back: only the seller can help."""
    return _Part.of(
        {
            Flag.RETURNING: Reason.of(
                "reason.returning",
                stage=Label(event.status),
                date=Date(event.time, long=False),
                quote=_RETURN_QUOTE,
            )
        },
        {Advice.CONTACT_SELLER: Reason.of("reason.returning.seller", quote=_RETURN_QUOTE)},
        act_after=event.time,
    )


def _office(event: Event, now: dt.datetime) -> _Part:
    """At the post office or a pickup point: pick it up before the holding period ends."""
    office = event.status is Stage.AT_DELIVERY_OFFICE
    storage = norm("office_storage" if office else "pickup_storage")
    place = Reason.of("place.post_office" if office else "place.pickup_point")
    held = max(0.0, (now - event.time) / _DAY)
    due = _shift(event.time, storage.value)
    quote = _cite(storage)
    kept, stored = Days(held), Days(storage.value)
    flags = {
        Flag.AWAITING_PICKUP: Reason.of(
            "reason.office.awaiting", place=place, held=kept, storage=stored, quote=quote
        )
    }
    advice = {
        Advice.PICK_UP: Reason.of(
            "reason.office.pick_up_by", place=place, due=Date(_in_zone(due, now.tzinfo)),
            quote=quote,
        )
        if due > now
        else Reason.of("reason.office.pick_up_now", place=place, quote=quote)
    }
    if held > storage.value:
        flags[Flag.RETURNING] = Reason.of(
            "reason.office.returning", place=place, held=kept, storage=stored, quote=quote
        )
        advice[Advice.CONTACT_POST] = Reason.of(
            "reason.office.contact", held=kept, storage=stored, quote=quote
        )
    return _Part.of(flags, advice, due)


def _where(
    journey: _Journey,
    now: dt.datetime,
    track_issued_at: dt.datetime | None,
    ordered_at: dt.datetime | None,
) -> _Part:
    """The one ladder the current stage calls for (declared precedence: finished, lost,
    returning, at the office, never scanned, silent at a stage)."""
    stage = journey.stage
    if stage in _TERMINAL:
        return _Part()
    if stage is Stage.LOST:
        return _lost(journey.known[-1])
    if journey.returning:
        return _returning(journey.known[-1])
    if stage in _AT_OFFICE:
        return _office(journey.known[-1], now)
    if not journey.scanned:
        return _no_scan(journey, now, track_issued_at, ordered_at)
    assert journey.since is not None  # scanned implies an event with a stage
    # the stage's silence starts no earlier than the track code's issue or the order
    refs = [x for x in (track_issued_at, ordered_at) if x is not None]
    return _stage_silence(journey, max([journey.since, *refs]), now)


def _protection(protection: float | None, now: dt.datetime, stage: Stage) -> _Part:
    """Buyer protection running out: extend it, and at the very end open a dispute."""
    if protection is None or stage in _TERMINAL:
        return _Part()
    extend, dispute = norm("protection_extend"), norm("protection_dispute")
    flags: dict[Flag, Reason] = {}
    advice: dict[Advice, Reason] = {}
    left = Days(protection)
    if protection <= extend.value:
        flags[Flag.PROTECTION_EXPIRING] = Reason.of(
            "reason.protection.expiring", left=left, limit=Days(extend.value),
            quote=_cite(extend),
        )  # fmt: skip
        advice[Advice.EXTEND_PROTECTION] = Reason.of(
            "reason.protection.extend", left=left, quote=_cite(extend)
        )
    if protection <= dispute.value and stage not in _AT_OFFICE:
        advice[Advice.OPEN_DISPUTE] = Reason.of(
            "reason.protection.dispute", left=left, quote=_cite(dispute)
        )
    return _Part.of(flags, advice, _shift(now, protection - extend.value))


def _weight(history: tuple[Event, ...]) -> _Part:
    """A weight that fell by the theft threshold: check the parcel on receipt."""
    drop = _weight_drop(history)
    if drop is None:
        return _Part()
    weight = norm("weight_drop")
    return _Part.of(
        {
            Flag.WEIGHT_ANOMALY: Reason.of(
                "reason.weight",
                before=Days(drop[0]),
                after=Days(drop[1]),
                limit=Days(weight.value),
                quote=_cite(weight),
            )
        }
    )


def _estimate(
    method: str | None,
    journey: _Journey,
    track_issued_at: dt.datetime | None,
    ordered_at: dt.datetime | None,
) -> tuple[dt.date, dt.date] | None:
    """The delivery window by *method*, from the order, else the first event, else the
    track code's issue; none for a parcel that is finished or lost."""
    if method is None or journey.stage in _TERMINAL or journey.stage is Stage.LOST:
        return None
    start = ordered_at if ordered_at is not None else (
        journey.history[0].time if journey.history else track_issued_at
    )
    return None if start is None else _eta(method, start.date(), origin=not journey.reached)


def _merge(parts: tuple[_Part, ...], stage: Stage, zone: dt.tzinfo | None) -> tuple[
    frozenset[Flag], tuple[Advice, ...], dt.datetime | None, tuple[Reason, ...]
]:
    """The one merge rule: every flag and advice any ladder gives holds, with the reason
    of the first ladder that gives it; advice runs most urgent first, and a parcel not
    finished with nothing to do is told to wait; ``act_after`` is the earliest moment any
    ladder names, in *zone* (that of ``now``)."""
    flags: dict[Flag, Reason] = {}
    advice: dict[Advice, Reason] = {}
    for part in parts:
        for flag, why in part.flags:
            flags.setdefault(flag, why)
        for item, why in part.advice:
            advice.setdefault(item, why)
    if stage in _TERMINAL:
        act_after = None
    else:
        act_after = min((p.act_after for p in parts if p.act_after is not None), default=None)
        act_after = None if act_after is None else _in_zone(act_after, zone)
        if not advice:
            advice[Advice.WAIT] = parts[0].wait or Reason.of("reason.wait.nothing")
    ordered_flags = [f for f in Flag if f in flags]
    ordered_advice = tuple(a for a in _URGENCY if a in advice)
    said = tuple(flags[f] for f in ordered_flags) + tuple(advice[a] for a in ordered_advice)
    return frozenset(ordered_flags), ordered_advice, act_after, said


def _checked(
    events: object,
    now: dt.datetime,
    refs: tuple[tuple[str, dt.datetime | None], ...],
) -> list[Event]:
    """The events as a sorted list, once every argument's type and range is checked."""
    require_aware("now", now)
    for name, value in refs:
        if value is not None:
            require_aware(name, value)
            if value > now:
                raise InvalidValue(f"{name} {value.isoformat()} is after now {now.isoformat()}")
    if isinstance(events, (str, bytes)) or not isinstance(events, Iterable):
        raise TypeError(f"events must be an iterable of Event, not {type(events).__name__}")
    history = list(events)
    for i, event in enumerate(history):
        if not isinstance(event, Event):
            raise TypeError(f"events[{i}] is a {type(event).__name__}, not a parcelkit.Event")
        require_aware(f"events[{i}].time", event.time)
    # at equal times the later stage is the latest; the caller's order never matters
    history.sort(key=_order)
    return history


def assess(
    events: Iterable[Event],
    *,
    now: dt.datetime,
    track_issued_at: dt.datetime | None = None,
    protection_days: float | None = None,
    ordered_at: dt.datetime | None = None,
    method: str | None = None,
) -> Assessment:
    """Judge an event history (any order) as of *now*: what is normal, what to do and when.

    *protection_days* is the buyer protection left as of *now*, a real number (int, float,
    Decimal) from 0 to 365; *method* one of ``local_warehouse``, ``express``, ``standard``,
    ``economy`` (for the ETA).  A value out of range (NaN, infinite, negative, a moment
    after *now*) raises :class:`~parcelkit.InvalidValue`; a bool or another type,
    :class:`TypeError`.  ``act_after`` is given in the zone of *now*.

    An event without a stage (a "no information" or "tracking expired" notice) is not
    movement: the silence of the current stage runs from its last real event, and time in
    customs from the first customs event after the last other stage.
    """
    history = _checked(
        events, now, (("track_issued_at", track_issued_at), ("ordered_at", ordered_at))
    )
    protection = _check_protection(protection_days)
    method = _check_method(method)
    if history and now < history[0].time:
        raise InvalidValue(
            f"now {now.isoformat()} is before the first event {history[0].time.isoformat()}"
        )
    refs = [x for x in (track_issued_at, ordered_at) if x is not None]
    anchors = refs + ([history[-1].time] if history else [])
    anchor = max(anchors) if anchors else None
    journey = _journey(history)
    flags, advice, act_after, why = _merge(
        (
            _where(journey, now, track_issued_at, ordered_at),
            _protection(protection, now, journey.stage),
            _weight(journey.history),
        ),
        journey.stage,
        now.tzinfo,
    )
    return Assessment(
        stage=journey.stage,
        flags=flags,
        advice=advice,
        eta=_estimate(method, journey, track_issued_at, ordered_at),
        days_silent=max(0.0, (now - anchor) / _DAY) if anchor is not None else 0.0,
        act_after=act_after,
        reasons=render_all(why, "en"),
        why=why,
    )
