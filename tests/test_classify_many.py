"""classify_many gives ``classify(code).carrier`` for every element, on both of its paths:
the pure-Python one and the NumPy one (the ``fast`` extra), which must agree exactly."""

from __future__ import annotations

import importlib.util
import pathlib
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from _carrier_samples import samples
from parcelkit.carriers._engine import ROWS, _classify_many

BENCH = pathlib.Path(__file__).resolve().parent.parent / "benchmarks"


def _gen_codes(n: int) -> list[str]:
    spec = importlib.util.spec_from_file_location("gen_codes", BENCH / "gen_codes.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    codes: list[str] = module.generate(n, seed=11)
    return codes


def _noise(rng: random.Random, n: int) -> list[str]:
    """Digit runs of every length, codes near the formats' shapes, and junk."""
    out = []
    alnum = string.digits + string.ascii_uppercase
    for _ in range(n):
        kind = rng.randrange(6)
        length = rng.randint(1, 40)
        if kind == 0:
            out.append("".join(rng.choices(string.digits, k=length)))
        elif kind == 1:  # routing prefix and USPS/FedEx starts
            head = rng.choice(["420", "9", "94", "92", "93", "95", "91", "96", "3", "07", "80"])
            out.append(head + "".join(rng.choices(string.digits, k=length)))
        elif kind == 2:
            out.append("".join(rng.choices(alnum, k=length)))
        elif kind == 3:  # letters, digits, letters: S10 and its neighbours
            out.append(
                "".join(rng.choices(string.ascii_uppercase, k=2))
                + "".join(rng.choices(string.digits, k=rng.choice([8, 9, 10])))
                + "".join(rng.choices(string.ascii_uppercase, k=rng.choice([1, 2, 3])))
            )
        elif kind == 4:  # a row's example with one character changed
            r = rng.choice(ROWS)
            code = rng.choice(r.valid_examples)
            i = rng.randrange(len(code))
            out.append(code[:i] + rng.choice(alnum) + code[i + 1 :])
        else:  # what cleaning has to deal with
            out.append(rng.choice(["rk 190 321 410 cn", "1z-999", " ", "", "ＲＫ１９０", "é12"]))
    return out


@pytest.fixture(scope="module")
def mixed() -> list[object]:
    rng = random.Random(2026)
    codes: list[object] = [*_gen_codes(20_000), *samples(per_example=5, per_length=40)]
    codes += _noise(rng, 20_000)
    codes += [None, 42, b"RK190321410CN", "9" * 300, "RK190321410CN\x00"]
    rng.shuffle(codes)
    return codes


def _reference(codes: list[object]) -> list[str | None]:
    return [parcelkit.classify(c).carrier if isinstance(c, str) else None for c in codes]


def test_both_paths_equal_classify_on_a_large_mixed_set(mixed: list[object]) -> None:
    expected = _reference(mixed)
    assert _classify_many(mixed, columnar=False) == expected
    assert _classify_many(mixed, columnar=True) == expected
    assert _classify_many(mixed, columnar=True, min_block=1, min_group=1) == expected
    assert parcelkit.classify_many(iter(mixed)) == expected
    # the set reaches every carrier (as the answer, or as a valid candidate of a code whose
    # formats tie, which has none), so no row's column-wise test goes unchecked
    tied = {
        x.carrier
        for c in mixed
        if isinstance(c, str) and (cl := parcelkit.classify(c)).carrier is None
        for x in cl.candidates
        if x.valid
    }
    assert {r.carrier for r in ROWS} <= set(expected) | tied


def test_every_row_example_on_both_paths() -> None:
    codes = [e for r in ROWS for e in r.valid_examples + r.invalid_examples]
    expected = _reference(list(codes))
    assert _classify_many(codes, columnar=True, min_block=1, min_group=1) == expected
    assert _classify_many(codes, columnar=False) == expected


@pytest.mark.parametrize("columnar", [False, True])
def test_bad_elements_give_none_and_spare_the_rest(columnar: bool) -> None:
    codes = [None, "RK190321410CN", 3.5, b"RK190321410CN", "x" * 10_000, "rk 190 321 410 cn"]
    force = {"min_block": 1, "min_group": 1}
    got = _classify_many(codes, columnar=columnar, **force)
    assert got == [None, "s10", None, None, None, "s10"]
    assert _classify_many([], columnar=columnar, **force) == []


_CODE_CHARS = string.digits + string.ascii_uppercase + "  -lz\x00é１"


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(alphabet=string.digits, min_size=8, max_size=36),
            st.text(alphabet=_CODE_CHARS, max_size=36),
            st.text(max_size=20),
        ),
        max_size=60,
    )
)
def test_paths_agree_on_random_strings(codes: list[str]) -> None:
    expected = _reference(list(codes))
    assert _classify_many(codes, columnar=True, min_block=1, min_group=1) == expected
    assert _classify_many(codes, columnar=False) == expected


# The column path cleans on bytes (separators dropped, lower case raised) and runs the
# rows without a column test by matching each code and checking the digits of the
# matches column-wise: row examples with that noise, and with one character changed.
_EXAMPLES = sorted({e for r in ROWS for e in r.valid_examples + r.invalid_examples})


def _noised(code: str, at: list[int], seps: list[str], lower: bool, swap: int | None) -> str:
    if swap is not None and code:
        i = swap % len(code)
        code = code[:i] + ("7" if code[i] != "7" else "A") + code[i + 1 :]
    if lower:
        code = code.lower()
    for i, sep in zip(sorted(at, reverse=True), seps, strict=False):
        code = code[:i] + sep + code[i:]
    return code


_noisy_example = st.builds(
    _noised,
    st.sampled_from(_EXAMPLES),
    st.lists(st.integers(0, 40), max_size=3),
    st.lists(st.sampled_from([" ", "-", "\t", "  ", " - "]), min_size=3, max_size=3),
    st.booleans(),
    st.one_of(st.none(), st.integers(0, 40)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_noisy_example, st.sampled_from(_EXAMPLES)), max_size=80))
def test_column_path_on_noisy_row_examples(codes: list[str]) -> None:
    expected = _reference(list(codes))
    assert _classify_many(codes, columnar=True, min_block=1, min_group=1) == expected
    assert _classify_many(codes, columnar=True, min_block=1, min_group=3) == expected


@pytest.mark.parametrize("single", ["RK190321410CN", b"RK190321410CN", ""])
def test_a_bare_string_is_not_a_batch(single: str | bytes) -> None:
    """Issue 13: a str was read as a list of characters; batch.s10_is_valid refused it."""
    from parcelkit import s10

    for many in (s10.is_valid_many, parcelkit.classify_many):
        with pytest.raises(TypeError, match="not a single string"):
            many(single)  # type: ignore[arg-type]
