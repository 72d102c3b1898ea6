"""Hungarian (hu) status lexicon: Magyar Posta (MPL), Foxpost, Express One, GLS Hungary,
DPD Hungary, Sameday, Packeta and smaller Hungarian couriers' wording.

Hungarian is agglutinative: a word is a stem followed by suffixes (kézbesít-és-re,
csomag-automatá-ból), and verbal prefixes are written joined to the verb (át-vesz,
vissza-küld, ki-szállít).  A stem here is therefore the prefixed verb or noun up to the
point where its forms part: ``kezbesit`` covers kézbesítve / kézbesítés / kézbesíthető /
kézbesítik, ``atveh`` the forms of *átvehető* ("can be collected").  Where a stem's forms
mean different things (*átvették* "collected" and *átvehető* "can be collected";
*feladó* "sender" and *feladott* "posted"), the forms are listed apart, or the stem
ends in ``$``.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "hu"
SCRIPT = "Latn"

_VP = "https://github.com/WordPressBugBounty/plugins-hungarian-pickup-points-for-woocommerce/blob/HEAD/hungarian-pickup-points-for-woocommerce/"
_MPL = _VP + "includes/providers/class-posta.php"
_FOX = _VP + "includes/providers/class-foxpost.php"
_EXO = _VP + "includes/providers/class-expressone.php"
_SDY = _VP + "includes/providers/class-sameday.php"
_KVI = _VP + "includes/providers/class-kvikk.php"
_CSP = _VP + "includes/providers/class-csomagpiac.php"
_TRS = _VP + "includes/providers/class-transsped.php"
#: GLS, DPD and Packeta event texts in the plugin's Hungarian translation.
_PO = _VP + "languages/vp-woo-pont-hu_HU.po"
_MPL_EVENTS = "https://github.com/dfoddav2/shopickup-integration-layer/blob/HEAD/carrier-docs/hu-mpl/raw/Nyomkovetesi_esemenyek.pdf"

S = Stage

_CSOMAGPONT = "https://github.com/common-repository/csomagpont/blob/HEAD/inc/csomagpont.class.php"

TERMS: tuple[Term, ...] = (
    # "feladva": posted (the whole word: "feladó" is the sender)
    T("feladva$", Action.ACCEPT, source=_CSOMAGPONT, examples=("Feladva",)),
    # "felvette": picked it up (the courier from the sender)
    T("felvette$", Action.PICK_UP, source=_CSOMAGPONT, examples=("Futár felvette",)),
    # ---- negation and modality
    T("nem$", Modality.NOT, source=_MPL,
      examples=("A küldemény nem kézbesíthető (ismeretlen címzett)",)),
    T("nem$ lehetett", Modality.FAILED, source=_PO,
      examples=("A csomagot nem lehetett kézbesíteni, mivel a címzett nem volt jelen.",)),
    T("nem$ tudtak", Modality.FAILED, source=_PO,
      examples=("A csomagot nem tudták kézbesíteni, mivel a recepció zárva volt.",)),
    T("sikertelen", Modality.FAILED, source=_MPL, examples=("Sikertelen kézbesítés",)),
    T("hamarosan", Modality.FUTURE, source=_FOX,
      examples=("Csomagod kiszállítás alatt van, a házhozszállítást végző partnerünk futára "
                "hamarosan kézbesíti.",)),
    T("var$", Modality.AWAITING, source=_PO, examples=("A csomag elküldésre vár.",)),
    # "… alatt" (under, in the course of) states an action in progress, not done
    T("alatt$", Modality.PENDING, source=_MPL, examples=("A küldemény feldolgozás alatt",)),
    # ---- actions: before and at acceptance
    T("letrehoz", Action.REGISTER, source=_KVI, examples=("Csomag létrehozva",)),
    T("letrejott", Action.REGISTER, source=_FOX,
      examples=("Csomagod létrejött a rendszerünkben, a feladó még nem adta át azt a "
                "FOXPOST részére.",)),
    T("elorejelez", Action.REGISTER, source=_MPL,
      examples=("A küldeményt a feladó előrejelezte, az átadást követően megkezdjük a "
                "feldolgozást",)),
    T("bevittek", Action.REGISTER, source=_PO,
      examples=("A utánvét-adatokat bevitték a GLS informatikai rendszerébe.",)),
    T("bekerult", Action.REGISTER, source=_EXO, examples=("Adat bekerült a rendszerbe",)),
    T("kiallitott", Action.REGISTER, source=_SDY, examples=("Kiállított fuvarokmány",)),
    T("nyomtatva", Action.REGISTER, source=_CSP, examples=("Címke nyomtatva",)),
    T("elkeszult", Action.REGISTER, source=_PO,
      examples=("Elkészült a csomagcímke az átvételhez.",)),
    T("fel$ lett adva", Action.ACCEPT, source=_FOX,
      examples=("Csomagod fel lett adva, a csomagautomatában el lett helyezve.",)),
    T("elfogad", Action.ACCEPT, source=_PO,
      examples=("A csomagot a kirendeltségünkön elfogadták.",)),
    T("felveve", Action.ACCEPT, source=_PO, examples=("A csomag felvéve.",)),
    T("atvettuk", Action.PICK_UP, source=_MPL,
      examples=("A küldeményt a feladótól átvettük",)),
    T("atvette", Action.PICK_UP, source=_FOX,
      examples=("Csomagod házhozszállítással kézbesítve lett, a címzett átvette.",)),
    T("atveve", Action.PICK_UP, source=_CSP, examples=("Feladótól átvéve",)),
    # the noun "átvétel" (collection): "átvételre vár" is awaiting collection
    T("atvetel", Action.PICK_UP, source=_PO, examples=("Elkészült a csomagcímke az átvételhez.",)),
    T("vette$ at$", Action.PICK_UP, source=_FOX,
      examples=("Csomagot a címzett nem vette át, a csomag vissza lett küldve a feladónak.",)),
    T("lett$ atveve", Action.PICK_UP, source=_FOX,
      examples=("Csomagod a házhozszállítás során nem lett átvéve, kézbesítése egyelőre "
                "sikertelen.",)),
    # ---- actions: on the way
    T("szallitas alatt", Action.MOVE, source=_MPL, examples=("A küldemény szállítás alatt",)),
    T("szallitasi folyamatban", Action.MOVE, source=_SDY,
      examples=("Szállítási folyamatban a futárnál",)),
    T("uton$", Action.MOVE, source=_PO, examples=("Csomag úton van",)),
    T("tranzit", Action.MOVE, source=_SDY, examples=("Tranzitban a raktár felé",)),
    T("tovabbit", Action.MOVE, source=_MPL,
      examples=("Továbbítás másik kézbesítő postára (címzetti rendelkezés alapján)",)),
    T("beszallitas", Action.MOVE, source=_MPL, examples=("Postára beszállítás folyamatban",)),
    T("kuldik$", Action.MOVE, source=_PO,
      examples=("A csomagot a raktárból a válogatóközpontba küldik.",)),
    T("megerkez", Action.ARRIVE, source=_PO, examples=("Csomag megérkezett a depóba.",)),
    T("beerkez", Action.ARRIVE, source=_FOX,
      examples=("Csomagod beérkezett a FoxPost raktárába, hamarosan átadjuk a "
                "házhozszállítást végző partnerünknek.",)),
    T("erkezett", Action.ARRIVE, source=_EXO, examples=("Depóba érkezett",)),
    T("elhagy", Action.DEPART, source=_PO, examples=("A csomag elhagyta a csomagközpontot.",)),
    T("kilepes", Action.DEPART, source=_SDY,
      examples=("Tranzitban a raktár felé(Kilépés a hubból)",)),
    T("feldolgoz", Action.SORT, source=_MPL,
      examples=("A küldeményt a feladó előrejelezte, az átadást követően megkezdjük a "
                "feldolgozást",)),
    T("feldolgozas alatt", Action.SORT, source=_MPL, examples=("A küldemény feldolgozás alatt",)),
    T("atadva", Action.HAND_OVER, source=_KVI, examples=("Csomag átadva a futárnak",)),
    T("atadtak", Action.HAND_OVER, source=_PO,
      examples=("A csomagot átadták egy külső szállítónak kézbesítésre.",)),
    T("kiadva", Action.HAND_OVER, source=_EXO, examples=("Kiadva futárnak",)),
    # ---- actions: customs
    T("kiadta", Action.RELEASE, source=_PO, examples=("A csomagot a vámhatóság kiadta.",)),
    T("kesik", Action.DELAY, source=_PO, examples=("A vámkezelés késik a hiányzó számla miatt.",)),
    T("lefoglal", Action.HOLD, source=_PO,
      examples=("A csomagot a vámhatóságok lefoglalták.",)),
    # ---- actions: the last mile
    T("kiszallitas alatt", Action.OUT_FOR_DELIVERY, source=_CSP,
      examples=("Kiszállítás alatt",)),
    T("kezbesitesre kerult", Action.DELIVER, source=_PO,
      examples=("A csomag kézbesítésre került.",)),
    T("kezbesit", Action.DELIVER, source=_MPL, examples=("Sikeresen kézbesítve",)),
    T("elhelyezve", Action.DELIVER, source=_PO,
      examples=("Csomag elhelyezve a csomagautomatába.",)),
    T("behelyezve", Action.DELIVER, source=_SDY, examples=("Szekrénybe behelyezve",)),
    T("szallitva", Action.DELIVER, source=_PO, examples=("Az átvételi pontra szállítva",)),
    T("atveheto", Action.AVAILABLE, source=_MPL, examples=("A küldemény postán átvehető",)),
    T("atveheted", Action.AVAILABLE, source=_FOX,
      examples=("Csomagod megérkezett az általad választott (vissza)kézbesítési automatába, "
                "most már átveheted!",)),
    T("veheted$ at$", Action.AVAILABLE, source=_FOX,
      examples=("Csomagodat az automata telítettsége / műszaki hibája miatt személyesen "
                "veheted át munkatársunktól.",)),
    T("tarolj", Action.HOLD, source=_PO, examples=("A csomagot a csomagközpontban tárolják.",)),
    T("megtagad", Action.REFUSE, source=_MPL,
      examples=("A küldemény nem kézbesíthető (átvételt megtagadta)",)),
    T("visszautasit", Action.REFUSE, source=_EXO, examples=("Címzett visszautasította",)),
    T("visszakuld", Action.RETURN, source=_PO,
      examples=("A csomagot visszaküldték a feladónak.",)),
    T("visszakerult", Action.RETURN, source=_PO, examples=("A csomag visszakerült a feladóhoz.",)),
    T("visszater", Action.RETURN, source=_PO,
      examples=("Visszatérés a feladóhoz(System return)",)),
    T("visszakezbesit", Action.RETURN, source=_MPL, examples=("Feladónak visszakézbesítve",)),
    T("visszakerte", Action.RETURN, source=_MPL,
      examples=("A küldemény nem kézbesíthető (a feladó visszakérte)",)),
    T("vissza$ lett$ kuldve", Action.RETURN, source=_FOX,
      examples=("Csomagot a címzett nem vette át, a csomag vissza lett küldve a feladónak.",)),
    T("nem$ talalhato", Action.LOSE, source=_PO, examples=("Csomag nem található.",)),
    T("torol", Action.CANCEL, source=_PO, examples=("A csomagot törölték.",)),
    T("megserult", Action.DAMAGE, source=_PO, examples=("A csomag teljesen megsérült.",)),
    T("serules", Action.DAMAGE, source=_MPL,
      examples=("A küldemény nem kézbesíthető (sérülés miatt)",)),
    # ---- places and parties
    T("csomagautomat", Place.LOCKER, source=_MPL,
      examples=("Sikeresen kézbesítve Csomagautomatából",)),
    # "automata" alone is any machine: only its case forms of place are read
    T("automatara", Place.LOCKER, source=_FOX,
      examples=("A csomag nem megfelelő automatára lett szortolva.",)),
    T("automataba", Place.LOCKER, source=_FOX,
      examples=("Csomagod megérkezett az általad választott (vissza)kézbesítési automatába, "
                "most már átveheted!",)),
    T("szekreny", Place.LOCKER, source=_SDY, examples=("Szekrénybe behelyezve",)),
    T("postan$", Place.DELIVERY_OFFICE, source=_MPL, examples=("A küldemény postán átvehető",)),
    T("postahely", Place.DELIVERY_OFFICE, source=_MPL,
      examples=("Sikeresen kézbesítve Postahelyen",)),
    T("kezbesito postara", Place.DELIVERY_OFFICE, source=_MPL,
      examples=("Továbbítás másik kézbesítő postára (címzetti rendelkezés alapján)",)),
    # "depó" in its case forms only: the bare stem would read English "depot"
    T("depoba$", Place.DELIVERY_OFFICE, source=_EXO, examples=("Depóba érkezett",)),
    T("depoban$", Place.DELIVERY_OFFICE, source=_PO, examples=("Válogatási hiba a depóban.",)),
    T("depojaba$", Place.DELIVERY_OFFICE, source=_FOX,
      examples=("Csomagod megérkezett a házhozszállítást végző partnerünk kiszállító "
                "depójába.",)),
    T("csomagkuldo kozpont", Place.DELIVERY_OFFICE, source=_PO,
      examples=("Csomagküldő központban",)),
    T("postapont", Place.PICKUP_POINT, source=_MPL,
      examples=("Sikeresen kézbesítve PostaPonton",)),
    T("csomagpont", Place.PICKUP_POINT, source=_PO,
      examples=("A csomagot a GLS CsomagPontban tárolják.",)),
    T("atveteli pont", Place.PICKUP_POINT, source=_PO,
      examples=("Az átvételi pontra szállítva",)),
    T("raktar", Place.FACILITY, source=_EXO, examples=("Központi raktárba érkezett",)),
    T("csomagkozpont", Place.FACILITY, source=_PO,
      examples=("A csomag elhagyta a csomagközpontot.",)),
    T("hub", Place.FACILITY, source=_SDY,
      examples=("Tranzitban a raktár felé(Kilépés a hubból)",)),
    T("kirendeltseg", Place.FACILITY, source=_PO,
      examples=("A csomagot a kirendeltségünkön elfogadták.",)),
    T("valogatokozpont", Place.SORTING_CENTRE, source=_PO,
      examples=("A csomagot a raktárból a válogatóközpontba küldik.",)),
    T("futar", Place.COURIER, source=_EXO, examples=("Kiadva futárnak",)),
    T("cimzett", Place.ADDRESSEE, source=_EXO, examples=("Címzett visszautasította",)),
    T("felado$", Place.SENDER, source=_FOX,
      examples=("Csomagod létrejött a rendszerünkben, a feladó még nem adta át azt a "
                "FOXPOST részére.",)),
    T("feladonak", Place.SENDER, source=_MPL, examples=("Feladónak visszakézbesítve",)),
    T("feladotol", Place.SENDER, source=_CSP, examples=("Feladótól átvéve",)),
    T("feladohoz", Place.SENDER, source=_PO, examples=("A csomag visszakerült a feladóhoz.",)),
    T("vamkezel", Place.CUSTOMS, source=_PO,
      examples=("A vámkezelés a hiányos dokumentumok miatt késik.",)),
    T("vamokmany", Place.CUSTOMS, source=_PO,
      examples=("A vámokmányok előkészítése folyamatban van.",)),
    T("vamhatosag", Place.CUSTOMS, source=_PO, examples=("A csomagot a vámhatóság kiadta.",)),
    T("vameljaras", Place.CUSTOMS, source=_PO, examples=("Vámeljárás folyamatban.",)),
    T("vamvizsgalat", Place.CUSTOMS, source=_PO,
      examples=("A vámkezelés vámvizsgálat miatt késik.",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # ---- before acceptance: data, labels, pickup orders
    I("rogzitve$", S.INFO_RECEIVED, source=_CSP, examples=("Rögzítve",)),
    I("beerkezett futarrendeles", S.INFO_RECEIVED, source=_SDY,
      examples=("Beérkezett futárrendelés",)),
    I("rendszerbe", S.INFO_RECEIVED, source=_EXO, examples=("Adat bekerült a rendszerbe",)),
    I("informatikai rendszer", S.INFO_RECEIVED, source=_PO,
      examples=("A csomag adatait bevitték a GLS informatikai rendszerébe; a csomagot még "
                "nem adták át a GLS-nek.",)),
    I("megbizast", S.INFO_RECEIVED, source=_PO,
      examples=("A sofőr megkapta a megbízást, hogy a csomagot a nap folyamán vegye át.",)),
    I("informaciokat tovabbitottak", S.INFO_RECEIVED, source=_PO,
      examples=("A megrendeléssel kapcsolatos információkat továbbították a DPD-nek.",)),
    I("csomagcimke", S.INFO_RECEIVED, source=_PO,
      examples=("Elkészült a csomagcímke az átvételhez.",)),
    I("csomagadatok", S.INFO_RECEIVED, source=_PO,
      examples=("Csomagadatok sikeresen létrehozva.",)),
    # ---- handovers whose direction the verb does not tell
    I("atadva a futarnak", S.ACCEPTED, source=_KVI, examples=("Csomag átadva a futárnak",)),
    I("atadta reszunkre", S.ACCEPTED, source=_FOX,
      examples=("Csomagodat partnerünk átadta részünkre",)),
    I("partner futarnak", S.IN_TRANSIT, source=_CSP, examples=("Átadva partner futárnak",)),
    I("kulso szallitonak kezbesitesre", S.IN_TRANSIT, source=_PO,
      examples=("A csomagot átadták egy külső szállítónak kézbesítésre.",)),
    I("atadjuk a hazhozszallitast", S.IN_TRANSIT, source=_FOX,
      examples=("Csomagod beérkezett a FoxPost raktárába, hamarosan átadjuk a "
                "házhozszállítást végző partnerünknek.",)),
    I("kiszallitas visszaszallitas alatt altalad valasztott csomagautomatahoz", S.IN_TRANSIT,
      source=_FOX,
      examples=("Csomag úton (kiszállítás/visszaszállítás alatt) van az általad választott "
                "csomagautomatához.",)),
    # ---- "we will deliver it soon" after another event says nothing of its own
    I("hamarosan kezbesitjuk", S.UNKNOWN, source=_FOX,
      examples=("A feladott/visszaküldött csomagot hamarosan kézbesítjük.",)),
    I("partnerunk a csomagot hamarosan kezbesiti", S.UNKNOWN, source=_FOX,
      examples=("Partnerünk a csomagot hamarosan kézbesíti.",)),
    I("feladott visszakuldott", S.UNKNOWN, source=_FOX,
      examples=("A neked címzett (feladott/visszaküldött) csomagot hamarosan kézbesítjük.",)),
    # ---- redirections
    I("utankuldes", S.IN_TRANSIT, detail="redirected", source=_MPL,
      examples=("Utánküldés új címre (megrendelés alapján)",)),
    I("uj cimre", S.IN_TRANSIT, detail="redirected", source=_MPL,
      examples=("Ismételt kézbesítésre továbbítás új címre",)),
    I("masik kezbesito postara", S.IN_TRANSIT, detail="redirected", source=_MPL,
      examples=("Továbbítás másik kézbesítő postára (címzetti rendelkezés alapján)",)),
    I("kivant cimre hogy ott kezbesits", S.IN_TRANSIT, detail="redirected", source=_PO,
      examples=("A csomagot továbbították a kívánt címre, hogy ott kézbesítsék.",)),
    I("szallitasi cim sikeresen modositva", S.IN_TRANSIT, detail="redirected", source=_PO,
      examples=("Szállítási cím sikeresen módosítva",)),
    I("atiranyit", S.IN_TRANSIT, detail="redirected", source=_FOX,
      examples=("Csomagodat az automata telítettsége / műszaki hibája miatt átírányítottuk "
                "egy másik csomagautomatába",)),
    I("ismetelt kezbesitesre", S.IN_TRANSIT, source=_MPL,
      examples=("A küldemény szállítás alatt (ismételt kézbesítésre)",)),
    # ---- the last mile
    I("kezbesitonel", S.OUT_FOR_DELIVERY, source=_MPL,
      examples=("A küldemény a kézbesítőnél van",)),
    I("nap folyaman kezbesit", S.OUT_FOR_DELIVERY, source=_PO,
      examples=("A csomagot várhatóan a nap folyamán kézbesítik.",)),
    I("este kezbesit", S.OUT_FOR_DELIVERY, source=_PO,
      examples=("A csomagot este kézbesítik.",)),
    I("maga veszi at", S.READY_FOR_PICKUP, source=_PO,
      examples=("A csomagot a GLS csomagközpontban tárolják. A címzett vállalta, hogy az "
                "árut maga veszi át.",)),
    I("celallomasra", S.READY_FOR_PICKUP, source=_PO,
      examples=("A csomag megérkezett a célállomásra, az ügyfelet SMS-ben értesítettük.",)),
    I("kezbesitve csomagautomatabol", S.DELIVERED, source=_MPL,
      examples=("Sikeresen kézbesítve Csomagautomatából",)),
    I("kezbesitve postaponton", S.DELIVERED, source=_MPL,
      examples=("Sikeresen kézbesítve PostaPonton",)),
    I("sikeres kezbesites", S.DELIVERED, source=_EXO, examples=("Sikeres kézbesítés",)),
    I("csomag$ atveve", S.DELIVERED, source=_PO, examples=("Csomag átvéve",)),
    I("elkuldesre var", S.ACCEPTED, source=_PO, examples=("A csomag elküldésre vár.",)),
    I("ugyfel atvette", S.DELIVERED, source=_PO, examples=("A csomagot az ügyfél átvette.",)),
    I("szomszedhoz", S.DELIVERED, source=_PO,
      examples=("A csomagot a szomszédhoz kézbesítették (lásd az aláírást).",)),
    I("uj kezbesitesi idopont", S.UNKNOWN, detail="rescheduled", source=_PO,
      examples=("A csomagot a csomagközpontban tárolják, hogy egy új kézbesítési "
                "időpontban kézbesítsék.",)),
    I("masnapi kezbesitesre elokeszitve cimzett", S.UNKNOWN, detail="rescheduled", source=_MPL,
      examples=("Másnapi kézbesítésre előkészítve (címzett kérésére)",)),
    I("kezbesitesi nap modosit", S.UNKNOWN, detail="rescheduled", source=_EXO,
      examples=("Kézbesítési nap módosítása Rugalmas kézbesítés felületen",)),
    I("kapacitasi hiany", S.UNKNOWN, detail="delayed", source=_EXO,
      examples=("Depó kiszállítási kapacitási hiánya miatt",)),
    I("egyelore nem tudjuk kezbesiteni", S.UNKNOWN, detail="delayed", source=_FOX,
      examples=("Csomagodat a célautomata túltelítettsége miatt egyelőre nem tudjuk "
                "kézbesíteni, amint szabadul fel hely, csomagodat behelyezzük.",)),
    # ---- failures
    I("nem kereste", S.DELIVERY_FAILED, detail="storage_expired", source=_MPL,
      examples=("A küldemény nem kézbesíthető (nem kereste)",)),
    I("maximalis tarolasi idot", S.DELIVERY_FAILED, detail="storage_expired", source=_PO,
      examples=("A csomag elérte a maximális tárolási időt a csomagautomatában.",)),
    I("vissza a csomagkuldo", S.DELIVERY_FAILED, source=_PO,
      examples=("Vissza a csomagküldő központban sikertelen kézbesítés után",)),
    I("ceg megszunt", S.DELIVERY_FAILED, detail="address_incorrect", source=_MPL,
      examples=("A küldemény nem kézbesíthető (cég megszűnt)",)),
    I("elkoltozott", S.DELIVERY_FAILED, detail="address_incorrect", source=_MPL,
      examples=("A küldemény nem kézbesíthető (elköltözött)",)),
    I("ismeretlen cimzett", S.DELIVERY_FAILED, detail="address_incorrect", source=_MPL,
      examples=("A küldemény nem kézbesíthető (ismeretlen címzett)",)),
    I("hianyos cim", S.DELIVERY_FAILED, detail="address_incorrect", source=_PO,
      examples=("A csomagot rossz vagy hiányos cím miatt nem lehetett kézbesíteni.",)),
    I("cimadat", S.DELIVERY_FAILED, detail="address_incorrect", source=_PO,
      examples=("A csomagot nem lehetett kézbesíteni, mivel további címadatokra van "
                "szükség.",)),
    I("nincs jogosult atvevo", S.DELIVERY_FAILED, detail="addressee_absent", source=_MPL,
      examples=("A küldemény nem kézbesíthető (nincs jogosult átvevő)",)),
    I("szabadsagon", S.DELIVERY_FAILED, detail="addressee_absent", source=_PO,
      examples=("A csomagot nem lehetett kézbesíteni, mivel a címzett szabadságon van.",)),
    I("nem volt jelen", S.DELIVERY_FAILED, detail="addressee_absent", source=_PO,
      examples=("A csomagot nem lehetett kézbesíteni, mivel a címzett nem volt jelen.",)),
    I("hibas cimzes", S.DELIVERY_FAILED, detail="address_incorrect", source=_TRS,
      examples=("Hibás címzés",)),
    I("cim nem talalhato", S.DELIVERY_FAILED, detail="address_incorrect", source=_TRS,
      examples=("Cím nem található",)),
    I("nem volt otthon", S.DELIVERY_FAILED, detail="addressee_absent", source=_TRS,
      examples=("Zárva volt/Nem volt otthon",)),
    I("nem volt bent", S.DELIVERY_FAILED, detail="addressee_absent", source=_PO,
      examples=("A címzett nem volt bent, értesítőt nem lehetett otthagyni.",)),
    I("arut nem rendeltek", S.DELIVERY_FAILED, detail="refused", source=_PO,
      examples=("A csomagot visszautasították, mert az árut nem rendelték meg.",)),
    # ---- returns, problems
    I("vissza a feladonak", S.RETURN_TO_SENDER, source=_EXO, examples=("Vissza a feladónak",)),
    I("vissza a feladohoz", S.RETURN_TO_SENDER, source=_PO,
      examples=("A csomag úton van vissza a feladóhoz.",)),
    I("cimzett nem vette at", S.DELIVERY_FAILED, source=_FOX,
      examples=("Csomagodat a címzett a házhozszállítás során nem vette át, a csomag "
                "visszaszállításra került a FoxPost raktárába.",)),
    I("visszaszallitasra kerult a foxpost raktaraba", S.UNKNOWN, source=_FOX,
      examples=("a csomag visszaszállításra került a FoxPost raktárába.",)),
    I("serules miatt", S.EXCEPTION, detail="damaged", source=_MPL,
      examples=("A küldemény nem kézbesíthető (sérülés miatt)",)),
    I("kerelmet torolt", S.CANCELLED, source=_PO,
      examples=("Az átvételi kérelmet törölték, mivel nem volt átvehető áru.",)),
    I("altal visszakuldott", S.RETURN_TO_SENDER, source=_FOX,
      examples=("Átvevő által visszaküldött csomag.",)),
    I("tarolasi ido alatt", S.RETURN_TO_SENDER, detail="storage_expired", source=_FOX,
      examples=("Csomagod nem került átvételre a tárolási idő alatt, ezért a küldeményt "
                "visszaküldjük a feladónak.",)),
    I("nem megfelelo automatara", S.EXCEPTION, detail="missent", source=_FOX,
      examples=("A csomag nem megfelelő automatára lett szortolva.",)),
    I("valogatasi hiba", S.EXCEPTION, detail="missent", source=_PO,
      examples=("Válogatási hiba a depóban.",)),
    I("csomagot vizsgaljak", S.EXCEPTION, source=_PO, examples=("A csomagot vizsgálják.",)),
    I("megorzesre", S.DELIVERY_FAILED, detail="unclaimed", source=_MPL,
      examples=("A küldemény nem kézbesíthető (megőrzésre továbbítva)",)),
    # ---- customs
    I("vamadatok rogzitve", S.CUSTOMS, detail="customs_released", source=_PO,
      examples=("Vámadatok rögzítve, a csomag elküldhető a végső helyére.",)),
    I("ismeretlen csomag statusz", S.UNKNOWN, detail="pending", source=_PO,
      examples=("Ismeretlen csomag státusz.",)),
    I("lemondott rendeles", S.CANCELLED, source=_TRS, examples=("Lemondott rendelés",)),
    I("cim modositasa", Stage.IN_TRANSIT, detail="redirected", source=_MPL_EVENTS,
      examples=("Címzetti rendelkezés - cím módosítása",)),
)
