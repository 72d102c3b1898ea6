"""Batch S10 validation: ``s10.is_valid_many`` and ``batch.s10_is_valid`` answer exactly
what ``s10.is_valid`` answers, for every element and every input kind."""

from __future__ import annotations

import itertools
import random
import string
import subprocess
import sys

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parcelkit import batch, s10
from parcelkit._s10_data import SERVICE_ROWS

# --- inputs ----------------------------------------------------------------------------

VALID = ["RK190321410CN", "EE123456785CN", "RA644000031RU", "RA000000005FI", "QM123456785GB"]

# Every row is (input, what s10.is_valid must say); batch paths must say the same.
TRICKY: list[tuple[object, bool]] = [
    ("RK190321410CN", True),
    ("rk190321410cn", True),
    ("Rk190321410cN", True),
    ("RK 190 321 410 CN", True),
    ("rk-190-321-410-cn", True),
    ("\tRK190321410CN\r\n", True),
    ("RK\x0b190321410\x0cCN", True),
    (" " * 243 + "RK190321410CN", True),  # 256 characters: still read
    (" " * 244 + "RK190321410CN", False),  # 257: longer than MAX_INPUT_LENGTH
    ("RK190321410CN" + " " * 300, False),
    ("ＲＫ１９０３２１４１０ＣＮ", True),  # fullwidth
    ("RK\u3000190321410\u3000CN", True),  # ideographic space
    ("КК190321410СN", False),  # Cyrillic: KK is a reserved range
    ("ЕЕ123456785СN", True),  # Cyrillic Е and С
    ("ΕΕ123456785CN", True),  # Greek Epsilon
    ("RK\u00a0190\u00a0321\u00a0410\u00a0CN", True),  # NBSP
    ("RK\u2013190\u2014321\u2212410CN", True),  # en dash, em dash, minus sign
    ("RK\u200b190321410CN", True),  # zero-width space
    ("RK190321410CN\u200e", True),  # left-to-right mark
    ("\ufeffRK190321410CN", True),  # BOM
    ("RK190321411CN", False),  # check digit
    ("RK190321410XX", False),  # not a country
    ("RK190321410qq", False),
    ("JA123456785CN", False),  # reserved
    ("AA123456785CN", False),  # unassigned
    ("IA123456785CN", False),
    ("RK.190321410CN", False),  # punctuation
    ("RK_190321410CN", False),
    ("RK190321410CN.", False),
    ("RK190321410CN\x00", False),  # NUL
    ("\x00RK190321410CN", False),
    ("RK190321410\x00CN", False),
    ("RK190321410CN\x1c", False),  # str.isspace() but not a separator
    ("RK190321410CN\x7f", False),
    ("RK19032141OCN", False),  # letter O for zero
    ("RK١٩٠٣٢١٤١٠CN", False),  # Arabic-Indic digits
    ("RK190321410ĆN", False),
    ("ıK190321410CN", False),  # dotless i upper-cases to I
    ("Rſ123456785CN", True),  # long s: NFKC gives s
    ("RK190321410CN\ud800", False),  # lone surrogate
    ("RK190321410C", False),
    ("RK190321410CNN", False),
    ("RK190321410CNRK190321410CN", False),
    ("", False),
    (" ", False),
    ("-", False),
    ("x" * 10_000, False),
    (None, False),
    (42, False),
    (1.5, False),
    (float("nan"), False),
    (b"RK190321410CN", False),  # bytes inside a list are not str
    (["RK190321410CN"], False),
]


def _noisy(code: str, rng: random.Random) -> str:  # noqa: PLR0911 (a table of noise kinds)
    """The ways codes arrive from users: case, separators, fullwidth, homoglyphs."""
    kind = rng.randrange(8)
    if kind == 0:
        return code.lower()
    if kind == 1:
        return f"{code[:2]} {code[2:5]} {code[5:8]} {code[8:11]} {code[11:]}"
    if kind == 2:
        return f" {code[:2]}-{code[2:11]}-{code[11:]}\t".lower()
    if kind == 3:
        return "".join(chr(ord(c) + 0xFEE0) for c in code)  # fullwidth
    if kind == 4:
        return code.replace("E", "Е").replace("C", "С")  # Cyrillic
    if kind == 5:
        return code[:4] + "\u00a0" + code[4:]
    if kind == 6:
        i = rng.randrange(len(code) + 1)
        return code[:i] + rng.choice("#./_\x00\x1c\u200bß") + code[i:]
    return code[: rng.randrange(len(code))]


