"""assess(): argument checking, the numbers it reports, its tables, and properties."""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import os
import pathlib
import random
import re
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import parcelkit
from parcelkit import (
    Advice,
    Assessment,
    Event,
    Flag,
    InvalidComponent,
    InvalidFormat,
    InvalidValue,
    Stage,
    ValidationError,
    assess,
)
from parcelkit.timing import METHODS
from parcelkit.timing.calendar import (
    CHINESE_NEW_YEAR,
    black_friday,
    chinese_new_year,
    peak_windows,
)
from parcelkit.timing.norms import NORMS, markdown_choices, markdown_table, norm

UTC = dt.timezone.utc
MSK = dt.timezone(dt.timedelta(hours=3))
T0 = dt.datetime(2026, 6, 1, 12, tzinfo=MSK)
DAY = dt.timedelta(days=1)
SEEDS = pathlib.Path(__file__).resolve().parents[2] / "shared" / "seeds"
DOC = pathlib.Path(__file__).resolve().parents[1] / "docs" / "timing.md"
SRC = pathlib.Path(parcelkit.__file__).parent


def e(days: float, status: str = "export", **kw: object) -> Event:
    return Event(T0 + DAY * days, status, **kw)  # type: ignore[arg-type]


# --- argument checking -------------------------------------------------------------------


def test_naive_now_is_invalid_format() -> None:
    with pytest.raises(InvalidFormat, match=r"now .* no timezone"):
        assess([], now=dt.datetime(2026, 6, 1))


@pytest.mark.parametrize("name", ["track_issued_at", "ordered_at"])
def test_naive_reference_times_are_invalid_format(name: str) -> None:
    with pytest.raises(InvalidFormat, match=name):
        assess([], now=T0, **{name: dt.datetime(2026, 5, 1)})  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["track_issued_at", "ordered_at"])
def test_reference_times_after_now_are_rejected(name: str) -> None:
    with pytest.raises(InvalidValue, match=rf"{name} .* is after now"):
        assess([], now=T0, **{name: T0 + DAY})  # type: ignore[arg-type]


def test_naive_event_time_is_invalid_format() -> None:
    naive = Event(dt.datetime(2026, 6, 1), Stage.EXPORT)
    with pytest.raises(InvalidFormat, match=r"events\[1\]\.time .* no timezone"):
        assess([e(0), naive], now=T0 + DAY)


def test_now_before_the_first_event() -> None:
    with pytest.raises(InvalidValue, match="before the first event"):
        assess([e(5), e(1)], now=T0)


def test_events_after_now_are_clock_skew_not_negative_silence() -> None:
    result = assess([e(0), e(2)], now=T0 + DAY)
    assert result.days_silent == 0.0


@pytest.mark.parametrize("days", [-1, -0.5, 366, 10_000, math.nan, math.inf])
def test_absurd_protection_days(days: float) -> None:
    with pytest.raises(InvalidValue, match="protection_days"):
        assess([e(0)], now=T0, protection_days=days)


@pytest.mark.parametrize("days", [0, 0.5, 365])
def test_protection_days_bounds_are_accepted(days: float) -> None:
    assess([e(0)], now=T0, protection_days=days)


@pytest.mark.parametrize("value", ["5", True, [5]])
def test_protection_days_of_the_wrong_type(value: object) -> None:
    with pytest.raises(TypeError):
        assess([e(0)], now=T0, protection_days=value)  # type: ignore[arg-type]


def test_unknown_method() -> None:
    with pytest.raises(InvalidComponent, match="delivery method 'air'"):
        assess([], now=T0, method="air")
    with pytest.raises(TypeError):
        assess([], now=T0, method=3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("events", "now"),
    [
        ([{"time": T0, "status": "export"}], T0),
        ("export", T0),
        (None, T0),
        ([], "2026-06-01T12:00:00+03:00"),
        ([], dt.date(2026, 6, 1)),
    ],
)
def test_wrong_types(events: object, now: object) -> None:
    with pytest.raises(TypeError):
        assess(events, now=now)  # type: ignore[arg-type]


