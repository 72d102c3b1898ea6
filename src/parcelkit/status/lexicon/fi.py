"""Finnish (fi) status lexicon: Posti, Matkahuolto and marketplace order statuses in
Finnish."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
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
_NORKATOR = "https://github.com/norkator/paketin-seuranta/blob/HEAD/app/src/main/java/com/nitramite/paketinseuranta/PhaseNumber.java"
_MH = "https://www.matkahuolto.fi/asiakaspalvelu/paketit/miten-vastaanotan-paketin"
_H1 = "https://github.com/PostiDigital/nextshipping-api-documentation/blob/ba3c38fb386106ccce2a45616622df02ace7f8c2/README.md"
_H2 = "https://github.com/Pakettikauppa/shopify-embedded-app/blob/HEAD/resources/lang/fi/app.php"

TERMS: tuple[Term, ...] = (
    # ---- negation and modality
    T("ei$", Modality.NOT, source=_H1,
      examples=("Lähetystä ei ole toimitettu – luovutusyritys on tehty",)),
    T("ei$ voitu", Modality.FAILED, source=_POSTI_HELP, examples=("Lähetystä ei voitu toimittaa",)),
    T("ei$ ole$ viela", Modality.PENDING, source=_NORKATOR,
      examples=("Lähetys ei ole vielä saapunut Postille, odotathan",)),
    T("epaonnist", Modality.FAILED, source=_POSTI_HELP,
      examples=("Toimitus epäonnistui", "Kotiinkuljetus epäonnistui")),
    T("odotta", Modality.AWAITING, source=_POSTI_FLOW, examples=("Lähetys odottaa noutoa",)),
    T("voi$", Modality.AWAITING, source=_NORKATOR,
      examples=("Vastaanottaja voi noutaa lähetyksen henkilöllisyystodistuksella",)),
    # ---- actions: before and at acceptance
    T("rekisteroi", Action.REGISTER, source=_POSTI_HELP, examples=("Lähetys on rekisteröity",)),
    T("ennakkotiedot", Action.REGISTER, source=_POSTI_HELP,
      examples=("Lähetyksen ennakkotiedot vastaanotettu",)),
    T("tiedot vastaanotettu", Action.REGISTER, source=_H1,
      examples=("Lähetyksen EDI-tiedot vastaanotettu lähettäjältä",)),
    T("lahetystiedot", Action.REGISTER, source=_POSTI_HELP,
      examples=("Posti on saanut lähetystiedot",)),
    T("otettu vastaan", Action.ACCEPT, source=_POSTI_FLOW, examples=("Lähetys on otettu vastaan",)),
    # collected: from the sender (accepted) or by the addressee (delivered)
    T("noudettu$", Action.PICK_UP, source=_H1, examples=("Lähetys on noudettu lähettäjältä",)),
    T("noutanut", Action.PICK_UP, source=_NORKATOR, examples=("Asiakas noutanut",)),
    T("noutaa$", Action.PICK_UP, source=_NORKATOR,
      examples=("Vastaanottaja voi noutaa lähetyksen henkilöllisyystodistuksella",)),
    T("noutoa$", Action.PICK_UP, source=_POSTI_FLOW, examples=("Lähetys odottaa noutoa",)),
    # ---- actions: on the way
    T("kuljetuksessa", Action.MOVE, source=_POSTI_FLOW,
      examples=("Lähetys on kuljetuksessa", "Lähetys on kuljetuksessa noutopisteeseen")),
    T("matkalla", Action.MOVE, source=_POSTI_FLOW, examples=("Lähetys on matkalla",)),
    T("runkokuljetu", Action.MOVE, source=_H1, examples=("Lähetys on lastattu runkokuljetukseen",)),
    T("runkokuorma", Action.MOVE, source=_H2, examples=("Lastattu runkokuormaan",)),
    T("lahtenyt", Action.DEPART, source=_NORKATOR, examples=("Lähetys on lähtenyt varastolta",)),
    T("lahdossa", Action.DEPART, source=_H1, examples=("Lähetys lähdössä ulkomaille",)),
    T("poistunut", Action.DEPART, source=_POSTI_HELP,
      examples=("Lähetys on poistunut lähtömaasta",)),
    T("saapunut", Action.ARRIVE, source=_NORKATOR, examples=("Lähetys on saapunut varastolle",)),
    T("lajiteltu", Action.SORT, source=_POSTI_FLOW, examples=("Lähetys on lajiteltu",)),
    T("lajittelussa", Action.SORT, source=_POSTI_FLOW, examples=("Lähetys on lajittelussa",)),
    # Posti's "handed over", said bare, is the handing to the addressee ("luovutettu
    # Postille", handed to Posti by the sender, is its own row)
    T("luovutettu", Action.DELIVER, source=_POSTI_HELP,
      examples=("Luovutettu vastaanottajalle",)),
    # ---- actions: customs
    T("maksettava", Action.PAY_DUTY, source=_TULLI, examples=("Tullimaksut maksettava",)),
    # ---- actions: the last mile
    T("jakelussa", Action.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on jakelussa",)),
    T("lahtenyt jakeluun", Action.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on lähtenyt jakeluun",)),
    T("jakelukuljetu", Action.OUT_FOR_DELIVERY, source=_H1,
      examples=("Lähetys on lastattu jakelukuljetukseen",)),
    T("kuljetettavana kotiin", Action.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Paketti on kuljetettavana kotiin",)),
    # "with the driver"
    T("kuljettajalla", Action.OUT_FOR_DELIVERY, source=_POSTI_FLOW,
      examples=("Lähetys on kuljettajalla",)),
    T("toimitet", Action.DELIVER, source=_POSTI_HELP,
      examples=("Lähetys on toimitettu vastaanottajalle",)),
    T("toimittaa$", Action.DELIVER, source=_POSTI_HELP, examples=("Lähetystä ei voitu toimittaa",)),
    T("toimitus$", Action.DELIVER, source=_POSTI_HELP, examples=("Toimitus epäonnistui",)),
    T("kotiinkuljetus", Action.DELIVER, source=_POSTI_HELP,
      examples=("Kotiinkuljetus epäonnistui",)),
    T("noudettav", Action.AVAILABLE, source=_POSTI_FLOW,
      examples=("Lähetys on noudettavissa", "Noudettavissa pakettiautomaatista")),
    T("luovutusyrity", Action.ATTEMPT, source=_H1,
      examples=("Lähetystä ei ole toimitettu – luovutusyritys on tehty",)),
    T("jakeluyrity", Action.ATTEMPT, source=_POSTI_HELP,
      examples=("Jakeluyritys, vastaanottajaa ei tavoitettu",)),
    T("saapumisilmoitus", Action.NOTICE, source=_POSTI_FLOW,
      examples=("Saapumisilmoitus lähetetty",)),
    T("lahetimme vastaanottajalle", Action.NOTICE, source=_NORKATOR,
      examples=("Lähetimme vastaanottajalle viestin lähetyksen saapumisesta",
                "Lähetimme vastaanottajalle muistutuksen lähetyksen saapumisesta")),
    T("kieltayty", Action.REFUSE, source=_POSTI_HELP,
      examples=("Vastaanottaja kieltäytyi vastaanottamasta",)),
    # ---- actions: the end of the road
    T("palaut", Action.RETURN, source=_POSTI_FLOW,
      examples=("Lähetys palautetaan", "Palautettu", "Palautus käynnissä")),
    T("takaisin", Action.RETURN, source=_POSTI_FLOW,
      examples=("Lähetys on matkalla takaisin lähettäjälle",)),
    T("kadonnut", Action.LOSE, source=_POSTI_FLOW, examples=("Lähetys on kadonnut",)),
    T("vahingoittu", Action.DAMAGE, source=_POSTI_FLOW, examples=("Lähetys on vahingoittunut",)),
    T("vaurioitu", Action.DAMAGE, source=_POSTI_FLOW, examples=("Lähetys on vaurioitunut",)),
    # ---- places, parties and directions
    # "tulli-", "tullaus", "tullatt-": customs, not "tullut" (has come)
    T("tulli", Place.CUSTOMS, source=_TULLI,
      examples=("Paketti on Tullissa", "Tullimaksut maksettava")),
    T("tullaus", Place.CUSTOMS, source=_TULLI, examples=("Lähetys odottaa tullausta",)),
    T("tullatt", Place.CUSTOMS, source=_TULLI, examples=("Lähetys on tullattavana",)),
    T("vientitull", Direction.OUTWARD, source=_TULLI, examples=("Vientitullaus valmis",)),
    T("kohdemaa", Place.COUNTRY, source=_POSTI_HELP,
      examples=("Lähetys on saapunut kohdemaahan",)),
    T("lajittelukeskuks", Place.SORTING_CENTRE, source=_POSTI_FLOW,
      examples=("Saapunut lajittelukeskukseen",)),
    T("terminaali", Place.FACILITY, source=_POSTI_FLOW,
      examples=("Lähetys on Postin terminaalissa",)),
    T("varasto", Place.FACILITY, source=_NORKATOR, examples=("Lähetys on saapunut varastolle",)),
    T("postitoimipaik", Place.DELIVERY_OFFICE, source=_H1,
      examples=("Lähetys on saapunut postitoimipaikkaan",)),
    T("maaraasema", Place.DELIVERY_OFFICE, source=_H2, examples=("Saapunut määräasemalle",)),
    T("jakeluun$", Place.DELIVERY_OFFICE, source=_POSTI_FLOW, examples=("Saapunut jakeluun",)),
    T("noutopiste", Place.PICKUP_POINT, source=_POSTI_FLOW, examples=("Saapunut noutopisteeseen",)),
    T("pakettipiste", Place.PICKUP_POINT, source=_MH,
      examples=("paketti on noudettavissa palvelevalta pakettipisteeltä",)),
    T("maarapakettipiste", Place.PICKUP_POINT, source=_H2,
      examples=("Saapunut määräpakettipisteeseen",)),
    T("pakettiautomaat", Place.LOCKER, source=_POSTI_FLOW,
      examples=("Noudettavissa pakettiautomaatista",)),
    T("lahettaj", Place.SENDER, source=_H1, examples=("Lähetys on noudettu lähettäjältä",)),
    T("vastaanottaj", Place.ADDRESSEE, source=_POSTI_HELP,
      examples=("Luovutettu vastaanottajalle",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("posti odottaa lahetysta", Stage.INFO_RECEIVED, source=_POSTI_HELP,
      examples=("Posti odottaa lähetystä saapuvaksi",)),
    I("luovutettu postille", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on luovutettu Postille",)),
    I("vastaanotettu kuljetettavaksi", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on vastaanotettu kuljetettavaksi",)),
    I("lajittel", Stage.IN_TRANSIT, source=_POSTI_FLOW,
      examples=("Lähetys on lajittelussa",)),
    I("lahtomaa", Stage.EXPORT, leg="origin", source=_POSTI_HELP,
      examples=("Lähetys on poistunut lähtömaasta",)),
    I("saapunut suomeen", Stage.IMPORT, leg="destination", source=_POSTI_HELP,
      examples=("Paketti on saapunut Suomeen",)),
    I("tullattavana", Stage.CUSTOMS, source=_TULLI,
      examples=("Lähetys on tullattavana",)),
    I("tullattavaksi", Stage.CUSTOMS, detail="customs_held", source=_POSTI_CUSTOMS,
      examples=("Paketti on valmiina tullattavaksi",)),
    I("tullattu", Stage.CUSTOMS, detail="customs_released", source=_POSTI_HELP,
      examples=("Lähetys on tullattu",)),
    I("tullaus valmis", Stage.CUSTOMS, detail="customs_released", source=_POSTI_HELP,
      examples=("Tullaus valmis",)),
    I("viimeinen noutopaiva", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_POSTI_FLOW, examples=("Viimeinen noutopäivä huomenna",)),
    I("ei tavoitettu", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_POSTI_HELP,
      examples=("Vastaanottajaa ei tavoitettu",)),
    I("osoite puutteellinen", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTI_HELP, examples=("Osoite puutteellinen",)),
    I("virheellinen osoite", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTI_HELP, examples=("Virheellinen osoite",)),
    I("vastaanotettu postissa", Stage.ACCEPTED, source=_POSTI_FLOW,
      examples=("Lähetys on vastaanotettu Postissa",)),
    # more Posti wording
    I("muuttanut", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTI_HELP,
      examples=("Vastaanottaja on muuttanut",)),
    I("vastaanotettu lahtomaassa", Stage.ACCEPTED, source=_POSTI_HELP,
      examples=("Lähetys on vastaanotettu lähtömaassa",)),
    I("noutoaika", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_POSTI_FLOW,
      examples=("Noutoaika päättyy huomenna",)),
    I("poikkeama", Stage.EXCEPTION, source=_H1,
      examples=("Lähetylle on tehty poikkeama",)),
    I("ulkomaille", Stage.EXPORT, leg="origin", source=_H1,
      examples=("Lähetys lähdössä ulkomaille",)),
    I("lahtevan hyllytys", Stage.IN_TRANSIT, detail="sorting", source=_H2,
      examples=("Lähtevän hyllytys",)),
    I("ei ole viela saapunut", Stage.INFO_RECEIVED,
      source="https://github.com/norkator/paketin-seuranta/blob/HEAD/app/src/main/java/com/nitramite/paketinseuranta/PhaseNumber.java",
      examples=("Lähetys ei ole vielä saapunut Postille, odotathan",)),
    I("matkalla kohdemaa", Stage.INTERNATIONAL_TRANSIT,
      source="https://github.com/norkator/paketin-seuranta/blob/HEAD/app/src/main/java/com/nitramite/paketinseuranta/PhaseNumber.java",
      examples=("Lähetys on matkalla kohdemaahan",)),
)
