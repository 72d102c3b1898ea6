"""Output for people and programs: carrier facts, tracking URLs, localized warnings, JSON."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import parcelkit
from parcelkit import carrier_info, classify, normalize_status, s10
from parcelkit.carriers import _engine
from parcelkit.exceptions import InvalidComponent, InvalidValue


def test_every_carrier_the_classifier_returns_has_info() -> None:
    carriers = {cr.row.carrier for cr in _engine.plan().rows}
    assert len(carriers) > 10
    for carrier in carriers:
        info = carrier_info(carrier)
        assert info.id == carrier
        assert info.name
        assert info.kind in {"post", "courier", "consolidator", "marketplace"}


def test_carrier_info_of_an_unknown_id_lists_the_known_ones() -> None:
    with pytest.raises(InvalidComponent, match=r"known ids: .*ups"):
        carrier_info("pony_express")
    with pytest.raises(TypeError):
        carrier_info(7)  # type: ignore[arg-type]


def test_tracking_urls() -> None:
    c = classify("1Z 999 AA1 0123 4567 84")
    assert c.tracking_url == carrier_info("ups").tracking_url("1Z999AA10123456784")
    assert c.tracking_url is not None
    assert "1Z999AA10123456784" in c.tracking_url
    assert c.candidates[0].tracking_url("1Z999AA10123456784") == c.tracking_url
    assert carrier_info("s10").tracking_url("RA123456785RU") == (
        "https://www.pochta.ru/tracking?barcode=RA123456785RU"
    )
    assert carrier_info("ups").tracking_url("1Z<script>") is None  # only a clean code
    assert classify("hello").tracking_url is None


def test_s10_operator() -> None:
    code = s10.parse("RK190321410CN")
    assert code.operator == "China Post"
    assert s10.parse("RA123456785RU").tracking_url == (
        "https://www.pochta.ru/tracking?barcode=RA123456785RU"
    )


def test_warnings_in_languages_and_for_audiences() -> None:
    (w,) = classify("RK190321411CN").warnings
    assert w.code == "checksum_error"
    assert "dispute" in w.text("en", "buyer")
    assert "dispute" not in w.text("en", "merchant")
    assert w.text("ru").startswith("Контрольная цифра не подходит")
    with pytest.raises(InvalidValue, match="audience"):
        w.text("en", "courier")
    with pytest.raises(TypeError):
        w.text("en", 3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "value",
    [
        s10.parse("RK190321410CN"),
        classify("RT123456785FI"),
        classify("1Z999AA10123456784").candidates[0],
        classify("RT123456785FI").fakes[0],
        classify("RT123456785FI").warnings[0],
        parcelkit.find("трек RK190321410CN")[0],
        s10.find("трек RK190321410CN")[0],
        parcelkit.suggest("RK 190 321 401 CN")[0],
        normalize_status("Прибыло в место вручения, 101000, Москва"),
        carrier_info("dhl"),
        parcelkit.Event(dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc), "export"),
        parcelkit.assess([], now=dt.datetime(2026, 3, 1, tzinfo=dt.timezone.utc)),
    ],
    ids=lambda v: type(v).__name__,
)
def test_every_result_type_writes_json(value: object) -> None:
    d = value.to_dict()  # type: ignore[attr-defined]
    assert json.loads(json.dumps(d)) == d


def test_a_nested_result_has_its_own_shape() -> None:
    """A classification inside a found code is its to_dict (with tracking_url), and a
    warning inside a classification has no params."""
    (found,) = parcelkit.find("wrong RK190321411CN", strict=False)
    assert found.classification is not None
    assert found.to_dict()["classification"] == found.classification.to_dict()
    assert found.to_dict()["classification"]["warnings"] == [  # type: ignore[index]
        w.to_dict() for w in found.classification.warnings
    ]
    assert "params" not in classify("RK190321411CN").to_dict()["warnings"][0]  # type: ignore[index]


def test_docs_output_is_linked_and_shows_the_three_languages() -> None:
    import pathlib

    root = pathlib.Path(__file__).parents[1]
    doc = (root / "docs" / "output.md").read_text("utf-8")
    for lang in ("ru", "en", "zh"):
        assert f'>>> print(reply("RA 123 456 785 RU", status, "{lang}"))' in doc
    for result in ("classify(", "normalize_status(status)", "assess(history, now=now)"):
        assert f">>> show({result}" in doc
    assert "(output.md)" in (root / "docs" / "index.md").read_text("utf-8")
    assert "(docs/output.md)" in (root / "README.md").read_text("utf-8")
