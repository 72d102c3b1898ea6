"""The check-digit algorithms the format rows name, each written once in two forms.

Each algorithm has one name and one parameter set (as the rows spell them), and two
factories side by side: the *scalar* form takes the *body* (the characters the check
covers, after any prefix a row prepends) and the *check* character of one cleaned code;
the *column* form takes a NumPy matrix of code bytes (one row per code) and the column of
check bytes, and answers for every code at once (:mod:`._columnar`).  NumPy is imported
only when a column form is built.  A test runs both forms on the same inputs.

Facts follow tracking_number_data's CHECKSUM_ALGORITHMS.md
(https://github.com/jkeen/tracking_number_data); the S10 check digit is
:mod:`parcelkit._s10_rules`'s.

:func:`checker` and :func:`column_checker` give a form with the parameters bound, built
once per row: the engine calls the scalar form on every code, so it does its arithmetic on
bytes at C level.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

import attrs

from parcelkit import _s10_rules

if TYPE_CHECKING:
    import numpy.typing as npt

__all__ = [
    "ALGORITHMS",
    "FORMS",
    "Algorithm",
    "Check",
    "ColumnCheck",
    "char_value",
    "checker",
    "column_checker",
    "describe",
    "luhn",
    "mod7",
    "mod10",
    "mod_37_36",
    "s10",
    "sum_product",
]

#: The scalar form: ``check(body, check_char) -> bool``.
Check = Callable[[str, str], bool]
#: The column form: ``check(body_bytes, check_bytes) -> bool mask``, on an ``(m, k)``
#: ``uint8`` matrix and its ``(m,)`` column of check bytes.
ColumnCheck = Callable[["npt.NDArray[Any]", "npt.NDArray[Any]"], "npt.NDArray[Any]"]

_BASE36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGIT: Final = "0123456789"

# Translation tables: every byte to the byte of its value, so that a weighted digit sum is
# a few C-level ``sum(bytes)`` over slices.  A digit is worth itself, a letter
# ``(ord - 3) % 10`` (UPS, OnTrac); for Luhn a doubled digit is worth 2d, minus 9 above 9.
# Other characters count ``ord - 48``, as they always did (modulo 256 below '0', which a
# row's pattern never lets through).  The column forms index the same tables.
_MINUS_48: Final = bytes((b - 48) % 256 for b in range(256))
_VALUE: Final = bytes(
    (b - 3) % 10 if 65 <= b <= 90 else v for b, v in enumerate(_MINUS_48)
)  # fmt: skip
_DOUBLED: Final = bytes(
    (2 * v - 9 if v > 4 else 2 * v) if 48 <= b <= 57 else v for b, v in enumerate(_MINUS_48)
)


def char_value(ch: str) -> int:
    """A digit's value; a letter counts as ``(ord(letter) - 3) % 10`` (UPS, OnTrac)."""
    return int(ch) if ch.isdigit() else ch.encode().translate(_VALUE)[0]


def _np() -> Any:
    import numpy  # noqa: PLC0415  (optional: the ``fast`` extra)

    return numpy


def _lut(table: bytes) -> Any:
    np = _np()
    return np.frombuffer(table, dtype=np.uint8).astype(np.int64)


# --- mod10 -------------------------------------------------------------------------------


def _mod10(evens: int, odds: int, reverse: bool) -> Check:
    def check_mod10(body: str, check: str) -> bool:
        values = body.encode().translate(_VALUE)
        if reverse:
            values = values[::-1]
        total = evens * sum(values[0::2]) + odds * sum(values[1::2])
        return check == _DIGIT[-total % 10]

    return check_mod10


def _mod10_columns(evens: int, odds: int, reverse: bool) -> ColumnCheck:
    lut = _lut(_VALUE)

    def check_mod10(body: Any, check: Any) -> Any:
        values = lut[body]
        if reverse:
            values = values[:, ::-1]
        total = evens * values[:, 0::2].sum(axis=1) + odds * values[:, 1::2].sum(axis=1)
        return check == 48 + (-total % 10)

    return check_mod10


# --- mod7 --------------------------------------------------------------------------------


