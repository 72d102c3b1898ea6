"""A pasted tracking page → the :class:`~parcelkit.Event` list :func:`parcelkit.assess`
takes.

>>> from datetime import datetime, timezone
>>> from zoneinfo import ZoneInfo
>>> page = '''Трек-номер RK190321410CN  Скопировать
... 02.12.2026 14:05  Вручение адресату  101000, Москва
... 28.11.2026 09:12  Прибыло в место вручения  101000, Москва  Вес: 0.429 кг
... Показать ещё'''
>>> events = parse_history(page, tz=ZoneInfo("Europe/Moscow"))
>>> [(e.time.isoformat(), e.status.value, e.location, e.weight_g) for e in events]
[('2026-11-28T09:12:00+03:00', 'at_delivery_office', '101000, Москва', 429.0),
 ('2026-12-02T14:05:00+03:00', 'delivered', '101000, Москва', None)]
>>> parse_history('Dec 2 2:05 PM (GMT+8) Departed from sorting center',
...               now=datetime(2027, 1, 5, tzinfo=timezone.utc))[0].time.isoformat()
'2026-12-02T14:05:00+08:00'
>>> parse_history('02.12.2026 14:05 Вручение адресату')
Traceback (most recent call last):
    ...
parcelkit.exceptions.InvalidComponent: 02.12.2026 14:05 has no UTC offset: pass tz (e.g. ...
>>> parse_history('Copy  Show more')
[]

Dates: ISO 8601, ``2026/12/02``, ``02.12.2026``, ``12/02/2026`` (day or month first:
a day above 12 decides, then the order that keeps the history in time order, then the
language), ``2 декабря 2026``, ``Dec 2, 2026 2:05 PM``, ``2026年12月2日 14:05``; a date on
its own line applies to the times below it.  A status may stand on the date's line, or on
the line before or after it: the layout that gives the most dates a recognised status is
taken for the whole page.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterator
from typing import Final, Literal

import attrs
import regex

from parcelkit.exceptions import InvalidComponent, InvalidFormat
from parcelkit.status import Stage, normalize_status
from parcelkit.status.months import is_weekday, month_number, numeric_order
from parcelkit.status.page_labels import PLACE_HEADERS, fold, is_label
from parcelkit.timing import Event

__all__ = ["MAX_LINES", "MAX_LINE_LENGTH", "parse_history"]

#: Lines read from a paste; the rest is ignored (a tracking page has a few hundred).
MAX_LINES: Final = 5000
#: Characters read from each line.
MAX_LINE_LENGTH: Final = 500

_FLAGS: Final = regex.IGNORECASE | regex.VERSION1


_YMD: Final = regex.compile(
    r"(?<![\d])(?P<y>\d{4})\s?(?:[-/.]|年|년)\s?(?P<m>\d{1,2})\s?(?:[-/.]|月|월)\s?(?P<d>\d{1,2})"
    r"(?:日|일)?(?!\d)(?:T(?=\d))?", _FLAGS)  # fmt: skip
_NUMERIC: Final = regex.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"(?!\d)(?:\s*(?:г|р|r)\.)?", _FLAGS)  # fmt: skip
_MD_CJK: Final = regex.compile(r"(?<!\d)(?P<m>\d{1,2})\s?(?:月|월)\s?(?P<d>\d{1,2})\s?(?:日|일)")
_DOT_NO_YEAR: Final = regex.compile(
    r"(?<![\d.:/-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\d.])(?=,?\s+\d{1,2}:\d{2})"
)
_TIME: Final = regex.compile(
    r"(?:(?P<half>上午|下午|午前|午後|오전|오후)\s*)?(?<![\d:])(?P<h>\d{1,2})(?:[:：](?P<mi>[0-5]\d)"
    r"(?:[:：](?P<s>[0-5]\d))?(?:[.,]\d+)?|\s?(?:時|时|시)\s?(?P<mi2>[0-5]?\d)\s?(?:分|분)?)"
    r"(?![\d:])(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?", _FLAGS)  # fmt: skip
_OFFSET: Final = regex.compile(
    r"\G\s*[(\[]?\s*(?:(?:GMT|UTC)\s*(?:(?P<sign>[+\-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d{2}))?)?"
    r"|(?P<z>Z)(?![\p{L}])|(?P<sign2>[+\-−])(?P<oh2>\d{2}):?(?P<om2>\d{2}))\s*[)\]]?",
    _FLAGS,
)
_WEIGHT: Final = regex.compile(
    r"(?:(?:вес|вага|weight|重量|重さ|peso|poids|gewicht|waga)\s*[:：]?\s*)?"
    r"(?<![\d.,])(?P<v>\d{1,6}(?:[.,]\d{1,4})?)\s*(?P<u>кг|kg|公斤|千克|г|гр|g|gr|grams?|克"
    r"|lbs?|oz)(?![\p{L}])", _FLAGS)  # fmt: skip
_UNIT_G: Final = {"кг": 1000.0, "kg": 1000.0, "公斤": 1000.0, "千克": 1000.0, "г": 1.0,
                  "гр": 1.0, "g": 1.0, "gr": 1.0, "gram": 1.0, "grams": 1.0, "克": 1.0,
                  "lb": 453.59237, "lbs": 453.59237, "oz": 28.349523125}  # fmt: skip
#: What is left of a line once its date and time are taken out, when it says nothing.
_SEPARATORS: Final = r"[\s,;:|·•–—\-/]*"
_LINK_WORD: Final = r"(?:(?<![\p{L}])(?:at|on|в|о|um|à|às|a las|alle)(?![\p{L}]))?"
_EDGE: Final = _SEPARATORS + _LINK_WORD + _SEPARATORS
_CONNECTORS: Final = regex.compile(rf"^{_EDGE}|{_EDGE}$", _FLAGS)
_CELLS: Final = regex.compile(r"\t+|\s{2,}|\s+\|\s+")
_HAS_LETTER: Final = regex.compile(r"\p{L}")
_BRACKETED_PLACE: Final = regex.compile(r"[\[【](?P<place>[^\]】]{1,60})[\]】]")


# A month name is any word here; the table decides (a pattern with every name would try
# them all at every place of a line).
_DAY_MONTH: Final = regex.compile(
    r"(?<![\d\p{L}])(?P<d>\d{1,2})(?:\.|-?(?:го|е))?\s*(?:de\s+)?(?P<mon>\p{L}{3,12})\.?"
    r"(?![\p{L}])(?:\s+de)?(?:,?\s*(?P<y>\d{4})(?!\d)(?:\s*(?:г|р|r)\.)?)?", _FLAGS)  # fmt: skip
_MONTH_DAY: Final = regex.compile(
    r"(?<![\p{L}])(?P<mon>\p{L}{3,12})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])"
    r"(?:,?\s+(?P<y>\d{4})(?!\d))?", _FLAGS)  # fmt: skip


@attrs.frozen
class _Date:
    """A date as printed: the year (None when left out) and two numbers, month and day
    when ``known``; for ``a/b/y`` the page decides which is which (see
    :func:`_resolve_orders`)."""

    year: int | None
    a: int
    b: int
    #: ``ymd``-style dates are known (a = month, b = day); ``numeric`` ones wait for the
    #: page's order; ``sep`` tells slash dates from dotted ones.
    known: bool
    sep: str = ""


@attrs.frozen
class _Line:
    index: int
    text: str
    date: _Date | None = None
    time: tuple[int, int, int] | None = None
    offset: dt.timezone | None = None
    #: The line without its date and time.
    rest: str = ""
    stamp: str = ""


def _first(rx: regex.Pattern[str], text: str) -> regex.Match[str] | None:
    """The first match of *rx*; for a month pattern, the first whose word is a month."""
    if "mon" not in rx.groupindex:
        return rx.search(text)
    return next((m for m in rx.finditer(text) if month_number(m["mon"])), None)


def _find_date(text: str) -> tuple[_Date, tuple[int, int]] | None:
    """The first date in *text* and its span."""
    best: tuple[_Date, tuple[int, int]] | None = None
    for rx in (_YMD, _NUMERIC, _MD_CJK, _DAY_MONTH, _MONTH_DAY, _DOT_NO_YEAR):
        m = _first(rx, text)
        if m is None or (best is not None and m.start() >= best[1][0]):
            continue
        groups = m.groupdict()
        year = int(groups["y"]) if groups.get("y") else None
        if year is not None and year < 100:
            year += 2000
        if "mon" in groups:
            month = month_number(groups["mon"]) or 0
            date = _Date(year, month, int(groups["d"]), known=True)
        elif "a" in groups:
            date = _Date(year, int(groups["a"]), int(groups["b"]), known=False,
                         sep=groups.get("sep") or ".")  # fmt: skip
        else:
            date = _Date(year, int(groups["m"]), int(groups["d"]), known=True)
        best = date, m.span()
    return best


def _find_time(
    text: str,
) -> tuple[tuple[int, int, int], dt.timezone | None, tuple[int, int]] | None:
    for m in _TIME.finditer(text):
        hour = int(m["h"])
        minute = int(m["mi"] or m["mi2"] or 0)
        if m["mi"] is None and m["mi2"] is None:
            continue
        second = int(m["s"] or 0)
        half = (m["ampm"] or "").lower() or {
            "上午": "a",
            "午前": "a",
            "오전": "a",
            "下午": "p",
            "午後": "p",
            "오후": "p",
        }.get(m["half"] or "", "")
        if half:
            if not 1 <= hour <= 12:
                continue
            hour = hour % 12 + (12 if half == "p" else 0)
        if hour > 23:
            continue
        end = m.end()
        offset = None
        o = _OFFSET.match(text, end)
        if o is not None and o.group(0).strip():
            offset = _offset(o)
            if offset is not None:
                end = o.end()
        return (hour, minute, second), offset, (m.start(), end)
    return None


def _offset(o: regex.Match[str]) -> dt.timezone | None:
    if o["z"]:
        return dt.timezone.utc
    sign, hours, minutes = (
        (o["sign"], o["oh"], o["om"]) if o["sign"] else (o["sign2"], o["oh2"], o["om2"])
    )
    if sign is None:
        return dt.timezone.utc if o.group(0).strip(" ()[]").upper() in ("GMT", "UTC") else None
    delta = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > dt.timedelta(hours=14):
        return None
    return dt.timezone(-delta if sign in "-−" else delta)


def _read_line(index: int, text: str) -> _Line:
    """A line with its date, time and offset found, and what is left of it."""
    date = _find_date(text)
    spans: list[tuple[int, int]] = []
    if date is not None:
        spans.append(date[1])
    masked = (
        text
        if date is None
        else text[: date[1][0]] + " " * (date[1][1] - date[1][0]) + text[date[1][1] :]
    )
    time = _find_time(masked)
    if time is not None:
        spans.append(time[2])
    if not spans:
        return _Line(index, text, rest=text)
    spans.sort()
    pieces, last = [], 0
    for start, end in spans:
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    # 'Tuesday, December 2, 2026', '2026-12-02 周二 14:05:33', '2026年12月2日(水)'
    words = [_CONNECTORS.sub("", p) for p in pieces]
    stamp = text[spans[0][0] : spans[-1][1]].strip()
    rest = "  ".join(w for w in words if w and not is_weekday(w))
    return _Line(index, text, date[0] if date else None, time[0] if time else None,
                 time[1] if time else None, rest.strip(), stamp)  # fmt: skip


def _weight(text: str) -> tuple[float | None, str]:
    """The weight in grams a text states, and the text without it."""
    m = _WEIGHT.search(text)
    if m is None:
        return None, text
    grams = float(m["v"].replace(",", ".")) * _UNIT_G[m["u"].casefold()]
    return round(grams, 3), (text[: m.start()] + " " + text[m.end() :]).strip()


@attrs.frozen
class _Anchor:
    line: _Line
    date: _Date


def _anchors(lines: list[_Line]) -> list[_Anchor]:
    """The lines that start an event: a date with a time, a time under a date line, or a
    date alone that no time follows."""
    # for each line, whether the next line with a date or a time has a time only
    time_next = [False] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        after = lines[i + 1]
        stamped = after.date is not None or after.time is not None
        time_next[i] = (
            (after.date is None and after.time is not None) if stamped else time_next[i + 1]
        )
    out: list[_Anchor] = []
    current: _Date | None = None
    for i, line in enumerate(lines):
        if (line.date is not None or line.time is not None) and is_label(line.text):
            continue  # 'Estimated delivery: Dec 10', 'Трек-номер … от 02.12.2026'
        if line.date is not None:
            current = line.date
            if line.time is None and time_next[i]:
                continue  # a date header: the times below carry it
            out.append(_Anchor(line, line.date))
        elif line.time is not None and current is not None:
            out.append(_Anchor(line, current))
    return out


def _resolve_orders(anchors: list[_Anchor], lang: str | None) -> dict[str, Literal["dmy", "mdy"]]:
    """How ``a/b/y`` and ``a.b.y`` dates read on this page: a part above 12 decides, then
    the order that keeps the dates sorted, then the language (dots: day first)."""
    orders: dict[str, Literal["dmy", "mdy"]] = {}
    for sep in {a.date.sep for a in anchors if not a.date.known}:
        dates = [a.date for a in anchors if not a.date.known and a.date.sep == sep]
        day_first = any(d.a > 12 >= d.b for d in dates)
        month_first = any(d.b > 12 >= d.a for d in dates)
        if day_first != month_first:
            orders[sep] = "dmy" if day_first else "mdy"
            continue
        default: Literal["dmy", "mdy"] = "dmy" if sep == "." else numeric_order(lang)
        disorder = {o: _disorder([_md(d, o) for d in dates]) for o in ("dmy", "mdy")}
        if disorder["dmy"] != disorder["mdy"]:
            orders[sep] = "dmy" if disorder["dmy"] < disorder["mdy"] else "mdy"
        else:
            orders[sep] = default
    return orders


def _md(d: _Date, order: str) -> tuple[int, int, int]:
    month, day = (d.b, d.a) if order == "dmy" else (d.a, d.b)
    return d.year or 0, month, day


def _disorder(keys: list[tuple[int, int, int]]) -> int:
    """Steps against the page's direction (a history runs one way: newest or oldest first)."""
    up = sum(a < b for a, b in itertools.pairwise(keys))
    down = sum(a > b for a, b in itertools.pairwise(keys))
    return min(up, down)


