"""The base of parcelkit's closed vocabularies (Stage, Flag, Advice)."""

from __future__ import annotations

import enum

__all__ = ["ValueEnum"]


class ValueEnum(str, enum.Enum):
    """A ``str`` enum that prints as its value: ``str(Stage.DELIVERED) == 'delivered'``."""

    def __str__(self) -> str:
        return str(self.value)

    #: The labels already looked up, by the ``lang`` argument as given (a few dozen tags
    #: at most are kept, whatever the callers pass).
    _labels: dict[str | None, str]

    def label(self, lang: str | None = "en") -> str:
        """A short label for people in *lang* (``pt-BR`` → Portuguese; unknown → English).

        The text tables are keyed by the class name: ``Stage.DELIVERED`` reads
        ``stage.delivered.label``.  A tag seen before is one dict look-up.
        """
        try:
            return self._labels[lang]
        except AttributeError:  # the first label of this member
            self._labels = {}
        except (KeyError, TypeError):  # a new tag, or an unhashable one (refused below)
            pass
        from parcelkit import i18n  # noqa: PLC0415  (text tables load on first use)

        found = i18n.text(f"{type(self).__name__.lower()}.{self.value}.label", lang)
        if len(self._labels) < _KEPT_TAGS:
            self._labels[lang] = found
        return found


#: How many ``lang`` tags each member remembers the label of.
_KEPT_TAGS = 64
