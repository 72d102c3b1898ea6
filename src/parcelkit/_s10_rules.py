"""The S10 rules, written once: weights and check digit, service indicators, countries, and
the one examination that says which rule a code breaks.

Every S10 answer in parcelkit comes from here: :mod:`parcelkit.s10` (``validate`` turns a
:class:`Failure` into its exception, ``is_valid`` only asks whether there is one), the
classifier's S10 row, the CLI, and the batch paths, which read the same rules as look-up
tables (:func:`tables`, :func:`valid13`; tests keep both forms equal).  Nothing here raises
for a ``str``.

>>> examine('rk 190 321 410 cn')
('RK190321410CN', None)
>>> f = examine('RK190321411CN')[1]
>>> f.reason, f.position, f.expected, f.found
('check_digit', 10, '0', '1')
>>> service_row('RK').category, country_name('CN')
('registered', 'China')
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from parcelkit._normalize import MAX_CODE_INPUT, bad_char_message, clean, first_bad_char
from parcelkit._s10_data import DOMESTIC_USES, SERVICE_ROWS, DomesticUse, ServiceRow
from parcelkit.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    Reason,
    ValidationError,
)

__all__ = [
    "LENGTH",
    "NOT_DIGITS",
    "WEIGHTS",
    "Failure",
    "Tables",
    "check_digit",
    "countries",
    "country_name",
    "examine",
    "is_valid",
    "serial_with_residue",
    "service_row",
    "tables",
    "valid13",
]

#: Length of a compact S10 identifier.
LENGTH: Final = 13
#: Weights of the eight serial digits in the check digit's sum.
WEIGHTS: Final = (8, 6, 4, 2, 3, 5, 9, 7)

_SERVICE: Final[dict[str, ServiceRow]] = {
    f"{a}{b}": row
    for row in SERVICE_ROWS
    for a in map(chr, range(65, 91))
    for b in map(chr, range(65, 91))
    if row.covers(f"{a}{b}")
}
# 11 - (sum % 11), with 10 -> 0 and 11 -> 5, indexed by sum % 11.
_CHECK_CHAR: Final = tuple(
    "0" if 11 - r == 10 else "5" if 11 - r == 11 else str(11 - r) for r in range(11)
)
_ZERO_SUM: Final = sum(WEIGHTS) * ord("0")


def check_digit(serial: str) -> str:
    """The check digit of eight ASCII digits (not checked here: callers have).

    Weights 8 6 4 2 3 5 9 7; ``11 - sum % 11``, where 10 becomes 0 and 11 becomes 5.
    """
    s = serial
    total = (
        8 * ord(s[0]) + 6 * ord(s[1]) + 4 * ord(s[2]) + 2 * ord(s[3])
        + 3 * ord(s[4]) + 5 * ord(s[5]) + 9 * ord(s[6]) + 7 * ord(s[7])
    )  # fmt: skip
    return _CHECK_CHAR[(total - _ZERO_SUM) % 11]


def service_row(indicator: str) -> ServiceRow | None:
    """The service-indicator row of two capital letters (None for anything else)."""
    return _SERVICE.get(indicator)


@functools.cache
def countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English short name, loaded on first use (pycountry is slow
    to import)."""
    import pycountry  # noqa: PLC0415  (deferred: keeps `import parcelkit` fast)

    return {c.alpha_2: c.name for c in pycountry.countries}


def country_name(alpha2: str) -> str | None:
    """The ISO 3166-1 short name of an alpha-2 code an S10 code may end with, else None."""
    return countries().get(alpha2)


_ERROR_CLASS: Final[dict[str, type[ValidationError]]] = {
    "character": InvalidFormat,
    "length": InvalidLength,
    "shape": InvalidFormat,
    "service_indicator": InvalidComponent,
    "country": InvalidComponent,
    "check_digit": InvalidChecksum,
}
_TOO_LONG: Final = f"at most {MAX_CODE_INPUT}"
#: Known domestic uses of pairs S10-12 does not allocate, by indicator and country.
_DOMESTIC: Final = {u.indicator + u.country: u for u in DOMESTIC_USES}


