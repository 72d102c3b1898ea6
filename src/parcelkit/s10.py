"""S10 (UPU) item identifiers: ``RK 190 321 410 CN``.

An S10 identifier is two letters (the *service indicator*), an eight-digit serial number,
a check digit and the ISO 3166-1 alpha-2 code of the issuing country: 13 characters.

>>> validate('rk 190 321 410 cn')
'RK190321410CN'
>>> format('RK190321410CN')
'RK 190 321 410 CN'
>>> calc_check_digit('19032141')
'0'
>>> is_valid('RK190321411CN')
False
>>> validate('RK190321411CN')
Traceback (most recent call last):
    ...
parcelkit.exceptions.InvalidChecksum: check digit is 1, expected 0
>>> code = parse('EE 123 456 785 CN')
>>> code.category, code.country_name, code.tracked
('ems', 'China', True)

Errors are checked in one fixed order, so that every input has exactly one answer:
a character that cannot be part of a code (``InvalidFormat``), then the length
(``InvalidLength``), the shape (``InvalidFormat``), the service indicator and country
(``InvalidComponent``), and last the check digit (``InvalidChecksum``).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from typing import Final

import attrs
import regex

from parcelkit._normalize import (
    MAX_CODE_INPUT,
    bad_char_message,
    clean,
    first_bad_char,
    require_str,
)
from parcelkit._s10_data import SERVICE_ROWS, ServiceRow
from parcelkit.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

__all__ = [
    "LENGTH",
    "MAX_INPUT_LENGTH",
    "Found",
    "S10Code",
    "calc_check_digit",
    "compact",
    "find",
    "format",
    "is_valid",
    "is_valid_many",
    "parse",
    "validate",
]

#: Length of a compact S10 identifier.
LENGTH: Final = 13
#: Longest raw input read; longer input is ``InvalidLength`` before any other work.
MAX_INPUT_LENGTH: Final = MAX_CODE_INPUT

_WEIGHTS: Final = (8, 6, 4, 2, 3, 5, 9, 7)
_SERVICE: Final[dict[str, ServiceRow]] = {
    f"{a}{b}": row
    for row in SERVICE_ROWS
    for a in map(chr, range(65, 91))
    for b in map(chr, range(65, 91))
    if row.covers(f"{a}{b}")
}


@functools.cache
def _countries() -> dict[str, str]:
    """ISO 3166-1 alpha-2 code → English short name, loaded on first use (pycountry is slow
    to import)."""
    import pycountry  # noqa: PLC0415  (deferred: keeps `import parcelkit` fast)

    return {c.alpha_2: c.name for c in pycountry.countries}


@attrs.frozen
class S10Code:
    """A parsed, valid S10 identifier."""

    code: str
    service_indicator: str
    serial: str
    check_digit: str
    country: str
    country_name: str
    #: One of ``ems parcel ecommerce registered insured express_letter letter m_bag
    #: business_reply domestic``.
    category: str
    #: Whether items of this kind can be followed; ``None`` when it depends on the operator.
    tracked: bool | None
    #: Remarks on the service range (from the standard and the seeds).
    notes: tuple[str, ...] = ()


@attrs.frozen
class Found:
    """An identifier found in free text: ``text[start:end] == raw``, ``code`` is compact."""

    start: int
    end: int
    raw: str
    code: str


def compact(code: str) -> str:
    """Remove separators and map letters to upper-case Latin; never raises for a ``str``.

    >>> compact(' rk\u00a0190-321-410 cn ')
    'RK190321410CN'
    """
    return clean(require_str(code))


def calc_check_digit(serial: str) -> str:
    """The S10 check digit of an eight-digit serial number.

    Weights 8 6 4 2 3 5 9 7; ``11 - sum % 11``, where 10 becomes 0 and 11 becomes 5.

    >>> calc_check_digit('47312482')
    '9'
    >>> calc_check_digit('00000000')
    '5'
    """
    require_str(serial, "serial")
    if len(serial) != 8:
        raise InvalidLength(f"serial number must be 8 digits, got {len(serial)} characters")
    if not (serial.isascii() and serial.isdigit()):
        raise InvalidFormat(f"serial number {serial!r} must be 8 digits 0-9")
    return _check_digit(serial)


# 11 - (sum % 11), with 10 -> 0 and 11 -> 5, indexed by sum % 11.
_CHECK_CHAR: Final = tuple(
    "0" if 11 - r == 10 else "5" if 11 - r == 11 else str(11 - r) for r in range(11)
)
_ZERO_SUM: Final = sum(_WEIGHTS) * ord("0")


def _check_digit(s: str) -> str:
    """The check digit of eight ASCII digits (not checked here: callers have)."""
    total = (
        8 * ord(s[0]) + 6 * ord(s[1]) + 4 * ord(s[2]) + 2 * ord(s[3])
        + 3 * ord(s[4]) + 5 * ord(s[5]) + 9 * ord(s[6]) + 7 * ord(s[7])
    )  # fmt: skip
    return _CHECK_CHAR[(total - _ZERO_SUM) % 11]


# Why a code fails, in the fixed order of the checks; 0 means valid.
_OK, _TOO_LONG, _BAD_CHAR, _LENGTH, _SERVICE_SHAPE, _DIGITS_SHAPE = 0, 1, 2, 3, 4, 5
_COUNTRY_SHAPE, _SERVICE_UNALLOCATED, _COUNTRY_UNKNOWN, _CHECKSUM = 6, 7, 8, 9


def _examine(text: str) -> tuple[str, int]:
    """Compact *text* and return it with the first rule it breaks (``_OK`` if none).

    The one rule path: ``validate`` turns the failure into an exception, ``is_valid`` just
    compares it with ``_OK`` (raising and catching would cost more than the checks).
    """
    if len(text) > MAX_INPUT_LENGTH:
        return text, _TOO_LONG
    c = clean(text)
    if first_bad_char(c) is not None:
        return c, _BAD_CHAR
    if len(c) != LENGTH:
        return c, _LENGTH
    if not c[:2].isalpha():
        return c, _SERVICE_SHAPE
    if not c[2:11].isdigit():
        return c, _DIGITS_SHAPE
    if not c[11:].isalpha():
        return c, _COUNTRY_SHAPE
    if _SERVICE[c[:2]].status != "allocated":
        return c, _SERVICE_UNALLOCATED
    if c[11:] not in _countries():
        return c, _COUNTRY_UNKNOWN
    if c[10] != _check_digit(c[2:10]):
        return c, _CHECKSUM
    return c, _OK


def _error(text: str, c: str, failure: int) -> ValidationError:
    """The exception, with its message, for a failure found by :func:`_examine`."""
    if failure == _TOO_LONG:
        return InvalidLength(
            f"input is {len(text)} characters long; at most {MAX_INPUT_LENGTH} are read"
        )
    if failure == _BAD_CHAR:
        return InvalidFormat(bad_char_message(first_bad_char(c) or "?"))
    if failure == _LENGTH:
        if not c:
            return InvalidLength("empty: an S10 code has 13 characters")
        return InvalidLength(
            f"code has {len(c)} characters without spaces and dashes, expected {LENGTH}"
        )
    if failure == _SERVICE_SHAPE:
        return InvalidFormat(f"service indicator {c[:2]!r} must be two letters")
    if failure == _DIGITS_SHAPE:
        return InvalidFormat(f"{c[2:11]!r} must be nine digits (serial number and check digit)")
    if failure == _COUNTRY_SHAPE:
        return InvalidFormat(f"country {c[11:]!r} must be two letters")
    if failure == _SERVICE_UNALLOCATED:
        return InvalidComponent(
            f"service indicator {c[:2]!r} is {_SERVICE[c[:2]].status} in S10-12"
        )
    if failure == _COUNTRY_UNKNOWN:
        return InvalidComponent(
            f"country {c[11:]!r} is not an ISO 3166-1 code or a known postal code"
        )
    return InvalidChecksum(f"check digit is {c[10]}, expected {_check_digit(c[2:10])}")


def _check(code: object) -> tuple[str, ServiceRow]:
    """Validate and return the compact code with its service row, or raise."""
    text = require_str(code)
    c, failure = _examine(text)
    if failure:
        raise _error(text, c, failure)
    return c, _SERVICE[c[:2]]


def validate(code: str) -> str:
    """Return the compact form of a valid S10 code, or raise a ``ValidationError``."""
    return _check(code)[0]


def is_valid(code: object) -> bool:
    """Whether *code* is a valid S10 identifier; never raises."""
    return isinstance(code, str) and _examine(code)[1] == _OK


def is_valid_many(codes: Iterable[object]) -> list[bool]:
    """:func:`is_valid` for each element; bad elements (None, non-str, huge) give False."""
    from parcelkit._s10_fast import is_valid_many as fast  # noqa: PLC0415  (imports s10)

    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a collection of codes, not a single string")
    return fast(codes)


def format(code: str) -> str:
    """Validate *code* and return it grouped for display: ``'RK 190 321 410 CN'``."""
    c = validate(code)
    return f"{c[:2]} {c[2:5]} {c[5:8]} {c[8:11]} {c[11:]}"


def parse(code: str) -> S10Code:
    """Validate *code* and return its parts, category, country and trackability."""
    c, row = _check(code)
    assert row.category is not None  # allocated rows always have one
    return S10Code(
        code=c,
        service_indicator=c[:2],
        serial=c[2:10],
        check_digit=c[10],
        country=c[11:],
        country_name=_countries()[c[11:]],
        category=row.category,
        tracked=row.tracked,
        notes=row.notes,
    )


# Free text: ASCII or fullwidth letters and digits, with at most a short run of spaces or
# dashes, or one line break, between any two characters.  Bounded repetitions keep the
# scan linear.  Letters glued to the code on either side make it part of a longer token.
_L = "[A-Za-z\uff21-\uff3a\uff41-\uff5a]"
_D = "[0-9\uff10-\uff19]"
_SEP = "(?:[ \\t\u00a0\u2007\u2009\u202f\u3000\\-\u2010-\u2015\u2212]{1,3}|[ \\t]*\\r?\\n[ \\t]*)?"
_GLUE = "[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]"
_FIND_RE: Final = regex.compile(
    f"(?<!{_GLUE}){_L}{_SEP}{_L}{_SEP}{_D}(?:{_SEP}{_D}){{8}}{_SEP}{_L}{_SEP}{_L}(?!{_GLUE})"
)


def find(text: str) -> list[Found]:
    """Every valid S10 code in free text, in order of appearance.

    >>> [f.code for f in find('Ваш трек: rk 190 321 410 cn, второй — EE123456785CN.')]
    ['RK190321410CN', 'EE123456785CN']
    """
    require_str(text, "text")
    found = []
    for m in _FIND_RE.finditer(text):
        raw = m.group()
        if is_valid(raw):
            found.append(Found(m.start(), m.end(), raw, clean(raw)))
    return found