def _mod7() -> Check:
    def check_mod7(body: str, check: str) -> bool:
        return check == _DIGIT[int(body) % 7]

    return check_mod7


def _mod7_columns() -> ColumnCheck:
    np = _np()

    def check_mod7(body: Any, check: Any) -> Any:  # digits only: see Algorithm
        rest = np.zeros(len(check), dtype=np.int64)
        for j in range(body.shape[1]):
            rest = (rest * 10 + body[:, j] - 48) % 7
        return check == 48 + rest

    return check_mod7


# --- s10 ---------------------------------------------------------------------------------


def _s10_check() -> Check:
    def check_s10(body: str, check: str) -> bool:
        return check == _s10_rules.check_digit(body)

    return check_s10


def _s10_columns() -> ColumnCheck:
    np = _np()
    weights = np.asarray(_s10_rules.WEIGHTS, dtype=np.int64)
    # the check digit's byte by weighted sum mod 11 (digits only: see Algorithm)
    by_rest = np.array(
        [ord(_s10_rules.check_digit(_s10_rules.serial_with_residue(r))) for r in range(11)],
        dtype=np.int64,
    )

    def check_s10(body: Any, check: Any) -> Any:
        return check == by_rest[(body.astype(np.int64) - 48) @ weights % 11]

    return check_s10


# --- sum_product -------------------------------------------------------------------------


def _sum_product(weights: tuple[int, ...], mod1: int, mod2: int) -> Check:
    covered, mul = len(weights), operator.mul

    def check_sum_product(body: str, check: str) -> bool:
        values = body[:covered].encode().translate(_MINUS_48)
        return check == str(sum(map(mul, weights, values)) % mod1 % mod2)

    return check_sum_product


def _sum_product_columns(weights: tuple[int, ...], mod1: int, mod2: int) -> ColumnCheck:
    np = _np()
    lut, w = _lut(_MINUS_48), np.asarray(weights, dtype=np.int64)

    def check_sum_product(body: Any, check: Any) -> Any:
        k = min(len(w), body.shape[1])
        expected = lut[body[:, :k]] @ w[:k] % mod1 % mod2
        return (expected < 10) & (check == 48 + expected)  # str() of 10+ is two characters

    return check_sum_product


# --- luhn --------------------------------------------------------------------------------


def _luhn() -> Check:
    def check_luhn(body: str, check: str) -> bool:
        rev = body.encode()[::-1]
        total = sum(rev[0::2].translate(_DOUBLED)) + sum(rev[1::2].translate(_MINUS_48))
        return check == _DIGIT[-total % 10]

    return check_luhn


def _luhn_columns() -> ColumnCheck:
    twice, minus = _lut(_DOUBLED), _lut(_MINUS_48)

    def check_luhn(body: Any, check: Any) -> Any:
        rev = body[:, ::-1]
        total = twice[rev[:, 0::2]].sum(axis=1) + minus[rev[:, 1::2]].sum(axis=1)
        return check == 48 + (-total % 10)

    return check_luhn


# --- mod_37_36 ---------------------------------------------------------------------------


def _step_37_36(running: int, value: int) -> int:
    running += value
    if running > 36:
        running -= 36
    running *= 2
    return running - 37 if running > 36 else running


# The next running value for every (running value, character): one lookup per character.
_STEP_37_36: Final = tuple(
    {ch: _step_37_36(running, v) for v, ch in enumerate(_BASE36)} for running in range(37)
)


def _mod_37_36() -> Check:
    steps = _STEP_37_36

    def check_mod_37_36(body: str, check: str) -> bool:
        running = 36
        for ch in body:
            running = steps[running][ch]
        expected = 37 - running
        return check == _BASE36[0 if expected == 36 else expected]

    return check_mod_37_36


def _mod_37_36_columns() -> ColumnCheck:
    np = _np()
    base36 = np.frombuffer(_BASE36.encode(), dtype=np.uint8)
    index36 = np.zeros(256, dtype=np.int64)
    index36[base36] = np.arange(36)
    steps = np.array([[s[ch] for ch in _BASE36] for s in _STEP_37_36], dtype=np.int64)

    def check_mod_37_36(body: Any, check: Any) -> Any:
        running = np.full(len(check), 36, dtype=np.int64)
        for j in range(body.shape[1]):
            running = steps[running, index36[body[:, j]]]
        expected = 37 - running
        return check == base36[np.where(expected == 36, 0, expected)]

    return check_mod_37_36