def _page_lang(lines: list[_Line], lang: str | None) -> str | None:
    """The language given, else the one most statuses and month names are in."""
    if lang is not None:
        return lang.strip().lower().replace("_", "-").split("-")[0] or None
    votes: Counter[str] = Counter()
    for line in lines[:200]:
        text = line.rest or line.text
        if _HAS_LETTER.search(text):
            found = normalize_status(text).lang
            if found:
                votes[found] += 1
    return votes.most_common(1)[0][0] if votes else None


@attrs.frozen
class _Block:
    anchor: _Anchor
    lines: tuple[_Line, ...]


def _blocks(lines: list[_Line], anchors: list[_Anchor], lang: str | None) -> list[_Block]:
    """The lines of each event: from its first line (the status before the date, when
    the page puts it there, else the date's line) to the next event's first line."""
    at = {a.line.index: a for a in anchors}

    def recognised(line: _Line) -> bool:
        return (line.index not in at and not is_label(line.text)
                and _stage(line.text, lang) is not Stage.UNKNOWN)  # fmt: skip

    inline = {a.line.index for a in anchors if _stage(a.line.rest, lang) is not Stage.UNKNOWN}
    starts: list[int] = [a.line.index for a in anchors]
    if len(inline) * 2 < len(anchors):
        # Anchors without a status of their own vote for where the page puts it.
        ends = [*starts[1:], len(lines)]
        lows = [0, *[s + 1 for s in starts[:-1]]]
        after = before = 0
        for lo, s, e in zip(lows, starts, ends, strict=True):
            if s not in inline:
                after += any(recognised(x) for x in lines[s + 1 : e])
                before += any(recognised(x) for x in lines[lo:s])
        if before > after:
            starts = [
                s if s in inline else next((x.index for x in lines[lo:s] if recognised(x)), s)
                for lo, s in zip(lows, starts, strict=True)
            ]
    out: list[_Block] = []
    for k, anchor in enumerate(anchors):
        end = starts[k + 1] if k + 1 < len(anchors) else min(len(lines), anchor.line.index + 4)
        out.append(_Block(anchor, tuple(lines[starts[k] : max(end, anchor.line.index + 1)])))
    return out