def test_event_checks_its_fields() -> None:
    with pytest.raises(InvalidComponent, match="unknown stage"):
        Event(T0, "teleported")
    with pytest.raises(TypeError):
        Event(T0, 3)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Event(T0, "export", location=5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Event(T0, "export", weight_g=True)
    assert Event(T0, "export", weight_g=429).weight_g == 429.0
    assert Event(T0, "export", weight_g=10**400).weight_g == math.inf
    with pytest.raises(TypeError):
        Event(T0, "export", weight_g="429")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Event("2026-06-01T12:00+03:00", "export")  # type: ignore[arg-type]
    assert Event(T0, Stage.EXPORT) == Event(T0, "export")


def test_every_error_is_a_validation_error_or_type_error() -> None:
    assert issubclass(InvalidComponent, ValidationError)
    assert issubclass(InvalidFormat, ValidationError)


def test_events_may_be_any_iterable() -> None:
    assert assess(iter([e(0)]), now=T0 + DAY).stage is Stage.EXPORT
    assert assess((e(0),), now=T0 + DAY).stage is Stage.EXPORT


# --- the numbers -------------------------------------------------------------------------


def test_days_silent_counts_from_the_last_event_in_any_order() -> None:
    result = assess([e(10), e(0), e(3)], now=T0 + DAY * 12.5)
    assert result.days_silent == 2.5


def test_days_silent_without_events() -> None:
    assert assess([], now=T0).days_silent == 0.0
    assert assess([], now=T0, track_issued_at=T0 - DAY * 4).days_silent == 4.0
    assert assess([], now=T0, ordered_at=T0 - DAY * 6).days_silent == 6.0


def test_days_silent_compares_instants_across_offsets() -> None:
    event = Event(dt.datetime(2026, 6, 1, 9, tzinfo=UTC), "export")  # 12:00 in Moscow
    assert assess([event], now=dt.datetime(2026, 6, 2, 12, tzinfo=MSK)).days_silent == 1.0


def test_act_after_is_when_the_stage_norm_runs_out() -> None:
    result = assess([e(0)], now=T0 + DAY * 40)
    assert result.act_after == T0 + DAY * norm("export_silence").value
    customs = assess([e(0, "customs")], now=T0 + DAY)
    assert customs.act_after == T0 + DAY * norm("customs_delay").value


def test_act_after_moves_earlier_for_protection() -> None:
    now = T0 + DAY * 10
    result = assess([e(0)], now=now, protection_days=30)
    assert result.act_after == now + DAY * (30 - norm("protection_extend").value)


def test_act_after_is_none_when_finished() -> None:
    assert assess([e(0), e(5, "delivered")], now=T0 + DAY * 6).act_after is None


def test_act_after_for_a_missing_first_scan() -> None:
    result = assess([], now=T0 + DAY * 2, track_issued_at=T0)
    assert result.act_after == T0 + DAY * norm("first_scan_contact_seller").value


def test_reasons_quote_the_norm() -> None:
    result = assess([e(0)], now=T0 + DAY * 40)
    (reason,) = result.reasons
    assert "40 days" in reason
    assert "Failures in 30-50 days after export are in the order of things" in reason
    stalled = assess([e(0)], now=T0 + DAY * 70)
    assert len(stalled.reasons) == 2
    assert stalled.reasons[0].startswith("Stalled: no change at export for 70 days")
    assert "statement of the search" in stalled.reasons[1]


def test_advice_is_ordered_by_urgency() -> None:
    result = assess([e(0, "customs")], now=T0 + DAY * 20, protection_days=1)
    assert result.advice == (
        Advice.OPEN_DISPUTE,
        Advice.EXTEND_PROTECTION,
        Advice.CONTACT_CUSTOMS,
    )


def test_assessment_is_frozen() -> None:
    result = assess([], now=T0)
    assert isinstance(result, Assessment)
    with pytest.raises(AttributeError):
        result.stage = Stage.DELIVERED  # type: ignore[misc]


# --- ETA (seed 002) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "ordered", "low", "high"),
    [
        ("local_warehouse", "2026-06-01", 3, 7),
        ("express", "2026-06-01", 5, 10),
        ("standard", "2026-07-01", 7, 12),  # "In summer ... 7 to 12 days"
        ("standard", "2026-10-01", 7, 20),  # "in winter ... up to 20 days"
        ("economy", "2026-04-01", 15, 60),
        # "Single's Day ... Black Friday, or end-of-year holidays ... by 2 to 4 weeks"
        ("express", "2026-11-05", 5 + 14, 10 + 28),
        # Chinese New Year 2027 is 6 February
        ("standard", "2027-02-01", 7 + 14, 20 + 28),
        # ... but a European warehouse does not stop for it
        ("local_warehouse", "2027-02-03", 3, 7),
    ],
)
def test_eta_by_method(method: str, ordered: str, low: int, high: int) -> None:
    start = dt.datetime.fromisoformat(ordered).replace(tzinfo=MSK)
    result = assess([], now=start + DAY, ordered_at=start, method=method)
    assert result.eta == (start.date() + DAY * low, start.date() + DAY * high)


