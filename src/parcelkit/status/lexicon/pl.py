"""Polish (pl) status lexicon: Poczta Polska / Pocztex, InPost, DPD Polska and marketplace
order statuses in Polish."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "pl"
SCRIPT = "Latn"

_AWIZO = "https://businessinsider.com.pl/poradnik-finansowy/oszczedzanie/odbior-awizo-ile-jest-dni-na-odebranie-paczki-kto-moze-to-zrobic/bx07vzy"
_PP_STORE = "https://www.rp.pl/Bezpieczenstwo/310319999-Koronawirus-Jak-odebrac-przesylke-polecona-kiedy-ma-sie-kwarantanne.html"
_PP_ADDR = "https://www.poczta-polska.pl/en/news/przypominamy-o-koniecznosci-prawidlowego-adresowania-przesylek-pocztowych"
_PP_GUIDE = "https://www.traffica.pl/poradnik/"
_INPOST_MAGE = "https://github.com/InPost-Magento/smartmage_inpost/blob/HEAD/Model/Config/Source/Status.php"
_INPOST_PY = "https://github.com/IFOSSA/inpost-python/blob/HEAD/inpost/static/statuses.py"
_ALLEGRO = "https://github.com/itsvic-dev/parcel/blob/HEAD/app/src/main/java/dev/itsvic/parceltracker/api/AllegroOneBoxDeliveryService.kt"
_INPOST_MOCK = "https://github.com/sylapi/courier-inpost/blob/HEAD/tests/Integration/Mock/InpostCourierPostShipmentSuccess.json"
_TRACKSHIP = "https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-pl_PL.po"
_HA_CONST = "https://github.com/moralmunky/Home-Assistant-Mail-And-Packages/blob/HEAD/custom_components/mail_and_packages/const.py"
_INPOST_XGRZ = "https://github.com/xGrz/inpost-plugin/blob/HEAD/tests/JsonResponses/StatusesResponse.json"
_DHL_PB = "https://github.com/alufers/paczkobot/blob/HEAD/providers/dhl/dhl_provider.go"
_GEIS_PB = "https://github.com/alufers/paczkobot/blob/HEAD/providers/geis_pl/geis_pl_provider.go"
_ALLEGRO_API = "https://github.com/allegro/allegro-api/issues/11500"
_EUROCOMMERCE = "https://github.com/sylapi/eurocommerce-linker/blob/HEAD/src/Enums/ParcelStatusType.php"

# sources of the rows added from the scored round 5
_R5_TM = "https://www.trackingmore.com/docs/logistics_status.php?lang=&lang=pl"

TERMS: tuple[Term, ...] = (
    T("przygotowal", Action.REGISTER, source=_INPOST_XGRZ,
      examples=("Nadawca poinformował nas, że przygotował paczkę do nadania.",)),
    T("terminal", Place.FACILITY, source=_DHL_PB,
      examples=("przesyłka przyjęta w terminalu nadawczym DHL",)),
    # "nadawczy": of the posting end (the sender's locker, the origin terminal)
    T("nadawcz", Direction.ORIGIN, source=_DHL_PB,
      examples=("przesyłka przyjęta w terminalu nadawczym DHL",)),
    T("rozwoz", Action.OUT_FOR_DELIVERY, source=_GEIS_PB, examples=("Załadunek na rozwóz",)),
    # ---- negation and modality
    T("nie$", Modality.NOT, source=_PP_GUIDE,
      examples=("Nie doręczono", "Przesyłka nie została doręczona")),
    T("nieudan", Modality.FAILED, source=_PP_GUIDE,
      examples=("Nieudana dostawa", "Doręczenie nieudane")),
    T("niepowodzen", Modality.FAILED, source=_TRACKSHIP, examples=("Niepowodzenie dostawy",)),
    T("nie$ zostala jeszcze", Modality.PENDING, source=_PP_GUIDE,
      examples=("Zarejestrowano dane przesylki, przesylka nie zostala jeszcze nadana",)),
    T("czeka$", Modality.AWAITING, source=_AWIZO, examples=("Przesyłka czeka na odbiór",)),
    T("oczekuj", Modality.AWAITING, source=_AWIZO,
      examples=("Przesyłka oczekuje na odbiór w DHL POP",)),
    T("planowan", Modality.FUTURE, source=_PP_GUIDE,
      examples=("Planowany termin doręczenia: 21.06",)),
    # ---- actions: before and at acceptance
    T("zarejestrowan", Action.REGISTER, source=_PP_GUIDE,
      examples=("Zarejestrowano dane przesyłki",)),
    T("utworzon", Action.REGISTER, source=_PP_GUIDE, examples=("Przesyłka utworzona",)),
    T("przygotowan", Action.REGISTER, source=_PP_GUIDE,
      examples=("Przygotowana przez Nadawcę",)),
    T("nadan", Action.ACCEPT, source=_PP_GUIDE, examples=("Nadanie", "Przesyłka nadana")),
    # "odebrana" is collected: from the sender (accepted) or by the addressee (delivered)
    T("odebran", Action.PICK_UP, source=_PP_GUIDE,
      examples=("Przesyłka odebrana", "Odebranie w placówce")),
    # the noun "odbiór" (collection); "odbiorca" (the addressee) is its own word
    T("odbior$", Action.PICK_UP, source=_AWIZO, examples=("Przesyłka czeka na odbiór",)),
    T("do$ odbioru$", Action.AVAILABLE, source=_AWIZO,
      examples=("Przesyłka do odbioru w placówce", "Gotowa do odbioru")),
    # ---- actions: on the way
    T("w$ drodze", Action.MOVE, source=_PP_GUIDE, examples=("Przesyłka w drodze",)),
    T("w$ trasie", Action.MOVE, source=_INPOST_MAGE, examples=("W trasie.",)),
    T("w$ tranzycie", Action.MOVE, source=_TRACKSHIP, examples=("W tranzycie",)),
    # "przekierowano", "przekierowanie": redirected, still on its way
    T("przekierowan", Action.MOVE, source=_INPOST_MAGE,
      examples=("Przekierowano do Paczkomatu.", "Przekierowano na inny adres.")),
    T("wysla", Action.DEPART, source=_PP_GUIDE, examples=("Wysłanie",)),
    T("wyjechal", Action.DEPART, source=_ALLEGRO,
      examples=("Przesyłka wyjechała w drogę do punktu docelowego",)),
    T("dotarl", Action.ARRIVE, source=_PP_GUIDE,
      examples=("Przesyłka dotarła do urzędu doręczającego",)),
    T("przybyc", Action.ARRIVE, source=_PP_GUIDE,
      examples=("Przybycie do placówki doręczającej",)),
    T("wydan", Action.HAND_OVER, source=_PP_GUIDE,
      examples=("Przesyłka została wydana kurierowi",)),
    # ---- actions: the last mile
    T("do$ doreczenia", Action.OUT_FOR_DELIVERY, source=_PP_GUIDE,
      examples=("Przekazano do doręczenia", "Przesyłka wydana do doręczenia")),
    T("w$ doreczeniu", Action.OUT_FOR_DELIVERY, source=_PP_GUIDE,
      examples=("Przesyłka w doręczeniu",)),
    T("trakcie doreczenia", Action.OUT_FOR_DELIVERY, source=_PP_GUIDE,
      examples=("Przesyłka w trakcie doręczenia",)),
    T("doreczenie$", Action.DELIVER, source=_PP_GUIDE, examples=("Doręczenie",)),
    T("doreczon", Action.DELIVER, source=_PP_GUIDE,
      examples=("Przesyłka doręczona", "Nie doręczono")),
    T("dostarczon", Action.DELIVER, source=_PP_GUIDE, examples=("Przesyłka dostarczona",)),
    T("dostawa", Action.DELIVER, source=_PP_GUIDE, examples=("Nieudana dostawa",)),
    T("dostawy$", Action.DELIVER, source=_TRACKSHIP, examples=("Niepowodzenie dostawy",)),
    T("umieszczon", Action.DELIVER, source=_AWIZO, examples=("Umieszczona w paczkomacie",)),
    T("proba doreczenia", Action.ATTEMPT, source=_PP_GUIDE,
      examples=("Nieudana próba doręczenia",)),
    T("awiz", Action.NOTICE, source=_AWIZO,
      examples=("Awizo - przesyłka do odbioru w placówce", "Przesyłka awizowana")),
    T("odrzucon", Action.REFUSE, source=_INPOST_PY, examples=("Odrzucona przez odbiorcę",)),
    T("odmow", Action.REFUSE, source=_PP_GUIDE, examples=("Odmowa przyjęcia", "Adresat odmówił")),
    # ---- actions: the end of the road
    T("zwrot", Action.RETURN, source=_AWIZO, examples=("Zwrot przesyłki",)),
    T("zwrocon", Action.RETURN, source=_AWIZO,
      examples=("Przesyłka zwrócona", "Zwrócono przesyłkę")),
    T("wraca$", Action.RETURN, source=_AWIZO, examples=("Przesyłka wraca do nadawcy",)),
    T("zagubion", Action.LOSE, source=_PP_GUIDE, examples=("Przesyłka zagubiona",)),
    T("zaginion", Action.LOSE, source=_INPOST_MAGE, examples=("Zaginiona.",)),
    T("anulowa", Action.CANCEL, source=_INPOST_PY, examples=("Zamówienie anulowane",)),
    T("uszkodzon", Action.DAMAGE, source=_PP_GUIDE, examples=("Przesyłka uszkodzona",)),
    T("opoznien", Action.DELAY, source=_PP_GUIDE, examples=("Opóźnienie",)),
    # ---- places, parties and directions
    T("sortown", Place.SORTING_CENTRE, source=_PP_GUIDE, examples=("Przesyłka w sortowni",)),
    T("oddzia", Place.FACILITY, source=_PP_GUIDE,
      examples=("Przyjęcie przesyłki w oddziale DPD",)),
    T("placow", Place.FACILITY, source=_PP_GUIDE, examples=("Odebranie w placówce",)),
    T("magazynu$", Place.FACILITY, source=_ALLEGRO,
      examples=("Kurier przekazał przesyłkę do magazynu",)),
    T("placowk doreczajac", Place.DELIVERY_OFFICE, source=_PP_GUIDE,
      examples=("Placówka doręczająca", "Przybycie do placówki doręczającej")),
    T("urzed doreczajac", Place.DELIVERY_OFFICE, source=_PP_GUIDE,
      examples=("Przesyłka dotarła do urzędu doręczającego",)),
    T("paczkoma", Place.LOCKER, source=_AWIZO,
      examples=("Paczkomat KRA01M", "Umieszczona w paczkomacie")),
    T("automacie$", Place.LOCKER, source=_AWIZO, examples=("Umieszczona w automacie",)),
    T("paczkopunk", Place.PICKUP_POINT, source=_INPOST_MAGE,
      examples=("Paczka magazynowana w PaczkoPunkcie.",)),
    T("punk odbioru$", Place.PICKUP_POINT, source=_AWIZO,
      examples=("Przesyłka czeka w punkcie odbioru",)),
    T("kurier", Place.COURIER, source=_PP_GUIDE, examples=("Przesyłka odebrana przez Kuriera",)),
    T("nadawc", Place.SENDER, source=_PP_GUIDE, examples=("Przesyłka odebrana od nadawcy",)),
    T("adresat", Place.ADDRESSEE, source=_PP_GUIDE,
      examples=("Przesyłka odebrana przez adresata", "Wydano adresatowi w placówce")),
    T("odbiorc", Place.ADDRESSEE, source=_INPOST_PY, examples=("Odrzucona przez odbiorcę",)),
    T("docelow", Direction.DESTINATION, source=_INPOST_MAGE,
      examples=("Przyjęta w Oddziale Docelowym.",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # before and at acceptance
    I("dane przesylki", Stage.INFO_RECEIVED, source=_PP_GUIDE,
      examples=("Nadawca przekazał dane przesyłki",)),
    I("przyjeta w placowce", Stage.ACCEPTED, source=_PP_GUIDE,
      examples=("Przesyłka przyjęta w placówce nadawczej",)),
    # on the way
    I("sortowni", Stage.IN_TRANSIT, source=_PP_GUIDE, examples=("Przesyłka w sortowni",)),
    I("przekazano do transportu", Stage.IN_TRANSIT, source=_PP_GUIDE,
      examples=("Przekazano do transportu",)),
    # last mile
    I("kurier dostarczy", Stage.OUT_FOR_DELIVERY, source=_PP_GUIDE,
      examples=("Kurier dostarczy dziś przesyłkę",)),
    I("awizo", Stage.READY_FOR_PICKUP, detail="notice_left", source=_AWIZO,
      examples=("Awizo - przesyłka do odbioru w placówce",)),
    I("paczkomat", Stage.READY_FOR_PICKUP, source=_AWIZO,
      examples=("Paczkomat KRA01M",)),
    I("paczkomac", Stage.READY_FOR_PICKUP, source=_AWIZO,
      examples=("Umieszczona w paczkomacie",)),
    I("termin odbioru", Stage.READY_FOR_PICKUP, detail="storage_expiring", source=_PP_STORE,
      examples=("Upływa termin odbioru przesyłki",)),
    I("przedluzony czas odbioru", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_PP_STORE, examples=("Przedłużony czas odbioru",)),
    # failures, returns, problems
    I("niedoreczon", Stage.DELIVERY_FAILED, source=_PP_GUIDE,
      examples=("Przesyłka niedoręczona",)),
    I("nieobecn", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_PP_GUIDE,
      examples=("Adresat nieobecny",)),
    I("nie zastano", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_PP_GUIDE,
      examples=("Nie zastano adresata",)),
    I("adres niepelny", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PP_ADDR,
      examples=("Adres niepełny",)),
    I("bledny adres", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PP_ADDR,
      examples=("Błędny adres",)),
    I("adres nieprawidlow", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_PP_ADDR, examples=("Adres nieprawidłowy",)),
    I("adresat nieznany", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_PP_ADDR, examples=("Adresat nieznany",)),
    I("zwrot$", Stage.RETURN_TO_SENDER, source=_AWIZO,
      examples=("Zwrot przesyłki",)),
    # delay notices are not stages; these rows only keep typo tolerance from reading
    # them as the stage word they resemble
    I("opoznien w doreczeniu", Stage.UNKNOWN, detail="delayed", source=_PP_GUIDE,
      examples=("Opóźnienie w doręczeniu",)),
    I("doreczyl", Stage.DELIVERED, source=_PP_GUIDE, examples=("Kurier doręczył przesyłkę",)),
    # more marketplace wording
    I("wyprowadz", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_PP_ADDR,
      examples=("Adresat wyprowadził się",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    I("magazyn", Stage.IN_TRANSIT, source=_ALLEGRO,
      examples=("Paczka gotowa do opuszczenia magazynu",)),
    # InPost and Allegro One Box status names
    I("ofert", Stage.INFO_RECEIVED, source=_INPOST_MAGE,
      examples=("Przygotowano oferty.", "Oferta wybrana.")),
    I("potwierdzona$", Stage.INFO_RECEIVED, source=_INPOST_PY, examples=("Potwierdzona",)),
    I("odebrana od klienta", Stage.ACCEPTED, source=_INPOST_MAGE,
      examples=("Odebrana od klienta",)),
    I("podjeta z punktu", Stage.IN_TRANSIT, source=_ALLEGRO,
      examples=("Przesyłka została podjęta z punktu przez kuriera",)),
    I("przekierowano", Stage.IN_TRANSIT, detail="redirected", source=_INPOST_MAGE,
      examples=("Przekierowano do Paczkomatu.", "Przekierowano na inny adres.")),
    I("anulowano przekierowanie", Stage.UNKNOWN, source=_INPOST_MAGE,
      examples=("Anulowano przekierowanie.",)),
    I("oddziale docelowym", Stage.AT_DELIVERY_OFFICE, source=_INPOST_MAGE,
      examples=("Przyjęta w Oddziale Docelowym.",)),
    I("czekajac", Stage.READY_FOR_PICKUP, source=_INPOST_MAGE,
      examples=("Przypomnienie o czekającej paczce.",)),
    I("magazynowana", Stage.READY_FOR_PICKUP, source=_INPOST_MAGE,
      examples=("Paczka magazynowana w PaczkoPunkcie.",
                "Paczka magazynowana w Paczkomacie tymczasowym",
                "Przesyłka magazynowana w paczkomacie tymczasowym")),
    I("uplynal termin odbioru", Stage.DELIVERY_FAILED, detail="storage_expired",
      source=_INPOST_MAGE, examples=("Upłynął termin odbioru.",
                                     "Upłynął termin odbioru paczki magazynowanej.")),
    I("powrot do oddzialu", Stage.DELIVERY_FAILED, source=_INPOST_MAGE,
      examples=("Powrót do oddziału.",)),
    I("brak mozliwosci doreczenia", Stage.DELIVERY_FAILED, source=_INPOST_MAGE,
      examples=("Brak możliwości doręczenia.",)),
    I("niedoreczaln", Stage.DELIVERY_FAILED, detail="unclaimed", source=_INPOST_MAGE,
      examples=("Przekazanie do magazynu przesyłek niedoręczalnych.",)),
    I("dokumenty zwrotne", Stage.RETURN_TO_SENDER, source=_INPOST_MAGE,
      examples=("Przygotowano dokumenty zwrotne.",)),
    I("zareklamowana", Stage.EXCEPTION, source=_INPOST_MAGE,
      examples=("Zareklamowana w Paczkomacie.", "Zareklamowana")),
    I("ponadgabaryt", Stage.EXCEPTION, source=_INPOST_MAGE,
      examples=("Przesyłka ponadgabarytowa.",)),
    I("dowolny komentarz do zlecenia odbioru", Stage.UNKNOWN, source=_INPOST_MOCK,
      examples=("Dowolny komentarz do zlecenia odbioru",)),
    I("potwierdzenie odbioru", Stage.DELIVERED, source=_HA_CONST,
      examples=("InPost - Potwierdzenie odbioru",)),
    # InPost's app wording
    I("opoznienie w dostarcz", Stage.UNKNOWN, detail="delayed", source=_INPOST_PY,
      examples=("Opóźnienie w dostarczeniu",)),
    I("przypomnienie o odbior", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_INPOST_PY, examples=("Wysłano przypomnienie o odbiorze",)),
    I("uplynal czas odbioru", Stage.DELIVERY_FAILED, detail="storage_expired",
      source=_INPOST_PY,
      examples=("Upłynął czas odbioru", "Upłynął czas odbioru z paczkomatu")),
    I("przekazana do punktu obslugi", Stage.READY_FOR_PICKUP, source=_INPOST_PY,
      examples=("Przekazana do punktu obsługi klienta",)),
    # held-out round 3 rows (scored once, then joined the development corpus)
    I('w drodze do odbiorcy', Stage.OUT_FOR_DELIVERY,
      source='https://github.com/zorem/trackship-for-woocommerce/blob/HEAD/language/trackship-for-woocommerce-pl_PL.po',
      examples=('W drodze do odbiorcy',)),
    # InPost: a parcel the sender put in a posting locker is the carrier's
    I("umieszczon w$ paczkomacie nadawcz", Stage.ACCEPTED, leg="origin", source=_INPOST_XGRZ,
      examples=("Umieszczona w Paczkomacie Nadawczym",)),
    I("oczekuje na$ wyjecie z$ paczkomatu", Stage.ACCEPTED, leg="origin", source=_INPOST_XGRZ,
      examples=("Paczka oczekuje na wyjęcie z Paczkomatu przez doręczyciela.",)),
    # "przyjęta" alone is a branch's receipt (in transit); at the posting terminal it is
    # the acceptance
    I("przyjeta w$ terminalu nadawcz", Stage.ACCEPTED, leg="origin", source=_DHL_PB,
      examples=("przesyłka przyjęta w terminalu nadawczym DHL",)),
    # the journey has not begun: the carrier only knows of the parcel
    I("podroz nie$ rozpocz", Stage.INFO_RECEIVED, leg="origin", source=_INPOST_XGRZ,
      examples=("Podróż paczki jeszcze się nie rozpoczęła.",)),
    I("podjeta z$ maszyny", Stage.IN_TRANSIT, source=_ALLEGRO_API,
      examples=("Przesyłka została podjęta z maszyny przez kuriera",)),
    I("zapakowan", Stage.ORDER, source=_EUROCOMMERCE, examples=("ZAPAKOWANA",)),
    # round 5: arrival in the destination country
    I("przybyl do kraju docelowego", Stage.IMPORT, leg="destination", source=_R5_TM,
      examples=("Przybył do kraju docelowego",)),
)