def _stage(text: str, lang: str | None) -> Stage:
    return normalize_status(text, lang).stage if text else Stage.UNKNOWN


def _place_column(lines: list[_Line], anchors: list[_Anchor]) -> int | None:
    """The column of a table's header (before the first event) that names the place."""
    first = anchors[0].line.index if anchors else 0
    for line in lines[:first]:
        cells = [fold(c) for c in line.text.split("\t")]
        if len(cells) >= 3:
            hit = next((k for k, c in enumerate(cells) if c in PLACE_HEADERS), None)
            if hit is not None:
                return hit
    return None


def _event_parts(
    block: _Block, lang: str | None, place_column: int | None
) -> tuple[str, str, str | None, float | None] | None:
    """(status text, raw line, location, weight in grams) of a block, or None when it has
    no status text at all."""
    anchor = block.anchor.line
    weight: float | None = None
    texts: list[tuple[_Line, str]] = []
    for line in block.lines:
        text = anchor.rest if line is anchor else line.text
        if not text or is_label(text):
            continue
        w, text = _weight(text)
        weight = weight if weight is not None else w
        cells = [c for c in _CELLS.split(text) if c.strip() and not is_label(c)]
        texts.extend((line, c.strip()) for c in cells if _HAS_LETTER.search(c))
    if not texts:
        return None
    status_at = next(
        (k for k, (_, t) in enumerate(texts) if _stage(t, lang) is not Stage.UNKNOWN), 0
    )
    line, status = texts[status_at]
    others = [t for k, (_, t) in enumerate(texts) if k != status_at and len(t) <= 80]
    location = _place(status, others, anchor, place_column, lang)
    raw = line.text.strip()
    return status, raw, location, weight


