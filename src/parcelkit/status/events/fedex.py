"""FedEx tracking status codes → :class:`Stage`.

FedEx's published movement codes and the customs (regulatory) codes ``CC``, ``CD``, ``CP``;
``EA`` is "Enroute to Airport" (the regulatory list reuses it for "Export Approved"), and
the possession codes (carrier, shipper, recipient…) are not statuses.  Syntax: the two-
letter code as printed (``OD``).

>>> ROWS[0].code
'AA'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'fedex'
NAME: Final = 'FedEx (status code)'
SYNTAX: Final = 'two letters, e.g. OD'
COMPLETE: Final = True
_MAIN: Final = 'https://developer.fedex.com/api/en-us/guides/api-reference.html#trackingstatuscodes'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('AA', S.IN_TRANSIT, 'At Airport', _MAIN),
    E('AC', S.IN_TRANSIT, 'At Canada Post facility', _MAIN),
    E('AD', S.OUT_FOR_DELIVERY, 'At Delivery', _MAIN, None, 'destination'),
    E('AF', S.AT_DELIVERY_OFFICE, 'At local FedEx Facility', _MAIN, None, 'destination'),
    E('AO', S.UNKNOWN, 'Shipment arriving On-time', _MAIN),
    E('AP', S.INFO_RECEIVED, 'At Pickup', _MAIN, None, 'origin'),
    E('AR', S.IN_TRANSIT, 'Arrived at FedEx location', _MAIN),
    E('AX', S.IN_TRANSIT, 'At USPS facility', _MAIN),
    E('CA', S.CANCELLED, 'Shipment Cancelled', _MAIN),
    E('CH', S.IN_TRANSIT, 'Location Changed', _MAIN, 'redirected'),
    E('DD', S.UNKNOWN, 'Delivery Delay', _MAIN, 'delayed'),
    E('DE', S.DELIVERY_FAILED, 'Delivery Exception', _MAIN, None, 'destination'),
    E('DL', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('DP', S.IN_TRANSIT, 'Departed', _MAIN),
    E('DR', S.UNKNOWN, 'Vehicle furnished but not used', _MAIN),
    E('DS', S.INFO_RECEIVED, 'Vehicle Dispatched', _MAIN, None, 'origin'),
    E('DY', S.UNKNOWN, 'Delay', _MAIN, 'delayed'),
    E('EA', S.IN_TRANSIT, 'Enroute to Airport', _MAIN),
    E('ED', S.OUT_FOR_DELIVERY, 'Enroute to Delivery', _MAIN, None, 'destination'),
    E('EO', S.IN_TRANSIT, 'Enroute to Origin Airport', _MAIN, None, 'origin'),
    E('EP', S.INFO_RECEIVED, 'Enroute to Pickup', _MAIN, None, 'origin'),
    E('FD', S.IN_TRANSIT, 'At FedEx Destination', _MAIN, None, 'destination'),
    E('HL', S.READY_FOR_PICKUP, 'Hold at Location', _MAIN, None, 'destination'),
    E('HP', S.READY_FOR_PICKUP, 'Ready for Recipient Pickup', _MAIN, None, 'destination'),
    E('IT', S.IN_TRANSIT, 'In Transit', _MAIN),
    E('IX', S.IN_TRANSIT, 'In transit (see Details)', _MAIN),
    E('LO', S.IN_TRANSIT, 'Left Origin', _MAIN, None, 'origin'),
    E('OC', S.INFO_RECEIVED, 'Order Created', _MAIN, None, 'origin'),
    E('OD', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN, None, 'destination'),
    E('OF', S.IN_TRANSIT, 'At FedEx origin facility', _MAIN, None, 'origin'),
    E('OW', S.IN_TRANSIT, 'On the way', _MAIN),
    E('OX', S.IN_TRANSIT, 'Shipment information sent to USPS', _MAIN),
    E('PD', S.UNKNOWN, 'Pickup Delay', _MAIN, 'delayed'),
    E('PF', S.IN_TRANSIT, 'Plane in Flight', _MAIN),
    E('PL', S.IN_TRANSIT, 'Plane Landed', _MAIN),
    E('PM', S.IN_TRANSIT, 'In Progress', _MAIN),
    E('PU', S.ACCEPTED, 'Picked Up', _MAIN, None, 'origin'),
    E('PX', S.ACCEPTED, 'Picked up (see Details)', _MAIN, None, 'origin'),
    E('RR', S.UNKNOWN, 'CDO requested', _MAIN, 'rescheduled'),
    E('RM', S.UNKNOWN, 'CDO Modified', _MAIN, 'rescheduled'),
    E('RC', S.UNKNOWN, 'CDO Cancelled', _MAIN),
    E('RS', S.RETURN_TO_SENDER, 'Return to Shipper', _MAIN),
    E('RP', S.INFO_RECEIVED, 'Return label link emailed to return sender', _MAIN),
    E('LP', S.CANCELLED, 'Return label link cancelled by shipment originator', _MAIN),
    E('RG', S.UNKNOWN, 'Return label link expiring soon', _MAIN),
    E('RD', S.UNKNOWN, 'Return label link expired', _MAIN, 'expired'),
    E('SE', S.EXCEPTION, 'Shipment Exception', _MAIN),
    E('SF', S.IN_TRANSIT, 'At Sort Facility', _MAIN, 'sorting'),
    E('SP', S.UNKNOWN, 'Split Status', _MAIN),
    E('TR', S.IN_TRANSIT, 'Transfer', _MAIN),
    E('CC', S.CUSTOMS, 'Cleared Customs', _MAIN, 'customs_released'),
    E('CD', S.CUSTOMS, 'Clearance Delay', _MAIN, 'customs_held'),
    E('CP', S.CUSTOMS, 'Clearance in Progress', _MAIN),
)  # fmt: skip
