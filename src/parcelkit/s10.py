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
(``InvalidComponent``), and last the check digit (``InvalidChecksum``).  The rules, and
the examination that applies them, are in :mod:`parcelkit._s10_rules`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Final

import attrs
import regex

from parcelkit import _s10_fast, _s10_operators, _s10_rules
from parcelkit._json import as_dict
from parcelkit._normalize import MAX_CODE_INPUT, clean, require_str
from parcelkit._s10_data import ServiceRow
from parcelkit.exceptions import InvalidFormat, InvalidLength

if TYPE_CHECKING:
    from parcelkit.carriers import Classification

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
LENGTH: Final = _s10_rules.LENGTH
#: Longest raw input read; longer input is ``InvalidLength`` before any other work.
MAX_INPUT_LENGTH: Final = MAX_CODE_INPUT


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

    @property
    def operator(self) -> str | None:
        """The designated postal operator of the issuing country ("China Post"), or
        ``None`` where no single operator issues codes for it."""
        found = _s10_operators.operator(self.country)
        return None if found is None else found.name

    @property
    def tracking_url(self) -> str | None:
        """That operator's tracking page for this code, where one is known."""
        return _s10_operators.tracking_url(self.code)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of the fields, with ``operator`` and ``tracking_url``."""
        return {**as_dict(self), "operator": self.operator, "tracking_url": self.tracking_url}


@attrs.frozen
class Found:
    """A code found in free text: ``text[start:end] == raw``, ``code`` is compact.

    One class for both finders: :func:`parcelkit.find` (any carrier's code) sets
    ``classification``; :func:`find` here, which knows only S10, leaves it None.
    ``parcelkit.Found`` is this class."""

    start: int
    end: int
    raw: str
    code: str
    classification: Classification | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict: the span, the raw and compact code, and the classification."""
        return as_dict(self)


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
        raise InvalidLength(
            f"serial number must be 8 digits, got {len(serial)} characters",
            expected=8,
            found=len(serial),
        )
    if not (serial.isascii() and serial.isdigit()):
        raise InvalidFormat(
            f"serial number {serial!r} must be 8 digits 0-9", expected="8 digits", found=serial
        )
    return _s10_rules.check_digit(serial)


def _check(code: object) -> tuple[str, ServiceRow]:
    """Validate and return the compact code with its service row, or raise: the one place
    a failure of :func:`parcelkit._s10_rules.examine` becomes an exception."""
    c, failure = _s10_rules.examine(require_str(code))
    if failure is not None:
        raise failure.error()
    row = _s10_rules.service_row(c[:2])
    assert row is not None  # a valid code's indicator is two capitals
    return c, row


def validate(code: str) -> str:
    """Return the compact form of a valid S10 code, or raise a ``ValidationError``."""
    return _check(code)[0]


def is_valid(code: object) -> bool:
    """Whether *code* is a valid S10 identifier; never raises."""
    return _s10_rules.is_valid(code)


def is_valid_many(codes: Iterable[object]) -> list[bool]:
    """:func:`is_valid` for each element; bad elements (None, non-str, huge) give False."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a collection of codes, not a single string")
    return _s10_fast.is_valid_many(codes)


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
        country_name=_s10_rules.countries()[c[11:]],
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