def test_eta_starts_at_the_first_event_without_an_order_date() -> None:
    result = assess([e(3), e(0, "accepted")], now=T0 + DAY * 4, method="express")
    assert result.eta == (T0.date() + DAY * 5, T0.date() + DAY * 10)


def test_eta_from_the_track_code_without_order_or_events() -> None:
    result = assess([], now=T0 + DAY, track_issued_at=T0, method="local_warehouse")
    assert result.eta == (T0.date() + DAY * 3, T0.date() + DAY * 7)


def test_nothing_to_judge_without_events_or_dates() -> None:
    result = assess([], now=T0)
    assert (result.stage, result.advice, result.act_after) == (Stage.UNKNOWN, (Advice.WAIT,), None)
    assert "no silence to judge" in result.reasons[0]


def test_no_eta_without_method_or_when_finished() -> None:
    assert assess([e(0)], now=T0 + DAY).eta is None
    assert assess([e(0, "delivered")], now=T0 + DAY, method="express").eta is None
    assert assess([e(0, "lost")], now=T0 + DAY, method="express").eta is None
    assert assess([], now=T0, method="express").eta is None


# --- Event.from_raw ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "stage"),
    [
        ("Export from the country of departure", Stage.EXPORT),
        ("Прибыло в место вручения", Stage.AT_DELIVERY_OFFICE),
        ("Held by customs", Stage.CUSTOMS),
        ("qwerty", Stage.UNKNOWN),
    ],
)
def test_from_raw_classifies_carrier_text(raw: str, stage: Stage) -> None:
    event = Event.from_raw(T0, raw, weight_g=120, location="Moscow")
    assert event == Event(T0, stage, location="Moscow", weight_g=120, raw=raw)


def test_from_raw_checks_its_arguments() -> None:
    with pytest.raises(TypeError):
        Event.from_raw(T0, 5)  # type: ignore[arg-type]
    naive = Event.from_raw(dt.datetime(2026, 6, 1), "Export")
    with pytest.raises(InvalidFormat):
        assess([naive], now=T0)


@pytest.mark.parametrize("odd", [-50.0, math.nan, math.inf, -math.inf])
def test_weights_that_are_not_readings_are_ignored(odd: float) -> None:
    history = [e(0, "accepted", weight_g=429), e(1, weight_g=odd), e(2, weight_g=425)]
    assert Flag.WEIGHT_ANOMALY not in assess(history, now=T0 + DAY * 3).flags
    assert assess(list(reversed(history)), now=T0 + DAY * 3) == assess(history, now=T0 + DAY * 3)


def test_from_raw_history_is_assessed() -> None:
    history = [
        Event.from_raw(T0, "Export from the country of departure"),
        Event.from_raw(T0 + DAY * 20, "Прибыло в место вручения"),
    ]
    assert assess(history, now=T0 + DAY * 21).advice == (Advice.PICK_UP,)


# --- the tables --------------------------------------------------------------------------


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_norm_quotes_its_seed_verbatim() -> None:
    """One test, so that without the seeds the summary says once what went unchecked."""
    if not SEEDS.is_dir():
        pytest.skip(
            f"seed quotes NOT checked: the {len(NORMS)} timing norms cite seed texts expected "
            "in ../shared/seeds next to the repository, and that folder is missing"
        )
    texts = {seed: _squash((SEEDS / seed).read_text(encoding="utf-8")) for seed in
             {s for n in NORMS for s, _ in ((n.seed, n.quote), *n.also)}}  # fmt: skip
    misquoted = [
        (n.key, quote)
        for n in NORMS
        for seed, quote in ((n.seed, n.quote), *n.also)
        if _squash(quote) not in texts[seed]
    ]
    assert misquoted == []


def test_norm_rows_are_consistent() -> None:
    keys = [n.key for n in NORMS]
    assert len(keys) == len(set(keys))
    for n in NORMS:
        assert n.value >= 0, n.key
        assert n.unit in {"days", "g"}, n.key
        assert re.fullmatch(r"00[0-3]_[0-9a-f]{16}\.txt", n.seed), n.key
        assert n.low is None or 0 <= n.low <= n.value, n.key
        assert not n.also or n.choice or n.key in {"customs_delay", "export_search", "weight_drop"}
    with pytest.raises(KeyError):
        norm("no_such_rule")


