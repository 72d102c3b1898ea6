"""The values :func:`parcelkit.assess` takes and returns: events, flags, advice, assessments."""

from __future__ import annotations

import datetime as dt
import decimal
import math
import numbers
from collections.abc import Mapping
from typing import cast

import attrs

from parcelkit import i18n
from parcelkit._enum import ValueEnum
from parcelkit.exceptions import InvalidComponent, InvalidFormat
from parcelkit.status import Stage
from parcelkit.timing._reason import Reason

__all__ = ["METHODS", "Advice", "Assessment", "Event", "Flag", "require_aware"]

#: Delivery methods of seed 002, as accepted by ``assess(method=...)``.
METHODS = ("local_warehouse", "express", "standard", "economy")


class Flag(ValueEnum):
    """Something noteworthy about a parcel's history (several can hold at once)."""

    STALLED = "stalled"
    NO_FIRST_SCAN = "no_first_scan"
    CUSTOMS_DELAY = "customs_delay"
    WEIGHT_ANOMALY = "weight_anomaly"
    PROTECTION_EXPIRING = "protection_expiring"
    SEASONAL_DELAY = "seasonal_delay"
    AWAITING_PICKUP = "awaiting_pickup"
    RETURNING = "returning"


class Advice(ValueEnum):
    """What the buyer should do now; :attr:`Assessment.advice` lists them most urgent first."""

    WAIT = "wait"
    CONTACT_SELLER = "contact_seller"
    OPEN_DISPUTE = "open_dispute"
    CONTACT_POST = "contact_post"
    CONTACT_CUSTOMS = "contact_customs"
    PICK_UP = "pick_up"
    EXTEND_PROTECTION = "extend_protection"


def require_aware(name: str, value: object) -> dt.datetime:
    """*value* if it is a timezone-aware datetime; TypeError or InvalidFormat otherwise."""
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.utcoffset() is None:
        raise InvalidFormat(
            f"{name} {value.isoformat()} has no timezone: pass an aware datetime "
            "(e.g. tzinfo=datetime.timezone.utc)"
        )
    return value


def _datetime(_inst: object, attribute: attrs.Attribute[dt.datetime], value: object) -> None:
    if not isinstance(value, dt.datetime):
        raise TypeError(f"{attribute.name} must be a datetime, not {type(value).__name__}")


def _to_stage(value: object) -> Stage:
    if isinstance(value, Stage):
        return value
    if not isinstance(value, str):
        raise TypeError(f"status must be a Stage or str, not {type(value).__name__}")
    try:
        return Stage(value)
    except ValueError:
        raise InvalidComponent(
            f"unknown stage {value[:40]!r}: use a parcelkit.Stage value, "
            "or Event.from_raw() for carrier text"
        ) from None


