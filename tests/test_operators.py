"""The S10 operator table: one sourced row per issuing country, URLs that take a code."""

from __future__ import annotations

import itertools
import string
from urllib.parse import urlsplit

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

from parcelkit import s10
from parcelkit._s10_operators import NO_OPERATOR, OPERATORS, Operator, operator

_FORMATTER = string.Formatter()
_UPU_MEMBER_PAGE = "http://www.upu.int/en/the-upu/member-countries/"
#: The one page cited for territories whose mail is domestic US mail.
_USPS_TERRITORIES = "https://pe.usps.com/text/dmm300/608.htm"


def _accepted_countries() -> set[str]:
    """Every two-letter ending ``parcelkit.s10`` accepts, found through its public API."""
    serial = "12345678"
    body = f"RB{serial}{s10.calc_check_digit(serial)}"
    letters = string.ascii_uppercase
    return {a + b for a, b in itertools.product(letters, letters) if s10.is_valid(body + a + b)}


def _fields(template: str) -> list[str | None]:
    return [field for _, field, _, _ in _FORMATTER.parse(template) if field is not None]


def _host(url: str) -> str:
    return urlsplit(url).netloc.removeprefix("www.")


def test_every_country_s10_accepts_has_an_operator_or_a_reason() -> None:
    rows = {row.country for row in OPERATORS}
    assert not rows & set(NO_OPERATOR)
    assert rows | set(NO_OPERATOR) == _accepted_countries()


def test_one_row_per_country() -> None:
    countries = [row.country for row in OPERATORS]
    assert len(countries) == len(set(countries))
    assert countries == sorted(countries)


@pytest.mark.parametrize("row", OPERATORS, ids=lambda row: row.country)
def test_row_is_well_formed(row: Operator) -> None:
    assert pycountry.countries.get(alpha_2=row.country) is not None
    assert row.name.strip() == row.name
    assert row.name
    if row.website is not None:
        assert urlsplit(row.website).scheme in {"http", "https"}
        assert urlsplit(row.website).netloc


@pytest.mark.parametrize("row", OPERATORS, ids=lambda row: row.country)
def test_source_is_the_upu_member_page_or_the_operators_own_site(row: Operator) -> None:
    if row.source.startswith(_UPU_MEMBER_PAGE):
        assert row.source.endswith(".html")
        assert len(row.source) > len(_UPU_MEMBER_PAGE) + len(".html")
    elif row.source == _USPS_TERRITORIES:
        assert row.name == "United States Postal Service"
    else:
        assert row.website is not None
        assert urlsplit(row.source).scheme == "https"
        assert _host(row.source) == _host(row.website)


@pytest.mark.parametrize(
    "row", [row for row in OPERATORS if row.tracking_url], ids=lambda row: row.country
)
def test_tracking_url_is_an_https_template_with_one_code(row: Operator) -> None:
    assert row.tracking_url is not None
    assert row.tracking_url.startswith("https://")
    assert _fields(row.tracking_url) == ["code"]
    filled = row.tracking_url.format(code="RK190321410CN")
    assert filled.count("RK190321410CN") == 1


def test_reasons_are_sentences() -> None:
    for country, reason in NO_OPERATOR.items():
        assert pycountry.countries.get(alpha_2=country) is not None
        assert len(reason.split()) >= 5


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RK190321410CN", "China Post"),
        ("RA644000031RU", "Russian Post"),
        ("RB123456785GB", "Royal Mail"),
        ("EE123456785US", "United States Postal Service"),
        ("RB123456785JE", "Jersey Post"),
        ("RB123456785GG", "Guernsey Post"),
        ("RB123456785IM", "Isle of Man Post Office"),
        ("RB123456785HK", "Hongkong Post"),
        ("RB123456785TW", "Chunghwa Post"),
        ("RB123456785PR", "United States Postal Service"),
        ("RB123456785RE", "La Poste"),
    ],
)
def test_operator_of_a_parsed_code(code: str, name: str) -> None:
    found = operator(s10.parse(code).country)
    assert found is not None
    assert found.name == name


@pytest.mark.parametrize(
    ("country", "expected"),
    [("cn", "China Post"), (" JE ", "Jersey Post"), ("AQ", None), ("XX", None), ("", None)],
)
def test_lookup_ignores_case_and_spaces(country: str, expected: str | None) -> None:
    found = operator(country)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize("bad", [None, 86, b"CN"])
def test_lookup_of_a_non_str_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        operator(bad)  # type: ignore[arg-type]


@given(st.text(max_size=20))
def test_lookup_never_raises_on_str(text: str) -> None:
    found = operator(text)
    assert found is None or found.country == text.strip().upper()