def test_every_norm_is_used_by_the_engine() -> None:
    """No dead rows: each key is named in the engine or the calendar (ETA rows by method)."""
    timing = SRC / "timing"
    code = "".join((timing / name).read_text(encoding="utf-8") for name in (
        "_assess.py", "calendar.py"))  # fmt: skip
    for n in NORMS:
        assert f'"{n.key}"' in code or n.key in {f"eta_{m}" for m in METHODS}, n.key


def test_chinese_new_year_table() -> None:
    years = [row.day.year for row in CHINESE_NEW_YEAR]
    assert years == sorted(set(years))
    assert set(range(2024, 2036)) <= set(years)
    for row in CHINESE_NEW_YEAR:
        # the new moon between 21 January and 20 February
        assert dt.date(row.day.year, 1, 21) <= row.day <= dt.date(row.day.year, 2, 20)
        assert row.source.startswith("http")
    assert chinese_new_year(2015) == dt.date(2015, 2, 19)  # seed 001: holidays 18-24 February
    assert chinese_new_year(1900) is None


@pytest.mark.parametrize("year", range(2020, 2040))
def test_black_friday_follows_the_fourth_thursday(year: int) -> None:
    day = black_friday(year)
    thursday = day - DAY
    assert day.weekday() == 4
    assert thursday.month == 11
    assert 22 <= thursday.day <= 28


def test_peak_windows_for_a_year_without_lunar_data() -> None:
    names = [w.name for w in peak_windows(2100)]
    assert names == ["singles_day", "black_friday", "pre_new_year"]


def test_cny_2015_window_matches_the_seed() -> None:
    (cny,) = [w for w in peak_windows(2015) if w.name == "chinese_new_year"]
    assert cny.start == dt.date(2015, 2, 18)  # "from February 18 to 24"
    assert cny.end == dt.date(2015, 2, 24) + DAY * 7  # "a week after the end"


BEGIN, END = "<!-- norms:begin -->\n", "<!-- norms:end -->\n"


def test_docs_embed_the_generated_tables() -> None:
    """docs/timing.md carries the tables generated from norms.py; to refresh them run
    ``PARCELKIT_REGENERATE_DOCS=1 pytest tests/test_timing.py -k docs``."""
    text = DOC.read_text(encoding="utf-8")
    head, rest = text.split(BEGIN)
    _, tail = rest.split(END)
    fresh = f"{head}{BEGIN}{markdown_table()}\n{markdown_choices()}{END}{tail}"
    if os.environ.get("PARCELKIT_REGENERATE_DOCS") == "1":
        DOC.write_text(fresh, encoding="utf-8")
    assert text == fresh, "docs/timing.md is stale: PARCELKIT_REGENERATE_DOCS=1 pytest -k docs"


# --- properties --------------------------------------------------------------------------

offsets = st.builds(
    dt.timezone, st.timedeltas(min_value=-dt.timedelta(hours=23), max_value=dt.timedelta(hours=23))
)
aware = st.builds(
    lambda d, tz: d.replace(tzinfo=tz),
    st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    offsets,
)
events = st.builds(
    Event,
    time=aware,
    status=st.sampled_from(Stage),
    weight_g=st.none() | st.floats() | st.integers(),
    location=st.none() | st.text(max_size=5),
)


@settings(max_examples=150, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    history=st.lists(events, max_size=8),
    now=aware,
    protection=st.none() | st.floats(min_value=0, max_value=365),
    method=st.none() | st.sampled_from(METHODS),
    issued=st.none() | aware,
)
def test_any_history_gives_an_assessment(
    history: list[Event],
    now: dt.datetime,
    protection: float | None,
    method: str | None,
    issued: dt.datetime | None,
) -> None:
    assume(not history or min(x.time for x in history) <= now)
    assume(issued is None or issued <= now)
    result = assess(
        history, now=now, protection_days=protection, method=method, track_issued_at=issued
    )
    assert result.days_silent >= 0
    assert len(result.reasons) == len(result.flags) + len(result.advice)
    assert len(set(result.advice)) == len(result.advice)
    if history:
        assert result.stage in {x.status for x in history}
    if result.stage in (Stage.DELIVERED, Stage.CANCELLED, Stage.REFUNDED):
        assert result.advice == ()
        assert Flag.STALLED not in result.flags
    # the order of the events never matters
    assert assess(
        list(reversed(history)),
        now=now,
        protection_days=protection,
        method=method,
        track_issued_at=issued,
    ) == result


