"""The check-digit algorithms the format rows name, as small pure functions.

Each takes the *body* (the characters the check covers, after any prefix a row prepends)
and the *check* character, both from a cleaned code, plus the row's parameters, and says
whether the check holds.  Facts follow tracking_number_data's CHECKSUM_ALGORITHMS.md
(https://github.com/jkeen/tracking_number_data); S10 is delegated to :mod:`parcelkit.s10`.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any, Final

from parcelkit import s10 as _s10

__all__ = ["ALGORITHMS", "char_value", "luhn", "mod7", "mod10", "mod_37_36", "s10", "sum_product"]

_BASE36: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# Each character mapped to its digit value, written as a digit, so that a string's
# digit sum is one C-level ``sum(bytes)``.
_VALUE: Final = str.maketrans({chr(o): str((o - 3) % 10) for o in range(65, 91)})
# Luhn: a doubled digit's contribution (2d, minus 9 above 9), written as a digit.
_DOUBLED: Final = str.maketrans({str(d): str(2 * d - 9 if d > 4 else 2 * d) for d in range(10)})


def _digit_sum(digits: str) -> int:
    return sum(digits.encode("ascii")) - 48 * len(digits)


def char_value(ch: str) -> int:
    """A digit's value; a letter counts as ``(ord(letter) - 3) % 10`` (UPS, OnTrac)."""
    return int(ch.translate(_VALUE))


def mod10(body: str, check: str, *, evens: int = 1, odds: int = 1, reverse: bool = False) -> bool:
    """Weighted sum mod 10: positions 0, 2, 4… (from the right if *reverse*) × *evens*,
    the others × *odds*; the check digit brings the sum to a multiple of ten."""
    chars = (body[::-1] if reverse else body).translate(_VALUE)
    total = evens * _digit_sum(chars[0::2]) + odds * _digit_sum(chars[1::2])
    return check == str(-total % 10)


def mod7(body: str, check: str) -> bool:
    """The body read as one number, modulo 7 (DHL Express)."""
    return check == str(int(body) % 7)


def s10(body: str, check: str) -> bool:
    """The UPU S10 check digit of an eight-digit serial, computed by :mod:`parcelkit.s10`."""
    return check == _s10.calc_check_digit(body)


def sum_product(body: str, check: str, *, weights: tuple[int, ...], mod1: int, mod2: int) -> bool:
    """Digits times *weights* (from the left), summed, then ``% mod1 % mod2`` (FedEx)."""
    raw = body.encode("ascii")
    total = sum(map(operator.mul, weights, raw)) - 48 * sum(weights[: len(raw)])
    return check == str(total % mod1 % mod2)


def luhn(body: str, check: str) -> bool:
    """Luhn: from the right, every other digit of the body doubled (minus 9 above 9)."""
    rev = body[::-1]
    total = _digit_sum(rev[0::2].translate(_DOUBLED)) + _digit_sum(rev[1::2])
    return check == str(-total % 10)


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


def mod_37_36(body: str, check: str) -> bool:
    """ISO/IEC 7064 MOD 37,36 hybrid system over digits and letters (DPD)."""
    running = 36
    for ch in body:
        running = _STEP_37_36[running][ch]
    expected = 37 - running
    return check == _BASE36[0 if expected == 36 else expected]


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
