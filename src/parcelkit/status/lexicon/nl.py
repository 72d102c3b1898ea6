"""Dutch (nl) status lexicon: PostNL, DHL Parcel NL / bpost wording and marketplace order
statuses in Dutch."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "nl"
SCRIPT = "Latn"

_POSTNL = "https://klantenservice.carnavalskleding.nl/hc/nl/articles/360006996680-Wat-betekent-de-status-zending-aangemeld-maar-nog-niet-ontvangen-door-vervoerder-in-mijn-track-en-trace"
_POSTNL_EN = "https://klantenservice.cookinglife.nl/hc/en-gb/articles/11158100948252-I-have-issues-with-my-Track-Trace"

# sources of the rows added from the harvest
_MYPARCEL = "https://github.com/myparcelnl/magento/blob/HEAD/i18n/nl_NL.csv"
_HA = "https://github.com/peternijssen/ha-postnl/blob/HEAD/tests/test_coordinator.py"
_TRACKSHIP = "https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-nl_NL.po"
_H1 = "https://github.com/firstred/postnl-api-php/blob/HEAD/tests/Resources/responses/rest/shippingstatus/updatedshipments.http"
_H2 = "https://github.com/firstred/postnl-api-php/blob/HEAD/tests/Resources/responses/rest/shippingstatus/completestatus.http"
_TT = "https://github.com/maarten-brijker-postnl/apimatic-testbuild-v1/blob/HEAD/content/reference%20data/TTStatusCodes.md"

# sources of the rows added from the scored round 5
_R5_GLS = "https://github.com/ha-parcel-integrations/ha-gls/blob/HEAD/custom_components/gls/countries/nl/__init__.py"
_R5_COLIS = "https://github.com/ha-parcel-integrations/ha-colis-prive/blob/HEAD/tests/payloads.py"
_R5_BPOST = "https://github.com/ha-parcel-integrations/ha-bpost/blob/HEAD/tests/payloads.py"

TERMS: tuple[Term, ...] = (
    # ---- negation and modality
    T("niet$", Modality.NOT, source=_POSTNL_EN,
      examples=("Pakket niet afgeleverd", "Bezorging niet gelukt")),
    T("nog$ niet$", Modality.PENDING, source=_HA,
      examples=("Pakket is nog niet ontvangen",)),
    T("kon$ niet$", Modality.FAILED, source=_POSTNL_EN,
      examples=("Zending kon niet bezorgd worden", "De bezorger kon je pakket niet afleveren")),
    T("konden niet$", Modality.FAILED, source=_POSTNL_EN,
      examples=("We konden je pakket niet bezorgen",)),
    T("mislukt", Modality.FAILED, source=_POSTNL_EN, examples=("Tweede bezorgpoging mislukt",)),
    T("verwacht", Modality.FUTURE, source=_POSTNL_EN, examples=("Verwachte bezorging: morgen",)),
    T("kan$ worden", Modality.AWAITING, source=_POSTNL_EN,
      examples=("Zending kan worden opgehaald bij het afhaalpunt",)),
    T("mogelijk$", Modality.AWAITING, source=_POSTNL_EN, examples=("Ophalen mogelijk",)),
    # ---- actions: before and at acceptance
    T("aangemeld", Action.REGISTER, source=_POSTNL, examples=("Zending is aangemeld",)),
    T("voorgemeld", Action.REGISTER, source=_POSTNL, examples=("Zending is voorgemeld",)),
    T("aangemaakt", Action.REGISTER, source=_POSTNL, examples=("Label aangemaakt",)),
    # "ontvangen" (received) and "ontvangst" (receipt); "ontvanger" is the addressee
    T("ontvangen$", Action.ACCEPT, source=_POSTNL,
      examples=("Zending is ontvangen", "Ontvangen door PostNL")),
    T("ontvangst", Action.ACCEPT, source=_POSTNL, examples=("Zending is in ontvangst genomen",)),
    T("aangenomen", Action.ACCEPT, source=_POSTNL,
      examples=("Uw pakket is aangenomen door PostNL",)),
    T("aangeboden", Action.ACCEPT, source=_MYPARCEL, examples=("Aangeboden aan PostNL",)),
    T("afgegeven", Action.ACCEPT, source=_POSTNL,
      examples=("Zending is afgegeven bij een PostNL-punt",)),
    # collected: from the sender (accepted) or by the addressee (delivered)
    T("opgehaald", Action.PICK_UP, source=_POSTNL_EN,
      examples=("Pakket is opgehaald door de ontvanger",)),
    T("afgehaald", Action.PICK_UP, source=_POSTNL_EN, examples=("Pakket is afgehaald",)),
    T("ophalen$", Action.PICK_UP, source=_POSTNL_EN, examples=("Ophalen mogelijk",)),
    # ---- actions: on the way
    T("onderweg", Action.MOVE, source=_POSTNL, examples=("Zending is onderweg",)),
    T("op$ weg$", Action.MOVE, source=_POSTNL, examples=("Pakket is op weg naar het afhaalpunt",)),
    T("vertrokken", Action.DEPART, source=_POSTNL, examples=("Zending is vertrokken",)),
    T("gesorteerd", Action.SORT, source=_POSTNL, examples=("Zending is gesorteerd",)),
    T("sortering", Action.SORT, source=_POSTNL, examples=("Uw pakje is in sortering",)),
    T("sorteerproces", Action.SORT, source=_MYPARCEL, examples=("In sorteerproces",)),
    T("in$ behandeling", Action.SORT, source=_POSTNL, examples=("Uw pakket is in behandeling",)),
    # ---- actions: the last mile
    T("in$ bezorging", Action.OUT_FOR_DELIVERY, source=_POSTNL_EN, examples=("In bezorging",)),
    T("distributie", Action.OUT_FOR_DELIVERY, source=_H2,
      examples=("Distributie", "Zending in distributieproces")),
    # "bezorg-" also begins bezorger (courier) and bezorgdepot: only these forms deliver
    T("bezorgd$", Action.DELIVER, source=_POSTNL_EN, examples=("Zending is bezorgd",)),
    T("bezorgen$", Action.DELIVER, source=_POSTNL_EN,
      examples=("We konden je pakket niet bezorgen",)),
    T("bezorging$", Action.DELIVER, source=_POSTNL_EN, examples=("Bezorging niet gelukt",)),
    T("afgeleverd", Action.DELIVER, source=_POSTNL, examples=("Afgeleverd",)),
    T("afleveren", Action.DELIVER, source=_POSTNL_EN,
      examples=("De bezorger kon je pakket niet afleveren",)),
    T("geleverd", Action.DELIVER, source=_TRACKSHIP, examples=("Geleverd",)),
    T("ligt klaar", Action.AVAILABLE, source=_POSTNL_EN, examples=("Zending ligt klaar",)),
    T("af$ te$ halen", Action.AVAILABLE, source=_POSTNL_EN, examples=("Af te halen",)),
    T("beschikbaar", Action.AVAILABLE, source=_POSTNL_EN,
      examples=("Beschikbaar bij afhaalpunt",)),
    T("poging$", Action.ATTEMPT, source=_POSTNL_EN,
      examples=("Ontvanger niet thuis - nieuwe poging morgen",)),
    T("bezorgpoging", Action.ATTEMPT, source=_POSTNL_EN, examples=("Tweede bezorgpoging mislukt",)),
    T("kaartje", Action.NOTICE, source=_POSTNL_EN, examples=("Er is een kaartje achtergelaten",)),
    T("afhaalbericht", Action.NOTICE, source=_POSTNL_EN,
      examples=("Afhaalbericht achtergelaten",)),
    T("geweigerd", Action.REFUSE, source=_POSTNL_EN,
      examples=("Zending geweigerd door ontvanger",)),
    # ---- actions: the end of the road
    T("retour", Action.RETURN, source=_POSTNL_EN, examples=("Retour afzender",)),
    T("geretourneerd", Action.RETURN, source=_POSTNL_EN, examples=("Zending is geretourneerd",)),
    T("teruggestuurd", Action.RETURN, source=_POSTNL_EN,
      examples=("Zending wordt teruggestuurd",)),
    T("teruggegeven", Action.RETURN, source=_POSTNL_EN,
      examples=("Zending teruggegeven aan afzender",)),
    T("terug$", Action.RETURN, source=_POSTNL_EN,
      examples=("Pakket gaat terug naar afzender",)),
    T("kwijt$", Action.LOSE, source=_POSTNL_EN, examples=("Pakket is kwijt",)),
    T("zoekgeraakt", Action.LOSE, source=_POSTNL_EN, examples=("Zending is zoekgeraakt",)),
    T("vermist", Action.LOSE, source=_POSTNL_EN, examples=("Zending vermist",)),
    T("verloren", Action.LOSE, source=_POSTNL_EN, examples=("Zending verloren gegaan",)),
    T("geannuleerd", Action.CANCEL, source=_MYPARCEL, examples=("Geannuleerd",)),
    T("beschadigd", Action.DAMAGE, source=_POSTNL_EN, examples=("Zending beschadigd",)),
    T("vertraagd", Action.DELAY, source=_POSTNL_EN, examples=("Pakket vertraagd",)),
    T("vertraging", Action.DELAY, source=_POSTNL_EN, examples=("Vertraging",)),
    # ---- places and parties
    T("douane", Place.CUSTOMS, source=_MYPARCEL, examples=("Zending bij douane",)),
    T("sorteercentrum", Place.SORTING_CENTRE, source=_POSTNL,
      examples=("Zending is in het sorteercentrum",)),
    T("bezorgdepot", Place.DELIVERY_OFFICE, source=_POSTNL,
      examples=("Zending is in het bezorgdepot",)),
    T("postkantoor", Place.DELIVERY_OFFICE, source=_H1,
      examples=("Zending afgehaald van Postkantoor",)),
    T("postnl punt", Place.PICKUP_POINT, source=_POSTNL_EN,
      examples=("Pakket is afgeleverd bij PostNL-punt",)),
    T("afhaalpunt", Place.PICKUP_POINT, source=_POSTNL_EN,
      examples=("Beschikbaar bij afhaalpunt",)),
    T("afhaallocatie", Place.PICKUP_POINT, source=_MYPARCEL,
      examples=("Zending op afhaallocatie",)),
    T("pakketautomaat", Place.LOCKER, source=_POSTNL_EN,
      examples=("Zending ligt in de pakketautomaat",)),
    T("bezorger$", Place.COURIER, source=_HA, examples=("Bezorger is onderweg",)),
    T("afzender", Place.SENDER, source=_POSTNL,
      examples=("Zending is bij de afzender opgehaald",)),
    T("wacht$ op$", Modality.AWAITING, source=_TT, examples=("Wacht op betaling importkosten",)),
    T("aangekomen", Action.ARRIVE, source=_TT,
      examples=("Yes! Je zending is aangekomen in het land van bestemming",)),
    T("doorgestuurd", Action.MOVE, source=_TT,
      examples=("Zending doorgestuurd naar nieuw adres",)),
    T("importkosten", Action.PAY_DUTY, source=_TT, examples=("Wacht op betaling importkosten",)),
    T("invoeraangifte", Place.CUSTOMS, source=_TT, examples=("Invoeraangifte succesvol afgerond",)),
    T("land$", Place.COUNTRY, source=_TT,
      examples=("Yes! Je zending is aangekomen in het land van bestemming",)),
    T("bestemming", Direction.DESTINATION, source=_TT,
      examples=("Yes! Je zending is aangekomen in het land van bestemming",)),
    T("verzender", Place.SENDER, source=_TRACKSHIP, examples=("Retourneer naar verzender",)),
    T("ontvanger", Place.ADDRESSEE, source=_POSTNL_EN,
      examples=("Pakket is opgehaald door de ontvanger",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # "not yet in the sorting process" is PostNL's pre-advice, not a pending sort
    I("zit$ nog$ niet$ in$ sorteerproces", Stage.INFO_RECEIVED, source=_POSTNL,
      examples=("Zending wordt verwacht maar zit nog niet in het sorteerproces",)),
    I("nog niet bij postnl", Stage.INFO_RECEIVED, source=_POSTNL_EN,
      examples=("Zending verwacht, nog niet bij PostNL",)),
    I("opgehaald bij", Stage.ACCEPTED, source=_POSTNL,
      examples=("Zending opgehaald bij klant",)),
    I("wordt vandaag bezorgd", Stage.OUT_FOR_DELIVERY, source=_POSTNL_EN,
      examples=("Zending wordt vandaag bezorgd",)),
    I("wordt bezorgd", Stage.IN_TRANSIT, source=_POSTNL_EN,
      examples=("Pakket wordt morgen bezorgd",)),
    I("niet thuis", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_POSTNL_EN,
      examples=("Ontvanger niet thuis",)),
    I("adres onjuist", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTNL_EN,
      examples=("Adres onjuist",)),
    I("adres onvolledig", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTNL_EN, examples=("Adres onvolledig",)),
    # delay notices are not stages; these rows only keep typo tolerance from reading
    # them as the stage word they resemble
    I("vertraging bezorging", Stage.UNKNOWN, detail="delayed", source=_POSTNL_EN,
      examples=("Vertraging in de bezorging",)),
    # more carrier wording
    I("brievenbus", Stage.DELIVERED, source=_POSTNL_EN,
      examples=("Pakket in de brievenbus gestopt",)),
    I("bij postnl", Stage.ACCEPTED, source=_POSTNL, examples=("Je pakket is bij PostNL",)),
    I("naar$ afzender", Stage.RETURN_TO_SENDER, source=_POSTNL_EN,
      examples=("Zending gaat naar afzender",)),
    # more PostNL/DHL NL wording
    I("geen gehoor", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_POSTNL_EN,
      examples=("Geen gehoor op het adres",)),
    I("adres onbekend", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTNL_EN, examples=("Adres onbekend",)),
    I("laatste ophaaldag", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_POSTNL_EN,
      examples=("Laatste ophaaldag: vrijdag",)),
    I("verhuisd", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTNL_EN,
      examples=("Ontvanger verhuisd",)),
    I("in behandeling", Stage.IN_TRANSIT, source=_POSTNL,
      examples=("Uw pakket is in behandeling",)),
    I("collectie$", Stage.ACCEPTED, leg="origin", source=_H2, examples=("Collectie",)),
    # PostNL track-and-trace status texts
    I("afgehaald door$ postnl", Stage.ACCEPTED, leg="origin", source=_TT,
      examples=("Zending is afgehaald door PostNL",)),
    I("doorgestuurd naar$ nieuw adres", Stage.IN_TRANSIT, detail="redirected", source=_TT,
      examples=("Ontvanger is verhuisd. Zending doorgestuurd naar nieuw adres",)),
    I("vernietigd", Stage.LOST, detail="destroyed", source=_TT, examples=("Zending vernietigd",)),
    I("niet$ door$ brievenbus", Stage.DELIVERY_FAILED, source=_TT,
      examples=("Zending paste niet door brievenbus, we komen nog een keer",)),
    I("invoeraangifte afgerond", Stage.CUSTOMS, detail="customs_released", leg="destination",
      source=_TT, examples=("Invoeraangifte succesvol afgerond",)),
    # PostNL's home country: arriving there is the import, heading there the flight
    I("aangekomen in$ nederland", Stage.IMPORT, leg="destination", source=_TT,
      examples=("Zending aangekomen in Nederland",)),
    I("onderweg naar$ nederland", Stage.INTERNATIONAL_TRANSIT, leg="international", source=_TT,
      examples=("Zending is onderweg naar Nederland",)),
    # round 5: GLS, Colis Privé and bpost wording
    I("aangekondigd", Stage.INFO_RECEIVED, source=_R5_GLS, examples=("Aangekondigd bij GLS",)),
    I("geladen voor aflevering", Stage.OUT_FOR_DELIVERY, leg="destination", source=_R5_GLS,
      examples=("Onderweg - geladen voor aflevering",)),
    I("bij onze regionale bezorgpartner", Stage.AT_DELIVERY_OFFICE, leg="destination",
      source=_R5_COLIS,
      examples=("Jouw pakket is toegekomen bij onze regionale bezorgpartner.",)),
    I("klaargemaakt door de webshop", Stage.INFO_RECEIVED, source=_R5_COLIS,
      examples=("Jouw pakket wordt klaargemaakt door de webshop en wordt binnenkort "
                "overgeleverd aan Colis Privé.",)),
    I("vandaag geleverd", Stage.OUT_FOR_DELIVERY, leg="destination", source=_R5_BPOST,
      examples=("Wordt vandaag geleverd",)),
    # Colis Privé's out-for-delivery step: on the way to the recipient in person
    I("onderweg naar jou", Stage.OUT_FOR_DELIVERY, leg="destination", source=_R5_COLIS,
      examples=("Jouw pakket is onderweg naar jou.",)),
)
