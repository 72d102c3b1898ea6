"""The ``.parcel`` Series accessor registered by ``import parcelkit.pandas``."""

from __future__ import annotations

import pandas as pd
import pytest

import parcelkit
import parcelkit.pandas as pkpd
from parcelkit import s10

CODES = [
    "RK190321410CN",
    "rk 190-321-410 cn",
    "ＲＫ１９０３２１４１０ＣＮ",
    "RK190321411CN",
    "1Z5R89390357567127",
    "",
    None,
]


@pytest.mark.parametrize("dtype", [object, "string[python]", "string[pyarrow]", "str"])
def test_accessor_matches_the_per_code_functions(dtype: object) -> None:
    series = pd.Series(CODES, dtype=dtype, index=[10, 11, 12, 13, 14, 15, 16], name="code")
    valid = series.parcel.is_valid()
    carrier = series.parcel.carrier()
    compact = series.parcel.compact()
    for result in (valid, carrier, compact):
        assert result.index.tolist() == series.index.tolist()
        assert result.name == "code"
    assert valid.dtype == bool
    assert valid.tolist() == [s10.is_valid(c) for c in CODES]
    assert carrier.tolist() == [
        parcelkit.classify(c).carrier if isinstance(c, str) else None for c in CODES
    ]
    assert compact.tolist() == [s10.compact(c) if isinstance(c, str) else None for c in CODES]


def test_values_worth_knowing() -> None:
    series = pd.Series(CODES)
    assert series.parcel.is_valid().tolist() == [True, True, True, False, False, False, False]
    assert series.parcel.carrier().tolist()[:5] == ["s10", "s10", "s10", None, "ups"]
    assert series.parcel.compact().tolist()[2] == "RK190321410CN"


def test_module_functions_are_the_accessor() -> None:
    series = pd.Series(CODES)
    assert pkpd.is_valid(series).equals(series.parcel.is_valid())
    assert pkpd.carrier(series).equals(series.parcel.carrier())
    assert pkpd.compact(series).equals(series.parcel.compact())
    assert isinstance(series.parcel, pkpd.ParcelAccessor)


def test_empty_and_non_text_series() -> None:
    assert pd.Series([], dtype=object).parcel.is_valid().tolist() == []
    numbers = pd.Series([1, 2, None])
    assert numbers.parcel.is_valid().tolist() == [False, False, False]
    assert numbers.parcel.carrier().tolist() == [None, None, None]
    assert numbers.parcel.compact().tolist() == [None, None, None]


def test_a_lone_surrogate_in_a_python_string_series_is_invalid_not_an_error() -> None:
    """Issue 13: string[python] went through arrow, which cannot encode a lone surrogate."""
    series = pd.Series(["RK190321410CN", "\ud800", None], dtype="string[python]")
    assert series.parcel.is_valid().tolist() == [True, False, False]
    assert series.parcel.carrier().tolist() == ["s10", None, None]