def _optional_str(_inst: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, not {type(value).__name__}")


def _to_weight(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (numbers.Real, decimal.Decimal)):
        raise TypeError(f"weight_g must be a number or None, not {type(value).__name__}")
    if isinstance(value, decimal.Decimal) and value.is_nan():
        return math.nan  # float() of a signalling NaN would raise
    try:
        return float(value)
    except OverflowError:  # an int or fraction beyond float range: no real reading either
        return math.inf if cast(float, value) > 0 else -math.inf


@attrs.frozen
class Event:
    """One line of a tracking history: when, which stage, and optionally where and how heavy.

    ``time`` must be timezone-aware for :func:`parcelkit.assess`, which reports a naive one
    as :class:`~parcelkit.InvalidFormat`.  A ``weight_g`` that is not a positive finite
    number counts as "not weighed" (carriers print 0 g where nobody weighed the parcel).

    >>> from datetime import datetime, timezone
    >>> Event(datetime(2026, 3, 1, 10, tzinfo=timezone.utc), "export").status
    <Stage.EXPORT: 'export'>
    """

    time: dt.datetime = attrs.field(validator=_datetime)
    status: Stage = attrs.field(converter=_to_stage)
    location: str | None = attrs.field(default=None, validator=_optional_str)
    weight_g: float | None = attrs.field(default=None, converter=_to_weight)
    raw: str | None = attrs.field(default=None, validator=_optional_str)

    @classmethod
    def from_raw(
        cls,
        time: dt.datetime,
        raw: str,
        *,
        location: str | None = None,
        weight_g: float | None = None,
    ) -> Event:
        """An event from a carrier's own status text, classified by ``normalize_status``.

        A place found in the text fills *location* when none is given.
        """
        if not isinstance(raw, str):
            raise TypeError(f"raw must be a str, not {type(raw).__name__}")
        # imported here so that timing does not load the status engine until it is needed
        from parcelkit.status import normalize_status  # noqa: PLC0415

        result = normalize_status(raw)
        if location is None:
            location = result.location
        return cls(time, result.stage, location=location, weight_g=weight_g, raw=raw)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict: ``time`` in ISO 8601, ``status`` as its value.

        >>> from datetime import datetime, timezone
        >>> e = Event(datetime(2026, 3, 1, 10, tzinfo=timezone.utc), "export", raw="Export")
        >>> e.to_dict()["time"], Event.from_dict(e.to_dict()) == e
        ('2026-03-01T10:00:00+00:00', True)
        """
        return {
            "time": self.time.isoformat(),
            "status": self.status.value,
            "location": self.location,
            "weight_g": None if self.weight_g is None or not math.isfinite(self.weight_g)
            else self.weight_g,
            "raw": self.raw,
        }  # fmt: skip

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Event:
        """The event :meth:`to_dict` wrote (``time`` an ISO 8601 string, ``status`` a stage
        value); a wrong type raises ``TypeError``, a malformed time ``InvalidFormat``."""
        if not isinstance(data, Mapping):
            raise TypeError(f"data must be a mapping, not {type(data).__name__}")
        time = data.get("time")
        if not isinstance(time, str):
            raise TypeError(f"time must be an ISO 8601 str, not {type(time).__name__}")
        try:
            moment = dt.datetime.fromisoformat(time[:64])
        except ValueError:
            raise InvalidFormat(f"time {time[:40]!r} is not an ISO 8601 date and time") from None
        weight = data.get("weight_g")
        return cls(
            moment,
            cast(Stage, data.get("status")),
            location=cast("str | None", data.get("location")),
            weight_g=cast("float | None", weight),
            raw=cast("str | None", data.get("raw")),
        )


@attrs.frozen
class Assessment:
    """What :func:`parcelkit.assess` concludes about a history at a given moment.

    ``days_silent`` counts from the latest record (last event of any kind, a notice without
    a stage included, or the track code's issue or the order when later); the stage's own
    silence, in ``reasons``, counts from its last real event.  ``act_after`` is when the
    current silence, or the buyer protection, stops being normal, in the zone of ``now`` —
    in the past means "act now"; None for finished parcels.  ``reasons`` has one sentence
    per flag and per advice.
    """

    stage: Stage
    flags: frozenset[Flag]
    advice: tuple[Advice, ...]
    eta: tuple[dt.date, dt.date] | None
    days_silent: float
    act_after: dt.datetime | None
    reasons: tuple[str, ...]
    #: The reasons as data (a text key and its values), for :meth:`explain`.
    why: tuple[Reason, ...] = attrs.field(default=(), repr=False)

    def explain(self, lang: str | None = "en") -> tuple[str, ...]:
        """The reasons in *lang* (``pt-BR`` → Portuguese; unknown → English); a norm's seed
        sentence stays verbatim in its own language, marked as a quote."""
        chosen = i18n.resolve(lang)
        if chosen == "en" or not self.why:
            return self.reasons
        return tuple(r.render(chosen) for r in self.why)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict: enum values as strings, dates and datetimes in ISO 8601, the
        English reasons as a list."""
        return {
            "stage": self.stage.value,
            "flags": sorted(f.value for f in self.flags),
            "advice": [a.value for a in self.advice],
            "eta": None if self.eta is None else [d.isoformat() for d in self.eta],
            "days_silent": self.days_silent,
            "act_after": None if self.act_after is None else self.act_after.isoformat(),
            "reasons": list(self.reasons),
        }