def _mixed(n: int, seed: int = 8) -> list[object]:
    rng = random.Random(seed)
    pairs = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
    countries = ["CN", "RU", "US", "DE", "FI", "GB", "XX", "ZZ", "HK", "AX", "QQ"]
    out: list[object] = []
    for _ in range(n):
        serial = "".join(rng.choices(string.digits, k=8))
        check = s10.calc_check_digit(serial)
        if rng.random() < 0.3:
            check = rng.choice(string.digits)
        code = f"{rng.choice(pairs)}{serial}{check}{rng.choice(countries)}"
        r = rng.random()
        if r < 0.4:
            out.append(code)
        elif r < 0.8:
            out.append(_noisy(code, rng))
        elif r < 0.9:
            out.append("".join(rng.choices(string.printable, k=rng.randrange(30))))
        else:
            out.append(rng.choice([None, 7, b"RK190321410CN", "", " " * 300]))
    return out


MIXED = _mixed(6000)


def _truth(codes: list[object]) -> list[bool]:
    return [s10.is_valid(c) for c in codes]


# --- is_valid_many -------------------------------------------------------------------


@pytest.mark.parametrize(("code", "expected"), TRICKY, ids=repr)
def test_tricky_rows_are_the_specification(code: object, expected: bool) -> None:
    assert s10.is_valid(code) is expected
    assert s10.is_valid_many([code]) == [expected]
    assert batch.s10_is_valid([code]).tolist() == [expected]


def test_is_valid_many_equals_is_valid_on_mixed_input() -> None:
    assert s10.is_valid_many(MIXED) == _truth(MIXED)


def test_is_valid_many_takes_any_iterable() -> None:
    assert s10.is_valid_many(iter(VALID)) == [True] * len(VALID)
    assert s10.is_valid_many(()) == []


def test_every_service_range_agrees() -> None:
    codes = [f"{a}{b}123456785CN" for a in string.ascii_uppercase for b in string.ascii_uppercase]
    truth = _truth(codes)
    assert sum(truth) == sum(
        len([p for p in codes if r.covers(p[:2])]) for r in SERVICE_ROWS if r.status == "allocated"
    )
    assert s10.is_valid_many(codes) == truth
    assert batch.s10_is_valid(codes).tolist() == truth
    lower = [c.lower() for c in codes]
    assert batch.s10_is_valid(lower).tolist() == truth


def test_every_check_digit_agrees() -> None:
    codes = [f"RK{i * 7919 % 10**8:08d}{d}CN" for i in range(300) for d in range(10)]
    truth = _truth(codes)
    assert sum(truth) == 300
    assert s10.is_valid_many(codes) == truth
    assert batch.s10_is_valid(codes).tolist() == truth


# --- batch.s10_is_valid: every input kind --------------------------------------------


def test_list_and_tuple() -> None:
    truth = _truth(MIXED)
    result = batch.s10_is_valid(MIXED)
    assert result.dtype == np.bool_
    assert result.shape == (len(MIXED),)
    assert result.tolist() == truth
    assert batch.s10_is_valid(tuple(MIXED)).tolist() == truth
    assert batch.s10_is_valid(iter(MIXED)).tolist() == truth


def test_numpy_str_and_object_arrays() -> None:
    strings = [c for c in MIXED if isinstance(c, str)]
    unicode_array = np.array(strings)
    assert unicode_array.dtype.kind == "U"
    assert batch.s10_is_valid(unicode_array).tolist() == _truth(unicode_array.tolist())
    objects = np.array(MIXED, dtype=object)
    assert batch.s10_is_valid(objects).tolist() == _truth(MIXED)


