"""The error hierarchy shared by every part of parcelkit.

Callers catch :class:`ValidationError` (a :class:`ValueError`); tests assert the
precise subclass.  Wrong argument *types* raise the built-in :class:`TypeError`.

Besides its message, every error says what is wrong in fields a program can store or
translate: ``reason`` (a stable id, see :data:`Reason`), ``position`` (index of the first
character at fault in the compact code, or None), ``expected`` and ``found``.

>>> from parcelkit import s10
>>> try:
...     s10.validate('RK190321411CN')
... except ValidationError as exc:
...     print(exc, '|', exc.reason, exc.position, exc.expected, exc.found)
check digit is 1, expected 0 | check_digit 10 0 1
"""

from __future__ import annotations

from typing import ClassVar, Literal

__all__ = [
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidValue",
    "Reason",
    "ValidationError",
]

#: What is wrong: a character no code may hold, the length, the shape (a letter where a
#: digit belongs), the service indicator, the country, or the check digit.
Reason = Literal["character", "length", "shape", "service_indicator", "country", "check_digit"]


class ValidationError(ValueError):
    """Base class of every error parcelkit raises for bad input values."""

    #: The ``reason`` of an error raised without one.
    default_reason: ClassVar[Reason | None] = None

    def __init__(
        self,
        message: str,
        *,
        reason: Reason | None = None,
        position: int | None = None,
        expected: str | int | None = None,
        found: str | int | None = None,
    ) -> None:
        super().__init__(message)
        self.reason: Reason | None = self.default_reason if reason is None else reason
        self.position = position
        self.expected = expected
        self.found = found

    def __reduce__(self) -> tuple[object, ...]:
        fields = {
            "reason": self.reason,
            "position": self.position,
            "expected": self.expected,
            "found": self.found,
        }
        return _rebuild, (type(self), str(self), fields)


def _rebuild(
    cls: type[ValidationError], message: str, fields: dict[str, object]
) -> ValidationError:
    return cls(message, **fields)  # type: ignore[arg-type]


class InvalidFormat(ValidationError):
    """Characters or shape are wrong (e.g. punctuation, a letter where a digit belongs)."""

    default_reason = "shape"


class InvalidLength(ValidationError):
    """The input has the wrong length (empty, too short, too long)."""

    default_reason = "length"


class InvalidChecksum(ValidationError):
    """The check digit does not match the rest of the code."""

    default_reason = "check_digit"


class InvalidComponent(ValidationError):
    """A part of the code is well-formed but not allocated (service indicator, country)."""


class InvalidValue(ValidationError):
    """An argument is out of its range (a negative number of days, a moment after ``now``)."""
