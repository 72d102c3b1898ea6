"""Assessment.explain and the JSON forms of events and assessments."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parcelkit import Event, Stage, assess, i18n

UTC = dt.timezone.utc


def _history() -> list[Event]:
    return [
        Event(dt.datetime(2026, 3, 1, tzinfo=UTC), "accepted"),
        Event(dt.datetime(2026, 3, 5, tzinfo=UTC), "export"),
        Event(dt.datetime(2026, 4, 20, tzinfo=UTC), "unknown", raw="Нет данных"),
    ]


def test_english_explanation_is_the_reasons() -> None:
    a = assess(_history(), now=dt.datetime(2026, 5, 10, tzinfo=UTC), protection_days=3)
    assert a.explain("en") == a.reasons == a.explain("en-GB")


@pytest.mark.parametrize("lang", [lang for lang in i18n.LANGUAGES if lang != "en"])
def test_every_language_explains_every_reason(lang: str) -> None:
    a = assess(_history(), now=dt.datetime(2026, 5, 10, tzinfo=UTC), protection_days=3)
    local = a.explain(lang)
    assert len(local) == len(a.reasons)
    assert all(text and text != english for text, english in zip(local, a.reasons, strict=True))
    # the notice's own wording and the seed's sentence are quoted as they are
    assert "Нет данных" in local[0]
    assert "30-50 days after export" in local[0]


def test_russian_explanation_reads_russian() -> None:
    a = assess(_history(), now=dt.datetime(2026, 5, 10, tzinfo=UTC))
    assert a.explain("ru")[0].startswith(
        "Слишком долго без движения: нет изменений на этапе «Покидает страну отправления» уже 66"
    )


def test_assessment_to_dict_is_json() -> None:
    a = assess(_history(), now=dt.datetime(2026, 5, 10, tzinfo=UTC), method="standard")
    d = json.loads(json.dumps(a.to_dict()))
    assert d["stage"] == "export"
    assert d["flags"] == ["stalled"]
    assert d["reasons"] == list(a.reasons)
    assert d["act_after"] == a.act_after.isoformat()  # type: ignore[union-attr]


_EVENTS = st.builds(
    Event,
    st.datetimes(timezones=st.just(UTC)),
    st.sampled_from(list(Stage)),
    location=st.none() | st.text(max_size=20),
    weight_g=st.none() | st.floats(min_value=0, max_value=1e6),
    raw=st.none() | st.text(max_size=40),
)


@given(_EVENTS)
def test_event_round_trip(event: Event) -> None:
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ([], TypeError),
        ({"status": "export"}, TypeError),
        ({"time": "yesterday", "status": "export"}, ValueError),
        ({"time": "2026-03-01T10:00:00+00:00", "status": "teleported"}, ValueError),
        ({"time": "2026-03-01T10:00:00+00:00", "status": 7}, TypeError),
    ],
)
def test_event_from_bad_dict(data: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        Event.from_dict(data)  # type: ignore[arg-type]
