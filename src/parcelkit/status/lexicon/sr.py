"""Serbian (sr) status lexicon, Latin script: D Express's status names and its shop
plugin's status messages.

Serbian shares most status words with Croatian (hr); its own forms are here: primalac /
primaocu and pošiljalac / pošiljaoca (Croatian primatelj, pošiljatelj), isporuka "delivery"
(the participle isporučen / isporučena is the delivered state, the noun in "na isporuci"
is the delivery round).  Serbian written in Cyrillic is not read by this module.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, Direction, I, Idiom, Modality, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "sr"
SCRIPT = "Latn"

_DEX = "https://github.com/s7ilijavelimirov/dexpress-woocommerce/blob/HEAD/"
#: D Express's status list (its /data/statuses endpoint), as documented by the plugin.
_DEX_API = _DEX + "api-docs/index-endpoints.md"
_DEX_MAIL = _DEX + "src/Application/Email/ShipmentEmailRenderContextFactory.php"
_DEX_SHOP = _DEX + "src/Presentation/Email/EmailPackageShopReadyForPickup.php"
#: D Express's full status list (sID → name) as kept by the earlier version of the plugin.
_DEX_ALL = "https://github.com/s7ilijavelimirov/d-express/blob/92ea702adba12df96e25f0cb681ff34a4621630c/includes/dexpress-woo-helpers.php"
_DEX_ALL2 = "https://github.com/s7ilijavelimirov/d-express/blob/5bca1db06e0e962acbe061f10bd7009cd0de5b72/includes/dexpress-woo-helpers.php"
_POSTA_RS = "http://posta.rs/struktura/lat/aplikacije/alati/posiljke-uputstvo.asp"
_EWLA = "https://www.ewla.shop/pages/track-order"

S = Stage

TERMS: tuple[Term, ...] = (
    # ---- negation and modality
    T("nije$", Modality.NOT, source=_DEX_ALL, examples=("Sadržaj pošiljke nije odgovarajući",)),
    T("ne$ moze", Modality.FAILED, source=_DEX_ALL,
      examples=("Pošiljka ne može biti ispručena putem paketomata",)),
    T("neuspes", Modality.FAILED, source=_DEX_ALL2, examples=("Neuspesan pokusaj isporuke",)),
    T("ce$", Modality.FUTURE, source=_DEX_ALL,
      examples=("Primalac će doći po paket u magacin",)),
    # ---- actions
    T("prijavljen", Action.REGISTER, source=_DEX_MAIL,
      examples=("Vaša pošiljka je prijavljena kod D Express kurira.",)),
    T("preuzet", Action.PICK_UP, source=_DEX_API,
      examples=("Pošiljka je preuzeta od pošiljaoca",)),
    T("tranzit", Action.MOVE, source=_DEX_MAIL,
      examples=("Vaša pošiljka je trenutno u tranzitu.",)),
    T("u$ putu", Action.MOVE, source=_DEX_MAIL,
      examples=("Vaša pošiljka je na isporuci — kurir je u putu ka vama.",)),
    T("na$ isporuci", Action.OUT_FOR_DELIVERY, source=_DEX_MAIL,
      examples=("Vaša pošiljka je na isporuci — kurir je u putu ka vama.",)),
    T("isporucen", Action.DELIVER, source=_DEX_API,
      examples=("Pošiljka je isporučena primaocu",)),
    # the carrier's own spelling of isporučena in two of its status names
    T("isprucen", Action.DELIVER, source=_DEX_ALL,
      examples=("Pošiljka ne može biti ispručena putem paket šopa",)),
    T("izvaden", Action.PICK_UP, source=_DEX_ALL, examples=("Paket izvađen iz paketomata",)),
    T("iznesen", Action.PICK_UP, source=_DEX_ALL, examples=("Pošiljka iznešena iz paket šopa",)),
    T("zaduzen za isporuku", Action.OUT_FOR_DELIVERY, source=_DEX_ALL,
      examples=("Pošiljka zadužena za isporuku",)),
    T("isporuka u toku", Action.OUT_FOR_DELIVERY, source=_DEX_ALL,
      examples=("Isporuka u toku",)),
    T("za$ preuzimanje", Action.AVAILABLE, source=_DEX_ALL,
      examples=("Paket za preuzimanje u magacinu",)),
    T("pokusan", Action.ATTEMPT, source=_DEX_ALL,
      examples=("Pokušana isporuka, nema nikoga na adresi",)),
    T("pokusaj", Action.ATTEMPT, source=_DEX_ALL2,
      examples=("Ponovni pokušaj isporuke, primalac nema novac",)),
    T("odbijen", Action.REFUSE, source=_DEX_ALL,
      examples=("Pošiljka je odbijena od strane primaoca",)),
    T("vracen", Action.RETURN, source=_DEX_ALL, examples=("Pošiljka je vraćena pošiljaocu",)),
    T("vraca$", Action.RETURN, source=_DEX_ALL, examples=("Pošiljka se vraća pošiljaocu",)),
    T("povrat", Action.RETURN, source=_DEX_ALL,
      examples=("Zahtevan povrat po nalogu pošiljaoca",)),
    T("odlozen", Action.DELAY, source=_DEX_ALL, examples=("Odložena isporuka",)),
    T("zaplenjen", Action.HOLD, source=_DEX_ALL, examples=("Zaplenjena od strane inspekcije",)),
    T("izgubljen", Action.LOSE, source=_DEX_ALL, examples=("Nepovratno izgubljena",)),
    T("ostecen", Action.DAMAGE, source=_DEX_ALL, examples=("Oštećena pošiljka",)),
    T("spremn", Action.AVAILABLE, source=_DEX_SHOP,
      examples=("Pošiljka je spremna za preuzimanje",)),
    T("obrisan", Action.CANCEL, source=_DEX_API, examples=("Obrisana pošiljka",)),
    T("storno", Action.CANCEL, source=_DEX_API, examples=("Storno isporuke",)),
    T("paketomat", Place.LOCKER, source=_DEX_ALL, examples=("Preusmerena na paketomat",)),
    T("paket sop", Place.PICKUP_POINT, source=_DEX_ALL,
      examples=("Pošiljka ostavljena u paket šopu",)),
    T("magacin", Place.FACILITY, source=_DEX_ALL, examples=("Paket za preuzimanje u magacinu",)),
    T("medunarodn", Direction.INTERNATIONAL, source=_DEX_ALL,
      examples=("Međunarodna pošiljka - u tranzitu",)),
    T("kurir", Place.COURIER, source=_DEX_MAIL,
      examples=("Vaša pošiljka je na isporuci — kurir je u putu ka vama.",)),
    T("primaoc", Place.ADDRESSEE, source=_DEX_API,
      examples=("Pošiljka je isporučena primaocu",)),
    T("posiljaoc", Place.SENDER, source=_DEX_API,
      examples=("Pošiljka je preuzeta od pošiljaoca",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("ceka na preuzimanje", S.INFO_RECEIVED, source=_DEX_API,
      examples=("Čeka na preuzimanje",)),
    # "ostavljen" (left) alone is no delivery: a notice can be left too
    I("ostavljen u paketomat", S.READY_FOR_PICKUP, detail="locker", source=_DEX_ALL,
      examples=("Paket ostavljen u paketomatu",)),
    I("ostavljen u paket sop", S.READY_FOR_PICKUP, source=_DEX_ALL,
      examples=("Pošiljka ostavljena u paket šopu",)),
    I("medunarodn tranzit", S.INTERNATIONAL_TRANSIT, leg="international", source=_DEX_ALL,
      examples=("Međunarodna pošiljka - u tranzitu",)),
    I("doci po paket", S.READY_FOR_PICKUP, source=_DEX_ALL,
      examples=("Primalac će doći po paket u magacin",)),
    I("netacn adres", S.DELIVERY_FAILED, detail="address_incorrect", source=_DEX_ALL,
      examples=("Pokušana isporuka, netačna je adresa primaoca", "Netačna adresa")),
    I("netacan telefon", S.DELIVERY_FAILED, source=_DEX_ALL, examples=("Netačan telefon",)),
    I("telefon primaoca netacan", S.DELIVERY_FAILED, source=_DEX_ALL,
      examples=("Telefon primaoca netačan",)),
    I("nema nikoga", S.DELIVERY_FAILED, detail="addressee_absent", source=_DEX_ALL,
      examples=("Pokušana isporuka, nema nikoga na adresi",)),
    I("odmoru", S.DELIVERY_FAILED, detail="addressee_absent", source=_DEX_ALL,
      examples=("Pokušana isporuka, primalac je na godišnjem odmoru",)),
    I("ne$ javlja", S.DELIVERY_FAILED, detail="addressee_absent", source=_DEX_ALL,
      examples=("Primalac se ne javlja na telefonski poziv",)),
    I("nema novc", S.DELIVERY_FAILED, source=_DEX_ALL, examples=("Nema novca za otkupninu",)),
    I("nema novac", S.DELIVERY_FAILED, source=_DEX_ALL,
      examples=("Pokušana isporuka, primalac nema novac",)),
    I("nije$ odgovarajuci", S.EXCEPTION, source=_DEX_ALL,
      examples=("Sadržaj pošiljke nije odgovarajući",)),
    I("neodgovarajuci", S.EXCEPTION, source=_DEX_ALL, examples=("Neodgovarajući sadržaj",)),
    I("reklamacioni postupak", S.EXCEPTION, detail="damaged", source=_DEX_ALL,
      examples=("Pošiljka je oštećena-reklamacioni postupak",)),
    I("ukinut povrat", S.IN_TRANSIT, source=_DEX_ALL, examples=("Ukinut povrat pošiljke",)),
    I("u dogovoru", S.UNKNOWN, detail="rescheduled", source=_DEX_ALL,
      examples=("Isporuka odložena u dogovoru sa primaocem",)),
    I("isporuka odlozena dogovor", S.UNKNOWN, detail="rescheduled", source=_DEX_ALL,
      examples=("Isporuka odložena - dogovor",)),
    I("odlozena isporuka godisnji odmor", S.UNKNOWN, detail="rescheduled", source=_DEX_ALL,
      examples=("Odložena isporuka - godišnji odmor",)),
    I("odredenim danima", S.UNKNOWN, detail="rescheduled", source=_DEX_ALL,
      examples=("Isporuka samo određenim danima",)),
    I("preusmeren", S.IN_TRANSIT, detail="redirected", source=_DEX_ALL,
      examples=("Preusmerena na paket šop",)),
    I("problema sa isporukom", S.EXCEPTION, source=_DEX_MAIL,
      examples=("Došlo je do problema sa isporukom.",)),
    # Pošta Srbije event names
    I("ostavljen izvestaj", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTA_RS,
      examples=("Ostavljen izveštaj",)),
    I("nadoslanje", Stage.IN_TRANSIT, detail="redirected", source=_POSTA_RS,
      examples=("Nadoslanje",)),
    I("odbija prijem", Stage.DELIVERY_FAILED, detail="refused", source=_POSTA_RS,
      examples=("Odbija prijem/Nije tražio",)),
    I("neurucive", Stage.EXCEPTION, detail="unclaimed", source=_POSTA_RS,
      examples=("Odeljak za neuručive",)),
    I("otprema$", Stage.IN_TRANSIT, source=_EWLA, examples=("Otprema",)),
    I("adresa nepoznata", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_EWLA,
      examples=("Adresa nepoznata",)),
    I("adresa nedovoljna", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_EWLA,
      examples=("Adresa nedovoljna",)),
    I("otputovao", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_EWLA,
      examples=("Otputovao",)),
    I("odseljen", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_EWLA,
      examples=("Odseljen (Preseljen)",)),
    I("umro$", Stage.DELIVERY_FAILED, source=_EWLA, examples=("Umro",)),
)
