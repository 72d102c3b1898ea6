"""Facts about each carrier for people: display name, home country, site, kind, tracking URL.

One row per carrier id the classifier knows or is about to know.  ``tracking_url`` is a
plain template from the carrier's public tracking page, with ``{code}`` where the code
goes; ``None`` where the page takes no code in its address (a form, a captcha, a login, or
a second field such as a postcode).  Nothing is fetched.  ``s10`` has no URL of its own:
an S10 item is followed on the site of the operator of the country in its last two letters
(:mod:`parcelkit._s10_operators`).

Sources: tracking_number_data's courier files (MIT) where they list the carrier; karrio's
connector code (Apache-2.0) for the tracking links it builds; otherwise the carrier's own
tracking page.

>>> by_id()["cainiao"].tracking_url.format(code="LP00123456789012")
'https://global.cainiao.com/detail.htm?mailNoList=LP00123456789012'
>>> by_id()["s10"].kind, by_id()["s10"].tracking_url
('post', None)
"""

from __future__ import annotations

import functools
from typing import Final, Literal

import attrs

from parcelkit.carriers._row import TND

__all__ = ["KINDS", "ROWS", "InfoRow", "Kind", "by_id"]

Kind = Literal["post", "courier", "consolidator", "marketplace"]

#: The closed vocabulary of ``InfoRow.kind``: a postal operator, a parcel or express
#: company, a cross-border consolidator that hands items on to posts, a marketplace's own
#: delivery.
KINDS: Final[tuple[Kind, ...]] = ("post", "courier", "consolidator", "marketplace")


@attrs.frozen
class InfoRow:
    """One carrier as a person sees it."""

    id: str
    name: str
    #: ISO 3166-1 alpha-2 code of the home market, or ``None`` for a global network.
    country: str | None
    website: str | None
    kind: Kind
    #: Template with ``{code}`` exactly once, or ``None``.
    tracking_url: str | None
    source: str


_KARRIO: Final = (
    "https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/{0}/karrio/providers/"
    "{0}/utils.py (tracking_url)"
)


def _karrio(connector: str) -> str:
    return _KARRIO.format(connector)


_row = InfoRow

