"""Spanish (es) status lexicon: Correos, Correos Express, Latin-American couriers and
AliExpress's Spanish order statuses."""

from __future__ import annotations

from parcelkit.status._lexicon import Action, I, Idiom, Place, T, Term
from parcelkit.status._stage import Stage

__all__ = ["IDIOMS", "LANG", "SCRIPT", "TERMS"]

LANG = "es"
SCRIPT = "Latn"

_CORREOS = "https://valencianoticias.com/que-significan-los-estados-de-seguimiento-de-correos-todo-lo-que-necesitas-saber/"
_CORREOS_OLD = "http://subastandoenlared.blogspot.com/2010/03/correos-y-los-distintos-estados-del.html"
_LATAM = "https://enviatodo.com/donde-esta-mi-paquete-rastreo-de-envios"
_ALI_TRACK = "https://alixblog.com/delivering-aliexpress"
_KELMER = "https://github.com/kelmer44/correos-tracker/blob/HEAD/app/src/main/res/raw/eventos_array.json"
_CTTEXP = "https://github.com/OCA/delivery-carrier/blob/HEAD/delivery_cttexpress/models/cttexpress_master_data.py"

TERMS: tuple[Term, ...] = (
    T("en camino", Action.MOVE, source=_CORREOS,
      examples=("En camino", "Su envío está en camino hacia la oficina de destino")),
    T("oficina de cambio", Place.EXCHANGE_OFFICE, source=_CORREOS_OLD,
      examples=("Admitido en la oficina de cambio de destino",)),
)