@settings(max_examples=150)
@given(history=st.lists(events, min_size=1, max_size=6), extra=events, now=aware)
def test_adding_an_event_never_makes_the_silence_longer(
    history: list[Event], extra: Event, now: dt.datetime
) -> None:
    assume(min(x.time for x in history) <= now)
    before = assess(history, now=now).days_silent
    assert assess([*history, extra], now=now).days_silent <= before


def test_the_names_are_exported() -> None:
    for name in ("Event", "assess", "Assessment", "Flag", "Advice"):
        assert name in parcelkit.__all__
    assert [f.value for f in Flag] == [
        "stalled", "no_first_scan", "customs_delay", "weight_anomaly",
        "protection_expiring", "seasonal_delay", "awaiting_pickup", "returning",
    ]  # fmt: skip
    assert [a.value for a in Advice] == [
        "wait", "contact_seller", "open_dispute", "contact_post", "contact_customs",
        "pick_up", "extend_protection",
    ]  # fmt: skip


def test_from_raw_is_lazy() -> None:
    """timing loads the status engine only when from_raw is first called."""
    spec = importlib.util.find_spec("parcelkit.timing._model")
    assert spec is not None
    source = pathlib.Path(spec.origin or "").read_text(encoding="utf-8")
    head, body = source.split("def from_raw", 1)
    assert "normalize_status" not in head
    assert "from parcelkit.status import normalize_status" in body


# --- regressions: notices, customs time, numbers, zones ---------------------------------

NOTICES = ["暂无物流信息", "Нет данных", "Tracking information expired"]
EXPORT_66 = [e(-8, "accepted"), e(0)]  # in export since T0, judged 66 days later


@pytest.mark.parametrize("raw", NOTICES)
def test_a_notice_without_a_stage_never_restarts_the_silence(raw: str) -> None:
    notice = Event.from_raw(T0 + DAY * 45, raw)
    assert notice.status is Stage.UNKNOWN
    plain = assess(EXPORT_66, now=T0 + DAY * 66)
    result = assess([*EXPORT_66, notice], now=T0 + DAY * 66)
    assert (result.stage, result.flags, result.advice) == (
        Stage.EXPORT,
        frozenset({Flag.STALLED}),
        (Advice.CONTACT_POST,),
    )
    assert result.act_after == plain.act_after
    assert result.reasons[0].startswith("Stalled: no change at export for 66 days")
    assert all(f"the later notice “{raw}” of 16 Jul 2026 is not a change" in r
               for r in result.reasons)  # fmt: skip
    # the record itself is still the latest thing heard of the parcel
    assert result.days_silent == 21.0


def test_several_notices_are_named_once() -> None:
    notices = [Event.from_raw(T0 + DAY * d, "Нет данных") for d in (30, 40, 50)]
    result = assess([*EXPORT_66, *notices], now=T0 + DAY * 66)
    assert result.advice == (Advice.CONTACT_POST,)
    assert "(3 later notices, the last “Нет данных” of 21 Jul 2026, are not a change)" in (
        result.reasons[0]
    )


@pytest.mark.parametrize(
    "history",
    [
        [Event.from_raw(T0, "暂无物流信息")],
        [e(0, "info_received"), Event.from_raw(T0 + DAY * 3, "Нет данных")],
        [Event.from_raw(T0, "Нет данных"), Event.from_raw(T0 + DAY * 11, "Нет данных")],
    ],
)
def test_notices_alone_are_no_first_scan(history: list[Event]) -> None:
    result = assess(history, now=T0 + DAY * 12)
    assert Flag.NO_FIRST_SCAN in result.flags
    assert result.advice == (Advice.CONTACT_SELLER,)
    assert result.act_after == T0 + DAY * norm("first_scan_contact_seller").value


CUSTOMS_RUN = [e(0), e(19, "import"), e(20, "customs")]


@pytest.mark.parametrize(
    ("days", "flags", "advice"),
    [
        (4, set(), (Advice.WAIT,)),
        (12, {Flag.CUSTOMS_DELAY}, (Advice.WAIT,)),
        (15, {Flag.CUSTOMS_DELAY, Flag.STALLED}, (Advice.CONTACT_CUSTOMS,)),
    ],
)
def test_customs_delay_is_time_in_customs_not_silence(
    days: float, flags: set[Flag], advice: tuple[Advice, ...]
) -> None:
    # a fresh "held by customs" a day ago does not restart the time in customs
    history = [*CUSTOMS_RUN, Event.from_raw(T0 + DAY * (19 + days), "Held by customs")]
    assert history[-1].status is Stage.CUSTOMS
    result = assess(history, now=T0 + DAY * (20 + days))
    assert (result.flags, result.advice) == (flags, advice)
    assert result.act_after == T0 + DAY * (20 + norm("customs_delay").value)
    assert all(f": in customs for {days} days" in r for r in result.reasons)


