"""parcelkit.parse_history: a pasted tracking page → events."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from parcelkit import Event, Stage, parse_history
from parcelkit._history import MAX_LINES
from parcelkit.status import months, page_labels

CORPUS = pathlib.Path(__file__).parent / "data" / "histories"
MSK = ZoneInfo("Europe/Moscow")
UTC = dt.timezone.utc
NOW = dt.datetime(2026, 12, 10, tzinfo=UTC)


def _one(text: str, **kw: object) -> Event:
    (event,) = parse_history(text, **{"tz": MSK, "now": NOW, **kw})  # type: ignore[arg-type]
    return event


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2026-12-02T14:05:00+03:00 Delivered", "2026-12-02T14:05:00+03:00"),
        ("2026-12-02 14:05:33 Delivered", "2026-12-02T14:05:33+03:00"),
        ("2026/12/02 14:05 引受", "2026-12-02T14:05:00+03:00"),
        ("02.12.2026 14:05 Вручение адресату", "2026-12-02T14:05:00+03:00"),
        ("2 декабря 2026, 14:05 Вручение адресату", "2026-12-02T14:05:00+03:00"),
        ("2 грудня 2026 р., 14:05 Відправлення отримано", "2026-12-02T14:05:00+03:00"),
        ("Dec 2, 2026 2:05 PM Delivered", "2026-12-02T14:05:00+03:00"),
        ("Tuesday, December 2, 2026 at 2:05 pm Delivered", "2026-12-02T14:05:00+03:00"),
        ("2026年12月2日 14:05 已签收", "2026-12-02T14:05:00+03:00"),
        ("2026年12月2日 下午2:05 已签收", "2026-12-02T14:05:00+03:00"),
        ("12/02/2026 2:05 PM Delivered", "2026-12-02T14:05:00+03:00"),  # English: month first
        ("12/02/2026 14:05 Вручение адресату", "2026-02-12T14:05:00+03:00"),  # day first
        ("2 декабря, 14:05 Вручение адресату", "2026-12-02T14:05:00+03:00"),  # year from now
        ("02.12 14:05 Вручение адресату", "2026-12-02T14:05:00+03:00"),
        ("Dec 2 2:05 PM (GMT+8) Departed from sorting center", "2026-12-02T14:05:00+08:00"),
        ("2026-12-02 14:05 UTC Delivered", "2026-12-02T14:05:00+00:00"),
    ],
)
def test_date_and_time_forms(text: str, iso: str) -> None:
    assert _one(text).time.isoformat() == iso


def test_lang_decides_an_ambiguous_numeric_date() -> None:
    text = "12/02/2026 14:05 Delivered"
    assert _one(text, lang="en").time.month == 12  # English: month first
    assert _one(text, lang="fr").time.month == 2  # elsewhere day first


def test_a_date_on_its_own_line_and_the_status_on_the_next() -> None:
    events = parse_history("02.12.2026\n14:05\nВручение адресату\n101000, Москва", tz=MSK)
    assert [(e.time.isoformat(), e.status, e.location) for e in events] == [
        ("2026-12-02T14:05:00+03:00", Stage.DELIVERED, "101000, Москва")
    ]


def test_a_date_header_applies_to_the_times_below_it() -> None:
    page = (
        "Вт, 2 грудня\n14:05 Отримано\n09:12 Прибуло у відділення\n"
        "Пн, 1 грудня\n22:40 Створено накладну"
    )
    times = [e.time.isoformat() for e in parse_history(page, tz=MSK, now=NOW)]
    assert times == [
        "2026-12-01T22:40:00+03:00",
        "2026-12-02T09:12:00+03:00",
        "2026-12-02T14:05:00+03:00",
    ]


def test_status_before_its_date_usps_style() -> None:
    page = (
        "Delivered, In/At Mailbox\nBROOKLYN, NY 11201\nDecember 2, 2026, 2:05 pm\n\n"
        "Out for Delivery\nBROOKLYN, NY 11201\nDecember 2, 2026, 6:10 am\n"
        "See All Tracking History"
    )
    events = parse_history(page, tz=ZoneInfo("America/New_York"))
    assert [(e.status, e.location) for e in events] == [
        (Stage.OUT_FOR_DELIVERY, "BROOKLYN, NY 11201"),
        (Stage.DELIVERED, "BROOKLYN, NY 11201"),
    ]


def test_years_are_inferred_so_that_the_history_does_not_end_in_the_future() -> None:
    page = "3 января 10:00 Прибыло в место вручения\n28 декабря 09:00 Приём"
    events = parse_history(page, tz=MSK, now=dt.datetime(2027, 1, 5, tzinfo=UTC))
    assert [e.time.date().isoformat() for e in events] == ["2026-12-28", "2027-01-03"]


@pytest.mark.parametrize(
    ("page", "dates"),
    [
        # a day above 12 decides for the whole page
        ("13/11/2026 10:00 Delivered\n12/11/2026 09:00 Accepted", ["2026-11-12", "2026-11-13"]),
        ("11/13/2026 10:00 Delivered\n11/12/2026 09:00 Accepted", ["2026-11-12", "2026-11-13"]),
        # nothing above 12: the order that keeps the history sorted (day first here) ...
        ("03/12/2026 Вручение адресату\n02/12/2026 Приём\n01/12/2026 Экспорт\n"
         "12/11/2026 Импорт", ["2026-11-12", "2026-12-01", "2026-12-02", "2026-12-03"]),
        # ... and when both orders are sorted, the language (English: month first)
        ("12/05/2026 10:12 AM Delivered\n12/04/2026 6:02 AM Out for Delivery",
         ["2026-12-04", "2026-12-05"]),
    ],
)  # fmt: skip
def test_day_and_month_order_is_decided_by_the_whole_page(page: str, dates: list[str]) -> None:
    assert [e.time.date().isoformat() for e in parse_history(page, tz=MSK)] == dates


@pytest.mark.parametrize(
    ("line", "grams"),
    [
        ("Вес: 0.429 кг", 429.0),
        ("429 g", 429.0),
        ("0,43 kg", 430.0),
        ("1.2 lb", 544.311),
        ("Вага: 1,2 кг", 1200.0),
        ("重量：350克", 350.0),
    ],
)
def test_weights(line: str, grams: float) -> None:
    assert _one(f"02.12.2026 14:05 Приём\n{line}").weight_g == grams


def test_noise_is_skipped_and_the_result_sorted() -> None:
    page = (
        "Трек-номер RK190321410CN  Скопировать\nИстория отправления\n"
        "02.12.2026 14:05  Вручение адресату\nРеклама: доставка за 1 день\n"
        "28.11.2026 09:12  Прибыло в место вручения\nПоказать ещё\nCopy\nShow more"
    )
    events = parse_history(page, tz=MSK)
    assert [e.status for e in events] == [Stage.AT_DELIVERY_OFFICE, Stage.DELIVERED]
    assert events[1].raw == "02.12.2026 14:05  Вручение адресату"


@pytest.mark.parametrize("text", ["", "Copy\nShow more", "hello world", "12:05", "RK190321410CN"])
def test_nothing_recognisable_is_an_empty_list(text: str) -> None:
    assert parse_history(text) == []


def test_naive_times_need_a_zone_and_it_is_never_guessed() -> None:
    with pytest.raises(parcelkit.InvalidComponent, match="no UTC offset: pass tz"):
        parse_history("02.12.2026 14:05 Вручение адресату")
    # times with an offset need none
    assert parse_history("2026-12-02T14:05:00+03:00 Delivered")[0].time.utcoffset()


def test_a_date_without_a_year_needs_now() -> None:
    with pytest.raises(parcelkit.InvalidComponent, match="no year: pass now"):
        parse_history("2 декабря, 14:05 Вручение адресату", tz=MSK)


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        parse_history(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_history("x", tz="Europe/Moscow")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        parse_history("x", now="2026-12-02")  # type: ignore[arg-type]
    with pytest.raises(parcelkit.InvalidFormat):
        parse_history("x", now=dt.datetime(2026, 12, 2))


def test_lines_read_are_bounded() -> None:
    page = "\n".join(
        f"2026-12-02 10:{i % 60:02d}:{i // 60 % 60:02d} Delivered" for i in range(MAX_LINES + 50)
    )
    assert len(parse_history(page, tz=MSK)) <= MAX_LINES


def _corpus() -> list[pathlib.Path]:
    return sorted(CORPUS.glob("*.txt"))


def test_the_corpus_has_every_shape() -> None:
    shapes = {json.loads(p.with_suffix(".json").read_text("utf-8"))["shape"] for p in _corpus()}
    assert len(_corpus()) >= 40
    assert {"russian_post_table", "russian_post_cards", "cainiao", "aliexpress", "17track",
            "usps", "nova_poshta", "japan_post", "china_courier"} <= shapes  # fmt: skip


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.stem)
def test_corpus_moments_places_and_weights(path: pathlib.Path) -> None:
    """Every expected event is found at its moment, with its place and weight (stages are
    the status normaliser's and measured in benchmarks/history_accuracy.py)."""
    meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
    events = parse_history(
        path.read_text("utf-8"),
        tz=ZoneInfo(meta["tz"]) if meta["tz"] else None,
        now=dt.datetime.fromisoformat(meta["now"]),
        lang=meta["lang"],
    )
    got = {e.time.isoformat(): e for e in events}
    assert len(events) == len(meta["events"])
    for want in meta["events"]:
        event = got[want["time"]]
        if want["location"]:
            assert want["location"].casefold() in (event.location or "").casefold()
        assert event.weight_g == want["weight_g"]


@pytest.mark.parametrize("row", months.ROWS, ids=lambda r: r.lang)
def test_every_month_row(row: months.MonthRow) -> None:
    assert len(row.months) == 12
    assert row.source.startswith("https://github.com/unicode-org/cldr/")
    assert f"/{row.lang}.xml" in row.source
    for number, forms in enumerate(row.months, start=1):
        for form in forms:
            assert form == form.casefold()
            assert months.month_number(form) == number
    text, (month, day) = row.example
    event = _one(f"{text} Delivered")
    assert (event.time.month, event.time.day) == (month, day)


def test_month_and_weekday_names_do_not_overlap() -> None:
    for name in months.month_names():
        assert not months.is_weekday(name), name


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_any_text(text: str) -> None:
    events = parse_history(text, tz=MSK, now=NOW)
    assert [e.time for e in events] == sorted(e.time for e in events)


_PIECES = st.sampled_from([
    "02.12.2026", "14:05", "2 декабря", "Dec 2", "2026-12-02T14:05:00+03:00", "12/02/2026",
    "2026年12月2日", "下午2:05", "Вручение адресату", "Delivered", "\n", " ", "\t", "Вес: 0,4 кг",
    "31.02.2026", "29 февраля", "(GMT+8)", "99:99", "Copy", ",", "Tuesday",
])  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_never_raises_on_history_like_text(text: str) -> None:
    parse_history(text, tz=MSK, now=NOW)
    message = ""
    try:
        parse_history(text)
    except parcelkit.InvalidComponent as exc:  # the documented one: a zone or a year is needed
        message = str(exc)
    assert not message or "pass tz" in message or "pass now" in message


@pytest.mark.parametrize("row", page_labels.ROWS, ids=lambda r: f"{r.role}:{r.text}")
def test_every_page_label_is_on_its_page(row: page_labels.PageLabel) -> None:
    """Each label row is taken from a pasted page of the corpus, where it stands as a whole
    line or cell (label, place) or starts a line (prefix)."""
    assert row.text == page_labels.fold(row.text)
    lines = (CORPUS / row.source).read_text("utf-8").splitlines()
    cells = [page_labels.fold(c) for line in lines for c in [line, *re.split(r"\t|\s{2,}", line)]]
    if row.role == "prefix":
        assert any(c.startswith(row.text) for c in cells)
    else:
        assert row.text in cells
