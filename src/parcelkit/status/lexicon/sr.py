"""Serbian (sr) status lexicon, Latin script: D Express's status names and its shop
plugin's status messages.

Serbian shares most status words with Croatian (hr); its own forms are here: primalac /
primaocu and pošiljalac / pošiljaoca (Croatian primatelj, pošiljatelj), isporuka "delivery"
(the participle isporučen / isporučena is the delivered state, the noun in "na isporuci"
is the delivery round).  Serbian written in Cyrillic is not read by this module.
"""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "sr"
SCRIPT = "Latn"

_DEX = "https://github.com/s7ilijavelimirov/dexpress-woocommerce/blob/HEAD/"
#: D Express's status list (its /data/statuses endpoint), as documented by the plugin.
_DEX_API = _DEX + "api-docs/index-endpoints.md"
_DEX_MAIL = _DEX + "src/Application/Email/ShipmentEmailRenderContextFactory.php"
_DEX_SHOP = _DEX + "src/Presentation/Email/EmailPackageShopReadyForPickup.php"

S = Stage

TERMS: tuple[Term, ...] = (
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
    T("spremn", Action.AVAILABLE, source=_DEX_SHOP,
      examples=("Pošiljka je spremna za preuzimanje",)),
    T("obrisan", Action.CANCEL, source=_DEX_API, examples=("Obrisana pošiljka",)),
    T("storno", Action.CANCEL, source=_DEX_API, examples=("Storno isporuke",)),
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
    I("problema sa isporukom", S.EXCEPTION, source=_DEX_MAIL,
      examples=("Došlo je do problema sa isporukom.",)),
)
