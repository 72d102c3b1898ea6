"""Swedish (sv) status lexicon: PostNord, Posti's Swedish pages, Bring / DHL Sweden wording
and marketplace order statuses in Swedish."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "sv"
SCRIPT = "Latn"

_TULLVERKET = "https://www.tullverket.se/en/private/shoppingonline/hasyourparcelfailedtoarrive.4.311bf4f016e69d6ea0d4cc.html"
_POSTI_SV = "https://www.posti.fi/ohje/index-sv.html"
_POSTI_FAQ = "http://www.posti.fi/privatkunder/postentilldintjanst/vanligafragor/"
_POSTI_CUSTOMS = "https://www.posti.fi/sv/kundsupport/mottagning"
_TULLI_SV = "https://tulli.fi/sv/privatpersoner/natbestallning/var-ar-mitt-paket-"

# sources of the rows added from the harvest
#: Matkahuolto's service page in Swedish (its parcels wait at a service point).
_MH_SV = "https://matkahuolto.fi/sv/foretag/transport-och-frakttjanster/tjanster-i-hemlandet/narpaket/"
#: PostNord Sverige on mail delivery (late letters, forwarding).
_PN_UTDELNING = "https://www.postnord.se/ta-emot/utdelning-av-post"
#: Swedish texts of parcel-tracking integrations for PostNord (state and trigger names).
_HA_POSTNORD_SV = "https://github.com/ha-parcel-integrations/ha-postnord/blob/HEAD/custom_components/postnord/translations/sv.json"
_H1 = "https://github.com/Armandur/postnord-playground/blob/HEAD/README.md"

TERMS: tuple[Term, ...] = (
    T("lamnats till", Action.HAND_OVER, source=_POSTI_SV,
      examples=("Paketet har lämnats till PostNord",)),
    T("levererad", Action.DELIVER, source=_POSTI_SV, examples=("Försändelsen är levererad",)),
    T("paketbox", Place.LOCKER, source=_POSTI_SV,
      examples=("Levererad till paketbox",)),
    T("hamtats", Action.PICK_UP, source=_POSTI_SV, examples=("Paketet har hämtats",)),
    T("transporteras", Action.MOVE, source=_H1,
      examples=("Försändelsen transporteras",)),
)

IDIOMS: tuple[Idiom, ...] = (
    I("fatt information", Stage.INFO_RECEIVED, source=_POSTI_FAQ,
      examples=("Vi har fått information om försändelsen",)),
    I("fatt besked om en kommande", Stage.INFO_RECEIVED, source=_POSTI_FAQ,
      examples=("Posti har fått besked om en kommande försändelse",)),
    I("forhandsbesked", Stage.INFO_RECEIVED, source=_POSTI_FAQ,
      examples=("Elektroniskt förhandsbesked mottaget",)),
    I("inlamnad", Stage.ACCEPTED, source=_POSTI_SV,
      examples=("Försändelsen är inlämnad",)),
    I("lamnats in", Stage.ACCEPTED, source=_POSTI_SV, examples=("Försändelsen har lämnats in",)),
    I("tas emot", Stage.ACCEPTED, source=_POSTI_SV,
      examples=("Försändelsen tas emot hos Posti",)),
    I("tagits emot", Stage.ACCEPTED, source=_POSTI_SV,
      examples=("Försändelsen har tagits emot av PostNord",)),
    I("sorterad", Stage.IN_TRANSIT, source=_POSTI_FAQ, examples=("Försändelsen är sorterad",)),
    I("terminal", Stage.IN_TRANSIT, source=_POSTI_FAQ, examples=("Ankommit till terminal",)),
    I("under transport", Stage.IN_TRANSIT, source=_POSTI_SV,
      examples=("Försändelsen är under transport",)),
    I("pa vag", Stage.IN_TRANSIT, source=_POSTI_SV, examples=("Din försändelse är på väg",)),
    I("pa vag till utlamningsstallet", Stage.IN_TRANSIT, source=_POSTI_SV,
      examples=("Försändelsen är på väg till utlämningsstället",)),
    I("omstyrning", Stage.IN_TRANSIT, source=_POSTI_FAQ, examples=("UDO - Omstyrning",)),
    I("importbehandling", Stage.CUSTOMS, leg="destination", source=_TULLVERKET,
      examples=("Paketet är under importbehandling",)),
    I("tullbehandling", Stage.CUSTOMS, leg="destination", source=_TULLI_SV,
      examples=("Under tullbehandling",)),
    I("tull", Stage.CUSTOMS, leg="destination", source=_TULLVERKET,
      examples=("Tull",)),
    I("fortullas", Stage.CUSTOMS, detail="customs_held", source=_TULLI_SV,
      examples=("Försändelsen ska förtullas",)),
    I("fortullning", Stage.CUSTOMS, source=_TULLI_SV, examples=("Förtullning pågår",)),
    I("fortullad", Stage.CUSTOMS, detail="customs_released", source=_TULLI_SV,
      examples=("Försändelsen är förtullad",)),
    I("tullklarerad", Stage.CUSTOMS, detail="customs_released", source=_POSTI_CUSTOMS,
      examples=("Tullklarerad",)),
    I("tull och moms", Stage.CUSTOMS, detail="duty_due", source=_POSTI_CUSTOMS,
      examples=("Tull och moms ska betalas",)),
    I("avgift ska betalas", Stage.CUSTOMS, detail="duty_due", source=_POSTI_CUSTOMS,
      examples=("Avgift ska betalas innan utlämning",)),
    I("utlasta", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Paketet är utlastat för leverans",)),
    I("ute for leverans", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Ute för leverans",)),
    I("utkorning", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV, examples=("Utkörning pågår",)),
    I("levereras$", Stage.IN_TRANSIT, source=_POSTI_SV,
      examples=("Försändelsen kommer att levereras i morgon",)),
    I("levereras idag", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Försändelsen levereras idag",)),
    I("har levererats", Stage.DELIVERED, source=_POSTI_SV,
      examples=("Försändelsen har levererats",)),
    I("utdelad", Stage.DELIVERED, source=_POSTI_SV, examples=("Utdelad",)),
    I("utlamnad", Stage.DELIVERED, source=_POSTI_SV, examples=("Utlämnad till mottagaren",)),
    I("uthamtad", Stage.DELIVERED, source=_POSTI_SV,
      examples=("Försändelsen är uthämtad",)),
    I("hamtad av mottagaren", Stage.DELIVERED, source=_POSTI_SV,
      examples=("Hämtad av mottagaren",)),
    I("kan hamtas", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Försändelsen kan hämtas ut",)),
    I("redo att hamtas", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Redo att hämtas",)),
    I("att hamta", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Finns att hämta",)),
    I("utlamningsstalle", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Ankommit till utlämningsstället",)),
    I("servicestalle", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Försändelsen har levererats till ett serviceställe",)),
    I("tillganglig", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Försändelsen finns tillgänglig för mottagaren att hämta ut",)),
    I("paketautomat", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Finns i paketautomaten",)),
    I("avi$", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTI_SV,
      examples=("Avi har skickats",)),
    I("avisering", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTI_SV,
      examples=("Avisering skickad",)),
    I("ankomstavi", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTI_SV,
      examples=("Ankomstavi skickad",)),
    I("aviserad", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTI_SV,
      examples=("Försändelsen är aviserad",)),
    I("sista avhamtningsdag", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_POSTI_SV, examples=("Sista avhämtningsdag 12.03",)),
    I("sista dag for uthamtning", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_POSTI_SV, examples=("Sista dag för uthämtning",)),
    I("forsokt leverera", Stage.DELIVERY_FAILED, source=_POSTI_FAQ,
      examples=("Man har försökt leverera försändelsen",)),
    I("leveransforsok", Stage.DELIVERY_FAILED, source=_POSTI_FAQ,
      examples=("Leveransförsök misslyckades",)),
    I("kunde inte levereras", Stage.DELIVERY_FAILED, source=_POSTI_FAQ,
      examples=("Försändelsen kunde inte levereras",)),
    I("misslyckad", Stage.DELIVERY_FAILED, source=_POSTI_FAQ,
      examples=("Leverans misslyckades",)),
    I("ej antraffad", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_POSTI_FAQ,
      examples=("Mottagaren ej anträffad",)),
    I("felaktig adress", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTI_FAQ, examples=("Felaktig adress",)),
    I("ofullstandig", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTI_FAQ,
      examples=("Adressen är ofullständig",)),
    I("vagrade", Stage.DELIVERY_FAILED, detail="refused", source=_POSTI_FAQ,
      examples=("Mottagaren vägrade ta emot försändelsen",)),
    I("returner", Stage.RETURN_TO_SENDER, source=_POSTI_SV,
      examples=("Returneras", "Försändelsen är returnerad",
                "Ditt paket har returnerats")),
    I("retur", Stage.RETURN_TO_SENDER, source=_POSTI_SV,
      examples=("Retur",)),
    I("atersand", Stage.RETURN_TO_SENDER, source=_POSTI_SV,
      examples=("Återsänd",)),
    I("skada", Stage.EXCEPTION, detail="damaged", source=_POSTI_CUSTOMS,
      examples=("Paketet är skadat",)),
    I("forsvunnen", Stage.LOST, source=_POSTI_CUSTOMS, examples=("Försändelsen är försvunnen",)),
    # more carrier wording
    I("pa vag till dig", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Försändelsen är på väg till dig",)),
    # airports: a flight leg
    I("kunde inte", Stage.DELIVERY_FAILED, source=_POSTI_FAQ,
      examples=("Försändelsen kunde inte delas ut",)),
    I("kvittera", Stage.DELIVERED, source=_POSTI_SV,
      examples=("Försändelsen har kvitterats",)),
    I("till avsandaren", Stage.RETURN_TO_SENDER, source=_POSTI_SV,
      examples=("Försändelsen skickas tillbaka till avsändaren",)),
    I("pa vag till mottagaren", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Försändelsen är på väg till mottagaren",)),
    I("ombud", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Försändelsen har ankommit till ombudet",)),
    # more PostNord wording
    I("forsandelse registrer", Stage.INFO_RECEIVED, source=_POSTI_FAQ,
      examples=("Försändelsen är registrerad",)),
    I("hos avsandaren", Stage.ACCEPTED, source=_POSTI_SV,
      examples=("Försändelsen har hämtats hos avsändaren",)),
    I("utdelning", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV,
      examples=("Försändelsen är ute för utdelning",)),
    I("leverans pagar", Stage.OUT_FOR_DELIVERY, source=_POSTI_SV, examples=("Leverans pågår",)),
    # exchange office (UPU): arrival without a direction is import, leaving it is transit
    I("exporttull", Stage.EXPORT, detail="export_customs", leg="origin", source=_TULLVERKET,
      examples=("Exporttullklarering klar",)),
    I("tullverket", Stage.CUSTOMS, leg="destination", source=_TULLVERKET,
      examples=("Försändelsen har lämnats till Tullverket",)),
    I("utdelningsterminal", Stage.AT_DELIVERY_OFFICE, source=_POSTI_FAQ,
      examples=("Försändelsen har ankommit till utdelningsterminalen",)),
    I("utdelningskontor", Stage.AT_DELIVERY_OFFICE, source=_POSTI_FAQ,
      examples=("Ankommit till utdelningskontoret",)),
    I("flyttat", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTI_FAQ,
      examples=("Mottagaren har flyttat",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    I("delats ut", Stage.DELIVERED, source=_POSTI_SV, examples=("Försändelsen har delats ut",)),
    I("avhamtning", Stage.READY_FOR_PICKUP, source=_POSTI_SV,
      examples=("Försändelsen ligger för avhämtning",)),
    I("lamnats ut", Stage.DELIVERED, source=_POSTI_SV,
      examples=("Försändelsen har lämnats ut till mottagaren",)),
    I("ej mojlig", Stage.DELIVERY_FAILED, source=_POSTI_FAQ, examples=("Leverans ej möjlig",)),
    # "avhämtas" (is collected) as well as "hämtas"
    I("kan avhamtas", Stage.READY_FOR_PICKUP, source=_MH_SV,
      examples=("Mottagaren får ett ankomstavi per sms när paketet kan avhämtas.",)),
    I("forsena", Stage.UNKNOWN, detail="delayed", source=_PN_UTDELNING,
      examples=("Det kan hända att ett brev blir försenat",)),
    I("eftersand", Stage.IN_TRANSIT, detail="redirected", source=_PN_UTDELNING,
      examples=("beställa eftersändning av din post",)),
    I("upphamtning", Stage.READY_FOR_PICKUP, source=_HA_POSTNORD_SV,
      examples=("Redo för upphämtning",)),
)
