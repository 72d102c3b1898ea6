"""The base of parcelkit's closed vocabularies (Stage, Flag, Advice)."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum"]


class ValueEnum(str, enum.Enum):
    """A ``str`` enum that prints as its value: ``str(Stage.DELIVERED) == 'delivered'``."""

    def __str__(self) -> str:
        return str(self.value)

    def label(self, lang: str | None = "en") -> str:
        """A short label for people in *lang* (``pt-BR`` → Portuguese; unknown → English).

        The text tables are keyed by the class name: ``Stage.DELIVERED`` reads
        ``stage.delivered.label``.
        """
        from parcelkit import i18n  # noqa: PLC0415  (text tables load on first use)

        return i18n.text(f"{type(self).__name__.lower()}.{self.value}.label", lang)
