"""Greek (el) status lexicon: Greek courier wording (ELTA, ACS, Speedex, Geniki
Taxydromiki, Dailycourier).

Patterns are folded like the text: accents and diaeresis removed, final ς read as σ, so
"παραδόθηκε", "ΠΑΡΑΔΟΘΗΚΕ" and "παραδοθηκε" are one stem.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "el"
SCRIPT = "Grek"

#: Dailycourier's shipment statuses with their Greek names, from its .NET client.
_DAILY = "https://github.com/tasoszah/Dailycourier/blob/HEAD/Dailycourier/DailycourierConstants.cs"
#: The ACS tracking API's note for an unknown number, from the same CLI.
_ACS = "https://github.com/eliac7/Greek-Parcel-CLI/blob/HEAD/src/greek_parcel/trackers/acs.py"
#: Geniki Taxydromiki TrackAndTrace statuses a Magento module reacts to.
#: ELTA, ACS, Geniki and SpeedEx statuses a Home Assistant integration translates.
_HA = "https://github.com/thanasis00/greek-courier-tracker-hacs/blob/HEAD/custom_components/greek_courier_tracker"
_HA_ELTA = _HA + "/couriers/elta.py"
_HA_CONST = _HA + "/const.py"
_HA_GENIKI = _HA + "/couriers/geniki.py"
_GENIKI = "https://github.com/gnikolopoulos/magento-geniki-taxydromiki-module/blob/HEAD/app/code/local/ID/Geniki/controllers/IndexController.php"

A = Action
P = Place
M = Modality
S = Stage

_AST_EL = "https://github.com/zorem/woo-advanced-shipment-tracking/blob/HEAD/lang/woo-advanced-shipment-tracking-el.po"
_ELTA_API = "https://github.com/dev-dmm/courier-mvp/blob/HEAD/woocommerce-plugin/includes/class-elta-api-client.php"
_ELTA_HA = "https://github.com/ha-parcel-integrations/ha-elta-courier/blob/HEAD/tests/payloads.py"

TERMS: tuple[Term, ...] = (
    # "έχει αποσταλεί": has been sent
    T("αποσταλ", A.DEPART, source=_AST_EL,
      examples=("Η παραγγελία σας έχει αποσταλεί μερικώς",)),
    T("ακυρωθηκ", A.CANCEL, source=_ELTA_API, examples=("ΑΚΥΡΩΘΗΚΕ",)),
    T("αφιξη", A.ARRIVE, source=_ELTA_HA, examples=("Άφιξη σε",)),
    # ELTA's central hub
    T("κεντρικο$ κεντρο", P.FACILITY, source=_ELTA_API, examples=("ΣΤΟ ΚΕΝΤΡΙΚΟ ΚΕΝΤΡΟ",)),
    # ---- actions (aorist passive -θηκε, participle -μενο, noun -ση/-σης)
    T("παραδοθηκ", A.DELIVER, source=_DAILY, examples=("Παραδόθηκε", "Παραδόθηκε Π.Α.")),
    T("παραδομεν", A.DELIVER, source=_GENIKI, examples=("ΠΑΡΑΔΟΜΕΝΟ",)),
    T("παραδοσ", A.DELIVER, source=_DAILY,
      examples=("Αδυναμία Παράδοσης", "Αδυναμία παράδοσης - Άρνηση Παραλαβής")),
    T("αρνηση", A.REFUSE, source=_DAILY, examples=("Άρνηση παραλαβής",)),
    T("επιστροφ", A.RETURN, source=_DAILY,
      examples=("Επιστροφή στον αποστολέα", "Επιστροφή στον αρχικό αποστολέα")),
    T("επιστραφ", A.RETURN, source=_DAILY, examples=("Επιστράφηκε στον αποστολέα",)),
    T("δρομολογ", A.MOVE, source=_DAILY, examples=("Δρομολόγηση Αποστολής",)),
    T("παραμον", A.HOLD, source=_DAILY, examples=("Παραμονή με συνεννόηση",)),
    T("σημειωμα", A.NOTICE, source=_DAILY, examples=("Απών - Σημείωμα",)),
    # "μεταφορά" (transport, "σε μεταφορά") and "διακίνηση" (handling, "σε διακίνηση")
    T("μεταφορ", A.MOVE, source=_HA_ELTA,
      examples=("Αποστολή βρίσκεται σε στάδιο μεταφοράς",)),
    T("διακινησ", A.MOVE, source=_HA_CONST, examples=("Η αποστολή βρίσκεται σε διακίνηση",)),
    # "δημιουργία" (creation) of the voucher (ΣΥ.ΔΕ.ΤΑ.)
    T("δημιουργ", A.REGISTER, source=_HA_ELTA, examples=("Δημιουργία ΣΥ.ΔΕ.ΤΑ.",)),
    T("κρατησ", A.HOLD, source=_HA_GENIKI, examples=("ΚΡΑΤΗΣΗ",)),
    # ---- places and parties ("αποστολέα" is the sender, "αποστολή" the shipment)
    T("αποστολε", P.SENDER, source=_DAILY,
      examples=("Επιστροφή στον αποστολέα", "Επιστράφηκε στον αποστολέα")),
    T("παραληπτ", P.ADDRESSEE, source=_DAILY,
      examples=("Απουσία Παραλήπτη", "Κέντρο διαλογής περιοχής παραλήπτη")),
    T("διαλογ", P.SORTING_CENTRE, source=_DAILY,
      examples=("Κέντρο διαλογής", "Κέντρο διαλογής περιοχής παραλήπτη")),
    # ---- modality
    T("αδυναμια", M.FAILED, source=_DAILY, examples=("Αδυναμία Παράδοσης",)),
    T("δεν$", M.NOT, source=_ACS, examples=("Η αποστολή δεν βρέθηκε",)),
    T("αναμονη", M.AWAITING, source=_DAILY, examples=("Aναμονή παραλαβής",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # "παραλαβή" is both the courier's pick-up from the sender and the recipient's receipt:
    # only whole phrases say which
    I("αναμονη παραλαβ", S.INFO_RECEIVED, leg="origin", source=_DAILY,
      examples=("Aναμονή παραλαβής",)),
    I("παρεληφθ", S.ACCEPTED, leg="origin", source=_DAILY,
      examples=("Παρελήφθηκε από Dailycourier.gr",)),
    # a bare "Παραλαβή" event, or "Παραλαβή από ..." (picked up by), is the pick-up
    I("παραλαβη$", S.ACCEPTED, leg="origin", source=_HA_GENIKI,
      examples=("ΠΑΡΑΛΑΒΗ", "Παραλαβή από")),
    I("προς$ παραδοσ", S.OUT_FOR_DELIVERY, leg="destination", source=_DAILY,
      examples=("Προς Παράδοση",)),
    I("απουσια παραληπτ", S.DELIVERY_FAILED, detail="addressee_absent", leg="destination",
      source=_DAILY, examples=("Απουσία Παραλήπτη",)),
    I("αγνωστος παραληπτ", S.DELIVERY_FAILED, detail="address_incorrect",
      leg="destination", source=_DAILY, examples=("Άγνωστος Παραλήπτης",)),
    I("ανακατευθυνσ", S.IN_TRANSIT, detail="redirected", source=_DAILY,
      examples=("Ανακατεύθυνση αποστολής",)),
    # ACS: the number is not known (yet)
    I("δεν$ βρεθηκ", S.UNKNOWN, detail="not_found", source=_ACS,
      examples=("Η αποστολή δεν βρέθηκε",)),
)