# --- the table ---------------------------------------------------------------------------


@attrs.frozen
class Algorithm:
    """One algorithm: its two forms, and its parameters' defaults."""

    scalar: Callable[..., Check]
    columns: Callable[..., ColumnCheck]
    defaults: dict[str, Any] = attrs.Factory(dict)
    #: The column form reads digits only: a row whose body may hold letters keeps the
    #: scalar form.
    digits_only: bool = False


#: Algorithm name (as the rows spell it) → its two forms.
FORMS: Final[dict[str, Algorithm]] = {
    "mod10": Algorithm(
        _mod10, _mod10_columns, {"evens": 1, "odds": 1, "reverse": False}
    ),
    "mod7": Algorithm(_mod7, _mod7_columns, digits_only=True),
    "s10": Algorithm(_s10_check, _s10_columns, digits_only=True),
    "sum_product": Algorithm(_sum_product, _sum_product_columns),
    "luhn": Algorithm(_luhn, _luhn_columns),
    "mod_37_36": Algorithm(_mod_37_36, _mod_37_36_columns),
}


def _params(name: str, params: dict[str, Any]) -> dict[str, Any]:
    return {**FORMS[name].defaults, **params}


@functools.cache
def _bound(name: str, params: tuple[tuple[str, Any], ...]) -> Check:
    return FORMS[name].scalar(**_params(name, dict(params)))


def checker(name: str, params: dict[str, Any]) -> Check:
    """The algorithm *name* with *params* bound: ``checker(name, params)(body, check)``."""
    return _bound(name, tuple(sorted(params.items())))


def column_checker(name: str, params: dict[str, Any], *, digits: bool) -> ColumnCheck | None:
    """The column form of *name* with *params* bound, for bodies of digits only (*digits*)
    or of digits and letters; None where the column form cannot read such bodies."""
    form = FORMS[name]
    if form.digits_only and not digits:
        return None
    return form.columns(**_params(name, params))


def mod10(body: str, check: str, *, evens: int = 1, odds: int = 1, reverse: bool = False) -> bool:
    """Weighted sum mod 10: positions 0, 2, 4… (from the right if *reverse*) × *evens*,
    the others × *odds*; the check digit brings the sum to a multiple of ten."""
    return checker("mod10", {"evens": evens, "odds": odds, "reverse": reverse})(body, check)


def mod7(body: str, check: str) -> bool:
    """The body read as one number, modulo 7 (DHL Express)."""
    return _bound("mod7", ())(body, check)


def s10(body: str, check: str) -> bool:
    """The UPU S10 check digit of an eight-digit serial (:mod:`parcelkit._s10_rules`)."""
    return _bound("s10", ())(body, check)


def sum_product(body: str, check: str, *, weights: tuple[int, ...], mod1: int, mod2: int) -> bool:
    """Digits times *weights* (from the left), summed, then ``% mod1 % mod2`` (FedEx)."""
    params = (("mod1", mod1), ("mod2", mod2), ("weights", weights))
    return _bound("sum_product", params)(body, check)


def luhn(body: str, check: str) -> bool:
    """Luhn: from the right, every other digit of the body doubled (minus 9 above 9)."""
    return _bound("luhn", ())(body, check)


def mod_37_36(body: str, check: str) -> bool:
    """ISO/IEC 7064 MOD 37,36 hybrid system over digits and letters (DPD)."""
    return _bound("mod_37_36", ())(body, check)


#: Algorithm name (as the rows spell it) → function.
ALGORITHMS: Final[dict[str, Callable[..., bool]]] = {
    "mod10": mod10,
    "mod7": mod7,
    "s10": s10,
    "sum_product": sum_product,
    "luhn": luhn,
    "mod_37_36": mod_37_36,
}


def describe(name: str, params: dict[str, Any]) -> str:
    """A short human description of an algorithm and its parameters, for docs."""
    if not params:
        return name
    inner = ", ".join(f"{k}={v}" for k, v in params.items())
    return f"{name}({inner})"
