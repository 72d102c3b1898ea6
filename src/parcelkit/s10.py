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
    check = 11 - sum(w * int(d) for w, d in zip(_WEIGHTS, serial, strict=True)) % 11
    return "0" if check == 10 else "5" if check == 11 else str(check)


def _check(code: object) -> tuple[str, ServiceRow]:
    """Validate and return the compact code with its service row; the one rule path."""
    text = require_str(code)
    if len(text) > MAX_INPUT_LENGTH:
        raise InvalidLength(
            f"input is {len(text)} characters long; at most {MAX_INPUT_LENGTH} are read"
        )
    c = clean(text)
    bad = first_bad_char(c)
    if bad is not None:
        raise InvalidFormat(bad_char_message(bad))
    if len(c) != LENGTH:
        if not c:
            raise InvalidLength("empty: an S10 code has 13 characters")
        raise InvalidLength(
            f"code has {len(c)} characters without spaces and dashes, expected {LENGTH}"
        )
    service, digits, country = c[:2], c[2:11], c[11:]
    if not service.isalpha():
        raise InvalidFormat(f"service indicator {service!r} must be two letters")
    if not digits.isdigit():
        raise InvalidFormat(f"{digits!r} must be nine digits (serial number and check digit)")
    if not country.isalpha():
        raise InvalidFormat(f"country {country!r} must be two letters")
    row = _SERVICE[service]
    if row.status != "allocated":
        raise InvalidComponent(f"service indicator {service!r} is {row.status} in S10-12")
    if country not in _countries():
        raise InvalidComponent(
            f"country {country!r} is not an ISO 3166-1 code or a known postal code"
        )
    expected = calc_check_digit(digits[:8])
    if digits[8] != expected:
        raise InvalidChecksum(f"check digit is {digits[8]}, expected {expected}")
    return c, row


def validate(code: str) -> str:
    """Return the compact form of a valid S10 code, or raise a ``ValidationError``."""
    return _check(code)[0]


def is_valid(code: object) -> bool:
    """Whether *code* is a valid S10 identifier; never raises."""
    try:
        _check(code)
    except (ValidationError, TypeError):
        return False
    return True


def is_valid_many(codes: Iterable[object]) -> list[bool]:
    """:func:`is_valid` for each element; bad elements (None, non-str, huge) give False."""
    from parcelkit._s10_fast import is_valid_many as fast  # noqa: PLC0415  (imports s10)

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