def test_numpy_bytes_array_is_read_as_utf8() -> None:
    strings = [c for c in MIXED if isinstance(c, str)]
    encoded = np.array([c.encode("utf-8", "surrogatepass") for c in strings])
    assert encoded.dtype.kind == "S"

    def decoded_is_valid(raw: bytes) -> bool:
        try:
            return s10.is_valid(raw.decode("utf-8"))
        except UnicodeDecodeError:
            return False

    expected = [decoded_is_valid(raw) for raw in encoded.tolist()]
    assert batch.s10_is_valid(encoded).tolist() == expected
    assert batch.s10_is_valid(np.array([b"RK190321410CN", b"RK19032141\xff0CN"])).tolist() == [
        True,
        False,
    ]


def test_numpy_array_keeps_its_shape_and_non_text_is_false() -> None:
    grid = np.array([["RK190321410CN", "x"], ["rk 190 321 410 cn", "RK190321411CN"]])
    assert batch.s10_is_valid(grid).tolist() == [[True, False], [True, False]]
    assert batch.s10_is_valid(np.arange(4)).tolist() == [False] * 4
    assert batch.s10_is_valid(np.array([], dtype=str)).tolist() == []


def test_pandas_series_of_every_storage() -> None:
    truth = _truth(MIXED)
    assert batch.s10_is_valid(pd.Series(MIXED, dtype=object)).tolist() == truth
    strings = [c if isinstance(c, str) and "\ud800" not in c else None for c in MIXED]
    expected = _truth(strings)
    for dtype in ("string[python]", "string[pyarrow]", "str"):
        series = pd.Series(strings, dtype=dtype)
        assert batch.s10_is_valid(series).tolist() == expected, dtype


def test_pyarrow_arrays_of_every_string_type() -> None:
    strings = [c if isinstance(c, str) and "\ud800" not in c else None for c in MIXED]
    expected = _truth(strings)
    for t in (pa.string(), pa.large_string()):
        arr = pa.array(strings, type=t)
        assert arr.null_count > 0
        assert batch.s10_is_valid(arr).tolist() == expected, t
        assert batch.s10_is_valid(arr[17:]).tolist() == expected[17:], t  # sliced: offset
    encoded = [None if c is None else c.encode() for c in strings]
    assert batch.s10_is_valid(pa.array(encoded, type=pa.binary())).tolist() == expected
    chunked = pa.chunked_array([strings[:1000], strings[1000:], []], type=pa.string())
    assert batch.s10_is_valid(chunked).tolist() == expected
    assert batch.s10_is_valid(pa.array([1, None, 3])).tolist() == [False] * 3
    assert batch.s10_is_valid(pa.array([], type=pa.string())).tolist() == []


