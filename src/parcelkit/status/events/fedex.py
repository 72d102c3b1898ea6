"""FedEx tracking status codes → :class:`Stage`.

Syntax: the two-letter status code as printed (``OD``).

>>> ROWS[0].code
'OC'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'fedex'
NAME: Final = 'FedEx (status code)'
SYNTAX: Final = 'two letters, e.g. OD'
COMPLETE: Final = False
_MAIN: Final = 'https://developer.fedex.com/api/en-us/guides/api-reference.html#trackingstatuscodes'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('OC', S.INFO_RECEIVED, 'Order Created', _MAIN),
    E('MD', S.INFO_RECEIVED, 'Manifest Data', _MAIN),
    E('EP', S.INFO_RECEIVED, 'Enroute to Pickup', _MAIN),
    E('PU', S.ACCEPTED, 'Picked Up', _MAIN, None, 'origin'),
    E('PX', S.ACCEPTED, 'Picked Up (see details)', _MAIN, None, 'origin'),
    E('OF', S.IN_TRANSIT, 'At FedEx origin facility', _MAIN, None, 'origin'),
    E('LO', S.IN_TRANSIT, 'Left Origin', _MAIN, None, 'origin'),
    E('IT', S.IN_TRANSIT, 'In Transit', _MAIN),
    E('IX', S.IN_TRANSIT, 'In Transit (see details)', _MAIN),
    E('AA', S.IN_TRANSIT, 'At Airport', _MAIN),
    E('EA', S.IN_TRANSIT, 'Enroute to Airport', _MAIN),
    E('PF', S.IN_TRANSIT, 'Plane in Flight', _MAIN),
    E('PL', S.IN_TRANSIT, 'Plane Landed', _MAIN),
    E('AR', S.IN_TRANSIT, 'Arrived at FedEx location', _MAIN),
    E('DP', S.IN_TRANSIT, 'Departed', _MAIN),
    E('SF', S.IN_TRANSIT, 'At Sort Facility', _MAIN, 'sorting'),
    E('TR', S.IN_TRANSIT, 'Transfer', _MAIN),
    E('FD', S.IN_TRANSIT, 'At FedEx destination', _MAIN, None, 'destination'),
    E('AF', S.AT_DELIVERY_OFFICE, 'At local FedEx facility', _MAIN, None, 'destination'),
    E('CC', S.CUSTOMS, 'Cleared Customs', _MAIN, 'customs_released'),
    E('CP', S.CUSTOMS, 'Clearance in Progress', _MAIN),
    E('CD', S.CUSTOMS, 'Clearance Delay', _MAIN, 'customs_held'),
    E('OD', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN, None, 'destination'),
    E('ED', S.OUT_FOR_DELIVERY, 'Enroute to Delivery', _MAIN, None, 'destination'),
    E('AD', S.OUT_FOR_DELIVERY, 'At Delivery', _MAIN, None, 'destination'),
    E('DL', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('DE', S.DELIVERY_FAILED, 'Delivery Exception', _MAIN),
    E('SE', S.EXCEPTION, 'Shipment Exception', _MAIN),
    E('HL', S.READY_FOR_PICKUP, 'Hold at Location', _MAIN, None, 'destination'),
    E('HP', S.READY_FOR_PICKUP, 'Ready for Recipient Pickup', _MAIN, None, 'destination'),
    E('CA', S.CANCELLED, 'Shipment Cancelled', _MAIN),
    E('RS', S.RETURN_TO_SENDER, 'Return to Shipper', _MAIN),
    E('DY', S.UNKNOWN, 'Delay', _MAIN, 'delayed'),
    E('DD', S.UNKNOWN, 'Delivery Delay', _MAIN, 'delayed'),
)  # fmt: skip
