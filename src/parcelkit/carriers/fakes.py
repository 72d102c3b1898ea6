"""Tracking services known to show invented statuses, from seed 001.

Some sellers hand out codes that only a "tracking service" of their choosing follows;
its statuses are computed, not scanned.  Such a parcel usually arrives, but under another
code, or not at all.  :func:`match` names the services whose code shapes fit a code.

>>> [s.name for s in match('RT123456785FI')]
['Finland (Hong Kong) Express / Hongkong Express Post']
>>> match('RA123456785FI')   # RA…FI is a real Posti (Finland) code
()
>>> [s.name for s in match('KP123456784CN')]   # KP…CN with a wrong S10 check digit
['EMPS']

A shape that real carriers use too (12 bare digits, RH…HK, RS…CN) matches only when no
format with a check digit accepts the code, so real numbers are not called fake.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Final

import attrs

from parcelkit import _s10_rules
from parcelkit.carriers import _pattern

__all__ = ["EXPECT", "FAKE_SERVICES", "FakeService", "match"]

SOURCE: Final = "seed 001_476d9909002067ca.txt"

#: What the seed says to expect from any of these services.
EXPECT: Final = (
    "The statuses are made up. Such parcels usually arrive, but under a different code, "
    "and some never arrive: if it has not come a week before buyer protection ends, open "
    "a dispute (order not delivered) and ask for a full refund."
)


@attrs.frozen
class FakeService:
    """One row of the fake-service table."""

    name: str
    #: The code shapes the seed gives, as written there (``#`` = a digit).
    pattern: str
    #: What to expect and do.
    expect: str
    source: str


@attrs.frozen
class _Shape:
    regex: re.Pattern[str]
    #: Real carriers use this shape too: match only if no checksummed format accepts it.
    shared: bool = False
    #: Match only when the S10 check digit (letters, 8 digits, check, letters) is wrong.
    s10_checksum_error: bool = False
    example: str = ""

    @property
    def lengths(self) -> tuple[int, ...]:
        """The lengths the regex can match (read from it)."""
        return _pattern.lengths(self.regex.pattern)


def _shape(
    pattern: str, example: str, *, shared: bool = False, s10_checksum_error: bool = False
) -> _Shape:
    return _Shape(re.compile(pattern), shared, s10_checksum_error, example)


def _fake(
    name: str, pattern: str, *shapes: _Shape, expect: str = EXPECT
) -> tuple[FakeService, tuple[_Shape, ...]]:
    return FakeService(name, pattern, expect, SOURCE), shapes


_TABLE: Final = (
    _fake("17 Post Service", "############", _shape(r"[0-9]{12}", "123456789012", shared=True)),
    _fake("188 track", "HS#########HE", _shape(r"HS[0-9]{9}HE", "HS123456789HE")),
    _fake("EMPS", "KP…CN with a wrong check digit",
          _shape(r"KP[0-9]{9}CN", "KP123456784CN", s10_checksum_error=True)),
    _fake("Feidu", "4000#####", _shape(r"4000[0-9]{5}", "400012345")),
    _fake("Post-e-tracking", "RA…CN with a wrong check digit",
          _shape(r"RA[0-9]{9}CN", "RA123456784CN", s10_checksum_error=True)),
    _fake("Finland (Hong Kong) Express / Hongkong Express Post", "RT#########FI",
          _shape(r"RT[0-9]{9}FI", "RT123456785FI"),
          expect="A fictional postal service: the parcel travels without a track and "
          "arrives, if at all, under a code assigned at the border. " + EXPECT),
    _fake("FaSpeed", "############, RS…CN",
          _shape(r"[0-9]{12}", "123456789012", shared=True),
          _shape(r"RS[0-9]{9}CN", "RS123456784CN", shared=True)),
    _fake("Entreprise des Postes Lao", "XX#########LA",
          _shape(r"[A-Z]{2}[0-9]{9}LA", "RR123456785LA")),
    _fake("post air mail", "RH…HK, YZ…HK",
          _shape(r"RH[0-9]{9}HK", "RH123456784HK", shared=True),
          _shape(r"YZ[0-9]{9}HK", "YZ123456785HK")),
    _fake("CNZ Express", "RH…HK, YZ…HK, S#######, LME#######, YA#########CN",
          _shape(r"RH[0-9]{9}HK", "RH123456784HK", shared=True),
          _shape(r"YZ[0-9]{9}HK", "YZ123456785HK"),
          _shape(r"S[0-9]{7}", "S1234567"),
          _shape(r"LME[0-9]{7}", "LME1234567"),
          _shape(r"YA[0-9]{9}CN", "YA123456785CN")),
    _fake("WeDo Express", "WD…CN", _shape(r"WD[0-9]{9}CN", "WD123456785CN")),
    _fake("World-Shipping post", "WS…CN", _shape(r"WS[0-9]{9}CN", "WS123456785CN")),
    _fake("Mty Tracking", "###########, 321**** (11 digits), NP*** (9 digits)",
          _shape(r"[0-9]{11}", "12345678901", shared=True),
          _shape(r"NP[0-9]{9}", "NP123456789")),
    _fake("LiPu EXP", "LP#########EX", _shape(r"LP[0-9]{9}EX", "LP123456789EX")),
    _fake("Sky56", "various formats (none that can be told from the code)"),
    _fake("Transit Europe Asia", "TEAPY##########YQ, PK#############, TEA##### #-##",
          _shape(r"TEAPY[0-9]{10}YQ", "TEAPY1234567890YQ"),
          _shape(r"PK[0-9]{13}", "PK1234567890123"),
          _shape(r"TEA[0-9]{6,10}", "TEA12345678"),
          expect="Parcels with TEA codes usually do arrive, but the statuses shown for "
          "their way through Russia do not match reality."),
)  # fmt: skip

#: Every service of the seed's list, in its order.
FAKE_SERVICES: Final[tuple[FakeService, ...]] = tuple(s for s, _ in _TABLE)

#: (service, shape) pairs, for the tests and the engine.
SHAPES: Final[tuple[tuple[FakeService, _Shape], ...]] = tuple(
    (service, shape) for service, shapes in _TABLE for shape in shapes
)

_Pairs = tuple[tuple[FakeService, _Shape], ...]


@functools.cache
def lengths() -> frozenset[int]:
    """Every length a shape can match."""
    return frozenset(n for _, shape in SHAPES for n in shape.lengths)


@functools.cache
def index() -> dict[int, dict[str, _Pairs]]:
    """Length → the code's first two characters → the shapes that can match it, in table
    order; read from the shapes' own patterns, so most codes meet one shape or none."""
    out: dict[int, dict[str, list[tuple[FakeService, _Shape]]]] = {}
    for service, shape in SHAPES:
        for n in shape.lengths:
            for start in _pattern.starts(shape.regex.pattern, 2):
                out.setdefault(n, {}).setdefault(start, []).append((service, shape))
    return {n: {k: tuple(v) for k, v in by.items()} for n, by in out.items()}