@attrs.frozen
class Failure:
    """The first rule a code breaks, in the fixed order of the checks."""

    reason: Reason
    #: Index in the compact code of the first character at fault (None: the whole input).
    position: int | None
    expected: str | int | None
    found: str | int | None
    #: For a service indicator S10-12 does not allocate: the code's country letters.
    country: str | None = None

    @property
    def error_class(self) -> type[ValidationError]:
        return _ERROR_CLASS[self.reason]

    @property
    def _own_use(self) -> DomesticUse | None:
        """A known operator's own use of the unallocated pair of this failure, if any."""
        if self.reason != "service_indicator":
            return None
        return _DOMESTIC.get(str(self.found) + (self.country or ""))

    @property
    def message(self) -> str:  # noqa: PLR0911  (one sentence per reason)
        """The message of the exception ``validate`` raises (built only when asked)."""
        reason, found = self.reason, self.found
        if reason == "length":
            if self.expected == _TOO_LONG:
                return f"input is {found} characters long; at most {MAX_CODE_INPUT} are read"
            if not found:
                return "empty: an S10 code has 13 characters"
            return f"code has {found} characters without spaces and dashes, expected {LENGTH}"
        if reason == "character":
            return bad_char_message(str(found))
        if reason == "shape":
            assert self.position is not None
            if self.position < 2:
                return f"service indicator {found!r} must be two letters"
            if self.position < 11:
                return f"{found!r} must be nine digits (serial number and check digit)"
            return f"country {found!r} must be two letters"
        if reason == "service_indicator":
            text = f"service indicator {found!r} is {_SERVICE[str(found)].status} in S10-12"
            use = self._own_use
            if use is None:
                return text
            return (f"{text}; {use.operator} uses {use.indicator}…{use.country} for its "
                    f"own items, not S10 mail (parcelkit.classify reads them as {use.carrier})")
        if reason == "country":
            return f"country {found!r} is not an ISO 3166-1 code or a known postal code"
        return f"check digit is {found}, expected {self.expected}"

    @property
    def text(self) -> tuple[str, dict[str, str | int]]:  # noqa: PLR0911  (one wording per case of message)
        """The key of the text tables that words :attr:`message` for people, with its
        values: the same case as the message, so every language is as precise."""
        reason, found, position = self.reason, self.found, self.position
        if reason == "length":
            if self.expected == _TOO_LONG:
                return "error.length.too_long", {"found": str(found), "limit": MAX_CODE_INPUT}
            if not found:
                return "error.length.empty", {"expected": LENGTH}
            return "error.length", {"found": str(found), "expected": LENGTH}
        if reason == "character":
            assert position is not None
            return "error.character", {"position": position + 1, "found": _shown(str(found))}
        if reason == "shape":
            assert position is not None
            part = "service_indicator" if position < 2 else "digits" if position < 11 else "country"
            return f"error.shape.{part}", {"found": str(found)}
        if reason == "check_digit":
            return "error.check_digit", {"found": str(found), "expected": str(self.expected)}
        use = self._own_use
        if use is not None:
            return "error.service_indicator.own_use", {
                "found": str(found), "operator": use.operator, "country": use.country}
        return f"error.{reason}", {"found": str(found)}

    def error(self) -> ValidationError:
        """The exception for this failure."""
        key, params = self.text
        return self.error_class(
            self.message,
            reason=self.reason,
            position=self.position,
            expected=self.expected,
            found=self.found,
            text_key=key,
            text_params=params,
        )


def _shown(ch: str) -> str:
    """A character as a message in any language shows it: itself where it can be seen,
    and always its code point (``! U+0021``, ``U+200B``)."""
    point = f"U+{ord(ch):04X}"
    return f"{ch} {point}" if ch.isprintable() and not ch.isspace() else point


def _first_not(text: str, test: Callable[[str], bool]) -> int:
    return next(i for i, ch in enumerate(text) if not test(ch))


