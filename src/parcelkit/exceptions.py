"""The error hierarchy shared by every part of parcelkit.

Callers catch :class:`ValidationError` (a :class:`ValueError`); tests assert the
precise subclass.  Wrong argument *types* raise the built-in :class:`TypeError`.

Besides its message, every error says what is wrong in fields a program can store or
translate: ``reason`` (a stable id, see :data:`Reason`), ``position`` (index of the first
character at fault in the compact code, or None), ``expected`` and ``found``; and
:meth:`ValidationError.text` gives the message in any output language.

>>> from parcelkit import s10
>>> try:
...     s10.validate('RK190321411CN')
... except ValidationError as exc:
...     print(exc, '|', exc.reason, exc.position, exc.expected, exc.found)
...     print(exc.text('ru'), '|', exc.text('zh'))
check digit is 1, expected 0 | check_digit 10 0 1
контрольная цифра 1, ожидалась 0 | 校验位是 1，应为 0
"""

from __future__ import annotations

from collections.abc import Mapping
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
        text_key: str | None = None,
        text_params: Mapping[str, str | int] | None = None,
    ) -> None:
        super().__init__(message)
        self.reason: Reason | None = self.default_reason if reason is None else reason
        self.position = position
        self.expected = expected
        self.found = found
        #: The key of the text tables (``error.*``) that words this error for people, and
        #: the values it fills in; None where the error has only its English message.
        self.text_key = text_key
        self.text_params: Mapping[str, str | int] = dict(text_params or {})

    def text(self, lang: str | None = "en") -> str:
        """The message in *lang* (``pt-BR`` → Portuguese; an unknown language → English),
        as precise as the English one; an error that has no wording in the text tables
        gives its English message.

        >>> InvalidLength('code has 9 characters, expected 13', text_key='error.length',
        ...               text_params={'found': 9, 'expected': 13}).text('de')
        'die Nummer hat 9 Zeichen, erwartet sind 13'
        >>> InvalidValue('days must not be negative').text('ru')
        'days must not be negative'
        """
        # imported here: the text tables load on first use, not with `import parcelkit`
        from parcelkit import i18n  # noqa: PLC0415

        chosen = i18n.resolve(lang)  # a wrong type is a TypeError, before anything else
        if self.text_key is None:
            return str(self)
        return i18n.text(self.text_key, chosen, **self.text_params)

    def __reduce__(self) -> tuple[object, ...]:
        fields = {
            "reason": self.reason,
            "position": self.position,
            "expected": self.expected,
            "found": self.found,
            "text_key": self.text_key,
            "text_params": self.text_params,
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