def _s10_check_fails(code: str) -> bool:
    return _s10_rules.check_digit(code[2:10]) != code[10]


def match(
    code: str,
    *,
    accepted: Callable[[], bool] | None = None,
    s10_check_ok: bool | None = None,
) -> tuple[FakeService, ...]:
    """The services whose code shapes fit the cleaned *code*, each once, in table order.

    *accepted* says whether a real format with a check digit accepts the code; shapes
    that real carriers share match only when it returns False (default: never accepted).
    *s10_check_ok* is whether the code's S10 check digit holds, when the caller already
    knows (None: computed here when a shape needs it).
    """
    by_start = index().get(len(code))
    pairs = by_start.get(code[:2]) if by_start is not None else None
    if pairs is None:
        return ()
    found: list[FakeService] = []
    is_accepted: bool | None = None  # asked of *accepted* once, when a shape needs it
    for service, shape in pairs:
        if service in found or not shape.regex.fullmatch(code):
            continue
        if shape.s10_checksum_error:
            if s10_check_ok is None:
                s10_check_ok = not _s10_check_fails(code)
            if s10_check_ok:
                continue
        if shape.shared and accepted is not None:
            if is_accepted is None:
                is_accepted = accepted()
            if is_accepted:
                continue
        found.append(service)
    return tuple(found)