def _place(
    status: str, others: list[str], anchor: _Line, place_column: int | None, lang: str | None
) -> str | None:
    """Where an event happened, by the first that gives one: the table's place column; a
    line or cell of its own; a bracketed place ('[Guangzhou] …', '… 【上海转运中心】'); the
    part of 'status, Place' or 'Place, status' that is no status; the place the status
    normaliser finds in the text."""
    if place_column is not None:
        cells = anchor.text.split("\t")
        if place_column < len(cells) and _HAS_LETTER.search(cells[place_column]):
            return cells[place_column].strip()
    if others:
        return others[0]
    lead = _BRACKETED_PLACE.search(status)
    if lead is not None:
        return lead["place"].strip() or None
    if "," in status:
        head, tail = (part.strip() for part in status.split(",", 1))
        head_stage, tail_stage = _stage(head, lang), _stage(tail, lang)
        if head_stage is Stage.UNKNOWN and tail_stage is not Stage.UNKNOWN and head:
            return head
        if tail_stage is Stage.UNKNOWN and head_stage is not Stage.UNKNOWN and tail:
            return tail
    return normalize_status(status, lang).location


def _moment(
    anchor: _Anchor,
    orders: dict[str, Literal["dmy", "mdy"]],
    tz: dt.tzinfo | None,
    now: dt.datetime | None,
) -> dt.datetime | None:
    d = anchor.date
    month, day = (
        (d.a, d.b) if d.known else ((d.b, d.a) if orders.get(d.sep, "dmy") == "dmy" else (d.a, d.b))
    )
    hour, minute, second = anchor.line.time or (0, 0, 0)
    zone: dt.tzinfo | None = anchor.line.offset or tz
    if zone is None:
        raise InvalidComponent(
            f"{anchor.line.stamp[:40]} has no UTC offset: pass tz (e.g. "
            "zoneinfo.ZoneInfo('Europe/Moscow')); parcelkit never guesses a time zone"
        )
    if d.year is not None:
        try:
            return dt.datetime(d.year, month, day, hour, minute, second, tzinfo=zone)
        except ValueError:  # 30 February
            return None
    if now is None:
        raise InvalidComponent(
            f"{anchor.line.stamp[:40]} has no year: pass now, from which the year is "
            "inferred (the history does not end in the future)"
        )
    # the latest year that does not put the date after now (29 February: up to 8 back)
    for year in range(now.year, now.year - 9, -1):
        try:
            moment = dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
        except ValueError:
            continue
        if moment <= now + dt.timedelta(days=1):
            return moment
    return None