ROWS: Final[tuple[InfoRow, ...]] = (
    # The classifier's carriers.
    _row("4px", "4PX", "CN", "https://www.4px.com", "consolidator",
         "https://track.4px.com/#/result/0/{code}", "https://track.4px.com/"),
    _row("amazon", "Amazon Logistics", None, "https://www.amazon.com", "marketplace",
         None, TND.format("amazon")),
    _row("cainiao", "Cainiao", "CN", "https://global.cainiao.com", "consolidator",
         "https://global.cainiao.com/detail.htm?mailNoList={code}",
         "https://global.cainiao.com/detail.htm"),
    _row("canada_post", "Canada Post", "CA", "https://www.canadapost-postescanada.ca", "post",
         "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={code}",
         TND.format("canadapost")),
    _row("canpar", "Canpar Express", "CA", "https://www.canpar.com", "courier",
         "https://www.canpar.com/en/track/tracking.jsp?reference={code}&locale=en",
         TND.format("canpar")),
    _row("dhl", "DHL", None, "https://www.dhl.com", "courier",
         "https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id={code}",
         _karrio("dhl_express") + "; the global-en page where karrio uses ca-en"),
    _row("dpd", "DPD", None, "https://www.dpd.com", "courier",
         "https://www.dpdgroup.com/tracking?parcelNumber={code}", _karrio("dpd_meta")),
    _row("fedex", "FedEx", None, "https://www.fedex.com", "courier",
         "https://www.fedex.com/fedextrack/?trknbr={code}", _karrio("fedex")),
    _row("gofo", "GOFO Express", "US", "https://www.gofoexpress.com", "courier",
         "https://www.gofoexpress.com/tracking.html?searchID={code}", TND.format("gofo")),
    _row("landmark", "Landmark Global", None, "https://landmarkglobal.com", "consolidator",
         "https://track.landmarkglobal.com/?search={code}", TND.format("landmark")),
    _row("lasership", "LaserShip", "US", "https://www.lasership.com", "courier",
         None, TND.format("lasership")),
    _row("old_dominion", "Old Dominion Freight Line", "US", "https://www.odfl.com", "courier",
         "https://www.odfl.com/us/en/tools/trace-track-ltl-freight/trace.html?proNumbers={code}",
         TND.format("old_dominion")),
    _row("ontrac", "OnTrac", "US", "https://www.ontrac.com", "courier",
         "https://www.ontrac.com/tracking/?number={code}",
         TND.format("ontrac") + " (listed as http; the site serves https)"),
    _row("purolator", "Purolator", "CA", "https://www.purolator.com", "courier",
         "https://www.purolator.com/en/shipping/tracker?searchValue={code}",
         TND.format("purolator")),
    _row("russian_post", "Russian Post", "RU", "https://www.pochta.ru", "post",
         "https://www.pochta.ru/tracking?barcode={code}", "https://www.pochta.ru/tracking"),
    _row("s10", "UPU S10 postal item", None, None, "post", None, TND.format("s10")),
    _row("speedee", "Spee-Dee Delivery", "US", "https://www.speedeedelivery.com", "courier",
         "https://www.speedeedelivery.com/track/?tracking={code}", TND.format("speedee")),
    _row("ups", "UPS", None, "https://www.ups.com", "courier",
         "https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums={code}",
         TND.format("ups")),
    _row("usps", "USPS", "US", "https://www.usps.com", "post",
         "https://tools.usps.com/go/TrackConfirmAction?tLabels={code}", TND.format("usps")),
    _row("yanwen", "Yanwen", "CN", "https://www.yw56.com.cn", "consolidator",
         "https://track.yw56.com.cn/en/querydel?nums={code}",
         "https://track.yw56.com.cn/en/querydel"),
    _row("yodel", "Yodel", "GB", "https://www.yodel.co.uk", "courier",
         "https://www.yodel.co.uk/tracking/{code}", TND.format("yodel")),
    _row("yunexpress", "YunExpress", "CN", "https://www.yunexpress.com", "consolidator",
         "https://www.yuntrack.com/parcelTracking?id={code}", TND.format("yunexpress")),
    # Europe.
    _row("hermes", "Hermes", "DE", "https://www.myhermes.de", "courier",
         "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#{code}",
         "https://www.myhermes.de/empfangen/sendungsverfolgung/"),
    _row("evri", "Evri", "GB", "https://www.evri.com", "courier",
         "https://www.evri.com/track/parcel/{code}", "https://www.evri.com/track-a-parcel"),
    _row("austrian_post", "Österreichische Post", "AT", "https://www.post.at", "post",
         "https://www.post.at/sv/sendungssuche?snr={code}", _karrio("postat")),
    _row("gls", "GLS", None, "https://gls-group.com", "courier",
         "https://gls-group.eu/EU/en/parcel-tracking?match={code}",
         "https://gls-group.eu/EU/en/parcel-tracking"),
    _row("correos", "Correos", "ES", "https://www.correos.es", "post",
         "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={code}",
         "https://www.correos.es/es/es/herramientas/localizador/envios"),
    _row("seur", "SEUR", "ES", "https://www.seur.com", "courier",
         "https://www.seur.com/livetracking/?segOnlineIdentificador={code}",
         "https://www.seur.com/livetracking/"),
    _row("mrw", "MRW", "ES", "https://www.mrw.es", "courier", None,
         "https://www.mrw.es/seguimiento_envios/"),
    _row("bpost", "bpost", "BE", "https://www.bpost.be", "post",
         "https://track.bpost.cloud/btr/web/#/search?itemCode={code}&lang=en", _karrio("bpost")),
    _row("tnt", "TNT", None, "https://www.tnt.com", "courier",
         "https://www.tnt.com/express/en_gb/site/shipping-tools/tracking.html?searchType=con&cons={code}",
         "https://www.tnt.com/express/en_gb/site/shipping-tools/tracking.html"),
    _row("sda", "SDA Express Courier", "IT", "https://www.sda.it", "courier",
         "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{code}",
         "https://www.poste.it/cerca/index.html (Poste Italiane's tracking covers SDA)"),
    _row("post_luxembourg", "POST Luxembourg", "LU", "https://www.post.lu", "post", None,
         "https://www.post.lu/particuliers/colis-courrier/track-and-trace"),
    _row("parcelforce", "Parcelforce Worldwide", "GB", "https://www.parcelforce.com", "courier",
         "https://www.parcelforce.com/track-trace?trackNumber={code}",
         "https://www.parcelforce.com/track-trace"),
    _row("royal_mail", "Royal Mail", "GB", "https://www.royalmail.com", "post",
         "https://www.royalmail.com/track-your-item#/tracking-results/{code}",
         "https://www.royalmail.com/track-your-item"),
    _row("chronopost", "Chronopost", "FR", "https://www.chronopost.fr", "courier",
         "https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={code}",
         _karrio("chronopost")),
    _row("colissimo", "Colissimo", "FR", "https://www.colissimo.fr", "post",
         "https://www.laposte.fr/outils/suivre-vos-envois?code={code}", _karrio("laposte")),
    _row("postnl", "PostNL", "NL", "https://www.postnl.nl", "post", None,
         "https://jouw.postnl.nl/track-and-trace/ (asks for the destination postcode too)"),
    _row("poste_italiane", "Poste Italiane", "IT", "https://www.poste.it", "post",
         "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{code}",
         "https://www.poste.it/cerca/index.html"),
    _row("brt", "BRT", "IT", "https://www.brt.it", "courier",
         "https://vas.brt.it/vas/sped_det_show.hsm?referer=sped_numspe_par.htm&Nspediz={code}",
         "https://vas.brt.it/vas/sped_numspe_par.htm"),
    _row("inpost", "InPost", "PL", "https://inpost.pl", "courier",
         "https://inpost.pl/sledzenie-przesylek?number={code}",
         "https://inpost.pl/sledzenie-przesylek"),
    _row("swiss_post", "Swiss Post", "CH", "https://www.post.ch", "post",
         "https://service.post.ch/ekp-web/ui/entry/search/{code}",
         "https://service.post.ch/ekp-web/ui/entry/search"),
    _row("dhl_paket", "DHL Paket", "DE", "https://www.dhl.de", "post",
         "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={code}",
         "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html"),
    _row("packeta", "Packeta (Zásilkovna)", "CZ", "https://www.packeta.com", "courier",
         "https://tracking.packeta.com/cs/?id={code}",
         "https://tracking.packeta.com/ (the tracking page takes the code as its id "
         "parameter)"),
    _row("poczta_polska", "Poczta Polska", "PL", "https://www.poczta-polska.pl", "post",
         "https://emonitoring.poczta-polska.pl/?numer={code}",
         "https://emonitoring.poczta-polska.pl/"),
    # Russia, Ukraine, Türkiye.
    _row("cdek", "CDEK", "RU", "https://www.cdek.ru", "courier",
         "https://www.cdek.ru/ru/tracking?order_id={code}", "https://www.cdek.ru/ru/tracking"),
    _row("boxberry", "Boxberry", "RU", "https://boxberry.ru", "courier",
         "https://boxberry.ru/tracking-page?id={code}", "https://boxberry.ru/tracking-page"),
    _row("ozon", "Ozon", "RU", "https://www.ozon.ru", "marketplace", None,
         "https://www.ozon.ru/ (tracking only in the buyer's account)"),
    _row("nova_poshta", "Nova Poshta", "UA", "https://novaposhta.ua", "courier",
         "https://novaposhta.ua/tracking/?cargo_number={code}", "https://novaposhta.ua/tracking/"),
    _row("ukrposhta", "Ukrposhta", "UA", "https://www.ukrposhta.ua", "post",
         "https://track.ukrposhta.ua/tracking_UA.html?barcode={code}",
         "https://track.ukrposhta.ua/tracking_UA.html"),
    _row("meest", "Meest", "UA", "https://meest.com", "courier", None,
         "https://t.meest-group.com/ (Meest's tracking site; no address form for a code "
         "confirmed)"),
    _row("ptt", "PTT", "TR", "https://www.ptt.gov.tr", "post",
         "https://gonderitakip.ptt.gov.tr/Track/Verify?q={code}",
         "https://gonderitakip.ptt.gov.tr/"),
    _row("yurtici", "Yurtiçi Kargo", "TR", "https://www.yurticikargo.com", "courier",
         "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula?code={code}",
         "https://www.yurticikargo.com/tr/online-servisler/gonderi-sorgula"),
    _row("aras", "Aras Kargo", "TR", "https://www.araskargo.com.tr", "courier",
         "https://kargotakip.araskargo.com.tr/mainpage.aspx?code={code}",
         "https://kargotakip.araskargo.com.tr/"),
    # Asia, the Middle East, Latin America, Oceania.
    _row("sf_express", "SF Express", "CN", "https://www.sf-express.com", "courier",
         "https://www.sf-express.com/chn/sc/dynamic_function/waybill/#search/bill-number/{code}",
         "https://www.sf-express.com/chn/sc/dynamic_function/waybill/"),
    _row("jd", "JD Logistics", "CN", "https://www.jdl.com", "courier", None,
         "https://www.jdl.com/ (waybill search is a form)"),
    _row("zto", "ZTO Express", "CN", "https://www.zto.com", "courier", None,
         "https://www.zto.com/ (waybill search is a form)"),
    _row("yto", "YTO Express", "CN", "https://www.yto.net.cn", "courier", None,
         "https://www.yto.net.cn/ (waybill search is a form)"),
    _row("sto", "STO Express", "CN", "https://www.sto.cn", "courier", None,
         "https://www.sto.cn/ (waybill search is a form)"),
    _row("yunda", "Yunda Express", "CN", "https://www.yundaex.com", "courier", None,
         "https://www.yundaex.com/ (waybill search is a form)"),
    _row("ems", "China EMS", "CN", "https://www.ems.com.cn", "post", None,
         "https://www.ems.com.cn/qps/yjcx (search form with a captcha)"),
    _row("japan_post", "Japan Post", "JP", "https://www.post.japanpost.jp", "post",
         "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={code}&locale=en",
         "https://trackings.post.japanpost.jp/services/srv/search/"),
    _row("yamato", "Yamato Transport", "JP", "https://www.kuronekoyamato.co.jp", "courier",
         "https://jizen.kuronekoyamato.co.jp/jizen/servlet/crjz.b.NQ0010?id={code}",
         "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko"),
    _row("sagawa", "Sagawa Express", "JP", "https://www.sagawa-exp.co.jp", "courier",
         "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={code}",
         "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do"),
    _row("cj", "CJ Logistics", "KR", "https://www.cjlogistics.com", "courier",
         "https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo={code}",
         "https://www.cjlogistics.com/ko/tool/parcel/tracking"),
    _row("lotte", "Lotte Global Logistics", "KR", "https://www.lotteglogis.com", "courier",
         "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={code}",
         "https://www.lotteglogis.com/home/reservation/tracking/index"),
    _row("korea_post", "Korea Post", "KR", "https://www.epost.go.kr", "post",
         "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={code}",
         "https://service.epost.go.kr/iservice/usr/trace/usrtrc001k01.jsp"),
    _row("chunghwa_post", "Chunghwa Post", "TW", "https://www.post.gov.tw", "post", None,
         "https://postserv.post.gov.tw/pstmail/main_mail.html (search form with a captcha)"),
    _row("ekart", "Ekart Logistics", "IN", "https://ekartlogistics.com", "courier",
         "https://ekartlogistics.com/shipmenttrack/{code}",
         "https://ekartlogistics.com/shipmenttrack/ (the tracking page takes the id in its "
         "path)"),
    _row("dtdc", "DTDC", "IN", "https://www.dtdc.in", "courier", None,
         "https://www.dtdc.in/tracking.asp (a search form; no code in its address)"),
    _row("jt_express", "J&T Express", None, "https://www.jtexpress.com", "courier", None,
         "https://www.jtexpress.sa (each country's site tracks by a search form)"),
    _row("aramex", "Aramex", None, "https://www.aramex.com", "courier",
         "https://www.aramex.com/us/en/track/results?ShipmentNumber={code}",
         "https://www.aramex.com/us/en/track/shipments"),
    _row("correios", "Correios", "BR", "https://www.correios.com.br", "post", None,
         "https://rastreamento.correios.com.br/app/index.php (search form with a captcha)"),
    _row("australia_post", "Australia Post", "AU", "https://auspost.com.au", "post",
         "https://auspost.com.au/mypost/track/details/{code}",
         _karrio("australiapost") + "; the page without karrio's /beta/ step"),
)  # fmt: skip


@functools.cache
def by_id() -> dict[str, InfoRow]:
    """Every row by carrier id, built on first use."""
    return {row.id: row for row in ROWS}
