"""The carrier facts table: one sourced row per carrier id, URLs that take a code."""

from __future__ import annotations

import re
import string
from urllib.parse import urlsplit

import pycountry
import pytest

from parcelkit._s10_operators import operator
from parcelkit.carriers._engine import ROWS as FORMAT_ROWS
from parcelkit.carriers._info_data import KINDS, ROWS, InfoRow, by_id
from parcelkit.carriers._row import TND

_FORMATTER = string.Formatter()
_KARRIO = "https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/"
#: A code of a shape no carrier uses, so that a filled URL shows where the code went.
_PROBE = "ZZ0123456789ZZ"


#: Carriers that are their country's designated S10 operator: both tables must agree.
_DESIGNATED = {
    "australia_post": "AU", "austrian_post": "AT", "bpost": "BE", "canada_post": "CA",
    "chunghwa_post": "TW", "colissimo": "FR", "correios": "BR", "correos": "ES",
    "dhl_paket": "DE", "japan_post": "JP", "korea_post": "KR", "poczta_polska": "PL",
    "post_luxembourg": "LU", "postnl": "NL", "poste_italiane": "IT", "ptt": "TR",
    "royal_mail": "GB", "russian_post": "RU", "swiss_post": "CH", "ukrposhta": "UA",
    "usps": "US",
}  # fmt: skip
#: Designated operators whose own codes are followed on another page than their S10 items.
_OTHER_PAGE = {"korea_post": "domestic numbers: domestic trace; S10 items: international trace"}


def _fields(template: str) -> list[str | None]:
    return [field for _, field, _, _ in _FORMATTER.parse(template) if field is not None]


def test_ids_are_unique_and_stable_identifiers() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", i) for i in ids)
    assert by_id() == {row.id: row for row in ROWS}


def test_every_carrier_the_classifier_returns_has_a_row() -> None:
    assert {r.carrier for r in FORMAT_ROWS} <= set(by_id())


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_row_is_well_formed(row: InfoRow) -> None:
    assert row.name
    assert row.name == row.name.strip()
    assert row.kind in KINDS
    if row.country is not None:
        assert pycountry.countries.get(alpha_2=row.country) is not None
        assert row.country == row.country.upper()
    if row.website is not None:
        assert row.website.startswith("https://")
        assert urlsplit(row.website).netloc


@pytest.mark.parametrize("row", ROWS, ids=lambda row: row.id)
def test_source_is_specific(row: InfoRow) -> None:
    prefix, _, _ = TND.partition("{}")
    if row.source.startswith((prefix, _KARRIO)):
        return
    url, _, note = row.source.partition(" ")
    assert url.startswith("https://")
    tracking_site = row.tracking_url is not None and (
        urlsplit(url).netloc == urlsplit(row.tracking_url).netloc
    )
    assert urlsplit(url).path.strip("/") or tracking_site or note, "a bare site needs a reason"


@pytest.mark.parametrize(
    "row", [row for row in ROWS if row.tracking_url], ids=lambda row: row.id
)
def test_tracking_url_is_an_https_template_with_one_code(row: InfoRow) -> None:
    assert row.tracking_url is not None
    assert row.tracking_url.startswith("https://")
    assert _fields(row.tracking_url) == ["code"]
    assert row.tracking_url.format(code=_PROBE).count(_PROBE) == 1


def test_s10_row_has_no_url_of_its_own() -> None:
    row = by_id()["s10"]
    assert (row.name, row.kind, row.country, row.tracking_url) == (
        "UPU S10 postal item", "post", None, None
    )


@pytest.mark.parametrize(
    ("carrier", "code", "url"),
    [
        ("usps", "9400100000000000000000",
         "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000"),
        ("russian_post", "62009147017544",
         "https://www.pochta.ru/tracking?barcode=62009147017544"),
        ("cainiao", "LP00123456789012",
         "https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012"),
        ("yodel", "JD0002212345678901", "https://www.yodel.co.uk/tracking/JD0002212345678901"),
    ],
)  # fmt: skip
def test_url_for_a_real_code(carrier: str, code: str, url: str) -> None:
    template = by_id()[carrier].tracking_url
    assert template is not None
    assert template.format(code=code) == url


@pytest.mark.parametrize(("carrier", "country"), sorted(_DESIGNATED.items()))
def test_a_designated_operator_agrees_with_the_s10_operator_table(
    carrier: str, country: str
) -> None:
    row, post = by_id()[carrier], operator(country)
    assert post is not None
    assert (row.country, row.kind) == (country, "post")
    if carrier in _OTHER_PAGE:
        assert row.tracking_url != post.tracking_url
    else:
        assert row.tracking_url == post.tracking_url
