"""DHL Express checkpoint codes → :class:`Stage`.

Syntax: the two-letter checkpoint code as printed (``WC``).

>>> ROWS[0].code
'SA'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'dhl'
NAME: Final = 'DHL Express (checkpoint code)'
SYNTAX: Final = 'two letters, e.g. WC'
COMPLETE: Final = False
_MAIN: Final = 'https://developer.dhl.com/api-reference/dhl-express-mydhl-api'
_KARRIO: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/dhl_express/karrio/providers/dhl_express/units.py'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('SA', S.ACCEPTED, 'Shipment acceptance', _MAIN, None, 'origin'),
    E('PU', S.ACCEPTED, 'Shipment picked up', _MAIN, None, 'origin'),
    E('PL', S.IN_TRANSIT, 'Processed at location', _MAIN),
    E('DF', S.IN_TRANSIT, 'Departed facility', _MAIN),
    E('AF', S.IN_TRANSIT, 'Arrived at facility', _MAIN),
    E('AR', S.AT_DELIVERY_OFFICE, 'Arrived at delivery facility', _MAIN, None, 'destination'),
    E('TR', S.IN_TRANSIT, 'Record of transfer', _MAIN),
    E('TP', S.IN_TRANSIT, 'Forwarded to third party', _MAIN),
    E('IC', S.CUSTOMS, 'In clearance processing', _MAIN),
    E('CR', S.CUSTOMS, 'Clearance processing complete', _MAIN, 'customs_released'),
    E('CD', S.CUSTOMS, 'Clearance delay', _MAIN, 'customs_held'),
    E('RR', S.CUSTOMS, 'Customs status updated', _MAIN),
    E('HP', S.CUSTOMS, 'Held for payment', _MAIN, 'duty_due'),
    E('WC', S.OUT_FOR_DELIVERY, 'With delivery courier', _MAIN, None, 'destination'),
    E('OK', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('CC', S.READY_FOR_PICKUP, 'Awaiting collection by consignee', _MAIN, None, 'destination'),
    E('OH', S.EXCEPTION, 'On hold', _MAIN, 'held'),
    E('SS', S.EXCEPTION, 'Shipment stopped', _MAIN, 'held'),
    E('BA', S.DELIVERY_FAILED, 'Bad address', _MAIN, 'address_incorrect'),
    E('CA', S.DELIVERY_FAILED, 'Closed on arrival', _MAIN),
    E('NH', S.DELIVERY_FAILED, 'Not home', _MAIN, 'addressee_absent'),
    E('RD', S.DELIVERY_FAILED, 'Refused delivery', _MAIN, 'refused'),
    E('CM', S.DELIVERY_FAILED, 'Customer moved', _MAIN),
    E('RT', S.RETURN_TO_SENDER, 'Returned to consignor', _MAIN),
    E('MS', S.IN_TRANSIT, 'Missorted', _MAIN, 'missent'),
    E('DM', S.EXCEPTION, 'Damaged', _MAIN, 'damaged'),
    E('MD', S.UNKNOWN, 'Missed delivery cycle', _MAIN, 'delayed'),
    E('TD', S.UNKNOWN, 'Transport delay', _MAIN, 'delayed'),
)  # fmt: skip
