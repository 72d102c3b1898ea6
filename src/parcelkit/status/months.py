"""Month names per language, as tracking pages print them in dates: the table that
:func:`parcelkit.parse_history` reads ``2 декабря 2026`` and ``Dec 2, 2026`` with.

One row per language: the twelve months, each with the forms a date uses (full and
abbreviated; the genitive where the language declines the month after a day number, as
Russian and Ukrainian do), lower case, without a trailing dot (Chinese and Japanese
dates write the month as a number, ``12月``, which the date patterns read; their rows are
there for the weekdays); the order of a
numeric ``a/b/yyyy`` date in that language when nothing else decides it; the source
(the language's CLDR locale data, ``monthWidth`` *format* and *stand-alone*); and an
example date that a test parses.

>>> ROWS[0].lang, ROWS[0].months[11]
('en', ('december', 'dec'))
>>> month_number('декабря'), month_number('Sept'), month_number('quux')
(12, 9, None)
"""

from __future__ import annotations

import functools
from typing import Final, Literal

import attrs

__all__ = [
    "ROWS",
    "MonthRow",
    "is_weekday",
    "month_langs",
    "month_names",
    "month_number",
    "numeric_order",
]

_CLDR: Final = "https://github.com/unicode-org/cldr/blob/main/common/main/{}.xml (months, days)"


@attrs.frozen
class MonthRow:
    """The month names of one language."""

    lang: str
    #: Twelve tuples, January first: every form of that month's name, lower case.
    months: tuple[tuple[str, ...], ...]
    #: How ``a/b/yyyy`` reads in this language when no day above 12 or the order of the
    #: history decides: day first (``dmy``) or month first (``mdy``).
    numeric: Literal["dmy", "mdy"]
    source: str
    #: ``(text, (month, day))``: a date as a tracking page in this language prints it.
    example: tuple[str, tuple[int, int]]
    #: Weekday names (full, and the abbreviations pages print before a date), lower case:
    #: a weekday standing before a date is part of the date, not a status.
    weekdays: tuple[str, ...] = ()


def _row(
    lang: str,
    months: str,
    example: tuple[str, tuple[int, int]],
    weekdays: str,
    numeric: Literal["dmy", "mdy"] = "dmy",
) -> MonthRow:
    """A row from twelve ``|``-separated groups of space-separated forms."""
    groups = tuple(tuple(g.split()) for g in months.split("|"))
    return MonthRow(lang, groups, numeric, _CLDR.format(lang), example, tuple(weekdays.split()))