def _lines(text: str) -> Iterator[_Line]:
    """The non-blank lines, numbered among themselves (blank lines separate nothing that
    the layout does not already)."""
    kept = (raw[:MAX_LINE_LENGTH].strip() for raw in text.splitlines()[:MAX_LINES])
    for i, line in enumerate(x for x in kept if x):
        yield _read_line(i, line)


def parse_history(
    text: str,
    *,
    tz: dt.tzinfo | None = None,
    now: dt.datetime | None = None,
    lang: str | None = None,
) -> list[Event]:
    """The events of a pasted tracking history, oldest first.

    Times printed without an offset take *tz*; when there are such times and *tz* is
    None, :class:`~parcelkit.InvalidComponent` says so (the zone is never guessed).  A
    date without a year takes the latest year that does not put it after *now* (one day
    of slack); with *now* None such a date is ``InvalidComponent`` too.  *lang*
    (ISO 639-1) is the language of the statuses, used first by
    :func:`~parcelkit.normalize_status` and to read ``a/b/yyyy`` dates; by default the
    page's statuses tell.  Lines that are not events are skipped; no event gives ``[]``.
    Only the first :data:`MAX_LINES` lines and :data:`MAX_LINE_LENGTH` characters of
    each are read.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if tz is not None and not isinstance(tz, dt.tzinfo):
        raise TypeError(f"tz must be a datetime.tzinfo or None, not {type(tz).__name__}")
    if now is not None:
        if not isinstance(now, dt.datetime):
            raise TypeError(f"now must be a datetime or None, not {type(now).__name__}")
        if now.utcoffset() is None:
            raise InvalidFormat(f"now {now.isoformat()} has no timezone: pass an aware datetime")
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"lang must be a str or None, not {type(lang).__name__}")
    lines = list(_lines(text))
    anchors = _anchors(lines)
    if not anchors:
        return []
    page_lang = _page_lang(lines, lang)
    orders = _resolve_orders(anchors, page_lang)
    status_lang = lang
    events: list[Event] = []
    place_column = _place_column(lines, anchors)
    for block in _blocks(lines, anchors, status_lang):
        parts = _event_parts(block, status_lang, place_column)
        if parts is None:
            continue
        moment = _moment(block.anchor, orders, tz, now)
        if moment is None:
            continue
        status, raw, location, weight = parts
        stage = normalize_status(status, status_lang).stage
        events.append(Event(moment, stage, location=location, weight_g=weight, raw=raw))
    return _without_repeats(sorted(events, key=lambda e: e.time))


def _without_repeats(events: list[Event]) -> list[Event]:
    """A summary that repeats an event ('Latest update: delivered … on December 2 …') is
    dropped: of two events with the same moment and stage the shorter line is kept."""
    out: list[Event] = []
    for e in events:
        if out and out[-1].time == e.time and out[-1].status is e.status:
            if len(e.raw or "") < len(out[-1].raw or ""):
                out[-1] = e
            continue
        out.append(e)
    return out
