"""normalize_event and the carrier event code tables: contract, lints, round trips."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

import parcelkit
from parcelkit import InvalidComponent, Stage, StatusResult, event_carriers, normalize_event
from parcelkit._normalize import clean
from parcelkit.status._lexicon import DETAILS, LEGS
from parcelkit.status.events import lookup, table, tables, upu_event
from parcelkit.status.events._doc import render

PAGE = pathlib.Path(__file__).resolve().parents[1] / "docs" / "events.md"
AGGREGATORS = ("aftership", "17track", "easypost", "shippo", "karrio")
#: Stages no aggregator's published tag names: the marketplace stages (order, refund), and
#: the delivery office and transit-country legs, which the aggregators fold into "in transit".
NOT_FROM_AGGREGATORS = {
    Stage.ORDER, Stage.REFUNDED, Stage.AT_DELIVERY_OFFICE, Stage.INTERNATIONAL_TRANSIT,
}  # fmt: skip
IDS = (
    "russian_post", "usps", "ups", "fedex", "dhl", "canada_post", "upu", "aftership",
    "17track", "easypost", "shippo", "karrio", "cainiao", "correios", "colissimo", "postnl",
    "cdek", "nova_poshta", "royal_mail", "australia_post", "dhl_paket",
)  # fmt: skip
ROWS = [(t.carrier, r) for t in tables() for r in t.rows]


def test_carrier_ids() -> None:
    assert set(event_carriers()) == set(IDS)
    assert parcelkit.event_carriers is event_carriers
    assert "normalize_event" in parcelkit.__all__
    assert "event_carriers" in parcelkit.__all__


# ---------------------------------------------------------------- lints over every row


@pytest.mark.parametrize(("carrier", "row"), ROWS, ids=lambda v: getattr(v, "code", v))
def test_every_example_maps_to_its_rows_stage(carrier: str, row: object) -> None:
    from parcelkit.status.events import EventCode

    assert isinstance(row, EventCode)
    for raw in (row.example, row.example.lower(), f"  {row.example} "):
        result = normalize_event(carrier, raw)
        assert result.stage is row.stage, raw
        assert result.matched == f"{carrier}:{row.code}"
        assert result.detail == row.detail
        assert result.confidence == (0.0 if row.stage is Stage.UNKNOWN else 0.9)


def test_rows_have_sources_vocabulary_and_unique_codes() -> None:
    for t in tables():
        assert t.source.startswith("https://"), t.carrier
        assert t.rows, t.carrier
        keys = [clean(r.code) for r in t.rows]
        assert len(keys) == len(set(keys)), t.carrier
        for r in t.rows:
            assert r.source.startswith("https://"), (t.carrier, r.code)
            assert r.wording.strip(), (t.carrier, r.code)
            assert r.detail is None or r.detail in DETAILS, (t.carrier, r.code)
            assert r.leg is None or r.leg in LEGS, (t.carrier, r.code)


def test_every_stage_is_reachable_from_the_aggregators() -> None:
    reached = {r.stage for c in AGGREGATORS for r in table(c).rows}
    assert set(Stage) - reached == NOT_FROM_AGGREGATORS


@pytest.mark.parametrize("carrier", AGGREGATORS)
def test_aggregator_round_trip(carrier: str) -> None:
    """Every tag maps to exactly one stage, the same however it is typed."""
    for r in table(carrier).rows:
        forms = (r.code, r.code.upper(), r.code.lower())
        stages = {normalize_event(carrier, v).stage for v in forms}
        assert stages == {r.stage}, r.code


def test_aftership_attempt_fail_subtags_keep_their_reason() -> None:
    subtags = [r for r in table("aftership").rows if r.code.startswith("AttemptFail_")]
    assert subtags
    assert all(r.stage is Stage.DELIVERY_FAILED for r in subtags)
    assert lookup("aftership", "AttemptFail_002").detail == "addressee_absent"  # type: ignore[union-attr]


# ---------------------------------------------------------------- published rows


@pytest.mark.parametrize(
    ("carrier", "code", "stage"),
    [
        ("russian_post", "8.2", Stage.AT_DELIVERY_OFFICE),
        ("russian_post", "2.1", Stage.DELIVERED),
        ("russian_post", "2.2", Stage.RETURN_TO_SENDER),
        ("russian_post", "12.6", Stage.DELIVERY_FAILED),
        ("russian_post", "14.1", Stage.CUSTOMS),
        ("russian_post", "10", Stage.EXPORT),
        ("russian_post", "8.9", Stage.READY_FOR_PICKUP),
        ("usps", "01", Stage.DELIVERED),
        ("usps", "OF", Stage.OUT_FOR_DELIVERY),
        ("dhl", "WC", Stage.OUT_FOR_DELIVERY),
        ("dhl", "OK", Stage.DELIVERED),
        ("fedex", "DL", Stage.DELIVERED),
        ("ups", "D", Stage.DELIVERED),
        ("correios", "BDE 01", Stage.DELIVERED),
        ("correios", "bde01", Stage.DELIVERED),
        ("cainiao", "GWMS_ACCEPT", Stage.INFO_RECEIVED),
        ("cainiao", "GTMS_SIGNED", Stage.DELIVERED),
        ("aftership", "InTransit_003", Stage.IN_TRANSIT),
        ("aftership", "Exception_010", Stage.RETURN_TO_SENDER),
        ("17track", "InTransit_CustomsProcessing", Stage.CUSTOMS),
        ("easypost", "out_for_delivery", Stage.OUT_FOR_DELIVERY),
        ("shippo", "PRE_TRANSIT", Stage.INFO_RECEIVED),
        ("karrio", "ready_for_pickup", Stage.READY_FOR_PICKUP),
        ("upu", "EMD", Stage.IMPORT),
        ("nova_poshta", "7", Stage.READY_FOR_PICKUP),
        ("cdek", "DELIVERED", Stage.DELIVERED),
        ("colissimo", "DI1", Stage.DELIVERED),
        ("colissimo", "DI2", Stage.RETURN_TO_SENDER),
        ("postnl", "12", Stage.READY_FOR_PICKUP),
        ("royal_mail", "EVKSP", Stage.DELIVERED),
        ("royal_mail", "EVKRF", Stage.RETURN_TO_SENDER),
        ("australia_post", "Awaiting collection", Stage.READY_FOR_PICKUP),
        ("dhl_paket", "DLVRD", Stage.DELIVERED),
        ("canada_post", "1496", Stage.DELIVERED),
        ("easypost", "arrived_at_pickup_location", Stage.READY_FOR_PICKUP),
        ("shippo", "notice_left", Stage.READY_FOR_PICKUP),
        ("17track", "Exception_Lost", Stage.LOST),
        ("aftership", "AttemptFail_003", Stage.DELIVERY_FAILED),
        ("usps", "09", Stage.RETURN_TO_SENDER),
        ("usps", "52", Stage.READY_FOR_PICKUP),
        ("fedex", "HP", Stage.READY_FOR_PICKUP),
        ("dhl", "RT", Stage.RETURN_TO_SENDER),
        ("correios", "LDI 01", Stage.READY_FOR_PICKUP),
        ("correios", "PAR 16", Stage.IMPORT),
        ("cainiao", "CC_EX_START", Stage.EXPORT),
        ("russian_post", "8.5", Stage.IMPORT),
    ],
)
def test_published_codes(carrier: str, code: str, stage: Stage) -> None:
    assert normalize_event(carrier, code).stage is stage


@pytest.mark.parametrize(
    ("carrier", "code", "matched", "stage"),
    [
        ("russian_post", "8.99", "russian_post:8", Stage.IN_TRANSIT),
        ("russian_post", "12.77", "russian_post:12", Stage.DELIVERY_FAILED),
        ("ups", "D FS", "ups:D", Stage.DELIVERED),
        ("ups", "I  ZZ", "ups:I", Stage.IN_TRANSIT),
        ("ups", "i  dp", "ups:I DP", Stage.IN_TRANSIT),
        ("ups", "MV", "ups:MV", Stage.CANCELLED),
    ],
)
def test_an_unknown_child_code_reads_as_its_parent(
    carrier: str, code: str, matched: str, stage: Stage
) -> None:
    r = normalize_event(carrier, code)
    assert (r.matched, r.stage) == (matched, stage)


def test_codes_without_a_hierarchy_have_no_parent() -> None:
    assert normalize_event("correios", "BDE 99").stage is Stage.UNKNOWN
    assert normalize_event("russian_post", "99.1").stage is Stage.UNKNOWN


def test_upu_event_is_the_bare_code_table_of_normalize_status() -> None:
    row = upu_event(" emd ")
    assert row is not None
    assert row.stage is Stage.IMPORT
    assert upu_event("XYZ") is None
    assert parcelkit.normalize_status("EMD").stage is Stage.IMPORT


# ---------------------------------------------------------------- code and text


def test_code_and_text_agree() -> None:
    r = normalize_event("usps", "01", "Delivered, In/At Mailbox")
    assert (r.stage, r.confidence, r.matched, r.lang) == (Stage.DELIVERED, 0.98, "usps:01", "en")


def test_only_the_text_is_known() -> None:
    text = "Прибыло в место вручения, 101000, Москва"
    assert normalize_event("russian_post", "99.99", text) == parcelkit.normalize_status(text)
    assert normalize_event("russian_post", "", text) == parcelkit.normalize_status(text)


def test_code_decides_when_they_disagree() -> None:
    r = normalize_event("dhl", "OK", "Departed facility, LEIPZIG - GERMANY")
    assert (r.stage, r.confidence, r.matched) == (Stage.DELIVERED, 0.85, "dhl:OK")


def test_text_adds_detail_and_location() -> None:
    text = "Неудачная попытка вручения. Временное отсутствие адресата, 101000, Москва"
    r = normalize_event("russian_post", "12", text)
    assert r.stage is Stage.DELIVERY_FAILED
    assert r.matched == "russian_post:12"
    assert (r.detail, r.location) == ("addressee_absent", "101000, Москва")


def test_a_code_that_is_no_stage_lets_the_text_decide() -> None:
    assert normalize_event("aftership", "Pending", "Delivered").stage is Stage.DELIVERED
    r = normalize_event("aftership", "Expired", "no news")
    assert (r.stage, r.confidence, r.detail) == (Stage.UNKNOWN, 0.0, "expired")


def test_a_text_without_a_stage_leaves_the_code_alone() -> None:
    for text in ("", "   ", "hello world"):
        r = normalize_event("usps", "01", text)
        assert (r.stage, r.confidence, r.matched) == (Stage.DELIVERED, 0.9, "usps:01")


def test_neither_is_known() -> None:
    for r in (normalize_event("usps", "ZZ"), normalize_event("usps", "ZZ", "hello world")):
        assert (r.stage, r.confidence) == (Stage.UNKNOWN, 0.0)


def test_errors() -> None:
    with pytest.raises(InvalidComponent, match="russian_post"):
        normalize_event("nope", "1")
    with pytest.raises(TypeError, match="code must be str"):
        normalize_event("usps", 1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="carrier must be str"):
        normalize_event(None, "1")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text must be str"):
        normalize_event("usps", "01", b"x")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="lang must be str"):
        normalize_event("usps", "01", lang=1)  # type: ignore[arg-type]
    assert normalize_event(" USPS ", "01").stage is Stage.DELIVERED


@given(
    st.sampled_from(IDS),
    st.text(max_size=80),
    st.one_of(st.none(), st.text(max_size=200)),
    st.one_of(st.none(), st.sampled_from(["ru", "en", "zz", ""])),
)
def test_any_str_gives_a_status_result(
    carrier: str, code: str, text: str | None, lang: str | None
) -> None:
    result = normalize_event(carrier, code, text, lang=lang)
    assert isinstance(result, StatusResult)
    assert (result.confidence == 0.0) == (result.stage is Stage.UNKNOWN)


def test_a_very_long_code_is_unknown() -> None:
    assert normalize_event("usps", "0" * 100_000).stage is Stage.UNKNOWN


# ---------------------------------------------------------------- generated page


def test_committed_page_matches_the_tables() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "docs/events.md is stale: run python scripts/gen_events_md.py"
    )


def test_page_counts_every_table() -> None:
    text = render()
    for t in tables():
        coverage = "complete" if t.complete else "partial"
        assert f"| `{t.carrier}` | {t.name} |" in text
        assert f"| {len(t.rows)} | {coverage} |" in text