def test_customs_time_starts_after_the_last_other_stage() -> None:
    # customs at the origin, then export, import and customs again: the second run counts
    history = [e(0, "customs"), e(3), e(19, "import"), e(20, "customs"), e(24, "customs")]
    result = assess(history, now=T0 + DAY * 26)
    assert result.flags == {Flag.CUSTOMS_DELAY}
    assert result.act_after == T0 + DAY * (20 + norm("customs_delay").value)


def _number_id(value: object) -> str:
    try:
        text = str(value)
    except ValueError:  # past the interpreter's digit limit
        text = "x" * 5000
    return f"{type(value).__name__}-{text if len(text) <= 12 else f'{len(text)}-digits'}"


@pytest.mark.parametrize(
    "days",
    [
        10**400, -(10**400), 10**5000, Fraction(10**400), Decimal("1e400"), Decimal("NaN"),
        Decimal("sNaN"), Decimal("-Infinity"), math.nan, -math.inf, Decimal("-0.5"),
        Decimal(366), Fraction(-1, 3),
    ],
    ids=_number_id,
)  # fmt: skip
def test_every_number_is_judged(days: object) -> None:
    with pytest.raises(InvalidValue, match="protection_days") as exc:
        assess([], now=T0, protection_days=days)  # type: ignore[arg-type]
    assert len(str(exc.value)) < 200
    assert isinstance(exc.value, ValueError)


@pytest.mark.parametrize("days", [Decimal("2.5"), Fraction(5, 2), 2.5])
def test_real_numbers_of_any_kind_are_accepted(days: object) -> None:
    result = assess([e(0)], now=T0 + DAY, protection_days=days)  # type: ignore[arg-type]
    assert result == assess([e(0)], now=T0 + DAY, protection_days=2.5)


@pytest.mark.parametrize("days", [True, False, "2", 2j, None.__class__])
def test_protection_days_that_are_not_numbers(days: object) -> None:
    with pytest.raises(TypeError, match="protection_days"):
        assess([], now=T0, protection_days=days)  # type: ignore[arg-type]


def test_event_weights_of_any_real_kind() -> None:
    assert Event(T0, "export", weight_g=Decimal("429")).weight_g == 429.0  # type: ignore[arg-type]
    assert math.isnan(Event(T0, "export", weight_g=Decimal("sNaN")).weight_g or 0)  # type: ignore[arg-type]
    assert Event(T0, "export", weight_g=Fraction(10**400)).weight_g == math.inf  # type: ignore[arg-type]


# one instant, 2026-06-01 11:00 UTC, written on both sides of the date line
WEST = dt.timezone(dt.timedelta(hours=-11))
EAST = dt.timezone(dt.timedelta(hours=13))
INSTANT = dt.datetime(2026, 6, 1, 11, tzinfo=UTC)


@pytest.mark.parametrize("status", ["export", "customs", "at_delivery_office", "unknown"])
def test_one_instant_with_two_offsets_gives_one_assessment(status: str) -> None:
    history = [
        e(-30, "accepted"),
        e(-20, "import"),
        Event(INSTANT.astimezone(WEST), status),
        Event(INSTANT.astimezone(EAST), status),
    ]
    now = dt.datetime(2026, 6, 9, tzinfo=dt.timezone(dt.timedelta(hours=5)))
    result = assess(history, now=now)
    assert assess(history[::-1], now=now) == result
    assert result.reasons == assess(history[::-1], now=now).reasons
    assert result.act_after is not None
    assert result.act_after.tzinfo is now.tzinfo


@settings(max_examples=100, suppress_health_check=[HealthCheck.filter_too_much])
@given(history=st.lists(events, max_size=6), now=aware, seed=st.randoms(use_true_random=False))
def test_act_after_is_in_the_zone_of_now_and_order_never_shows(
    history: list[Event], now: dt.datetime, seed: random.Random
) -> None:
    assume(not history or min(x.time for x in history) <= now)
    result = assess(history, now=now)
    assert result.act_after is None or result.act_after.tzinfo is now.tzinfo
    shuffled = list(history)
    seed.shuffle(shuffled)
    assert assess(shuffled, now=now) == result
