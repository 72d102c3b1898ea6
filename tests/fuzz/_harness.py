"""What every fuzz harness shares: a reader that turns fuzz bytes into typed values, the
contract checks, and the entry point that hands a harness to atheris.

A harness module defines ``one_input(data: bytes) -> None``, which raises
:class:`ContractBreak` (or any unexpected exception) when the library breaks a documented
promise, and ends with ``if __name__ == "__main__": fuzz(one_input)``.  The reader is our
own, not atheris's ``FuzzedDataProvider``, so the stored seed corpora replay identically
with or without atheris (``tests/test_fuzz_corpus.py`` replays them under pytest).
"""

from __future__ import annotations

import datetime as dt
import decimal
import fractions
import gc
import math
import pathlib
import sys
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import attrs

__all__ = [
    "ContractBreak",
    "Reader",
    "corpus_dir",
    "expect",
    "frozen",
    "fuzz",
    "only_errors",
    "seeds",
]

# Characters the library treats specially, so that short inputs reach deep paths: code
# letters and digits, separators, fullwidth and Cyrillic look-alikes, line breaks, a lone
# surrogate, a NUL, combining marks, RTL marks, a ligature, the longest NFKC expansion.
_ALPHABET = (
    "RKEECNUSLZ0123456789 -\n\t\r\u00a0\u3000\uff32\uff11\u041a\u0421\u0410"
    "\ud800\x00\u0301\u200f\ufb01\ufdfa\u00df\u0130zxq.,:;/#+"
)


class ContractBreak(AssertionError):
    """The library did something its documentation says it never does."""


def expect(condition: object, message: str) -> None:
    if not condition:
        raise ContractBreak(message)


def frozen(value: object) -> None:
    """*value* is a frozen attrs instance (its fields cannot be set)."""
    cls = type(value)
    expect(attrs.has(cls), f"{cls.__name__} is not an attrs class")
    field = attrs.fields(cls)[0].name
    try:
        setattr(value, field, getattr(value, field))
    except attrs.exceptions.FrozenInstanceError:
        return
    raise ContractBreak(f"{cls.__name__}.{field} could be assigned")


@contextmanager
def only_errors(*allowed: type[BaseException]) -> Iterator[None]:
    """Let *allowed* exceptions through silently; any other is a contract break."""
    try:
        yield
    except allowed:
        pass
    except ContractBreak:
        raise
    except Exception as exc:
        raise ContractBreak(f"raised {type(exc).__name__}: {exc!s:.300}") from exc


class Reader:
    """Typed values read from the front of fuzz bytes; past the end everything is zero."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def byte(self) -> int:
        if self.pos >= len(self.data):
            return 0
        self.pos += 1
        return self.data[self.pos - 1]

    def int(self, below: int) -> int:
        """An int in ``range(below)`` from as many bytes as that needs."""
        value = 0
        span = 1
        while span < below:
            value = value << 8 | self.byte()
            span <<= 8
        return value % below if below else 0

    def flag(self) -> bool:
        return bool(self.byte() & 1)

    def choice(self, options: Any) -> Any:
        options = tuple(options)
        return options[self.int(len(options))]

    def chunk(self, limit: int) -> bytes:
        n = min(self.int(limit + 1), len(self.data) - self.pos)
        self.pos += n
        return self.data[self.pos - n : self.pos]

    def text(self, limit: int = 200) -> str:
        """A str of up to about *limit* characters, in one of four spellings: the
        special alphabet, UTF-8 (bad bytes as lone surrogates), UTF-16 (any BMP
        character, lone surrogates included) or Latin-1."""
        mode = self.byte() % 4
        raw = self.chunk(limit * (2 if mode == 2 else 1))
        if mode == 0:
            return "".join(_ALPHABET[b % len(_ALPHABET)] for b in raw)
        if mode == 1:
            return raw.decode("utf-8", "surrogateescape")
        if mode == 2:
            return raw[: len(raw) // 2 * 2].decode("utf-16-le", "surrogatepass")
        return raw.decode("latin-1")

    def rest(self) -> bytes:
        tail = self.data[self.pos :]
        self.pos = len(self.data)
        return tail

    def number(self) -> object:
        """A number of any kind the library may meet, or a wrong type."""
        return self.choice(
            (
                self.int(1000),
                self.int(1 << 32) / 7,
                -self.int(100),
                0,
                math.nan,
                math.inf,
                -math.inf,
                10**400,
                -(10**400),
                decimal.Decimal(self.int(10000)) / 10,
                decimal.Decimal("NaN"),
                decimal.Decimal("sNaN"),
                decimal.Decimal("Infinity"),
                fractions.Fraction(self.int(1000), 1 + self.int(10)),
                True,
                False,
                None,
                "10",
                1e308 * 10,
            )
        )

    def moment(self, base: dt.datetime) -> object:
        """An aware datetime near *base* in some UTC offset, sometimes naive or not a
        datetime at all."""
        kind = self.byte() % 16
        offset = dt.timedelta(minutes=15 * (self.int(105) - 52))
        when = base + dt.timedelta(seconds=self.int(1 << 24) - (1 << 23))
        if kind == 0:
            return when.replace(tzinfo=None)
        if kind == 1:
            return self.choice((None, "2026-01-01", 0, dt.date(2026, 1, 1)))
        if kind == 2:
            return self.choice((dt.datetime.min, dt.datetime.max)).replace(tzinfo=dt.timezone.utc)
        return when.astimezone(dt.timezone(offset))


def _require_atheris() -> Any:
    try:
        import atheris
    except ImportError as exc:  # pragma: no cover  (depends on the platform's wheels)
        print(f"SKIP: atheris cannot be imported here ({exc}); no fuzzing run", flush=True)
        raise SystemExit(0) from None
    return atheris


def corpus_dir(name: str) -> pathlib.Path:
    """The stored seed corpus of harness *name*."""
    return pathlib.Path(__file__).parent / "corpus" / name


def seeds(name: str) -> list[bytes]:
    return [p.read_bytes() for p in sorted(corpus_dir(name).iterdir()) if p.is_file()]


def _instrument(atheris: Any) -> None:
    """Coverage instrumentation for parcelkit's own functions only (loaded by now)."""
    for obj in gc.get_objects():
        if (
            isinstance(obj, types.FunctionType)
            and str(getattr(obj, "__module__", "")).startswith("parcelkit")
        ):
            atheris.instrument_func(obj)


def fuzz(one_input: Callable[[bytes], None], name: str) -> None:
    """Hand *one_input* to atheris with the command line's libFuzzer options, after
    replaying the seeds of *name* once so that every lazily loaded part is instrumented."""
    atheris = _require_atheris()
    for seed in seeds(name):
        one_input(seed)
    _instrument(atheris)
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
