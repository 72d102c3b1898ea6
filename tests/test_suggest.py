"""parcelkit.suggest: the codes a mistyped tracking code was probably meant to be."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from parcelkit import Suggestion, suggest
from parcelkit._lookalike_data import LOOKALIKES
from parcelkit._suggest import EDITS, MAX_CODE_LENGTH


@pytest.mark.parametrize(
    ("typed", "meant", "edit", "position"),
    [
        # look-alikes, one or several, Latin or Cyrillic (as typed on a Russian layout)
        ("RK19O321410CN", "RK190321410CN", "lookalike", 4),
        ("rk19o321410cn", "RK190321410CN", "lookalike", 4),
        ("RK19\u041e321410CN", "RK190321410CN", "lookalike", 4),
        ("RKl9O32l4lOCN", "RK190321410CN", "lookalike", 2),
        ("RK190321410C0", "RK190321410CO", "lookalike", 12),
        # two neighbours swapped (the swap at the start gives a second valid code)
        ("RK190321401CN", "RK190321410CN", "transpose", 9),
        ("1Z879E930346843440", "1Z879E930346834440", "transpose", 13),
        # a doubled character, a stray character where a digit belongs
        ("RK1903221410CN", "RK190321410CN", "delete", 7),
        ("94001112062064062607877", "9400111206206406260787", "delete", 22),
        ("RK#90321410CN", "RK190321410CN", "substitute", 2),
        # a missing or wrong check digit
        ("RK19032141CN", "RK190321410CN", "check_digit", 10),
        ("RK190321411CN", "RK190321410CN", "check_digit", 10),
        ("1Z879E93034683444", "1Z879E930346834440", "check_digit", 17),
        ("9400111206206406260788", "9400111206206406260787", "check_digit", 21),
        ("62009147017545", "62009147017544", "check_digit", 13),
        # a near-miss of S10 that also has the shape of a checkless DHL eCommerce number
        ("RX2289874983UY", "RX289874983UY", "delete", 3),
    ],
)
def test_the_code_meant_is_suggested(typed: str, meant: str, edit: str, position: int) -> None:
    found = suggest(typed)
    hit = next(s for s in found if s.code == meant)
    assert (hit.edit, hit.position) == (edit, position)
    assert parcelkit.classify(hit.code).best is not None
    assert hit.carrier
    assert hit.format
    assert hit.description


@pytest.mark.parametrize("row", LOOKALIKES, ids=lambda r: f"{r.typed}->{r.meant}")
def test_every_lookalike_row_example(row: object) -> None:
    typed, meant = row.example  # type: ignore[attr-defined]
    assert not parcelkit.s10.is_valid(typed)
    assert parcelkit.s10.is_valid(meant)
    assert [(s.code, s.edit) for s in suggest(typed)][:1] == [(meant, "lookalike")]


def test_lookalike_rows_are_single_characters_with_sources() -> None:
    pairs = [(r.typed, r.meant) for r in LOOKALIKES]
    assert len(pairs) == len(set(pairs))
    for r in LOOKALIKES:
        assert len(r.typed) == len(r.meant) == 1
        assert r.typed != r.meant
        assert r.meant.isascii()
        assert r.meant.isalnum()
        assert r.meant == r.meant.upper()
        assert parcelkit.s10.compact(r.typed) == r.typed  # as it stands after cleaning
        assert r.source.startswith(("https://", "parcelkit issue"))


@pytest.mark.parametrize(
    ("typed", "description"),
    [
        ("RK19O321410CN", "the 5th character is the letter O; the digit 0 was probably meant"),
        ("RK19\u041e321410CN",
         "the 5th character is the Cyrillic letter \u041e; the digit 0 was probably meant"),
        ("RKl9O32l4lOCN", "the 3rd, 5th, 8th, 10th and 11th characters (l, O, l, l, O) look "
         "like 1, 0, 1, 1, 0, which were probably meant"),
        ("RK1903221410CN",
         "the 8th character repeats the one before it (2); without it the check digit fits"),
        ("RK19032141CN", "the check digit is missing; for these characters it is 0"),
        ("RK#90321410CN",
         "the 3rd character is the character #; with 1 there the check digit fits"),
    ],
)  # fmt: skip
def test_descriptions(typed: str, description: str) -> None:
    assert suggest(typed)[0].description == description


def test_ranking_follows_the_edit_order_then_confidence() -> None:
    found = suggest("RK 190 321 401 CN")
    assert [s.edit for s in found] == ["transpose", "transpose", "check_digit"]
    assert [s.score for s in found] == sorted((s.score for s in found), reverse=True)
    for s in found:
        assert 0 < s.score <= 1


@pytest.mark.parametrize(
    "code",
    [
        "RK190321410CN",  # valid
        "RK 190 321 410 cn",  # valid once compacted
        "LP00123456789012",  # valid for a confident format without a check digit
        "hello", "", "   ", "n/a", "TBD", "-", "RK190321410CNRK190321410CN",
        "ABCDEFGHIJKLMNOPQRSTUV", "1234567890123456789012",
        "x" * 300,
    ],
)  # fmt: skip
def test_no_suggestion(code: str) -> None:
    assert suggest(code) == []


def test_many_equally_likely_fixes_give_none() -> None:
    # one wrong serial digit of an S10 code: about eight digits can each be "fixed", so
    # no substitution is offered (the original, RK190321410CN, is one guess among them)
    found = suggest("RK190381410CN")
    assert "substitute" not in {s.edit for s in found}
    assert "RK190321410CN" not in {s.code for s in found}
    # with limit=1 the two equally likely swaps of RK190321401CN are a guess too
    assert [s.edit for s in suggest("RK190321401CN", limit=1)] == ["check_digit"]


def test_limit_bounds_the_answer() -> None:
    assert len(suggest("RK190321401CN", limit=2)) == 2
    assert len(suggest("RK190321401CN")) == 3


def test_suggestion_is_frozen_and_edits_are_stable() -> None:
    s = suggest("RK19O321410CN")[0]
    assert isinstance(s, Suggestion)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        s.code = "x"  # type: ignore[misc]
    assert EDITS == ("lookalike", "transpose", "substitute", "insert", "delete", "check_digit")


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        suggest(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        suggest("RK19O321410CN", limit="5")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        suggest("RK19O321410CN", limit=True)
    with pytest.raises(parcelkit.InvalidComponent, match="at least 1"):
        suggest("RK19O321410CN", limit=0)


def test_long_codes_are_too_far() -> None:
    assert suggest("9" * (MAX_CODE_LENGTH + 1)) == []


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_never_raises_on_any_text(text: str) -> None:
    found = suggest(text)
    assert len(found) <= 5
    for s in found:
        assert parcelkit.classify(s.code).best is not None


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789OIlSBZG RKCN-", min_size=8, max_size=40))
def test_never_raises_on_code_like_text(text: str) -> None:
    found = suggest(text, limit=3)
    assert len(found) <= 3
    assert len({s.code for s in found}) == len(found)
