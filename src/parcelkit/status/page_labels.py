"""What tracking pages print around a history that is not an event: the table that
:func:`parcelkit.parse_history` skips lines with, and the table headers that name the
column holding the place.

One row per label, folded (case-folded, spaces collapsed), with its role and the pasted
page of ``tests/data/histories/`` it was taken from (a test finds it there):

* ``label``: a line (or table cell) that is exactly this is skipped — buttons, headers;
* ``prefix``: a line that starts with this is skipped, dates and all — the tracking
  number, an estimated delivery date, adverts;
* ``place``: a table header whose column holds the place of each event.

>>> is_label('Show more'), is_label('Трек-номер RA644000035RU'), is_label('Delivered')
(True, True, False)
>>> 'место' in PLACE_HEADERS
True
"""

from __future__ import annotations

import functools
from typing import Final, Literal

import attrs

__all__ = ["PLACE_HEADERS", "ROWS", "PageLabel", "fold", "is_label"]


@attrs.frozen
class PageLabel:
    """One label of a tracking page."""

    text: str
    role: Literal["label", "prefix", "place"]
    #: The page of tests/data/histories/ that shows it.
    source: str


def _rows(
    role: Literal["label", "prefix", "place"], *pairs: tuple[str, str]
) -> tuple[PageLabel, ...]:
    return tuple(PageLabel(text, role, source) for text, source in pairs)


ROWS: Final[tuple[PageLabel, ...]] = (
    *_rows(
        "label",
        ("copy", "aliexpress_01.txt"),
        ("show more", "aliexpress_01.txt"),
        ("show less", "hand_cainiao_01.txt"),
        ("show all", "17track_01.txt"),
        ("translate", "hand3_17track_01.txt"),
        ("details", "hand3_17track_01.txt"),
        ("share", "hand3_17track_01.txt"),
        ("tracking history", "hand2_usps_01.txt"),
        ("see all tracking history", "usps_01.txt"),
        ("скопировать", "hand_russian_post_01.txt"),
        ("копировать", "hand3_cainiao_01.txt"),
        ("показать ещё", "russian_post_table_01.txt"),
        ("подробнее", "hand3_cainiao_01.txt"),
        ("скрыть", "hand3_cainiao_01.txt"),
        ("история отправления", "russian_post_cards_01.txt"),
        ("скопіювати", "hand_nova_poshta_01.txt"),
        ("показати ще", "nova_poshta_01.txt"),
        ("复制", "hand3_china_courier_01.txt"),
        ("展开", "hand3_china_courier_01.txt"),
        ("收起", "hand3_china_courier_01.txt"),
        ("查看更多", "china_courier_01.txt"),
        ("物流详情", "china_courier_01.txt"),
        ("履歴情報", "japan_post_01.txt"),
    ),
    *_rows(
        "prefix",
        ("tracking number", "cainiao_01.txt"),
        ("estimated delivery", "hand3_17track_01.txt"),
        ("download", "cainiao_01.txt"),
        ("advertisement", "17track_01.txt"),
        ("трек-номер", "russian_post_table_01.txt"),
        ("ожидаемая дата", "hand3_cainiao_01.txt"),
        ("реклама", "russian_post_table_01.txt"),
        ("скачайте", "russian_post_cards_01.txt"),
        ("номер відправлення", "nova_poshta_01.txt"),
        ("运单号", "china_courier_01.txt"),
        ("预计", "hand3_china_courier_01.txt"),
        ("お問い合わせ番号", "japan_post_01.txt"),
    ),
    *_rows(
        "place",
        ("место", "hand2_russian_post_01.txt"),
        ("取扱局", "japan_post_01.txt"),
        ("office", "hand_japan_post_01.txt"),
    ),
)


def fold(text: str) -> str:
    """*text* as the table holds it: case-folded, spaces collapsed, edge punctuation off."""
    return " ".join(text.casefold().split()).strip(" :·|-")


@functools.cache
def _tables() -> tuple[frozenset[str], tuple[str, ...]]:
    labels = frozenset(r.text for r in ROWS if r.role == "label")
    prefixes = tuple(r.text for r in ROWS if r.role == "prefix")
    return labels, prefixes


def is_label(text: str) -> bool:
    """Whether a line (or cell) is page furniture, not an event; blank counts too."""
    folded = fold(text)
    labels, prefixes = _tables()
    return not folded or folded in labels or folded.startswith(prefixes)


#: Folded headers of the table column that holds the place.
PLACE_HEADERS: Final = frozenset(r.text for r in ROWS if r.role == "place")
