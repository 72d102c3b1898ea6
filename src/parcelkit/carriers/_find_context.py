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
_DHL_DE: Final = "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"
_DHL_EXPRESS: Final = "https://www.dhl.com/global-en/home/tracking.html"
_CORREOS: Final = "https://www.correos.es/es/es/herramientas/localizador/envios"
_PTT: Final = "https://gonderitakip.ptt.gov.tr/"
_NOVA_POSHTA: Final = "https://novaposhta.ua/tracking"
_UKRPOSHTA: Final = "https://track.ukrposhta.ua/tracking_UA.html"
_INPOST: Final = "https://inpost.pl/sledzenie-przesylek"
_CORREIOS: Final = "https://rastreamento.correios.com.br/app/index.php"
_POSTE: Final = "https://www.poste.it/cerca/index.html#/"
_LAPOSTE: Final = "https://www.laposte.fr/outils/suivre-vos-envois"
_CAINIAO: Final = "https://global.cainiao.com/"
_ALI_ORDER_ZH: Final = "https://service.taobao.com/support/knowledge-6452781.htm"
_FNS_RECEIPT: Final = "https://www.nalog.gov.ru/rn77/service/check_receipt/"
_DIIA_TAX: Final = "https://tax.gov.ua/dovidniki--reestri--perelik/"
_EBAY_ORDER: Final = "https://www.ebay.com/help/buying/paying-items/payment-methods?id=4035"
_TAOBAO_SERVICE: Final = "https://service.taobao.com/support/main/service_center.htm"
_PL_TAX: Final = "https://www.podatki.gov.pl/nip/"
_TR_TAX: Final = "https://ivd.gib.gov.tr/"
_PT_TAX: Final = "https://www.portaldasfinancas.gov.pt/"
_IT_TAX: Final = "https://www.agenziaentrate.gov.it/portale/codice-fiscale"
_FR_TAX: Final = "https://www.economie.gouv.fr/entreprises/numero-siret"
_JP_TAX: Final = "https://www.invoice-kohyo.nta.go.jp/"
_GS1: Final = "https://www.gs1.org/standards/barcodes/ean-upc"
_AMAZON_DE_ORDER: Final = "https://www.amazon.de/gp/help/customer/display.html?nodeId=GQ2VP6D2N8NRKJBN"
_AMAZON_ES_ORDER: Final = "https://www.amazon.es/gp/help/customer/display.html?nodeId=GQ2VP6D2N8NRKJBN"


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
    # After-sale cases, purchase orders and invoices have numbers of their own, and an
    # after-sale number (售后单号) is no waybill (运单号) however it ends.
    *_rows("zh", "not_code", _ALI_ORDER_ZH, "售后单号", "售后", "退款编号", "采购单", "发票",
           "账号", "开户行", "纳税人识别号", "客服热线", "热线"),
    # Carriers' names and their tracking fields, where the number is asked for.
    *_rows("zh", "code", _CAINIAO, "菜鸟", "快递号"),
    *_rows("en", "code", _DHL_EXPRESS, "awb", "air waybill", "dhl", "fedex", "ups", "usps",
           "cainiao", "yanwen", "4px", "yunexpress", "j&t", "evri", "yodel", "royal mail"),
    *_rows("de", "code", _DHL_DE, "sendungsnummer", "sendungsverfolgung", "paketnummer",
           "trackingnummer", "dpd", "gls", "hermes"),
    *_rows("es", "code", _CORREOS, "número de seguimiento", "numero de seguimiento",
           "número de envío", "numero de envio", "nº de envío", "seguimiento", "correos",
           "seur"),
    *_rows("tr", "code", _PTT, "takip numarası", "takip numarasi", "takip no", "kargo takip",
           "gönderi takip", "barkod numarası"),
    *_rows("uk", "code", _NOVA_POSHTA, "номер відправлення", "номер накладної", "ттн",
           "накладна", "нова пошта", "новая почта"),
    *_rows("uk", "code", _UKRPOSHTA, "трек-номер", "укрпошта", "відстеження"),
    *_rows("pl", "code", _INPOST, "numer przesyłki", "numer przesylki", "numer nadania",
           "śledzenie", "inpost", "paczka"),
    *_rows("pt", "code", _CORREIOS, "código de rastreio", "codigo de rastreio",
           "código de rastreamento", "rastreio", "rastreamento", "correios"),
    *_rows("it", "code", _POSTE, "codice di tracciamento", "numero di spedizione",
           "codice spedizione", "tracciamento"),
    *_rows("fr", "code", _LAPOSTE, "numéro de suivi", "numero de suivi", "suivi",
           "colissimo", "chronopost"),
    # Fiscal receipts, tax ids and barcodes: numbers that are no code.
    *_rows("ru", "not_code", _FNS_RECEIPT, "фн", "фд", "фп", "чек", "кассов"),
    *_rows("uk", "not_code", _DIIA_TAX, "єдрпоу", "іпн", "рнокпп", "рахунок"),
    *_rows("en", "not_code", _GS1, "upc", "ean", "gtin", "barcode", "serial", "imei",
           "receipt", "dispute", "case id", "ticket"),
    *_rows("de", "not_code", _AMAZON_DE_ORDER, "bestellnr", "bestellnummer", "bestellung",
           "kreditkarte", "rechnung", "kundennummer"),
    *_rows("es", "not_code", _AMAZON_ES_ORDER, "pedido", "tarjeta", "factura",
           "número de serie", "numero de serie", "registro", "teléfono", "telefono"),
    *_rows("en", "not_code", _EBAY_ORDER, "item number", "transaction", "payment",
           "event id", "event_id"),
    *_rows("zh", "not_code", _TAOBAO_SERVICE, "工单号", "工单", "会员编号", "会员", "积分"),
    *_rows("uk", "not_code", _DIIA_TAX, "фіскальний", "рро", "чек", "телефон"),
    *_rows("pl", "not_code", _PL_TAX, "nip", "regon", "krs", "faktura", "transakcji",
           "telefon"),
    *_rows("tr", "not_code", _TR_TAX, "vergi no", "vergi", "mersis", "işlem no", "fatura",
           "sipariş", "siparis", "telefon"),
    *_rows("pt", "not_code", _PT_TAX, "nif", "cpf", "cnpj", "fatura", "cartão", "cartao",
           "telefone", "celular"),
    *_rows("it", "not_code", _IT_TAX, "codice fiscale", "partita iva", "cellulare",
           "telefono", "carta", "ordine"),
    *_rows("fr", "not_code", _FR_TAX, "siret", "siren", "facture", "téléphone",
           "telephone", "portable", "carte", "commande"),
    *_rows("de", "not_code", _AMAZON_DE_ORDER, "handy", "mobil"),
    # Brazilian fiscal documents and bank slips; identity papers; serial numbers.
    *_rows("pt", "not_code", _PT_TAX, "sat", "cupom fiscal", "nota fiscal",
           "chave de acesso", "boleto", "código de barras", "codigo de barras"),
    *_rows("ru", "not_code", _FNS, "паспорт", "серия", "с/н", "серийн"),
    *_rows("uk", "not_code", _DIIA_TAX, "серійний", "паспорт"),
    *_rows("en", "not_code", _GS1, "s/n", "inv", "passport"),
    *_rows("fr", "not_code", _FR_TAX, "sécurité sociale", "securite sociale"),
    *_rows("zh", "not_code", _TAOBAO_SERVICE, "账户", "对公账户", "服务单号"),
    *_rows("ja", "not_code", _JP_TAX, "登録番号", "請求書番号", "注文番号", "マイナンバー"),
)

#: Currency signs and words that, right after a run of digits, make it an amount.
CURRENCY: Final = ("₽", "$", "€", "£", "¥", "元", "руб", "р.", "usd", "eur", "rub", "yuan")
