"""The base of parcelkit's closed vocabularies (Stage, Flag, Advice)."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum"]


class ValueEnum(str, enum.Enum):
    """A ``str`` enum that prints as its value: ``str(Stage.DELIVERED) == 'delivered'``."""

    def __str__(self) -> str:
        return str(self.value)
