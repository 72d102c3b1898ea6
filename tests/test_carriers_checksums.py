"""The check-digit algorithms on published vectors and against plain transcriptions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parcelkit.carriers._checksums import (
    ALGORITHMS,
    char_value,
    luhn,
    mod7,
    mod10,
    mod_37_36,
    s10,
    sum_product,
)

_B36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def test_published_vectors() -> None:
    assert luhn("7992739871", "3")  # the Luhn algorithm's textbook example
    assert mod10("400638133393", "1", evens=1, odds=3)  # EAN-13 4006381333931
    assert mod10("6200914701754", "4", evens=3, odds=1)  # Russian Post 62009147017544
    assert mod7("331881002", "5")  # DHL Express 3318810025
    assert sum_product(
        "98657878885", "5", weights=(3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1), mod1=11, mod2=10
    )
    assert mod_37_36("008182709980000020033350276", "C")  # DPD, tracking_number_data
    assert mod_37_36("09980000020033", "F")
    assert s10("19032141", "0")
    assert [char_value(c) for c in "09AZ"] == [0, 9, 2, 7]  # UPS: A=2 … Z=7


def _mod10_ref(body: str, check: str, evens: int, odds: int, reverse: bool) -> bool:
    total = 0
    for i, ch in enumerate(reversed(body) if reverse else body):
        value = int(ch) if ch.isdigit() else (ord(ch) - 3) % 10
        total += value * (evens if i % 2 == 0 else odds)
    return check == str((10 - total % 10) % 10)


def _mod_37_36_ref(body: str, check: str) -> bool:
    cd = 36
    for ch in body:
        cd += _B36.index(ch)
        if cd > 36:
            cd -= 36
        cd *= 2
        if cd > 36:
            cd -= 37
    cd = 37 - cd
    return _B36[0 if cd == 36 else cd] == check


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=_B36, min_size=1, max_size=30),
    st.sampled_from("0123456789"),
    st.sampled_from([1, 2, 3]),
    st.sampled_from([1, 2, 3]),
    st.booleans(),
)
def test_mod10_matches_a_plain_loop(
    body: str, check: str, evens: int, odds: int, reverse: bool
) -> None:
    assert mod10(body, check, evens=evens, odds=odds, reverse=reverse) == _mod10_ref(
        body, check, evens, odds, reverse
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_B36, min_size=1, max_size=30), st.sampled_from(_B36))
def test_mod_37_36_matches_a_plain_loop(body: str, check: str) -> None:
    assert mod_37_36(body, check) == _mod_37_36_ref(body, check)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=30))
def test_exactly_one_check_digit_passes(body: str) -> None:
    assert sum(luhn(body, d) for d in "0123456789") == 1
    assert sum(mod10(body, d, evens=3) for d in "0123456789") == 1
    assert sum(mod_37_36(body, d) for d in _B36) == 1


@pytest.mark.parametrize("name", sorted(ALGORITHMS))
def test_every_algorithm_is_named(name: str) -> None:
    assert callable(ALGORITHMS[name])
