"""DHL Express checkpoint codes → :class:`Stage`.

The checkpoint code list of DHL Express's XML services (61 codes).  Syntax: the two-letter
checkpoint code as printed (``WC``).

>>> ROWS[0].code
'AD'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'dhl'
NAME: Final = 'DHL Express (checkpoint code)'
SYNTAX: Final = 'two letters, e.g. WC'
COMPLETE: Final = True
_MAIN: Final = 'https://github.com/jooorooo/omniship-dhl/blob/HEAD/src/data/tracking_event_codes.php'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('AD', S.UNKNOWN, 'Agreed delivery', _MAIN, 'rescheduled'),
    E('AF', S.IN_TRANSIT, 'Arrived facility', _MAIN),
    E('AR', S.AT_DELIVERY_OFFICE, 'Arrival in delivery facility', _MAIN, None, 'destination'),
    E('BA', S.DELIVERY_FAILED, 'Bad address', _MAIN, 'address_incorrect', 'destination'),
    E('BL', S.CUSTOMS, 'Bond location', _MAIN, 'customs_held'),
    E('BN', S.CUSTOMS, 'Customer broker notified', _MAIN),
    E('BR', S.CUSTOMS, 'Broker release', _MAIN, 'customs_released'),
    E('CA', S.DELIVERY_FAILED, 'Closed on arrival', _MAIN, None, 'destination'),
    E('CC', S.READY_FOR_PICKUP, 'Awaiting cnee collection', _MAIN, None, 'destination'),
    E('CD', S.CUSTOMS, 'Controllable clearance delay', _MAIN, 'customs_held'),
    E('CI', S.IN_TRANSIT, 'Facility check-in', _MAIN),
    E('CM', S.DELIVERY_FAILED, 'Customer moved', _MAIN, None, 'destination'),
    E('CR', S.CUSTOMS, 'Clearance release', _MAIN, 'customs_released'),
    E('CS', S.UNKNOWN, 'Closed shipment', _MAIN),
    E('CU', S.EXPORT, 'Confirm uplift', _MAIN, None, 'origin'),
    E('DD', S.DELIVERED, 'Delivered damaged', _MAIN, 'damaged', 'destination'),
    E('DF', S.IN_TRANSIT, 'Depart facility', _MAIN),
    E('DI', S.CUSTOMS, 'Duty invoice', _MAIN, 'duty_due'),
    E('DM', S.EXCEPTION, 'Damaged', _MAIN, 'damaged'),
    E('DP', S.EXCEPTION, 'Denied parties', _MAIN, 'held'),
    E('DS', S.LOST, 'Destroyed / disposal', _MAIN, 'destroyed'),
    E('ES', S.CUSTOMS, 'Entry submitted', _MAIN, 'customs_presented'),
    E('FD', S.IN_TRANSIT, "Forward destination (DD's expected)", _MAIN, None, 'destination'),
    E('HI', S.EXCEPTION, 'Lodged into HIC', _MAIN, 'held'),
    E('HN', S.IN_TRANSIT, 'Handover', _MAIN),
    E('HO', S.IN_TRANSIT, 'Lodged out of held inventory control', _MAIN),
    E('HP', S.CUSTOMS, 'Held for payment', _MAIN, 'duty_due'),
    E('IA', S.UNKNOWN, 'Image available', _MAIN),
    E('IC', S.CUSTOMS, 'In clearance processing', _MAIN),
    E('IR', S.EXCEPTION, 'Incorrect route', _MAIN, 'missent'),
    E('LV', S.IN_TRANSIT, 'Load vehicle', _MAIN),
    E('MC', S.EXCEPTION, 'Miscode', _MAIN, 'missent'),
    E('MD', S.UNKNOWN, 'Missed delivery cycle', _MAIN, 'delayed'),
    E('MS', S.EXCEPTION, 'Mis-sort', _MAIN, 'missent'),
    E('NA', S.UNKNOWN, 'Not arrived', _MAIN, 'delayed'),
    E('ND', S.DELIVERY_FAILED, 'Not delivered', _MAIN, None, 'destination'),
    E('NH', S.DELIVERY_FAILED, 'Not home', _MAIN, 'addressee_absent', 'destination'),
    E('OH', S.EXCEPTION, 'On hold', _MAIN, 'held'),
    E('OK', S.DELIVERED, 'Delivery', _MAIN, None, 'destination'),
    E('PD', S.DELIVERED, 'Partial delivery', _MAIN, None, 'destination'),
    E('PL', S.IN_TRANSIT, 'Processed at location', _MAIN),
    E('PU', S.ACCEPTED, 'Shipment pick up', _MAIN, None, 'origin'),
    E('PY', S.CUSTOMS, 'Payment', _MAIN),
    E('RD', S.DELIVERY_FAILED, 'Refused delivery', _MAIN, 'refused', 'destination'),
    E('RR', S.UNKNOWN, 'Response received', _MAIN),
    E('RT', S.RETURN_TO_SENDER, 'Returned to consignor', _MAIN),
    E('RW', S.IN_TRANSIT, 'Weigh & dimension', _MAIN),
    E('SA', S.ACCEPTED, 'Shipment acceptance', _MAIN, None, 'origin'),
    E('SC', S.UNKNOWN, 'Service changed', _MAIN),
    E('SI', S.CUSTOMS, 'Shipment inspection', _MAIN, 'customs_inspection'),
    E('SM', S.IN_TRANSIT, 'Scheduled movement', _MAIN),
    E('SS', S.EXCEPTION, 'Shipment stopped', _MAIN, 'held'),
    E('ST', S.EXCEPTION, 'Shipment intercept', _MAIN, 'held'),
    E('TD', S.UNKNOWN, 'Transport delay', _MAIN, 'delayed'),
    E('TI', S.UNKNOWN, 'Trace initiated', _MAIN),
    E('TP', S.IN_TRANSIT, "Forwarded to 3rd party - no DD's", _MAIN),
    E('TR', S.IN_TRANSIT, 'Record of transfer', _MAIN),
    E('TT', S.UNKNOWN, 'Trace terminated', _MAIN),
    E('UD', S.CUSTOMS, 'Uncontrollable clearance delay', _MAIN, 'customs_held'),
    E('UV', S.IN_TRANSIT, 'Unload vehicle', _MAIN),
    E('WC', S.OUT_FOR_DELIVERY, 'With delivering courier', _MAIN, None, 'destination'),
)  # fmt: skip
