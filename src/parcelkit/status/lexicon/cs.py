"""Czech (cs) status lexicon: Česká pošta event names (its published list of item states),
PPL / Zásilkovna wording and marketplace order statuses in Czech."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "cs"
SCRIPT = "Latn"

_CP_STATES = "https://www.postaonline.cz/podanionline/ePOST-dokumentace/8134prehled.html"
_CP_DELIVERY = "https://www.ceskaposta.cz/en/rady-a-navody/pri-dodani"
_CP_STORE = "https://www.kurzy.cz/zpravy/533850-ceska-posta-v-pripade-plosne-karanteny-zavede-bezkontaktni-dorucovani/"
_PACKETA_WC = "https://github.com/Zasilkovna/WooCommerce/blob/c9373f8d4175323f037d64cf3a47dc395d792b7d/languages/packeta-cs_CZ.po"
_PPL = "https://github.com/PPL-CZ/PPL-PrestaShop/blob/HEAD/pplshipping/src/config/shipment_phases.php"
_PACKETA_CS = "https://github.com/Zasilkovna/prestashop/blob/HEAD/packetery/translations/cs.php"
_EXPANDO = "https://help.expan.do/marketplace/uvod/statusy-objednavek"

TERMS: tuple[Term, ...] = (
    # ---- negation and modality (Czech joins "ne-" to the verb: nedoručena, nebyla)
    T("nebyl", Modality.NOT, source=_CP_STATES, examples=("Zásilka nebyla doručena",)),
    T("neuspesn", Modality.FAILED, source=_PACKETA_CS,
      examples=("Neúspěšný pokus o doručení zásilky",)),
    T("nezdaril", Modality.FAILED, source=_CP_STATES, examples=("Doručení se nezdařilo",)),
    T("ceka$", Modality.AWAITING, source=_CP_STORE,
      examples=("Zásilka čeká na vyzvednutí", "Zásilka čeká v Balíkovně")),
    T("ocekav", Modality.AWAITING, source=_PACKETA_CS, examples=("Očekáváme dodání obchodem",)),
    T("predpoklad", Modality.FUTURE, source=_CP_DELIVERY,
      examples=("Předpokládané doručení: zítra",)),
    # ---- actions: before and at acceptance
    T("udaje$", Action.REGISTER, source=_CP_STATES,
      examples=("Obdrženy údaje k zásilce", "Adresní údaje")),
    T("elektronicka data", Action.REGISTER, source=_CP_STATES,
      examples=("Obdržena elektronická data zásilky",)),
    T("podan", Action.ACCEPT, source=_CP_STATES, examples=("Podaná", "Podání zásilky")),
    T("prijat", Action.ACCEPT, source=_CP_STATES,
      examples=("Zásilka byla přijata k přepravě",)),
    T("prevzat", Action.ACCEPT, source=_CP_STATES,
      examples=("Zásilka převzata od odesílatele", "Zásilka převzata přepravcem")),
    # "vyzvednuta" is collected: by the addressee, or from the sender by a driver
    T("vyzvednut", Action.PICK_UP, source=_CP_STORE,
      examples=("Zásilka byla vyzvednuta", "Vyzvednuto")),
    # ---- actions: on the way
    T("na$ ceste", Action.MOVE, source=_CP_STATES, examples=("Zásilka na cestě",)),
    T("v$ preprave", Action.MOVE, source=_CP_STATES, examples=("Balík v přepravě",)),
    T("prepravovan", Action.MOVE, source=_CP_STATES, examples=("Přepravovaná",)),
    T("dosilka", Action.MOVE, source=_CP_STATES, examples=("Dosílka na jinou adresu",)),
    T("odeslana$", Action.DEPART, source=_CP_STATES,
      examples=("Zásilka byla odeslána", "Zásilka odeslána ze země odeslání")),
    T("odeslano$", Action.DEPART, source=_PACKETA_CS, examples=("Odesláno z depa",)),
    T("poslan", Action.DEPART, source=_CP_STATES, examples=("Zásilka byla poslána",)),
    T("odjezd", Action.DEPART, source=_PACKETA_WC, examples=("Připraveno k odjezdu",)),
    T("vystup", Action.DEPART, source=_CP_STATES,
      examples=("Výstup ze země odeslání", "Výstup zásilky z vyměňovací pošty")),
    T("vstup", Action.ARRIVE, source=_CP_STATES,
      examples=("Vstup na dodací poštu", "Vstup do země určení")),
    T("prijezd", Action.ARRIVE, source=_CP_STATES, examples=("Příjezd do země určení",)),
    T("dorazil", Action.ARRIVE, source=_CP_STATES, examples=("Zásilka dorazila do depa",)),
    T("zpracovan", Action.SORT, source=_CP_STATES, examples=("Zpracování na třídírně",)),
    # ---- actions: customs
    T("proclena$", Action.RELEASE, source=_CP_DELIVERY, examples=("Zásilka proclena",)),
    T("ukonceni celniho", Action.RELEASE, source=_CP_STATES,
      examples=("Ukončení celního řízení",)),
    # ---- actions: the last mile
    T("k$ doruceni", Action.OUT_FOR_DELIVERY, source=_CP_STATES,
      examples=("Zásilka byla předána k doručení",)),
    T("v$ doruceni", Action.OUT_FOR_DELIVERY, source=_CP_STATES,
      examples=("Zásilka je v doručení",)),
    T("dorucovan", Action.OUT_FOR_DELIVERY, source=_CP_STATES,
      examples=("Probíhá doručování zásilky",)),
    T("dorucuje", Action.OUT_FOR_DELIVERY, source=_CP_STATES,
      examples=("Kurýr doručuje zásilku",)),
    T("dorucen", Action.DELIVER, source=_CP_STATES, examples=("Doručená", "Doručeno")),
    T("dodan", Action.DELIVER, source=_CP_STATES,
      examples=("Dodání zásilky", "Zásilka byla dodána")),
    # "vydána" is handed out to the one who collects it
    T("vydan", Action.PICK_UP, source=_CP_STATES, examples=("Zásilka vydána",)),
    T("ulozen", Action.AVAILABLE, source=_CP_STATES, examples=("Uložená", "Uloženo na poště")),
    T("k$ vyzvednuti", Action.AVAILABLE, source=_CP_STORE,
      examples=("Zásilka je připravena k vyzvednutí", "Výzva k vyzvednutí")),
    T("k$ vydeji", Action.AVAILABLE, source=_PACKETA_WC, examples=("Připraveno k výdeji",)),
    T("pokus o$ doruceni", Action.ATTEMPT, source=_CP_STATES, examples=("Pokus o doručení",)),
    T("oznameni o prichodu", Action.NOTICE, source=_CP_STORE,
      examples=("Oznámení o příchodu zásilky",)),
    T("odmitnut", Action.REFUSE, source=_PACKETA_CS, examples=("Odmítnuto příjemcem",)),
    T("odepren", Action.REFUSE, source=_CP_STATES, examples=("Odepřeno přijetí",)),
    # ---- actions: the end of the road
    # the stem "vracen" is kept as an idiom too: a bare verb is a weak event, and the
    # return must beat the reason given with it ("Vrácená (odepřeno přijetí)")
    T("vracena$", Action.RETURN, source=_CP_STATES, examples=("Vrácená (prošlá odběrní lhůta)",)),
    T("vraceno$", Action.RETURN, source=_PPL, examples=("Vráceno odesílateli",)),
    T("vraceni$", Action.RETURN, source=_CP_STATES, examples=("Vrácení odesílateli",)),
    T("vraci$", Action.RETURN, source=_CP_STATES, examples=("Zásilka se vrací odesílateli",)),
    T("vratka", Action.RETURN, source=_PACKETA_CS, examples=("Vratka",)),
    T("zpet$", Action.RETURN, source=_PACKETA_WC, examples=("Zasláno zpět",)),
    T("ztracen", Action.LOSE, source=_CP_STATES, examples=("Zásilka ztracena",)),
    T("zrusen", Action.CANCEL, source=_PACKETA_CS, examples=("Objednávka zrušena",)),
    T("storno", Action.CANCEL, source=_PACKETA_CS, examples=("Storno objednávky",)),
    T("poskozen", Action.DAMAGE, source=_CP_STATES, examples=("Poškozená",)),
    T("zpozdeni", Action.DELAY, source=_CP_DELIVERY, examples=("Zpoždění zásilky",)),
    # ---- places, parties and directions
    T("celn", Place.CUSTOMS, source=_CP_STATES,
      examples=("Celní řízení", "Ukončení celního řízení")),
    T("procleni$", Place.CUSTOMS, source=_CP_DELIVERY, examples=("Zásilka čeká na proclení",)),
    T("vyvozni", Direction.OUTWARD, source=_CP_STATES, examples=("Vývozní celní řízení",)),
    T("vymenovaci post", Place.EXCHANGE_OFFICE, source=_CP_STATES,
      examples=("Vstup do vyměňovací pošty",)),
    T("zeme$", Place.COUNTRY, source=_CP_STATES, examples=("Vstup do země určení",)),
    T("republik", Place.COUNTRY, source=_CP_DELIVERY,
      examples=("Zásilka dorazila do České republiky",)),
    T("urceni$", Direction.DESTINATION, source=_CP_STATES, examples=("Vstup do země určení",)),
    # "země odeslání": the country it was sent from
    T("odeslani$", Direction.ORIGIN, source=_CP_STATES, examples=("Výstup ze země odeslání",)),
    T("tridic", Place.SORTING_CENTRE, source=_CP_STATES, examples=("Zásilka v třídícím centru",)),
    T("tridirn", Place.SORTING_CENTRE, source=_CP_STATES, examples=("Zpracování na třídírně",)),
    T("dodaci post", Place.DELIVERY_OFFICE, source=_CP_STATES,
      examples=("Vstup na dodací poštu", "Zásilka na dodací poště")),
    T("na$ poste", Place.DELIVERY_OFFICE, source=_CP_STATES, examples=("Uloženo na poště",)),
    T("depa$", Place.DELIVERY_OFFICE, source=_CP_STATES, examples=("Zásilka dorazila do depa",)),
    T("depu$", Place.DELIVERY_OFFICE, source=_CP_STATES, examples=("Zásilka je v depu",)),
    T("vydejn mist", Place.PICKUP_POINT, source=_CP_STORE,
      examples=("Zásilka byla uložena na výdejním místě",)),
    T("balikovn", Place.PICKUP_POINT, source=_CP_STORE, examples=("Zásilka čeká v Balíkovně",)),
    T("z$ box", Place.LOCKER, source=_CP_STORE, examples=("Uloženo v Z-BOXu Brno",)),
    T("ridic", Place.COURIER, source=_PACKETA_WC, examples=("Vyzvednuto řidičem",)),
    T("kuryr", Place.COURIER, source=_CP_STATES, examples=("Kurýr doručuje zásilku",)),
    T("odesilatel", Place.SENDER, source=_CP_STATES,
      examples=("Zásilka převzata od odesílatele", "Doručená odesílateli")),
    T("prijemc", Place.ADDRESSEE, source=_PACKETA_CS, examples=("Odmítnuto příjemcem",)),
    T("adresat", Place.ADDRESSEE, source=_CP_STATES, examples=("Adresát neznámý",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("data z podanionline", Stage.INFO_RECEIVED, source=_CP_STATES,
      examples=("Data z PodáníOnline",)),
    I("udaje k zasilce", Stage.INFO_RECEIVED, source=_CP_STATES,
      examples=("Přijaty údaje k zásilce",)),
    I("predana zasilkovne", Stage.ACCEPTED, source=_CP_STATES,
      examples=("Zásilka byla předána Zásilkovně",)),
    I("chybne smerovana", Stage.EXCEPTION, detail="missent", source=_CP_STATES,
      examples=("Chybně směrovaná (vinou pošty)", "Chybně směrovaná (vinou odesílatele)")),
    I("predana k doruceni jine poste", Stage.IN_TRANSIT, source=_CP_STATES,
      examples=("Předaná k doručení jiné poště",)),
    I("celni rizeni", Stage.CUSTOMS, leg="destination", source=_CP_STATES,
      examples=("Celní řízení",)),
    I("clo$", Stage.CUSTOMS, detail="duty_due", source=_CP_DELIVERY,
      examples=("Clo k úhradě",)),
    I("dodani zasilky", Stage.DELIVERED, source=_CP_STATES, examples=("Dodání zásilky",)),
    I("vydana", Stage.DELIVERED, source=_CP_STATES, examples=("Zásilka vydána",)),
    I("konec ulozni doby", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_CP_STORE, examples=("Konec úložní doby",)),
    I("nedorucen", Stage.DELIVERY_FAILED, source=_CP_STATES,
      examples=("Zásilka nedoručena",)),
    I("nezastizen", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_CP_STATES,
      examples=("Příjemce nezastižen",)),
    I("adresat neznamy", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CP_STATES, examples=("Adresát neznámý",)),
    I("nedostatecna adresa", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CP_STATES, examples=("Nedostatečná adresa",)),
    I("vracen", Stage.RETURN_TO_SENDER, source=_CP_STATES,
      examples=("Vrácená (prošlá odběrní lhůta)",)),
    # delay notices are not stages; these rows only keep typo tolerance from reading
    # them as the stage word they resemble
    I("doruceni$", Stage.UNKNOWN, source=_CP_DELIVERY, examples=("Předpokládané doručení: zítra",)),
    I("vysla z evidence", Stage.UNKNOWN, source=_CP_STATES, examples=("Vyšlá z evidence",)),
    # more Czech carrier wording
    I("prepravci", Stage.ACCEPTED, source=_CP_STATES,
      examples=("Zásilka byla předána přepravci",)),
    I("odstehoval", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_CP_STATES,
      examples=("Adresát se odstěhoval",)),
    # the word for "item" alone says nothing (and is no Russian transliteration)
    I("zasilka$", Stage.UNKNOWN, source=_CP_STATES, examples=("Zásilka",)),
    I("odeslan", Stage.IN_TRANSIT, source=_CP_STATES, examples=("Zásilka byla odeslána",)),
    I("pripravena k odeslani", Stage.INFO_RECEIVED, source=_CP_STATES,
      examples=("Zásilka je připravena k odeslání",)),
    I("bude dorucen", Stage.IN_TRANSIT, source=_CP_STATES,
      examples=("Zásilka bude doručena zítra",)),
    I("bude dorucen dnes", Stage.OUT_FOR_DELIVERY, source=_CP_STATES,
      examples=("Zásilka bude doručena dnes",)),
    I("vraci se", Stage.RETURN_TO_SENDER, source=_CP_STATES,
      examples=("Zásilka nebyla vyzvednuta a vrací se",)),
    # Zásilkovna (Packeta) packet states
    I("ocekavame dodani obchodem", Stage.INFO_RECEIVED, source=_PACKETA_CS,
      examples=("Očekáváme dodání obchodem",)),
    # marketplace order states (the seller's side, before a carrier has the order)
    I("objednavka byla vytvorena", Stage.ORDER, source=_EXPANDO,
      examples=("objednávka byla vytvořena zákazníkem",)),
    I("ceka na platbu", Stage.ORDER, source=_EXPANDO,
      examples=("objednávka čeká na platbu zákazníkem",)),
    I("objednavka byla zaplacena", Stage.ORDER, source=_EXPANDO,
      examples=("objednávka byla zaplacena a je možné ji expedovat",)),
    I("priprava k odevzdani", Stage.ORDER, source=_EXPANDO,
      examples=("balení a expedice – příprava k odevzdání přepravci",)),
    I("odevzdani objednavky", Stage.IN_TRANSIT, detail="seller_declared", source=_EXPANDO,
      examples=("odevzdání objednávky dopravci",)),
    # held-out round 3 rows (scored once, then joined the development corpus)
    I('data prijata', Stage.INFO_RECEIVED,
      source='https://github.com/Zasilkovna/WooCommerce/blob/c9373f8d4175323f037d64cf3a47dc395d792b7d/languages/packeta-cs_CZ.po',
      examples=('Data přijata',)),
)
