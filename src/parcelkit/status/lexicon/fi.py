"""Finnish (fi) status lexicon: Posti, Matkahuolto and marketplace order statuses in
Finnish."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "fi"
SCRIPT = "Latn"

_POSTI_HELP = "https://www.posti.fi/en/private/parcels-and-tracking/track-and-receive/help-receiving-your-item"
_POSTI_FLOW = "https://www.posti.fi/ohje/index-en.html"
_POSTI_CUSTOMS = "https://www.posti.fi/ajankohtaista-postilla/tiedotteet/eu-n-ulkopuolelta-saapuvissa-paketeissa-mahdollisia-viiveita-2-10-2023"
_TULLI = "https://tulli.fi/en/private-persons/ordering-goods-online/where-is-my-parcel"

# sources of the rows added from the harvest
#: Finnish texts of parcel-tracking integrations for PostNord (state and trigger names).
_HA_POSTNORD_FI = "https://github.com/ha-parcel-integrations/ha-postnord/blob/HEAD/custom_components/postnord/translations/fi.json"
_H1 = "https://github.com/PostiDigital/nextshipping-api-documentation/blob/ba3c38fb386106ccce2a45616622df02ace7f8c2/README.md"
_H2 = "https://github.com/Pakettikauppa/shopify-embedded-app/blob/HEAD/resources/lang/fi/app.php"

TERMS: tuple[Term, ...] = (
    T("noutopiste", Place.PICKUP_POINT, source=_POSTI_FLOW,
      examples=("Saapunut noutopisteeseen",)),
    T("kuljetuksessa", Action.MOVE, source=_POSTI_FLOW,
      examples=("Lähetys on kuljetuksessa", "Lähetys on kuljetuksessa noutopisteeseen")),
)

IDIOMS: tuple[Idiom, ...] = (
    I("posti odottaa lahetysta", Stage.INFO_RECEIVED, source=_POSTI_HELP,
      examples=("Posti odottaa lähetystä saapuvaksi",)),
    I("ennakkotied", Stage.INFO_RECEIVED, source=_POSTI_HELP,
      examples=("Lähetyksen ennakkotiedot vastaanotettu",)),
    I("lahetystiedot", Stage.INFO_RECEIVED, source=_POSTI_HELP,
      examples=("Posti on saanut lähetystiedot",)),
    I("luovutettu postille", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on luovutettu Postille",)),
    I("otettu vastaan", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on otettu vastaan",)),
    I("vastaanotettu kuljetettavaksi", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on vastaanotettu kuljetettavaksi",)),
    I("lajiteltu", Stage.IN_TRANSIT, source=_POSTI_FLOW, examples=("Lähetys on lajiteltu",)),
    I("lajittel", Stage.IN_TRANSIT, source=_POSTI_FLOW,
      examples=("Lähetys on lajittelussa",)),
    I("lajittelukesk", Stage.IN_TRANSIT, source=_POSTI_FLOW,
      examples=("Saapunut lajittelukeskukseen",)),
    I("terminaali", Stage.IN_TRANSIT, source=_POSTI_FLOW,
      examples=("Lähetys on Postin terminaalissa",)),
    I("kuljetukse", Stage.IN_TRANSIT, source=_POSTI_FLOW,
      examples=("Lähetys on lähtenyt kuljetukseen",)),
    I("matkalla", Stage.IN_TRANSIT, source=_POSTI_FLOW, examples=("Lähetys on matkalla",)),
    I("lahtenyt lahtomaasta", Stage.EXPORT, leg="origin", source=_POSTI_HELP,
      examples=("Lähetys on lähtenyt lähtömaasta",)),
    I("lahtomaa", Stage.EXPORT, leg="origin", source=_POSTI_HELP,
      examples=("Lähetys on poistunut lähtömaasta",)),
    I("saapunut suomeen", Stage.IMPORT, leg="destination", source=_POSTI_HELP,
      examples=("Paketti on saapunut Suomeen",)),
    I("kohdemaa", Stage.IMPORT, leg="destination", source=_POSTI_HELP,
      examples=("Lähetys on saapunut kohdemaahan",)),
    I("tulli", Stage.CUSTOMS, leg="destination", source=_TULLI,
      examples=("Paketti on Tullissa",)),
    I("tullattavana", Stage.CUSTOMS, source=_TULLI,
      examples=("Lähetys on tullattavana",)),
    I("tullaus", Stage.CUSTOMS, source=_TULLI, examples=("Lähetys odottaa tullausta",)),
    I("tullattavaksi", Stage.CUSTOMS, detail="customs_held", source=_POSTI_CUSTOMS,
      examples=("Paketti on valmiina tullattavaksi",)),
    I("tullattu", Stage.CUSTOMS, detail="customs_released", source=_POSTI_HELP,
      examples=("Lähetys on tullattu",)),
    I("tullaus valmis", Stage.CUSTOMS, detail="customs_released", source=_POSTI_HELP,
      examples=("Tullaus valmis",)),
    I("tullimaksu", Stage.CUSTOMS, detail="duty_due", source=_TULLI,
      examples=("Tullimaksut maksettava",)),
    I("saapunut jakelu", Stage.AT_DELIVERY_OFFICE, source=_POSTI_FLOW,
      examples=("Saapunut jakeluun",)),
    I("lahtenyt jakelu", Stage.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on lähtenyt jakeluun",)),
    I("jakelussa", Stage.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on jakelussa",)),
    I("kuljetettavana kotiin", Stage.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Paketti on kuljetettavana kotiin",)),
    I("toimitettu", Stage.DELIVERED, source=_POSTI_HELP,
      examples=("Lähetys on toimitettu vastaanottajalle",)),
    I("luovutettu vastaanottajalle", Stage.DELIVERED, source=_POSTI_HELP,
      examples=("Luovutettu vastaanottajalle",)),
    I("noudettu$", Stage.DELIVERED, source=_POSTI_HELP,
      examples=("Lähetys on noudettu",)),
    I("noudettavissa", Stage.READY_FOR_PICKUP, source=_POSTI_FLOW,
      examples=("Lähetys on noudettavissa",)),
    I("pakettiautomaat", Stage.READY_FOR_PICKUP, source=_POSTI_FLOW,
      examples=("Noudettavissa pakettiautomaatista",)),
    I("saapumisilmoitus", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTI_FLOW,
      examples=("Saapumisilmoitus lähetetty",)),
    I("viimeinen noutopaiva", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_POSTI_FLOW, examples=("Viimeinen noutopäivä huomenna",)),
    I("epaonnistui", Stage.DELIVERY_FAILED, source=_POSTI_HELP,
      examples=("Toimitus epäonnistui",)),
    I("jakeluyritys", Stage.DELIVERY_FAILED, source=_POSTI_HELP,
      examples=("Jakeluyritys, vastaanottajaa ei tavoitettu",)),
    I("ei tavoitettu", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_POSTI_HELP,
      examples=("Vastaanottajaa ei tavoitettu",)),
    I("osoite puutteellinen", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTI_HELP, examples=("Osoite puutteellinen",)),
    I("virheellinen osoite", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTI_HELP, examples=("Virheellinen osoite",)),
    I("kieltaytyi", Stage.DELIVERY_FAILED, detail="refused", source=_POSTI_HELP,
      examples=("Vastaanottaja kieltäytyi vastaanottamasta",)),
    I("palaut", Stage.RETURN_TO_SENDER, source=_POSTI_FLOW,
      examples=("Lähetys palautettiin", "Palautettu", "Lähetys palautetaan",
                "Palautus käynnissä")),
    I("vahingoittun", Stage.EXCEPTION, detail="damaged", source=_POSTI_FLOW,
      examples=("Lähetys on vahingoittunut",)),
    I("kadonnut", Stage.LOST, source=_POSTI_FLOW, examples=("Lähetys on kadonnut",)),
    # more carrier wording
    # airports: a flight leg
    I("vastaanotettu postissa", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on vastaanotettu Postissa",)),
    I("lahettajalle", Stage.RETURN_TO_SENDER, source=_POSTI_FLOW,
      examples=("Lähetys on matkalla takaisin lähettäjälle",)),
    I("vaurioitun", Stage.EXCEPTION, detail="damaged", source=_POSTI_FLOW,
      examples=("Lähetys on vaurioitunut",)),
    # more Posti wording
    I("rekisteroity", Stage.INFO_RECEIVED, source=_POSTI_HELP,
      examples=("Lähetys on rekisteröity",)),
    I("lahettajalta", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on noudettu lähettäjältä",)),
    I("kuljettajalla", Stage.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on kuljettajalla",)),
    I("odottaa noutoa", Stage.READY_FOR_PICKUP, source=_POSTI_FLOW,
      examples=("Lähetys odottaa noutoa",)),
    # exchange office (UPU): arrival without a direction is import
    I("vientitull", Stage.EXPORT, detail="export_customs", leg="origin", source=_TULLI,
      examples=("Vientitullaus valmis",)),
    I("muuttanut", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTI_HELP,
      examples=("Vastaanottaja on muuttanut",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    I("ei voitu", Stage.DELIVERY_FAILED, source=_POSTI_HELP,
      examples=("Lähetystä ei voitu toimittaa",)),
    I("vastaanotettu lahtomaassa", Stage.ACCEPTED, source=_POSTI_HELP,
      examples=("Lähetys on vastaanotettu lähtömaassa",)),
    I("noutoaika", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_POSTI_FLOW,
      examples=("Noutoaika päättyy huomenna",)),
    I("noudettu lahettajalta", Stage.ACCEPTED, leg="origin", source=_H1,
      examples=("Lähetys on noudettu lähettäjältä",)),
    I("poikkeama", Stage.EXCEPTION, source=_H1,
      examples=("Lähetylle on tehty poikkeama",)),
    I("runkokuljetu", Stage.IN_TRANSIT, source=_H1,
      examples=("Lähetys on lastattu runkokuljetukseen",)),
    I("runkokuorma", Stage.IN_TRANSIT, source=_H2,
      examples=("Lastattu runkokuormaan",)),
    I("ei ole toimitettu", Stage.DELIVERY_FAILED, leg="destination", source=_H1,
      examples=("Lähetystä ei ole toimitettu – luovutusyritys on tehty",)),
    I("edi tiedot vastaanotettu", Stage.INFO_RECEIVED, leg="origin", source=_H1,
      examples=("Lähetyksen EDI-tiedot vastaanotettu lähettäjältä",)),
    I("jakelukuljetu", Stage.OUT_FOR_DELIVERY, leg="destination", source=_H1,
      examples=("Lähetys on lastattu jakelukuljetukseen",)),
    I("postitoimipaik", Stage.AT_DELIVERY_OFFICE, leg="destination", source=_H1,
      examples=("Lähetys on saapunut postitoimipaikkaan",)),
    I("ulkomaille", Stage.EXPORT, leg="origin", source=_H1,
      examples=("Lähetys lähdössä ulkomaille",)),
    I("lahtevan hyllytys", Stage.IN_TRANSIT, detail="sorting", source=_H2,
      examples=("Lähtevän hyllytys",)),
    I("maaraasema", Stage.AT_DELIVERY_OFFICE, leg="destination", source=_H2,
      examples=("Saapunut määräasemalle",)),
    I("maarapakettipiste", Stage.READY_FOR_PICKUP, leg="destination", source=_H2,
      examples=("Saapunut määräpakettipisteeseen",)),
    # the passive past ("rekisteröitiin", "toimitettiin") and "noudettavaksi"
    I("rekisteroi", Stage.INFO_RECEIVED, source=_HA_POSTNORD_FI,
      examples=("Paketti rekisteröitiin",)),
    I("toimitettiin", Stage.DELIVERED, source=_HA_POSTNORD_FI, examples=("Paketti toimitettiin",)),
    I("noudettavaksi", Stage.READY_FOR_PICKUP, source=_HA_POSTNORD_FI,
      examples=("Valmis noudettavaksi",)),
)
