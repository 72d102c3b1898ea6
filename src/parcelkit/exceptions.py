"""The error hierarchy shared by every part of parcelkit.

Callers catch :class:`ValidationError` (a :class:`ValueError`); tests assert the
precise subclass.  Wrong argument *types* raise the built-in :class:`TypeError`.
"""

from __future__ import annotations

__all__ = [
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidValue",
    "ValidationError",
]


class ValidationError(ValueError):
    """Base class of every error parcelkit raises for bad input values."""


class InvalidFormat(ValidationError):
    """Characters or shape are wrong (e.g. punctuation, a letter where a digit belongs)."""


class InvalidLength(ValidationError):
    """The input has the wrong length (empty, too short, too long)."""


class InvalidChecksum(ValidationError):
    """The check digit does not match the rest of the code."""


class InvalidComponent(ValidationError):
    """A part of the code is well-formed but not allocated (service indicator, country)."""


class InvalidValue(ValidationError):
    """An argument is out of its range (a negative number of days, a moment after ``now``)."""
