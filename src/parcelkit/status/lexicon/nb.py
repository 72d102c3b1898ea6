"""Norwegian Bokmål (nb) status lexicon: Posten / Bring wording.

The status lines come from Bring's tracking API as recorded by two public clients: the
``bring`` Ruby gem's specs (Bring's own test parcels: pre-notified, at the post office,
loaded for delivery, delivered) and the sample output of a 2011 Posten tracking script.
The other words (pickup point, parcel locker, notice, attempt, return, delay) are taken
from Posten's and Bring's own Norwegian pages: the tracking help and customer service
pages and the service names of Bring's developer site.  Every row is one word read by the
composition table; no Norwegian wording needed a whole-phrase row.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "nb"
SCRIPT = "Latn"

_GEM_CLI = "https://github.com/ringe/bring/blob/HEAD/spec/bring/cli_spec.rb"
_GEM_TRACKING = "https://github.com/ringe/bring/blob/HEAD/spec/bring/tracking_spec.rb"
_IRSSI = "https://github.com/nettum/irssi-posten/blob/HEAD/README.md"
_BRING_SG = "https://github.com/bring/developer-site/blob/HEAD/content/api/shipping-guide_2/using-shipping-guide-api/callingsg.md"
_BRING_VAS = "https://github.com/bring/developer-site/blob/HEAD/data/vas.json"
_BRING_SERVICES_VAS = "https://github.com/bring/developer-site/blob/HEAD/data/services_vas.json"
_BRING_SERVICES = "https://github.com/bring/developer-site/blob/HEAD/data/service.json"
#: Norwegian texts of a Budbee tracking integration (its trigger names).
_HA_BUDBEE_NB = "https://github.com/ha-parcel-integrations/ha-budbee/blob/HEAD/custom_components/budbee/translations/nb.json"
#: Norwegian texts of parcel-tracking integrations for PostNord (state names).
_HA_POSTNORD_NB = "https://github.com/ha-parcel-integrations/ha-postnord/blob/HEAD/custom_components/postnord/translations/nb.json"
_POSTEN_TRACKING_HELP = "https://www.posten.no/sporing-kundeservice"
_POSTEN_SERVICE = "https://www.posten.no/Kundeservice"
_POSTEN_NORGESPAKKE = "https://posten.no/sende/i-norge/norgespakke/norgespakke-0-5-kg"
_POSTEN_DELIVERY = "https://www.posten.no/enklere-hverdag/slik-far-du-pakkene-dine-enkelt-levert"
#: Norwegian event texts in a Posten / PostNord tracker's tests.
_PN_TEST = "https://github.com/dagmoen/posten-parcel-tracker/blob/HEAD/tests/test_postnord.py"

TERMS: tuple[Term, ...] = (
    # ---- before and at acceptance
    # "mottatt" (received by Posten); with "ennå" the item itself has not come yet
    T("mottatt", Action.ACCEPT, source=_GEM_CLI,
      examples=("Ingen sending er mottatt ennå, kun melding om dette",)),
    # "innlevert", "innlevering": handed in by the sender
    T("innlever", Action.ACCEPT, source=_IRSSI,
      examples=("Sendingen er innlevert til terminal og videresendt",)),
    # "registrert", "registrering": announced to the carrier
    T("registrer", Action.REGISTER, source=_HA_BUDBEE_NB, examples=("En pakke ble registrert",)),
    # ---- moving
    T("ankommet", Action.ARRIVE, source=_GEM_CLI,
      examples=("Sendingen er ankommet postkontor",)),
    # "sendt" (sent on) from a place
    T("sendt$", Action.DEPART, source=_PN_TEST, examples=("Vi har sendt pakken fra TROMSO",)),
    T("videresendt", Action.MOVE, source=_IRSSI,
      examples=("Sendingen er ankommet terminal og blir videresendt",)),
    T("underveis", Action.MOVE, source=_POSTEN_TRACKING_HELP,
      examples=("kan det være at pakken er underveis mellom terminalene våre",)),
    T("under transport", Action.MOVE, source=_POSTEN_TRACKING_HELP,
      examples=("Sendingen er likevel under transport og blir sendt til adressen den er til.",)),
    T("pa$ vei", Action.MOVE, source=_POSTEN_DELIVERY,
      examples=("en oppdatering når pakken er på vei til deg",)),
    # "sortering", "sortert"
    T("sorter", Action.SORT, source=_POSTEN_NORGESPAKKE,
      examples=("når pakken er på terminalen for sortering",)),
    # ---- the last mile
    T("utkjoring$", Action.OUT_FOR_DELIVERY, source=_GEM_CLI,
      examples=("Sendingen er lastet opp for utkjøring",)),
    T("ute$ for$ levering$", Action.OUT_FOR_DELIVERY,
      source="https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nb_NO.po",
      examples=("Ute for levering",)),
    T("utkjoringsforsok", Action.ATTEMPT, source=_BRING_VAS,
      examples=("To utkjøringsforsøk, så retur",)),
    T("leveringsforsok", Action.ATTEMPT, source=_BRING_SERVICES_VAS,
      examples=("To leveringsforsøk, deretter retur",)),
    T("hentemelding", Action.NOTICE, source=_BRING_SG,
      examples=("via SMS, e-post eller hentemelding i postkassen",)),
    T("klar for henting", Action.AVAILABLE, source=_HA_POSTNORD_NB,
      examples=("Klar for henting",)),
    T("kan hentes", Action.AVAILABLE, source=_GEM_TRACKING,
      examples=("Sendingen kan hentes på postkontor.",)),
    T("utlevert", Action.DELIVER, source=_GEM_CLI, examples=("Sendingen er utlevert",)),
    T("levert$", Action.DELIVER, source=_BRING_SERVICES, examples=("Pakke levert hjem",)),
    # "hentet": collected; by the courier ("budet") that is the pick-up from the sender
    T("hentet", Action.PICK_UP, source=_POSTEN_NORGESPAKKE,
      examples=("får du SMS når budet har hentet pakken",)),
    # ---- the end of the road: "retur", "returnert", "returneres"
    T("retur", Action.RETURN, source=_POSTEN_SERVICE,
      examples=("Brevet kan være feilsendt eller returnert.",)),
    # "forsinket", "forsinkelser"
    T("forsink", Action.DELAY, source=_POSTEN_SERVICE,
      examples=("Det kan ha oppstått forsinkelser i transport eller distribusjon.",)),
    # ---- places: Bring's API defines "terminal" as the letter, parcel or freight
    # terminal where items on their way are sorted and reloaded (the gem's tracking spec)
    T("terminal", Place.SORTING_CENTRE, source=_IRSSI,
      examples=("Sendingen er ankommet terminal og blir videresendt",)),
    # the post office is where Bring's READY_FOR_PICKUP items wait for the addressee
    T("postkontor", Place.PICKUP_POINT, source=_GEM_CLI,
      examples=("Sendingen er ankommet postkontor",)),
    T("hentested", Place.PICKUP_POINT, source=_BRING_SG,
      examples=("Pakken kan spores og utleveres på ditt lokale hentested.",)),
    T("post i$ butikk", Place.PICKUP_POINT, source=_BRING_SG,
      examples=("leveres til mottakers lokale hentested (postkontor eller Post i Butikk)",)),
    T("pakkeboks", Place.LOCKER, source=_POSTEN_DELIVERY,
      examples=("Vil du ha pakker hjem på døra eller hente dem i pakkeboks?",)),
    T("budet$", Place.COURIER, source=_POSTEN_NORGESPAKKE,
      examples=("får du SMS når budet har hentet pakken",)),
    T("mottaker", Place.ADDRESSEE, source=_BRING_SG,
      examples=("Mottaker varsles om at sendingen er ankommet",)),
    T("avsender", Place.SENDER, source=_POSTEN_SERVICE,
      examples=("eventuelt tar kontakt med avsender for å undersøke hvilken distributør",)),
    # ---- modality
    T("enna$", Modality.PENDING, source=_GEM_CLI,
      examples=("Ingen sending er mottatt ennå, kun melding om dette",)),
    T("ikke$", Modality.NOT, source=_POSTEN_SERVICE,
      examples=("Dersom brevet ikke har kommet frem innen forventet tid",)),
    T("forventet", Modality.FUTURE, source=_POSTEN_DELIVERY,
      examples=("Du får varsel fra oss om forventet leveringsdag og tidsrom",)),
    T("kansellert", Action.CANCEL,
      source="https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nb_NO.po",
      examples=("Etikett kansellert",)),
    T("transitt", Action.MOVE,
      source="https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nb_NO.po",
      examples=("I transitt",)),
    T("tilgjengelig", Action.AVAILABLE,
      source="https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nb_NO.po",
      examples=("Tilgjengelig for Henting",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("leveransefeil", Stage.DELIVERY_FAILED,
      source="https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nb_NO.po",
      examples=("Leveransefeil",)),
)