def test_blocks_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny blocks: a bad element, a NUL or a non-ASCII row in any block stays local."""
    monkeypatch.setattr(batch, "_BLOCK", 7)
    truth = _truth(MIXED[:700])
    assert batch.s10_is_valid(MIXED[:700]).tolist() == truth
    strings = [c if isinstance(c, str) and "\ud800" not in c else None for c in MIXED[:700]]
    assert batch.s10_is_valid(pa.array(strings)).tolist() == _truth(strings)
    fixed = np.array([c for c in strings if c is not None])
    assert batch.s10_is_valid(fixed).tolist() == _truth(fixed.tolist())
    encoded = np.array([c.encode() for c in fixed.tolist()])
    assert batch.s10_is_valid(encoded).tolist() == _truth([c.decode() for c in encoded.tolist()])


def test_numpy_arrays_answer_for_the_elements_numpy_gives_back() -> None:
    """NumPy drops trailing NULs of fixed-width strings; a NUL inside is kept."""
    arr = np.array(["RK190321410CN\x00", "RK19032\x001410CN", "RK190321410CN" + "x" * 300])
    assert arr.tolist()[0] == "RK190321410CN"
    assert batch.s10_is_valid(arr).tolist() == [True, False, False]
    assert batch.s10_is_valid(arr.astype("S")).tolist() == [True, False, False]


def test_a_single_string_is_not_a_batch() -> None:
    with pytest.raises(TypeError, match="single string"):
        batch.s10_is_valid("RK190321410CN")
    with pytest.raises(TypeError, match="single string"):
        batch.s10_is_valid(b"RK190321410CN")


# --- properties ----------------------------------------------------------------------

_code_like = st.builds(
    lambda code, noise, seed: _noisy(code, random.Random(seed)) if noise else code,
    st.sampled_from(VALID),
    st.booleans(),
    st.integers(0, 2**16),
)
_element = st.one_of(
    _code_like,
    st.text(max_size=20),
    st.text(alphabet="RKEC0123456789 -rkn\u00a0\x00", max_size=16),
    st.none(),
    st.integers(),
    st.binary(max_size=14),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_element, max_size=40))
def test_batch_paths_equal_is_valid(codes: list[object]) -> None:
    truth = _truth(codes)
    assert s10.is_valid_many(codes) == truth
    assert batch.s10_is_valid(codes).tolist() == truth
    assert batch.s10_is_valid(np.array(codes, dtype=object)).tolist() == truth


# The column path reads 13-byte rows in place (a strided view when every row is one),
# cleans rows of up to 32 bytes column-wise and sends longer noisy rows to the exact
# path; these draw inputs at those edges: every row 13 characters, separators that make
# a row 14-40 characters long, and rows at the very end of a block's buffer.
_separators = st.text(alphabet=" -\t\r\n\x0b\x0c", max_size=30)
_spread = st.builds(
    lambda code, cuts, seps, lower: "".join(
        (code.lower() if lower else code)[a:b] + sep
        for (a, b), sep in zip(itertools.pairwise([0, *sorted(cuts), 13]), seps, strict=False)
    ),
    st.sampled_from([*VALID, "RK190321411CN", "JA123456785CN", "RK190321410XX"]),
    st.lists(st.integers(0, 13), max_size=4),
    st.lists(_separators, min_size=5, max_size=5),
    st.booleans(),
)
_thirteen = st.one_of(
    st.sampled_from(VALID),
    st.text(alphabet="RKEQMcnrk0123456789 -", min_size=13, max_size=13),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_thirteen, min_size=1, max_size=40))
def test_rows_all_thirteen_characters(codes: list[str]) -> None:
    assert batch.s10_is_valid(codes).tolist() == _truth(list(codes))
    assert batch.s10_is_valid(np.array(codes)).tolist() == _truth(list(codes))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_spread, _thirteen, st.text(max_size=3)), min_size=1, max_size=30))
def test_rows_cleaned_column_wise_or_on_the_exact_path(codes: list[str]) -> None:
    truth = _truth(list(codes))
    assert batch.s10_is_valid(codes).tolist() == truth
    assert batch.s10_is_valid(pa.array(codes)).tolist() == truth
    assert batch.s10_is_valid(np.array(codes)).tolist() == truth
    assert batch.s10_is_valid(np.array([c.encode() for c in codes])).tolist() == truth


# --- import cost ---------------------------------------------------------------------


def test_core_does_not_import_numpy() -> None:
    script = (
        "import sys, parcelkit\n"
        "assert parcelkit.s10.is_valid_many(['RK190321410CN', None]) == [True, False]\n"
        "assert 'numpy' not in sys.modules, 'numpy imported'\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True)


@pytest.mark.skipif(not hasattr(np, "dtypes") or not hasattr(np.dtypes, "StringDType"),
                    reason="NumPy < 2 has no StringDType")
def test_numpy_string_dtype_is_read() -> None:
    """Issue 13: an array of NumPy 2's variable-width strings gave all False."""
    codes = ["RK190321410CN", "rk 190 321 410 cn", "RK190321411CN", "ＲＫ１９０３２１４１０ＣＮ"]
    arr = np.array(codes, dtype=np.dtypes.StringDType())
    assert batch.s10_is_valid(arr).tolist() == [True, True, False, True]
    assert batch.s10_is_valid(arr.reshape(2, 2)).shape == (2, 2)


@pytest.mark.parametrize(
    "arr",
    [np.zeros(3, dtype=[("a", "i4")]), np.zeros(2, dtype="V8")],
    ids=["structured", "void"],
)
def test_an_unsupported_dtype_raises_type_error(arr: np.ndarray) -> None:
    with pytest.raises(TypeError, match="dtype"):
        batch.s10_is_valid(arr)
