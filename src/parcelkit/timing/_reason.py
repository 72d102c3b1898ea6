"""Reasons as data: a key of the text tables and its values, rendered in any output language.

:func:`parcelkit.assess` builds one :class:`Reason` per flag and advice; the English
rendering is ``Assessment.reasons``, and ``Assessment.explain(lang)`` renders the same
reasons in another language.  A norm's seed sentence stays verbatim in its own language,
marked as a quote.

>>> from parcelkit.status import Stage
>>> r = Reason.of("reason.what.no_change", stage=Label(Stage.EXPORT))
>>> r.render("en"), r.render("ru")
('no change at export', 'нет изменений на этапе «Покидает страну отправления»')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import attrs

from parcelkit import i18n
from parcelkit._enum import ValueEnum
from parcelkit.timing.calendar import PeakWindow

__all__ = ["Date", "Days", "Label", "Quote", "Reason", "Verbatim", "Windows"]


#: Output languages written without spaces between words (an aside follows directly).
_NO_SPACES = frozenset({"zh", "zh-Hant", "ja"})


@attrs.frozen
class Days:
    """A number of days (or grams): ``21``, ``2.5``."""

    value: float

    def render(self, lang: str) -> str:
        return f"{self.value:.1f}".removesuffix(".0")


@attrs.frozen
class Date:
    """A moment shown as a date: English long or short form, ISO 8601 in other languages."""

    value: dt.date
    long: bool = True

    def render(self, lang: str) -> str:
        if lang != "en":
            day = self.value.date() if isinstance(self.value, dt.datetime) else self.value
            return day.isoformat()
        return f"{self.value:%d %B %Y}" if self.long else f"{self.value:%d %b %Y}"


@attrs.frozen
class Label:
    """A stage, flag or advice: its identifier in English sentences, its label elsewhere."""

    value: ValueEnum
    capitalized: bool = False

    def render(self, lang: str) -> str:
        if lang == "en":
            words = str(self.value.value).replace("_", " ")
            return words.capitalize() if self.capitalized else words
        label: str = self.value.label(lang)
        return label


@attrs.frozen
class Quote:
    """A seed's sentence, quoted verbatim in its own language."""

    seed: str
    text: str

    def render(self, lang: str) -> str:
        return i18n.text("reason.quote", lang, seed=self.seed, quote=self.text)


@attrs.frozen
class Verbatim:
    """Text from the input (a notice's raw wording), shown as it is."""

    text: str

    def render(self, lang: str) -> str:
        return self.text


@attrs.frozen
class Windows:
    """Peak periods with their dates."""

    value: tuple[PeakWindow, ...]

    def render(self, lang: str) -> str:
        if lang == "en":
            return ", ".join(f"{w.name} {w.start:%d %b}–{w.end:%d %b %Y}" for w in self.value)
        return ", ".join(
            f"{i18n.text('season.' + w.name, lang)} {w.start.isoformat()}–{w.end.isoformat()}"
            for w in self.value
        )


@attrs.frozen
class Reason:
    """One sentence of an assessment, as data: a text-table key and its values."""

    key: str
    values: tuple[tuple[str, Value], ...] = ()
    #: A trailing aside rendered after the sentence's own text (a later notice).
    aside: Reason | None = None

    @classmethod
    def of(cls, key: str, *, aside: Reason | None = None, **values: Value) -> Reason:
        return cls(key, tuple(values.items()), aside)

    def render(self, lang: str = "en") -> str:
        """The sentence in *lang* (resolved like every output language)."""
        chosen = i18n.resolve(lang)
        filled = {
            name: str(value) if isinstance(value, int) else value.render(chosen)
            for name, value in self.values
        }
        text = i18n.text(self.key, chosen, **filled) if filled else i18n.text(self.key, chosen)
        if self.aside is None:
            return text
        gap = "" if chosen in _NO_SPACES else " "
        return f"{text}{gap}{self.aside.render(chosen)}"


#: The values a reason's placeholders take.
Value = Days | Date | Label | Quote | Verbatim | Windows | int | Reason


def render_all(reasons: Sequence[Reason], lang: str) -> tuple[str, ...]:
    """Every reason rendered in *lang*."""
    return tuple(r.render(lang) for r in reasons)
