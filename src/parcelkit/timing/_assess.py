"""The assessment engine: an event history and a moment in, flags, advice and reasons out.

Every number comes from :mod:`parcelkit.timing.norms`; this module only decides which
norm applies to the current stage and how peak periods stretch it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

import attrs

from parcelkit.exceptions import InvalidComponent
from parcelkit.status import Stage
from parcelkit.timing._model import (
    METHODS,
    Advice,
    Assessment,
    Event,
    Flag,
    require_aware,
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
_RETURN_QUOTE = (
    "seed 000: “it can see the status of export from the country of departure again, but now "
    "this country will be Russia, and therefore the purchase went back. Here only a dialogue "
    "with the seller will help”"
)
_LOST_QUOTE = (
    "seed 002: “If this period expires without you having received your order, you can then "
    "open a dispute to obtain a refund.”"
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


def _days(x: float) -> str:
    return f"{x:.1f}".removesuffix(".0")


def _cite(n: Norm) -> str:
    return f"seed {n.seed[:3]}: “{n.quote}”"


def _label(stage: Stage) -> str:
    return stage.value.replace("_", " ")


def _shift(moment: dt.datetime, days: float) -> dt.datetime:
    """*moment* plus *days*, clamped to the datetime range instead of overflowing."""
    try:
        return moment + _DAY * days
    except OverflowError:
        limit = dt.datetime.max if days > 0 else dt.datetime.min
        return limit.replace(tzinfo=moment.tzinfo)


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


def _check_protection(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"protection_days must be a number or None, not {type(value).__name__}")
    if not math.isfinite(value) or not 0 <= value <= _MAX_PROTECTION_DAYS:
        raise InvalidComponent(
            f"protection_days must be between 0 and {_MAX_PROTECTION_DAYS} "
            f"(days of buyer protection left), not {value!r}"
        )
    return float(value)


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


def _weight_drop(events: list[Event]) -> tuple[float, float] | None:
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


def _order(event: Event) -> tuple[dt.datetime, int, float, str, str]:
    """Sort key: time, then the later stage of the journey, then the rest (a total order)."""
    w = event.weight_g
    weight = -1.0 if w is None or math.isnan(w) else w
    return event.time, _RANK[event.status], weight, event.location or "", event.raw or ""


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

    *protection_days* is the buyer protection left as of *now*; *method* one of
    ``local_warehouse``, ``express``, ``standard``, ``economy`` (for the ETA).
    """
    require_aware("now", now)
    refs: list[dt.datetime] = []
    for name, value in (("track_issued_at", track_issued_at), ("ordered_at", ordered_at)):
        if value is not None:
            require_aware(name, value)
            if value > now:
                raise InvalidComponent(f"{name} {value.isoformat()} is after now {now.isoformat()}")
            refs.append(value)
    if isinstance(events, (str, bytes)) or not isinstance(events, Iterable):
        raise TypeError(f"events must be an iterable of Event, not {type(events).__name__}")
    history = list(events)
    for i, event in enumerate(history):
        if not isinstance(event, Event):
            raise TypeError(f"events[{i}] is a {type(event).__name__}, not a parcelkit.Event")
        require_aware(f"events[{i}].time", event.time)
    protection = _check_protection(protection_days)
    method = _check_method(method)

    # at equal times the later stage is the latest; the caller's order never matters
    history.sort(key=_order)
    if history and now < history[0].time:
        raise InvalidComponent(
            f"now {now.isoformat()} is before the first event {history[0].time.isoformat()}"
        )
    anchors = refs + ([history[-1].time] if history else [])
    anchor = max(anchors) if anchors else None
    silent = max(0.0, (now - anchor) / _DAY) if anchor is not None else 0.0

    known = [e for e in history if e.status is not Stage.UNKNOWN]
    stage = known[-1].status if known else (history[-1].status if history else Stage.UNKNOWN)
    scanned = any(e.status not in _BEFORE_SCAN for e in history)
    # Customs before the first export is the origin's (outward office); after it, or any
    # import or last-mile stage, the parcel has reached the destination country.
    first_export = next((i for i, e in enumerate(known) if e.status in _EXPORT_LIKE), None)
    arrived = [
        e.status in _DESTINATION
        and (e.status is not Stage.CUSTOMS or (first_export is not None and i > first_export))
        for i, e in enumerate(known)
    ]
    reached = any(arrived)
    returning = stage is Stage.RETURN_TO_SENDER or (stage in _EXPORT_LIKE and any(arrived[:-1]))

    flags: dict[Flag, str] = {}
    advice: dict[Advice, str] = {}
    act_after: dt.datetime | None = None
    wait_reason = ""

    def run_steps(steps: tuple[_Step, ...], since: dt.datetime, what: str) -> None:
        nonlocal act_after, wait_reason
        elapsed = max(0.0, (now - since) / _DAY)
        origin = not reached and stage not in _DESTINATION
        peaks = [] if stage in _LAST_MILE else _windows(since.date(), now.date(), origin=origin)
        extension = max((_stretch(w, since.date(), now.date()) for w in peaks), default=0.0)
        if extension:
            shown = ", ".join(f"{w.name} {w.start:%d %b}–{w.end:%d %b %Y}" for w in peaks[-3:])
            longest = "cny_stuck" if extension > norm("peak_silence").value else "peak_silence"
            stretch = norm(longest)
            flags[Flag.SEASONAL_DELAY] = (
                f"Seasonal delay: the silence since {since:%d %b %Y} overlaps {shown}, so its "
                f"norms are {_days(extension)} days longer ({_cite(stretch)})."
            )
        act_after = _shift(since, steps[0].threshold + extension)
        for step in steps:
            limit = step.threshold + extension
            if elapsed <= limit:
                due = _shift(since, limit)
                wait_reason = (
                    f"Wait: {what} for {_days(elapsed)} days is within the {_days(limit)} "
                    f"days that are normal ({_cite(step.norm)}); nothing to do before "
                    f"{due:%d %B %Y}."
                    if step is steps[0]
                    else f"Wait: {what} for {_days(elapsed)} days; the next step is due after "
                    f"{_days(limit)} days, on {due:%d %B %Y} ({_cite(step.norm)})."
                )
                break
            for flag in step.flags:
                flags[flag] = (
                    f"{flag.value.replace('_', ' ').capitalize()}: {what} for "
                    f"{_days(elapsed)} days, more than the {_days(limit)} days that are normal "
                    f"({_cite(step.norm)})."
                )
            for item in step.advice:
                advice[item] = (
                    f"{item.value.replace('_', ' ').capitalize()}: {what} for "
                    f"{_days(elapsed)} days, past the {_days(limit)}-day mark "
                    f"({_cite(step.norm)})."
                )

    if stage in _TERMINAL:
        pass
    elif stage is Stage.LOST:
        act_after = known[-1].time
        advice[Advice.OPEN_DISPUTE] = (
            f"Open dispute: the carrier reports the parcel lost ({_LOST_QUOTE})."
        )
    elif returning:
        event = known[-1]
        act_after = event.time
        flags[Flag.RETURNING] = (
            f"Returning: {_label(event.status)} on {event.time:%d %b %Y} after the parcel had "
            f"reached the destination means it is going back ({_RETURN_QUOTE})."
        )
        advice[Advice.CONTACT_SELLER] = (
            "Contact seller: the seller can stop the return or send the goods again "
            f"({_RETURN_QUOTE})."
        )
    elif stage in _AT_OFFICE:
        storage = norm("office_storage" if stage is Stage.AT_DELIVERY_OFFICE else "pickup_storage")
        place = "post office" if stage is Stage.AT_DELIVERY_OFFICE else "pickup point"
        since = known[-1].time
        held = max(0.0, (now - since) / _DAY)
        act_after = _shift(since, storage.value)
        flags[Flag.AWAITING_PICKUP] = (
            f"Awaiting pickup: the parcel has been at the {place} for {_days(held)} days; "
            f"unclaimed it goes back after {_days(storage.value)} days ({_cite(storage)})."
        )
        by = f"before {act_after:%d %B %Y}" if act_after > now else "as soon as possible"
        advice[Advice.PICK_UP] = (
            f"Pick up: take an identity document and the tracking number to the {place} {by}; "
            f"there is no need to wait for the notice ({_cite(storage)})."
        )
        if held > storage.value:
            flags[Flag.RETURNING] = (
                f"Returning: {_days(held)} days at the {place} is past the "
                f"{_days(storage.value)}-day holding period ({_cite(storage)})."
            )
            advice[Advice.CONTACT_POST] = (
                f"Contact post: ask whether the parcel is still held after {_days(held)} days, "
                f"past the {_days(storage.value)}-day holding period ({_cite(storage)})."
            )
    elif not scanned:
        # the ladder counts from the track code's issue, else the order, else the first record
        starts = [x for x in (track_issued_at, ordered_at) if x is not None]
        starts += [e.time for e in history[:1]]
        if starts:
            origin_of = (
                "the track code was issued" if track_issued_at is not None
                else "the order" if ordered_at is not None
                else "the first record"
            )
            run_steps(_NO_SCAN_STEPS, starts[0], f"no scan since {origin_of}")
    else:
        steps = _STAGE_STEPS.get(stage)
        if steps is None:
            if reached:
                steps = _DESTINATION_STEPS
            elif first_export is not None:
                steps = _EXPORT_STEPS
            elif stage is Stage.IN_TRANSIT:
                steps = _TRANSIT_STEPS
            else:
                steps = _ORIGIN_STEPS
        assert anchor is not None  # scanned implies at least one event
        run_steps(steps, anchor, f"no change at {_label(stage)}")

    if protection is not None and stage not in _TERMINAL:
        extend, dispute = norm("protection_extend"), norm("protection_dispute")
        due = _shift(now, protection - extend.value)
        act_after = due if act_after is None else min(act_after, due)
        if protection <= extend.value:
            flags[Flag.PROTECTION_EXPIRING] = (
                f"Protection expiring: {_days(protection)} days of buyer protection left, within "
                f"the last {_days(extend.value)} days ({_cite(extend)})."
            )
            advice[Advice.EXTEND_PROTECTION] = (
                f"Extend protection: ask the seller to extend it or press “Extend Protection”, "
                f"{_days(protection)} days are left ({_cite(extend)})."
            )
        if protection <= dispute.value and stage not in _AT_OFFICE:
            advice.setdefault(
                Advice.OPEN_DISPUTE,
                f"Open dispute: only {_days(protection)} days of protection are left and the "
                f"parcel has not arrived ({_cite(dispute)}).",
            )

    drop = _weight_drop(history)
    if drop is not None:
        weight = norm("weight_drop")
        flags[Flag.WEIGHT_ANOMALY] = (
            f"Weight anomaly: the weight fell from {_days(drop[0])} g to {_days(drop[1])} g, "
            f"at least {_days(weight.value)} g; check the parcel for opening on receipt "
            f"({_cite(weight)})."
        )

    if stage not in _TERMINAL and not advice:
        advice[Advice.WAIT] = wait_reason or (
            "Wait: with no event and no issue or order date there is no silence to judge yet."
        )

    eta = None
    if method is not None and stage not in _TERMINAL and stage is not Stage.LOST:
        # from the order, else the first event, else the track code's issue
        start = ordered_at if ordered_at is not None else (
            history[0].time if history else track_issued_at
        )
        if start is not None:
            eta = _eta(method, start.date(), origin=not reached)

    ordered_flags = [f for f in Flag if f in flags]
    ordered_advice = [a for a in _URGENCY if a in advice]
    reasons = tuple(flags[f] for f in ordered_flags) + tuple(advice[a] for a in ordered_advice)
    return Assessment(
        stage=stage,
        flags=frozenset(ordered_flags),
        advice=tuple(ordered_advice),
        eta=eta,
        days_silent=silent,
        act_after=None if stage in _TERMINAL else act_after,
        reasons=reasons,
    )
