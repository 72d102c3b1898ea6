"""Words around a run of characters that make it more or less likely to be a tracking code.

:func:`parcelkit.find` reads the words just before a run (and a currency sign just after
it).  A *code* word (``трек``, ``tracking number``, ``运单号``, a carrier's name) raises a
weak format; a *not-code* word (``тел``, ``phone``, ``ИНН``, ``order``, ``订单号``) lowers
it.  Each row is one word of one language with the page where that word labels the
field (a carrier's tracking form, a tax office's page, a marketplace's order page).
Words are matched case-insensitively at a word start; a longer word wins over its prefix.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

__all__ = ["CURRENCY", "WORDS", "ContextWord"]

Kind = Literal["code", "not_code"]


@attrs.frozen
class ContextWord:
    """One context word of one language."""

    lang: str
    word: str
    kind: Kind
    source: str


_POCHTA: Final = "https://www.pochta.ru/tracking"
_CDEK: Final = "https://www.cdek.ru/ru/tracking"
_FNS: Final = "https://www.nalog.gov.ru/rn77/fl/interest/inn/"
_ALI_ORDER: Final = "https://help-en.megabonus.com/article/354-mismatch-of-order-numbers"
_USPS: Final = "https://tools.usps.com/go/TrackConfirmAction_input"
_UPS: Final = "https://www.ups.com/track"
_SF: Final = "https://www.sf-express.com/chn/sc/waybill/list"
_KUAIDI: Final = "https://www.kuaidi100.com/"
_TAOBAO_ORDER: Final = "https://service.taobao.com/support/knowledge-1130781.htm"
_SEED: Final = "seed 001_476d9909002067ca.txt"


def _rows(lang: str, kind: Kind, source: str, *words: str) -> tuple[ContextWord, ...]:
    return tuple(ContextWord(lang, w, kind, source) for w in words)


WORDS: Final[tuple[ContextWord, ...]] = (
    # Russian: the tracking forms of Russian Post and CDEK; the tax office's INN page.
    *_rows("ru", "code", _POCHTA, "трек", "трек-номер", "трекномер", "номер отслеживания",
           "отслеживани", "шпи", "почтовый идентификатор"),
    *_rows("ru", "code", _CDEK, "накладн", "номер отправления", "посылк"),
    *_rows("ru", "not_code", _FNS, "инн", "кпп", "огрн", "снилс"),
    *_rows("ru", "not_code", _POCHTA, "тел", "телефон", "моб", "звони", "позвони"),
    *_rows("ru", "not_code", _ALI_ORDER, "заказ", "номер заказа", "карт", "счёт", "счет",
           "оплат"),
    # English: carriers' tracking forms; order numbers as the seed describes them.
    *_rows("en", "code", _USPS, "tracking", "track", "tracking number", "tracking no",
           "tracking #", "trk"),
    *_rows("en", "code", _UPS, "waybill", "shipment", "parcel", "package"),
    *_rows("en", "not_code", _SEED, "order", "order number", "order #", "order no"),
    *_rows("en", "not_code", _USPS, "phone", "tel", "call", "mobile", "fax", "zip"),
    *_rows("en", "not_code", _ALI_ORDER, "card", "card ending", "account", "iban", "tax id",
           "invoice", "vat"),
    # Chinese: SF Express and kuaidi100 tracking forms; Taobao's order help.
    *_rows("zh", "code", _SF, "运单号", "运单", "单号"),
    *_rows("zh", "code", _KUAIDI, "快递单号", "快递", "物流单号", "追踪号", "跟踪号"),
    *_rows("zh", "not_code", _TAOBAO_ORDER, "订单号", "订单编号", "订单", "手机", "电话",
           "卡号", "身份证", "税号"),
)

#: Currency signs and words that, right after a run of digits, make it an amount.
CURRENCY: Final = ("₽", "$", "€", "£", "¥", "元", "руб", "р.", "usd", "eur", "rub", "yuan")
