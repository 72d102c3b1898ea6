"""Italian (it) status lexicon: Poste Italiane / SDA, BRT, GLS Italy and marketplace order
statuses in Italian."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "it"
SCRIPT = "Latn"

_POSTE = "https://studiocataldi.it/articoli/30884-come-rintracciare-una-raccomandata.asp"
_POSTE_FAQ = "https://www.poste.it/faq-spedizioni-e-consegne.html"
_SEND = "https://github.com/logos-trad/devportal-docs-translations/blob/HEAD/docs/3FyVXetkmOApT9WPTwPN/readme/creazione-e-gestione-degli-stream/stream-di-timeline/decodifiche-send_analog.md"
_AMAZON_IT = "https://github.com/moralmunky/Home-Assistant-Mail-And-Packages/blob/HEAD/tests/test_emails/amazon_shipped_it.eml"

TERMS: tuple[Term, ...] = (
    T("disponibile", Action.AVAILABLE, source=_POSTE,
      examples=("Disponibile presso il Punto Poste",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # marketplace / seller side
    I("spedito$", Stage.IN_TRANSIT, detail="seller_declared", source=_AMAZON_IT,
      examples=("Spedito",)),
    # before and at acceptance
    I("spedizione creata", Stage.INFO_RECEIVED, source=_POSTE,
      examples=("Spedizione creata",)),
    I("dati della spedizione", Stage.INFO_RECEIVED, source=_POSTE,
      examples=("Dati della spedizione ricevuti",)),
    I("attesa di essere presa in carico", Stage.INFO_RECEIVED, source=_POSTE,
      examples=("In attesa di essere presa in carico",)),
    I("presa in carico", Stage.ACCEPTED, source=_POSTE,
      examples=("Spedizione presa in carico",)),
    I("preso in carico", Stage.ACCEPTED, source=_POSTE,
      examples=("Pacco preso in carico",)),
    I("accettat", Stage.ACCEPTED, source=_POSTE, examples=("Accettata",)),
    I("accettazione", Stage.ACCEPTED, source=_POSTE, examples=("In accettazione",)),
    I("ritirata dal corriere", Stage.ACCEPTED, source=_POSTE,
      examples=("Spedizione ritirata dal corriere",)),
    # on the way
    I("in lavorazione", Stage.IN_TRANSIT, source=_POSTE, examples=("In lavorazione",)),
    I("in transito", Stage.IN_TRANSIT, source=_POSTE, examples=("In transito",)),
    I("centro di smistamento", Stage.IN_TRANSIT, source=_POSTE,
      examples=("Arrivata al centro di smistamento",)),
    I("centro operativo", Stage.IN_TRANSIT, source=_POSTE,
      examples=("In transito presso il centro operativo postale",)),
    I("partita$", Stage.IN_TRANSIT, source=_POSTE, examples=("Partita",)),
    I("hub$", Stage.IN_TRANSIT, source=_POSTE, examples=("Arrivata all'hub",)),
    # international legs
    # customs
    I("dogana", Stage.CUSTOMS, leg="destination", source=_POSTE, examples=("In dogana",)),
    I("sdoganamento", Stage.CUSTOMS, source=_POSTE,
      examples=("Sdoganamento in corso",)),
    I("sdoganat", Stage.CUSTOMS, detail="customs_released", source=_POSTE,
      examples=("Pacco sdoganato",)),
    I("svincolat", Stage.CUSTOMS, detail="customs_released", source=_POSTE,
      examples=("Svincolata dalla dogana",)),
    I("trattenut dogana", Stage.CUSTOMS, detail="customs_held", source=_POSTE,
      examples=("Trattenuta in dogana",)),
    I("ferm dogana", Stage.CUSTOMS, detail="customs_held", source=_POSTE,
      examples=("Ferma in dogana",)),
    I("dazi", Stage.CUSTOMS, detail="duty_due", source=_POSTE,
      examples=("Dazi da pagare",)),
    I("oneri doganali", Stage.CUSTOMS, detail="duty_due", source=_POSTE,
      examples=("Oneri doganali da pagare",)),
    I("sdoganamento completato", Stage.CUSTOMS, detail="customs_released", source=_POSTE,
      examples=("Sdoganamento all'importazione completato",)),
    I("controllo doganale", Stage.CUSTOMS, detail="customs_inspection", source=_POSTE,
      examples=("Controllo doganale in corso",)),
    # last mile
    I("ufficio di recapito", Stage.AT_DELIVERY_OFFICE, source=_POSTE,
      examples=("Arrivata all'ufficio di recapito",)),
    I("centro di distribuzione", Stage.AT_DELIVERY_OFFICE, source=_POSTE,
      examples=("Arrivata al centro di distribuzione",)),
    I("filiale di destinazione", Stage.AT_DELIVERY_OFFICE, source=_POSTE,
      examples=("Arrivata nella filiale di destinazione",)),
    I("in consegna", Stage.OUT_FOR_DELIVERY, source=_POSTE, examples=("In consegna",)),
    I("consegnera", Stage.OUT_FOR_DELIVERY, source=_POSTE,
      examples=("Il corriere consegnerà oggi",)),
    I("sara consegnat", Stage.IN_TRANSIT, source=_POSTE,
      examples=("La spedizione sarà consegnata domani",)),
    I("in distribuzione", Stage.OUT_FOR_DELIVERY, source=_POSTE,
      examples=("In distribuzione",)),
    I("affidata al portalettere", Stage.OUT_FOR_DELIVERY, source=_POSTE,
      examples=("Affidata al portalettere",)),
    I("consegnat", Stage.DELIVERED, source=_POSTE, examples=("Consegnata",)),
    I("consegna effettuata", Stage.DELIVERED, source=_POSTE,
      examples=("Consegna effettuata",)),
    I("recapitat", Stage.DELIVERED, source=_POSTE, examples=("Recapitato",)),
    I("giacenza", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("In giacenza presso l'ufficio postale",)),
    I("avviso di giacenza", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTE,
      examples=("Lasciato avviso di giacenza",)),
    I("lasciato avviso", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTE,
      examples=("Lasciato avviso",)),
    I("disponibile per il ritiro", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("Disponibile per il ritiro",)),
    I("pronta per il ritiro", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("Pronta per il ritiro",)),
    I("punto di ritiro", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("In consegna presso il punto di ritiro",)),
    I("locker", Stage.READY_FOR_PICKUP, source=_POSTE, examples=("Pacco nel locker",)),
    I("scadenza giacenza", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_POSTE, examples=("Scadenza giacenza tra 2 giorni",)),
    # failures, returns, problems
    I("mancata consegna", Stage.DELIVERY_FAILED, source=_POSTE,
      examples=("Mancata consegna",)),
    I("non consegnat", Stage.DELIVERY_FAILED, source=_POSTE, examples=("Non consegnata",)),
    I("tentativo di consegna", Stage.DELIVERY_FAILED, source=_POSTE,
      examples=("Tentativo di consegna non riuscito",)),
    I("destinatario assente", Stage.DELIVERY_FAILED, detail="addressee_absent",
      source=_POSTE, examples=("Destinatario assente",)),
    I("indirizzo errato", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTE, examples=("Indirizzo errato",)),
    I("indirizzo insufficiente", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTE, examples=("Indirizzo insufficiente",)),
    I("indirizzo inesatto", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTE, examples=("Indirizzo inesatto",)),
    I("destinatario sconosciuto", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_POSTE, examples=("Destinatario sconosciuto",)),
    I("rifiutat", Stage.DELIVERY_FAILED, detail="refused", source=_POSTE,
      examples=("Rifiutata dal destinatario",)),
    I("restituzione", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("In restituzione al mittente",)),
    I("restituit", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("Spedizione restituita",)),
    I("reso al mittente", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("Reso al mittente",)),
    I("resa mittente", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("Resa al mittente",)),
    I("rientro al mittente", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("In rientro al mittente",)),
    I("consegnat mittente", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("Consegnata al mittente",)),
    # delay notices are not stages; these rows only keep typo tolerance from reading
    # them as the stage word they resemble
    I("ritardo", Stage.UNKNOWN, detail="delayed", source=_POSTE_FAQ,
      examples=("Spedizione in ritardo",)),
    I("nessun aggiornamento", Stage.UNKNOWN, source=_POSTE_FAQ,
      examples=("Nessun aggiornamento disponibile",)),
    I("consegna$", Stage.UNKNOWN, source=_POSTE, examples=("Data di consegna prevista: 20/06",)),
    I("danneggiat", Stage.EXCEPTION, detail="damaged", source=_POSTE_FAQ,
      examples=("Spedizione danneggiata",)),
    I("anomalia", Stage.EXCEPTION, source=_POSTE_FAQ, examples=("Anomalia nella spedizione",)),
    I("smarrit", Stage.LOST, source=_POSTE_FAQ, examples=("Pacco smarrito",)),
    # more carrier wording
    I("attesa di ritiro", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("In attesa di ritiro",)),
    I("tentat consegna", Stage.DELIVERY_FAILED, source=_POSTE,
      examples=("Tentata consegna",)),
    I("ritirat destinatario", Stage.DELIVERED, source=_POSTE,
      examples=("Ritirata dal destinatario",)),
    I("in viaggio", Stage.IN_TRANSIT, source=_POSTE, examples=("Spedizione in viaggio",)),
    I("arrivat centro", Stage.IN_TRANSIT, source=_POSTE,
      examples=("Arrivata al centro di Bologna",)),
    I("smistat", Stage.IN_TRANSIT, source=_POSTE, examples=("Spedizione smistata",)),
    # airports: a flight leg
    I("non riuscit", Stage.DELIVERY_FAILED, source=_POSTE,
      examples=("Consegna non riuscita",)),
    I("arrivat filiale", Stage.AT_DELIVERY_OFFICE, source=_POSTE,
      examples=("Arrivata in filiale",)),
    I("affidat corriere", Stage.ACCEPTED, source=_POSTE,
      examples=("La spedizione è stata affidata al corriere",)),
    I("al$ mittente", Stage.RETURN_TO_SENDER, source=_POSTE,
      examples=("Spedizione diretta al mittente",)),
    # more marketplace wording
    # exchange office (UPU): arrival without a direction is import, leaving it is transit
    I("consegnat dogana", Stage.CUSTOMS, leg="destination", source=_POSTE,
      examples=("Consegnata alla dogana",)),
    I("consegnat al$ corriere", Stage.ACCEPTED, source=_POSTE,
      examples=("Pacco consegnato al corriere",)),
    I("destinatario trasferit", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTE,
      examples=("Destinatario trasferito",)),
    I("inesistente", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_POSTE,
      examples=("Indirizzo inesistente",)),
    I("avviso lasciato", Stage.READY_FOR_PICKUP, detail="notice_left", source=_POSTE,
      examples=("Avviso lasciato in cassetta",)),
    I("ritiro presso", Stage.READY_FOR_PICKUP, source=_POSTE,
      examples=("Ritiro presso ufficio postale",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    # Poste Italiane SEND event names and Amazon.it mails
    I("irreperibilita", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_SEND,
      examples=("Irreperibilità Assoluta",)),
    I("furto", Stage.LOST, source=_SEND, examples=("Furto/Smarrimento/deterioramento",)),
    I("smarriment", Stage.LOST, source=_SEND, examples=("Furto/Smarrimento/deterioramento",)),
    I("forza maggiore", Stage.EXCEPTION, source=_SEND, examples=("Causa di forza maggiore",)),
    I("avviat estero", Stage.EXPORT, leg="origin", source=_SEND,
      examples=("Avviato all’estero",)),
    I("ingresso paese estero", Stage.IMPORT, leg="destination", source=_SEND,
      examples=("Ingresso nel paese estero",)),
    I("importo$", Stage.UNKNOWN, source=_AMAZON_IT,
      examples=("Ti confermiamo che l'importo relativo agli articoli inclusi in questa "
                "spedizione è stato addebitato sul metodo di pagamento prescelto.",)),
    I("persona delegata", Stage.DELIVERED, source=_SEND,
      examples=("Consegna a persona delegata presso Punti di Giacenza",)),
)