ROWS: Final[tuple[MonthRow, ...]] = (
    _row("en", "january jan|february feb|march mar|april apr|may|june jun|july jul|"
         "august aug|september sept sep|october oct|november nov|december dec",
         ("Dec 2, 2026 2:05 PM", (12, 2)),
         "monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri "
         "saturday sat sunday sun", numeric="mdy"),
    _row("ru", "января январь янв|февраля февраль фев февр|марта март мар|апреля апрель апр|"
         "мая май|июня июнь июн|июля июль июл|августа август авг|"
         "сентября сентябрь сен сент|октября октябрь окт|ноября ноябрь ноя нояб|"
         "декабря декабрь дек", ("2 декабря 2026, 14:05", (12, 2)),
         "понедельник вторник среда четверг пятница суббота воскресенье пн вт ср чт пт сб вс"),
    _row("uk", "січня січень січ|лютого лютий лют|березня березень бер|квітня квітень квіт|"
         "травня травень трав|червня червень черв|липня липень лип|серпня серпень серп|"
         "вересня вересень вер|жовтня жовтень жовт|листопада листопад лист|"
         "грудня грудень груд", ("2 грудня 2026 р., 14:05", (12, 2)),
         "понеділок вівторок середа четвер п'ятниця пʼятниця субота неділя пн вт ср чт пт сб нд"),
    _row("de", "januar jan|februar feb|märz mär|april apr|mai|juni jun|juli jul|"
         "august aug|september sep sept|oktober okt|november nov|dezember dez",
         ("2. Dezember 2026, 14:05", (12, 2)),
         "montag dienstag mittwoch donnerstag freitag samstag sonntag"),
    _row("fr", "janvier janv|février févr|mars|avril avr|mai|juin|juillet juil|août|"
         "septembre sept|octobre oct|novembre nov|décembre déc",
         ("2 déc. 2026 14:05", (12, 2)),
         "lundi mardi mercredi jeudi vendredi samedi dimanche"),
    _row("es", "enero ene|febrero feb|marzo mar|abril abr|mayo may|junio jun|julio jul|"
         "agosto ago|septiembre setiembre sept sep|octubre oct|noviembre nov|diciembre dic",
         ("2 de diciembre de 2026 14:05", (12, 2)),
         "lunes martes miércoles jueves viernes sábado domingo"),
    _row("pt", "janeiro jan|fevereiro fev|março mar|abril abr|maio mai|junho jun|"
         "julho jul|agosto ago|setembro set|outubro out|novembro nov|dezembro dez",
         ("2 de dezembro de 2026 14:05", (12, 2)),
         "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo"),
    _row("it", "gennaio gen|febbraio feb|marzo mar|aprile apr|maggio mag|giugno giu|"
         "luglio lug|agosto ago|settembre set|ottobre ott|novembre nov|dicembre dic",
         ("2 dic 2026, 14:05", (12, 2)),
         "lunedì martedì mercoledì giovedì venerdì sabato domenica"),
    _row("zh", "一月|二月|三月|四月|五月|六月|七月|八月|九月|十月|十一月|十二月",
         ("2026年12月2日 周三 14:05", (12, 2)),
         "星期一 星期二 星期三 星期四 星期五 星期六 星期日 星期天 "
         "周一 周二 周三 周四 周五 周六 周日"),
    _row("ja", "一月|二月|三月|四月|五月|六月|七月|八月|九月|十月|十一月|十二月",
         ("2026年12月2日(水) 14:05", (12, 2)),
         "月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 日曜日 月 火 水 木 金 土 日"),
    _row("pl", "stycznia styczeń sty|lutego luty lut|marca marzec mar|kwietnia kwiecień kwi|"
         "maja maj|czerwca czerwiec cze|lipca lipiec lip|sierpnia sierpień sie|"
         "września wrzesień wrz|października październik paź|listopada listopad lis|"
         "grudnia grudzień gru", ("2 grudnia 2026 14:05", (12, 2)),
         "poniedziałek wtorek środa czwartek piątek sobota niedziela"),
)  # fmt: skip


@functools.cache
def _by_name() -> dict[str, tuple[int, frozenset[str]]]:
    """name → (month number, languages that use it); a name two languages give to two
    different months (none today) would be left out rather than guessed."""
    seen: dict[str, tuple[int, set[str]]] = {}
    clash: set[str] = set()
    for row in ROWS:
        for number, forms in enumerate(row.months, start=1):
            for form in forms:
                if form in seen and seen[form][0] != number:
                    clash.add(form)
                seen.setdefault(form, (number, set()))[1].add(row.lang)
    return {k: (n, frozenset(langs)) for k, (n, langs) in seen.items() if k not in clash}


@functools.cache
def _weekdays() -> frozenset[str]:
    return frozenset(w for row in ROWS for w in row.weekdays)


def is_weekday(word: str) -> bool:
    """Whether *word* (case and a trailing dot or comma ignored) names a weekday.

    >>> is_weekday('Tuesday,'), is_weekday('Пт'), is_weekday('Delivered')
    (True, True, False)
    """
    return word.casefold().strip(".,()（）[]") in _weekdays()


def month_names() -> tuple[str, ...]:
    """Every month name of the table, longest first (for an alternation in a pattern)."""
    return tuple(sorted(_by_name(), key=lambda n: (-len(n), n)))


def month_number(name: str) -> int | None:
    """The month (1-12) *name* stands for in any language of the table, else None."""
    hit = _by_name().get(name.casefold().rstrip("."))
    return hit[0] if hit else None


def month_langs(name: str) -> frozenset[str]:
    """The languages whose month names include *name*."""
    hit = _by_name().get(name.casefold().rstrip("."))
    return hit[1] if hit else frozenset()


def numeric_order(lang: str | None) -> Literal["dmy", "mdy"]:
    """How ``a/b/yyyy`` reads in *lang* by default: month first in English, else day
    first."""
    for row in ROWS:
        if row.lang == lang:
            return row.numeric
    return "dmy"