def examine(text: str) -> tuple[str, Failure | None]:  # noqa: PLR0911  (the rules in their fixed order, first failure returns)
    """Compact *text* and return it with the first rule it breaks (None if none).

    The order is fixed, so that every input has one answer: a character that cannot be
    part of a code, the length, the shape, the service indicator, the country, the check
    digit.
    """
    if len(text) > MAX_CODE_INPUT:
        return text, Failure("length", None, _TOO_LONG, len(text))
    c = clean(text)
    bad = first_bad_char(c)
    if bad is not None:
        return c, Failure("character", c.index(bad), "a Latin letter or digit", bad)
    if len(c) != LENGTH:
        return c, Failure("length", None, LENGTH, len(c))
    si, digits, cc = c[:2], c[2:11], c[11:]
    if not si.isalpha():
        return c, Failure("shape", _first_not(si, str.isalpha), "two letters", si)
    if not digits.isdigit():
        return c, Failure("shape", 2 + _first_not(digits, str.isdigit), "nine digits", digits)
    if not cc.isalpha():
        return c, Failure("shape", 11 + _first_not(cc, str.isalpha), "two letters", cc)
    if _SERVICE[si].status != "allocated":
        return c, Failure("service_indicator", 0, "an allocated service indicator", si, cc)
    if cc not in countries():
        return c, Failure("country", 11, "an ISO 3166-1 alpha-2 code", cc)
    expected = check_digit(c[2:10])
    if c[10] != expected:
        return c, Failure("check_digit", 10, expected, c[10])
    return c, None


def is_valid(code: object) -> bool:
    """Whether *code* is a ``str`` that breaks no rule; never raises."""
    return isinstance(code, str) and examine(code)[1] is None


# --- The same rules as look-up tables, for the paths that check many codes -------------


@attrs.frozen
class Tables:
    """The rules above as look-up tables (for :func:`valid13` and :mod:`parcelkit.batch`)."""

    #: Allocated service indicators in every mix of case: ``'RK'``, ``'rK'``, ``'Rk'``, ``'rk'``.
    services: frozenset[str]
    #: Country codes :func:`examine` accepts, in every mix of case.
    countries: frozenset[str]
    #: Weighted sum of serial digits 1-4 and 5-8, keyed by the four ASCII digits.
    head: dict[str, int]
    tail: dict[str, int]
    #: The expected check digit by weighted sum of the serial (``head + tail``, 0 … 396);
    #: from :data:`NOT_DIGITS` on, ``''``: halves that are not four digits look up
    #: ``NOT_DIGITS``, so their sum indexes an entry no character equals.
    check: tuple[str, ...]


#: What ``head.get``/``tail.get`` default to; twice it still indexes ``Tables.check``.
NOT_DIGITS: Final = 1000


@functools.cache
def tables() -> Tables:
    """Build the tables once, on first use (the country list needs pycountry)."""
    head, tail = _weighted_sums(WEIGHTS[:4]), _weighted_sums(WEIGHTS[4:])
    check = tuple(
        # a serial '000000ab' with this weighted sum exists for every sum mod 11
        check_digit(serial_with_residue(total % 11))
        for total in range(9 * sum(WEIGHTS) + 1)
    )
    check += ("",) * (2 * NOT_DIGITS + 1 - len(check))
    services = [k for k, row in _SERVICE.items() if row.status == "allocated"]
    return Tables(_any_case(services), _any_case(countries()), head, tail, check)


def _any_case(pairs: Iterable[str]) -> frozenset[str]:
    return frozenset(
        x + y for p in pairs for x in (p[0], p[0].lower()) for y in (p[1], p[1].lower())
    )


def _weighted_sums(weights: tuple[int, ...]) -> dict[str, int]:
    """Every string of ``len(weights)`` ASCII digits → its weighted digit sum."""
    sums = {"": 0}
    for w in weights:
        sums = {k + d: v + w * i for k, v in sums.items() for i, d in enumerate("0123456789")}
    return sums


def serial_with_residue(residue: int) -> str:
    """A serial whose weighted digit sum is *residue* modulo 11."""
    for i in range(100):
        serial = f"{i:08d}"
        if sum(w * int(d) for w, d in zip(WEIGHTS, serial, strict=True)) % 11 == residue:
            return serial
    raise AssertionError(residue)  # pragma: no cover  (weights 9 and 7 reach every residue)


@functools.cache
def valid13() -> Callable[[str], bool]:
    """:func:`is_valid` of a 13-character ASCII code (letters in any case) as table look-ups:
    check digit, allocated service indicator, ISO country.  Built once; the one place the
    look-ups are spelled out, for :mod:`parcelkit._s10_fast` and the classifier."""
    t = tables()
    services, known, head, tail, check = t.services, t.countries, t.head, t.tail, t.check
    missing = NOT_DIGITS

    def ok(u: str) -> bool:
        return (
            check[head.get(u[2:6], missing) + tail.get(u[6:10], missing)] == u[10]
            and u[:2] in services
            and u[11:] in known
        )

    return ok
