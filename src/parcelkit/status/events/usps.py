"""USPS tracking event codes → :class:`Stage`.

Syntax: the two-character event code as printed (``01``, ``OF``).

>>> ROWS[0].code
'01'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'usps'
NAME: Final = 'USPS (event code)'
SYNTAX: Final = 'two characters, e.g. 01, OF'
COMPLETE: Final = False
_MAIN: Final = 'https://www.usps.com/business/web-tools-apis/track-and-confirm-api.htm'
_EHUB: Final = 'https://app.theneo.io/ehub/ehub-api/tracking-event-descriptions'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('01', S.DELIVERED, 'Delivered', _MAIN),
    E('02', S.READY_FOR_PICKUP, 'Notice Left', _MAIN, 'notice_left'),
    E('03', S.ACCEPTED, 'Accepted / Picked Up', _MAIN),
    E('04', S.DELIVERY_FAILED, 'Refused', _MAIN, 'refused'),
    E('05', S.DELIVERY_FAILED, 'Undeliverable as Addressed', _MAIN, 'address_incorrect'),
    E('06', S.IN_TRANSIT, 'Forwarded', _MAIN, 'redirected'),
    E('07', S.AT_DELIVERY_OFFICE, 'Arrival at Unit', _MAIN),
    E('08', S.IN_TRANSIT, 'Missent', _MAIN, 'missent'),
    E('09', S.RETURN_TO_SENDER, 'Return to Sender', _MAIN),
    E('16', S.READY_FOR_PICKUP, 'Available for Pickup', _MAIN),
    E('17', S.DELIVERED, 'Picked Up by Agent', _MAIN),
    E('21', S.DELIVERY_FAILED, 'No Such Number', _MAIN, 'address_incorrect'),
    E('22', S.DELIVERY_FAILED, 'Insufficient Address', _MAIN, 'address_incorrect'),
    E('23', S.DELIVERY_FAILED, 'Moved, Left No Address', _MAIN),
    E('24', S.RETURN_TO_SENDER, 'Forward Expired', _MAIN),
    E('25', S.DELIVERY_FAILED, 'Addressee Unknown', _MAIN, 'address_incorrect'),
    E('26', S.DELIVERY_FAILED, 'Vacant', _MAIN),
    E('27', S.EXCEPTION, 'Unclaimed', _MAIN, 'unclaimed'),
    E('28', S.DELIVERY_FAILED, 'Deceased', _MAIN),
    E('29', S.RETURN_TO_SENDER, 'Return to Sender - Not Picked Up', _MAIN, 'unclaimed'),
    E('51', S.DELIVERY_FAILED, 'Business Closed', _MAIN),
    E('52', S.READY_FOR_PICKUP, 'Notice Left - Receptacle Full', _MAIN, 'notice_left'),
    E('53', S.DELIVERY_FAILED, 'Receptacle Blocked', _MAIN),
    E('54', S.DELIVERY_FAILED, 'No Secure Location Available', _MAIN),
    E('OF', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN),
    E('83', S.ACCEPTED, 'Tendered To Postal Service', _EHUB),
    E('89', S.INFO_RECEIVED, 'Merchant Order Receipt Notification, USPS Awaiting Item', _EHUB),
    E('AD', S.ACCEPTED, 'Acceptance At Destination', _EHUB),
    E('GC', S.INFO_RECEIVED, 'Return Receipt Associated', _EHUB),
    E('GX', S.INFO_RECEIVED, 'Shipping Label Created', _EHUB),
    E('MA', S.INFO_RECEIVED, 'Pre-shipment Info Sent To USPS', _EHUB),
    E('OA', S.ACCEPTED, 'Origin Acceptance', _EHUB),
    E('TM', S.INFO_RECEIVED, 'Shipment Received, Package Acceptance Pending', _EHUB),
    E('UA', S.ACCEPTED, 'Accepted At USPS Facility', _EHUB),
)  # fmt: skip