IDIOMS: tuple[Idiom, ...] = (
    # marketplace / seller side
    I("cancelad", Stage.CANCELLED, source=_CORREOS_OLD, examples=("Pedido cancelado",)),
    I("anulad", Stage.CANCELLED, source=_CORREOS_OLD, examples=("Envío anulado",)),
    # before and at acceptance
    I("prerregistr", Stage.INFO_RECEIVED, source=_CORREOS, examples=("Prerregistrado",)),
    I("pre registr", Stage.INFO_RECEIVED, source=_CORREOS, examples=("Pre-registrado",)),
    I("guia generada", Stage.INFO_RECEIVED, source=_LATAM, examples=("Guía generada",)),
    I("admitido", Stage.ACCEPTED, source=_CORREOS, examples=("Admitido",)),
    I("admision", Stage.ACCEPTED, source=_CORREOS, examples=("Admisión en oficina",)),
    I("aceptado", Stage.ACCEPTED, source=_CORREOS_OLD, examples=("Aceptado",)),
    I("recogid mensajero", Stage.ACCEPTED, source=_LATAM,
      examples=("Paquete recogido por el mensajero",)),
    I("recogid transportista", Stage.ACCEPTED, source=_LATAM,
      examples=("Recogido por el transportista",)),
    I("entregado al transportista", Stage.ACCEPTED, source=_LATAM,
      examples=("Envío entregado al transportista",)),
    I("recolectad", Stage.ACCEPTED, source=_LATAM, examples=("Paquete recolectado",)),
    I("recibido en origen", Stage.ACCEPTED, source=_LATAM, examples=("Recibido en origen",)),
    # on the way
    I("clasificado", Stage.IN_TRANSIT, source=_CORREOS, examples=("Clasificado",)),
    I("en transito", Stage.IN_TRANSIT, source=_CORREOS, examples=("En tránsito",)),
    I("sera entregad", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Su envío será entregado mañana",)),
    I("centro de tratamiento", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Llegada a centro de tratamiento",)),
    I("centro logistico", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Salida del centro logístico",)),
    I("centro de distribucion", Stage.IN_TRANSIT, source=_LATAM,
      examples=("En centro de distribución",)),
    I("reencaminad", Stage.IN_TRANSIT, source=_CORREOS_OLD, examples=("Reencaminado",)),
    # international legs
    I("llegada oficina cambio", Stage.IMPORT, leg="destination", source=_CORREOS_OLD,
      examples=("Llegada a la oficina de cambio",)),
    I("salid oficina cambio", Stage.IN_TRANSIT, source=_CORREOS_OLD,
      examples=("Salida de la oficina de cambio",)),
    I("llegada a espana", Stage.IMPORT, leg="destination", source=_CORREOS_OLD,
      examples=("Llegada a España",)),
    # customs
    I("aduana", Stage.CUSTOMS, leg="destination", source=_CORREOS_OLD,
      examples=("En aduana",)),
    # last mile
    I("unidad de reparto", Stage.AT_DELIVERY_OFFICE, source=_CORREOS,
      examples=("Alta en la unidad de reparto",)),
    I("oficina$ destino$", Stage.AT_DELIVERY_OFFICE, source=_CORREOS_OLD,
      examples=("En oficina destino",)),
    I("repartidor en camino", Stage.OUT_FOR_DELIVERY, source=_LATAM,
      examples=("El repartidor está en camino con tu paquete",)),
    I("en reparto", Stage.OUT_FOR_DELIVERY, source=_CORREOS, examples=("En reparto",)),
    I("proceso de entrega", Stage.OUT_FOR_DELIVERY, source=_CORREOS_OLD,
      examples=("En proceso de entrega",)),
    I("ruta de entrega", Stage.OUT_FOR_DELIVERY, source=_LATAM, examples=("En ruta de entrega",)),
    I("salio a reparto", Stage.OUT_FOR_DELIVERY, source=_LATAM, examples=("Salió a reparto",)),
    I("entregad", Stage.DELIVERED, source=_CORREOS, examples=("Entregado",)),
    I("entrega realizada", Stage.DELIVERED, source=_CORREOS, examples=("Entrega realizada",)),
    I("disponible recog", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Disponible para su recogida",)),
    I("disponible oficina", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Disponible en oficina",)),
    I("disponible retiro", Stage.READY_FOR_PICKUP, source=_LATAM,
      examples=("Disponible para retiro en sucursal",)),
    I("pendiente recog", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Envío pendiente de recogida en oficina",)),
    I("listo recog", Stage.READY_FOR_PICKUP, source=_LATAM,
      examples=("Listo para recoger", "Paquete listo para ser recogido en la sucursal")),
    I("punto de recogida", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Paquete entregado en punto de recogida",)),
    I("citypaq", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Depositado en Citypaq",)),
    I("deja aviso", Stage.READY_FOR_PICKUP, detail="notice_left", source=_CORREOS,
      examples=("Le hemos dejado aviso", "Ausente en el domicilio. Se deja aviso")),
    I("aviso de llegada", Stage.READY_FOR_PICKUP, detail="notice_left", source=_CORREOS,
      examples=("Aviso de llegada depositado",)),
    I("avisado oficina", Stage.READY_FOR_PICKUP, detail="notice_left", source=_CORREOS,
      examples=("Avisado en oficina",)),
    I("plazo recogida finaliza", Stage.READY_FOR_PICKUP, detail="storage_expiring",
      source=_CORREOS, examples=("El plazo de recogida finaliza mañana",)),
    # failures, returns, problems
    I("entrega fallida", Stage.DELIVERY_FAILED, source=_CORREOS, examples=("Entrega fallida",)),
    I("intento entrega", Stage.DELIVERY_FAILED, source=_CORREOS,
      examples=("Intento de entrega sin éxito",)),
    I("entrega no$ realizada", Stage.DELIVERY_FAILED, source=_CORREOS,
      examples=("Entrega no realizada",)),
    I("no$ entregado", Stage.DELIVERY_FAILED, source=_CORREOS, examples=("No entregado",)),
    I("no$ pudo entregar", Stage.DELIVERY_FAILED, source=_LATAM,
      examples=("El repartidor no pudo entregar el paquete", "No se pudo entregar")),
    I("ausente", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_CORREOS,
      examples=("Destinatario ausente",)),
    I("direccion incorrecta", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CORREOS, examples=("Dirección incorrecta",)),
    I("direccion incompleta", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CORREOS, examples=("Dirección incompleta",)),
    I("destinatario desconocido", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CORREOS, examples=("Destinatario desconocido",)),
    I("rehusad", Stage.DELIVERY_FAILED, detail="refused", source=_CORREOS, examples=("Rehusado",)),
    I("rechaz", Stage.DELIVERY_FAILED, detail="refused", source=_LATAM,
      examples=("Rechazado por el destinatario",)),
    I("devolucion", Stage.RETURN_TO_SENDER, source=_CORREOS_OLD,
      examples=("En proceso de devolución",)),
    I("devuelto", Stage.RETURN_TO_SENDER, source=_CORREOS,
      examples=("Envío devuelto",)),
    I("entregado al remitente", Stage.RETURN_TO_SENDER, source=_CORREOS,
      examples=("Entregado al remitente",)),
    I("retorno remitente", Stage.RETURN_TO_SENDER, source=_LATAM,
      examples=("En retorno al remitente",)),
    # delay notices are not stages; these rows only keep typo tolerance from reading
    # them as the stage word they resemble
    I("entrega$", Stage.UNKNOWN, source=_CORREOS, examples=("Fecha estimada de entrega: 12/05",)),
    I("incidencia", Stage.EXCEPTION, source=_CORREOS, examples=("Incidencia en el envío",)),
    # "pedido" (order) is one letter from "perdido" (lost): alone it says nothing
    # more carrier wording
    I("entrega$ oficina", Stage.READY_FOR_PICKUP, source=_CORREOS,
      examples=("Envío con entrega en oficina de Correos",)),
    I("salida centro", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Salida de centro de admisión internacional",)),
    I("no$ fue posible", Stage.DELIVERY_FAILED, source=_LATAM,
      examples=("No fue posible entregar el paquete",)),
    I("no$ localizad", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_CORREOS,
      examples=("Destinatario no localizado",)),
    I("direccion erronea", Stage.DELIVERY_FAILED, detail="address_incorrect",
      source=_CORREOS, examples=("Dirección errónea",)),
    I("en distribucion", Stage.OUT_FOR_DELIVERY, source=_LATAM, examples=("En distribución",)),
    I("salio para entrega", Stage.OUT_FOR_DELIVERY, source=_LATAM,
      examples=("Salió para entrega",)),
    I("procesad", Stage.IN_TRANSIT, source=_LATAM, examples=("Paquete procesado",)),
    I("instalacion", Stage.IN_TRANSIT, source=_LATAM, examples=("Llegó a la instalación",)),
    # AliExpress tracking steps in Spanish
    I("recibido transportista", Stage.ACCEPTED, source=_ALI_TRACK,
      examples=("Recibido por el transportista",)),
    I("aerolinea", Stage.EXPORT, leg="origin", source=_ALI_TRACK,
      examples=("Salida de la aerolínea",)),
    I("repartidor", Stage.OUT_FOR_DELIVERY, source=_ALI_TRACK,
      examples=("Repartidor comienza a entregar",)),
    # airports: a flight leg
    I("pre admitid", Stage.INFO_RECEIVED, source=_CORREOS, examples=("Envío pre-admitido",)),
    I("preadmitid", Stage.INFO_RECEIVED, source=_CORREOS, examples=("Preadmitido",)),
    I("para retirar", Stage.READY_FOR_PICKUP, source=_LATAM,
      examples=("Listo para retirar en sucursal",)),
    I("recibido oficina de cambio", Stage.IMPORT, leg="destination", source=_CORREOS_OLD,
      examples=("Recibido en oficina de cambio",)),
    I("ingresado", Stage.ACCEPTED, source=_LATAM, examples=("Ingresado",)),
    I("al$ remitente", Stage.RETURN_TO_SENDER, source=_CORREOS,
      examples=("Envío en camino al remitente",)),
    I("aduaner", Stage.CUSTOMS, leg="destination", source=_CORREOS_OLD,
      examples=("Control aduanero",)),
    I("tramite aduan", Stage.CUSTOMS, leg="destination", source=_CORREOS_OLD,
      examples=("El envío se encuentra en trámite aduanero",)),
    # more marketplace wording
    # pickup by the addressee, exchange office, future delivery, absence
    I("recogid cliente", Stage.DELIVERED, source=_LATAM,
      examples=("Paquete recogido por el cliente en el punto",)),
    I("recogid destinatario", Stage.DELIVERED, source=_LATAM,
      examples=("Recogido por el destinatario",)),
    I("ser entregad", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Su envío está pendiente de ser entregado en la próxima ruta",)),
    I("ausencia", Stage.DELIVERY_FAILED, detail="addressee_absent", source=_CORREOS,
      examples=("Entrega reprogramada por ausencia",)),
    # handed to customs / to the destination post
    I("entregad aduana", Stage.CUSTOMS, leg="destination", source=_CORREOS_OLD,
      examples=("Entregado a la aduana para su despacho",)),
    I("operador destino", Stage.IMPORT, leg="destination", source=_ALI_TRACK,
      examples=("Entregado al operador postal de destino",)),
    I("direccion insuficiente", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_CORREOS,
      examples=("Dirección insuficiente, se intentará nuevamente",)),
    I("se$ mudo", Stage.DELIVERY_FAILED, detail="address_incorrect", source=_CORREOS,
      examples=("El destinatario se mudó",)),
    # Spanish courier networks (delegations, platforms, pickup points)
    I("delegacion", Stage.AT_DELIVERY_OFFICE, source=_LATAM,
      examples=("En delegación de destino",)),
    I("delegacion origen", Stage.IN_TRANSIT, source=_LATAM,
      examples=("Salida de delegación origen",)),
    I("plataforma", Stage.IN_TRANSIT, source=_LATAM, examples=("Llegada a plataforma",)),
    I("punto pickup", Stage.READY_FOR_PICKUP, source=_LATAM,
      examples=("Depositado en punto Pickup",)),
    I("punto pack", Stage.READY_FOR_PICKUP, source=_LATAM,
      examples=("Disponible en Punto Pack",)),
    # the seller's or marketplace's warehouse: moving, as in the English table
    I("salida hacia", Stage.IN_TRANSIT, source=_CORREOS,
      examples=("Llegada a Madrid; salida hacia Barcelona",)),
    I("recogid origen", Stage.ACCEPTED, source=_LATAM,
      examples=("Envío recogido en origen",)),
    I("recogido$", Stage.ACCEPTED, source=_LATAM, examples=("Recogido",)),
    # Correos event descriptions and CTT Express state names
    I("dirigiendo", Stage.IN_TRANSIT, source=_KELMER,
      examples=("El envío se está dirigiendo hacia la unidad responsable de la entrega",)),
    I("entrado unidad responsable", Stage.AT_DELIVERY_OFFICE, source=_KELMER,
      examples=("El envío ha entrado en la unidad responsable de su entrega",)),
    I("recogeran en$ agencia", Stage.READY_FOR_PICKUP, source=_CTTEXP,
      examples=("RECOGERAN EN AGENCIA",)),
    I("no$ realizado", Stage.DELIVERY_FAILED, source=_CTTEXP, examples=("NO REALIZADO",)),
    I("en$ agencia", Stage.AT_DELIVERY_OFFICE, source=_CTTEXP, examples=("EN AGENCIA",)),
    I("entrega parcial", Stage.DELIVERED, source=_CTTEXP, examples=("ENTREGA PARCIAL",)),
)
