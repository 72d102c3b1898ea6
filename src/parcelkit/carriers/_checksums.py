"""The check-digit algorithms the format rows name, as small pure functions.

Each takes the *body* (the characters the check covers, after any prefix a row prepends)
and the *check* character, both from a cleaned code, plus the row's parameters, and says
whether the check holds.  Facts follow tracking_number_data's CHECKSUM_ALGORITHMS.md
(https://github.com/jkeen/tracking_number_data); S10 is delegated to :mod:`parcelkit.s10`.

:func:`checker` gives the same test with the parameters bound, built once per row: the
engine calls it on every code, so it does its arithmetic on bytes at C level.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from typing import Any, Final

from parcelkit import s10 as _s10

__all__ = [
    "ALGORITHMS",
    "char_value",
    "checker",
    "luhn",
    "mod7",
    "mod10",
    "mod_37_36",
    "s10",
    "sum_product",
]

Check = Callable[[str, str], bool]

_BASE36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGIT: Final = "0123456789"

# Translation tables: every byte to the byte of its value, so that a weighted digit sum is
# a few C-level ``sum(bytes)`` over slices.  A digit is worth itself, a letter
# ``(ord - 3) % 10`` (UPS, OnTrac); for Luhn a doubled digit is worth 2d, minus 9 above 9.
# Other characters count ``ord - 48``, as they always did (modulo 256 below '0', which a
# row's pattern never lets through).
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


def _mod10(evens: int, odds: int, reverse: bool) -> Check:
    def check_mod10(body: str, check: str) -> bool:
        values = body.encode().translate(_VALUE)
        if reverse:
            values = values[::-1]
        total = evens * sum(values[0::2]) + odds * sum(values[1::2])
        return check == _DIGIT[-total % 10]

    return check_mod10


def _mod7() -> Check:
    def check_mod7(body: str, check: str) -> bool:
        return check == _DIGIT[int(body) % 7]

    return check_mod7


def _s10_check() -> Check:
    def check_s10(body: str, check: str) -> bool:
        return check == _s10.calc_check_digit(body)

    return check_s10


def _sum_product(weights: tuple[int, ...], mod1: int, mod2: int) -> Check:
    covered, mul = len(weights), operator.mul

    def check_sum_product(body: str, check: str) -> bool:
        values = body[:covered].encode().translate(_MINUS_48)
        return check == str(sum(map(mul, weights, values)) % mod1 % mod2)

    return check_sum_product


def _luhn() -> Check:
    def check_luhn(body: str, check: str) -> bool:
        rev = body.encode()[::-1]
        total = sum(rev[0::2].translate(_DOUBLED)) + sum(rev[1::2].translate(_MINUS_48))
        return check == _DIGIT[-total % 10]

    return check_luhn


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


_FACTORIES: Final[dict[str, Callable[..., Check]]] = {
    "mod10": _mod10,
    "mod7": _mod7,
    "s10": _s10_check,
    "sum_product": _sum_product,
    "luhn": _luhn,
    "mod_37_36": _mod_37_36,
}
_DEFAULTS: Final[dict[str, dict[str, Any]]] = {
    "mod10": {"evens": 1, "odds": 1, "reverse": False},
}


@functools.cache
def _bound(name: str, params: tuple[tuple[str, Any], ...]) -> Check:
    return _FACTORIES[name](**{**_DEFAULTS.get(name, {}), **dict(params)})


def checker(name: str, params: dict[str, Any]) -> Check:
    """The algorithm *name* with *params* bound: ``checker(name, params)(body, check)``."""
    return _bound(name, tuple(sorted(params.items())))


def mod10(body: str, check: str, *, evens: int = 1, odds: int = 1, reverse: bool = False) -> bool:
    """Weighted sum mod 10: positions 0, 2, 4… (from the right if *reverse*) × *evens*,
    the others × *odds*; the check digit brings the sum to a multiple of ten."""
    return _bound("mod10", (("evens", evens), ("odds", odds), ("reverse", reverse)))(body, check)


def mod7(body: str, check: str) -> bool:
    """The body read as one number, modulo 7 (DHL Express)."""
    return _bound("mod7", ())(body, check)


def s10(body: str, check: str) -> bool:
    """The UPU S10 check digit of an eight-digit serial, computed by :mod:`parcelkit.s10`."""
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
