"""Romanian (ro) status lexicon: FAN Courier and Sameday event names, and 17TRACK's
Romanian status names.

Romanian nouns take the article as a suffix (depozit → depozitul, livrare → livrarea)
and participles agree with the noun (ridicat / ridicată / ridicate): a stem stops before
those endings (``ridicat`` covers ridicată and ridicate, ``depozit`` covers depozitul).
Texts are written with or without diacritics (ă, â, î, ș, ț); folding removes them.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "ro"
SCRIPT = "Latn"

_FAN = "https://github.com/shusaura85/fancourier-api/blob/HEAD/src/Fancourier/Objects/AwbTracker.php"
#: A Sameday tracking response (Romania to Bulgaria) stored as a fixture.
_SDY = "https://github.com/phoenix19950512/E-Commerce-backend/blob/0e651ffb9fbbc27223f9204e570fec54dd97c4aa/app/utils/awb.py"
_17T = "https://t.17track.net/ro"
#: FAN Courier's delivery status names (S codes) as a shop's tracking command lists them.
_FANS = "https://github.com/enovatero/TPS2022/blob/baf84451b4ee9bb155f5ca1e0927b3006d43b833/app/Console/Commands/TrackStatusFan.php"
_SDY_SDK = "https://github.com/sameday-courier/php-sdk/blob/HEAD/tests/Responses/SamedayGetParcelStatusHistoryResponseTest.php"

S = Stage

_FAN_HA = "https://github.com/ha-parcel-integrations/ha-fan-courier/blob/HEAD/tests/payloads.py"
_SDY_HA = "https://github.com/ha-parcel-integrations/ha-sameday/blob/HEAD/tests/payloads.py"

TERMS: tuple[Term, ...] = (
    T("disponibil", Action.AVAILABLE, source=_FAN_HA, examples=("Disponibil pentru ridicare",)),
    # Sameday's parcel lockers
    T("easybox", Place.LOCKER, source=_SDY_HA, examples=("Comanda a fost incarcata in easybox",)),
    # ---- modality
    T("nu$", Modality.NOT, source=_FANS, examples=("Avizat, nu are bani de rbs",)),
    T("in$ asteptarea", Modality.AWAITING, source=_SDY,
      examples=("În depozitul central, în așteptarea procesării",)),
    # ---- actions
    T("emis$", Action.REGISTER, source=_SDY, examples=("AWB Emis",)),
    T("inregistrat", Action.REGISTER, source=_SDY, examples=("Expedierea a fost inregistrata",)),
    T("ridicat", Action.PICK_UP, source=_SDY, examples=("Ridicata de la client",)),
    T("preluat", Action.ACCEPT, source=_FAN, examples=("Expeditie preluate spre livrare",)),
    T("predat", Action.HAND_OVER, source=_17T,
      examples=("Coletul a fost predat transportatorului.",)),
    T("tranzit", Action.MOVE, source=_SDY, examples=("In tranzit spre depozit",)),
    T("intrare$", Action.ARRIVE, source=_SDY, examples=("Intrare sorter",)),
    T("descarcat", Action.ARRIVE, source=_FAN,
      examples=("Expeditie descarcata in depozitulul de destinatie",)),
    T("iesire$", Action.DEPART, source=_SDY, examples=("Iesire din hub",)),
    T("expediat", Action.DEPART, source=_17T,
      examples=("Coletul dvs. a fost expediat sau a părăsit țara de origine.",)),
    T("parasit", Action.DEPART, source=_17T,
      examples=("Coletul dvs. a fost expediat sau a părăsit țara de origine.",)),
    T("sortat", Action.SORT, source=_FAN, examples=("Expeditie sortata pe banda",)),
    T("sortare", Action.SORT, source=_SDY, examples=("Sortare pentru consolidare",)),
    T("procesar", Action.SORT, source=_SDY,
      examples=("În depozitul central, în așteptarea procesării",)),
    T("in$ livrare", Action.OUT_FOR_DELIVERY, source=_FAN, examples=("Expeditie in livrare",)),
    T("livrat", Action.DELIVER, source=_FANS, examples=("Livrat",)),
    T("refuz", Action.REFUSE, source=_FANS, examples=("Refuz primire",)),
    T("retur", Action.RETURN, source=_FANS, examples=("Retur la termen",)),
    # ---- places, parties, directions
    T("depozit", Place.FACILITY, source=_SDY, examples=("In tranzit spre depozit",)),
    T("depozit central", Place.SORTING_CENTRE, source=_SDY, examples=("In depozit central",)),
    T("depozit de destinatie", Place.DELIVERY_OFFICE, source=_FAN,
      examples=("Expeditie descarcata in depozitulul de destinatie",)),
    T("sorter$", Place.SORTING_CENTRE, source=_SDY, examples=("Iesire sorter",)),
    T("hub$", Place.FACILITY, source=_SDY, examples=("Iesire din hub",)),
    T("agentie", Place.FACILITY, source=_SDY, examples=("Iesire din agentie",)),
    T("destinatar", Place.ADDRESSEE, source=_FANS,
      examples=("Adresa gresita, destinatar mutat",)),
    T("de la client", Place.SENDER, source=_SDY, examples=("Ridicata de la client",)),
    T("transportator", Place.COURIER, source=_17T,
      examples=("Coletul a fost predat transportatorului.",)),
    T("tara", Place.COUNTRY, source=_17T,
      examples=("Coletul dvs. a fost expediat sau a părăsit țara de origine.",)),
    T("de origine", Direction.ORIGIN, source=_17T,
      examples=("Coletul dvs. a fost expediat sau a părăsit țara de origine.",)),
    T("destinatie", Direction.DESTINATION, source=_FAN,
      examples=("Expeditie in tranzit spre depozitul de destinatie",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("livrare in curs", S.OUT_FOR_DELIVERY, source=_SDY_HA, examples=("Livrare in curs",)),
    I("document de transport emis", S.INFO_RECEIVED, source=_SDY,
      examples=("Document de transport emis",)),
    I("expeditie ridicata", S.ACCEPTED, source=_FAN, examples=("Expeditie ridicata",)),
    I("in posesia noastra", S.ACCEPTED, source=_SDY,
      examples=("Coletul a intrat in posesia noastra",)),
    I("predat transportatorului", S.ACCEPTED, source=_17T,
      examples=("Coletul a fost predat transportatorului.",)),
    # "internațional" folds to the English word: read only in this phrase
    I("tranzit international", S.INTERNATIONAL_TRANSIT, leg="international", source=_SDY,
      examples=("Coletul este în tranzit internațional",)),
    I("traversare granita", S.INTERNATIONAL_TRANSIT, leg="international", source=_SDY,
      examples=("In traversare granita",)),
    I("asteptarea procesarii", S.IN_TRANSIT, source=_SDY,
      examples=("În depozitul central, în așteptarea procesării",)),
    I("preluat spre livrare", S.OUT_FOR_DELIVERY, source=_FAN,
      examples=("Expeditie preluate spre livrare",)),
    I("livrare ulterioara", S.UNKNOWN, detail="rescheduled", source=_FAN,
      examples=("Contactat; livrare ulterioara",)),
    # "avizat": the addressee was notified (a notice); a stated reason makes it a failure
    I("avizat", S.READY_FOR_PICKUP, detail="notice_left", source=_FANS,
      examples=("Avizat si trimis SMS",)),
    I("nu$ are", S.DELIVERY_FAILED, source=_FANS, examples=("Avizat, nu are imputernicire/CI",)),
    I("adresa gresit", S.DELIVERY_FAILED, detail="address_incorrect", source=_FANS,
      examples=("Adresa gresita, nr telefon gresit",)),
    I("adresa incomplet", S.DELIVERY_FAILED, detail="address_incorrect", source=_FANS,
      examples=("Adresa incompleta - trimis SMS",)),
    I("refuz plata", S.DELIVERY_FAILED, detail="refused", source=_FANS,
      examples=("Refuz plata transport",)),
    I("refuz predare", S.DELIVERY_FAILED, detail="refused", source=_FANS,
      examples=("Refuz predare ramburs",)),
    I("restrictii acces", S.DELIVERY_FAILED, source=_FANS,
      examples=("Restrictii acces la adresa",)),
    I("nu$ raspunde la telefon", S.DELIVERY_FAILED, detail="addressee_absent", source=_FANS,
      examples=("Nu raspunde la telefon",)),
    I("lipsa persoana de contact", S.DELIVERY_FAILED, detail="addressee_absent",
      source=_FANS, examples=("Avizat, lipsa persoana de contact",)),
    I("retur la termen", S.RETURN_TO_SENDER, detail="storage_expired", source=_FANS,
      examples=("Retur la termen",)),
    I("redirectionat", S.IN_TRANSIT, detail="redirected", source=_FANS,
      examples=("Redirectionat",)),
    I("livrare din sediul", S.READY_FOR_PICKUP, source=_FANS,
      examples=("Livrare din sediul FAN Courier",)),
    I("predat punct livrare", S.READY_FOR_PICKUP, source=_FANS,
      examples=("Predat punct Livrare",)),
    I("predat partener extern", S.IN_TRANSIT, source=_FANS,
      examples=("Predat partener extern",)),
    I("neexpediat", S.INFO_RECEIVED, source=_FANS, examples=("AWB neexpediat",)),
    I("retrimis in livrare", S.OUT_FOR_DELIVERY, source=_FANS,
      examples=("Retrimis in livrare",)),
    I("nu$ a fost gasit", S.UNKNOWN, detail="not_found", source=_17T,
      examples=("Nu a fost găsit",)),
    I("comanda curier primita", Stage.INFO_RECEIVED, source=_SDY_SDK,
      examples=("Comanda curier primita",)),
)
