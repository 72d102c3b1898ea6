"""USPS tracking event codes → :class:`Stage`.

Syntax: the two-character event code as printed (``01``, ``OF``).  The return-to-sender
reasons (``09``, ``21``–``29``, ``31``) are ``return_to_sender`` with the reason as
``detail``; the attempted-delivery group (``02``, ``52``–``56``) is a notice left or a
failed attempt.

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
    E('01', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('02', S.READY_FOR_PICKUP, 'Attempted / Notice Left', _MAIN, 'notice_left', 'destination'),
    E('03', S.ACCEPTED, 'Accept or Pickup (by carrier)', _MAIN, None, 'origin'),
    E('04', S.DELIVERY_FAILED, 'Refused', _MAIN, 'refused', 'destination'),
    E(
        '05',
        S.DELIVERY_FAILED,
        'Undeliverable as Addressed',
        _MAIN,
        'address_incorrect',
        'destination',
    ),
    E('06', S.IN_TRANSIT, 'Forwarded', _MAIN, 'redirected'),
    E('07', S.AT_DELIVERY_OFFICE, 'Arrival at Unit', _MAIN, None, 'destination'),
    E('08', S.EXCEPTION, 'Missent', _MAIN, 'missent'),
    E('09', S.RETURN_TO_SENDER, 'Return to Sender', _MAIN),
    E('10', S.IN_TRANSIT, 'Processed', _MAIN),
    E('11', S.LOST, 'Dead Letter', _MAIN, 'unclaimed'),
    E('14', S.READY_FOR_PICKUP, 'Arrival at Pickup Point', _MAIN, None, 'destination'),
    E('15', S.EXCEPTION, 'Mis-shipped', _MAIN, 'missent'),
    E('16', S.READY_FOR_PICKUP, 'Available for Pickup', _MAIN, None, 'destination'),
    E('17', S.DELIVERED, 'Picked Up By Agent', _MAIN, None, 'destination'),
    E('19', S.IN_TRANSIT, 'DC eVS Arrive', _MAIN),
    E('21', S.RETURN_TO_SENDER, 'No Such Number', _MAIN, 'address_incorrect'),
    E('22', S.RETURN_TO_SENDER, 'Insufficient Address', _MAIN, 'address_incorrect'),
    E('23', S.RETURN_TO_SENDER, 'Moved, Left No Address', _MAIN),
    E('24', S.RETURN_TO_SENDER, 'Forward Expired', _MAIN),
    E('25', S.RETURN_TO_SENDER, 'Addressee Unknown', _MAIN, 'address_incorrect'),
    E('26', S.RETURN_TO_SENDER, 'Vacant', _MAIN),
    E('27', S.RETURN_TO_SENDER, 'Unclaimed', _MAIN, 'unclaimed'),
    E('28', S.RETURN_TO_SENDER, 'Deceased', _MAIN),
    E('29', S.RETURN_TO_SENDER, 'Other', _MAIN),
    E(
        '30',
        S.DELIVERY_FAILED,
        'Delivery Attempted - No Access to Delivery Location',
        _MAIN,
        None,
        'destination',
    ),
    E('31', S.RETURN_TO_SENDER, 'Not Picked Up', _MAIN, 'unclaimed'),
    E('41', S.IN_TRANSIT, 'Received at Opening Unit', _MAIN),
    E('42', S.IN_TRANSIT, 'USPS Handoff to Shipping Partner', _MAIN),
    E('43', S.DELIVERED, 'Picked Up', _MAIN, None, 'destination'),
    E('44', S.RETURN_TO_SENDER, 'Customer Recall', _MAIN),
    E('51', S.DELIVERY_FAILED, 'Business Closed', _MAIN, None, 'destination'),
    E('52', S.READY_FOR_PICKUP, 'Notice Left', _MAIN, 'notice_left', 'destination'),
    E('53', S.DELIVERY_FAILED, 'Receptacle Blocked', _MAIN, None, 'destination'),
    E('54', S.DELIVERY_FAILED, 'Receptacle Full / Item Oversized', _MAIN, None, 'destination'),
    E('55', S.DELIVERY_FAILED, 'No Secure Location Available', _MAIN, None, 'destination'),
    E(
        '56',
        S.DELIVERY_FAILED,
        'No Authorized Recipient Available',
        _MAIN,
        'addressee_absent',
        'destination',
    ),
    E('71', S.UNKNOWN, 'Rescheduled to Next Delivery Day', _MAIN, 'rescheduled'),
    E('80', S.ACCEPTED, 'Picked Up by Shipping Partner', _MAIN, None, 'origin'),
    E('81', S.IN_TRANSIT, 'Arrived Shipping Partner Facility', _MAIN),
    E('82', S.IN_TRANSIT, 'Departed Shipping Partner Facility', _MAIN),
    E('DX', S.UNKNOWN, 'Delivery Status Not Updated', _MAIN, 'stalled'),
    E('EF', S.IN_TRANSIT, 'Departed Sort Facility', _MAIN, 'sorting'),
    E('MA', S.INFO_RECEIVED, 'Manifest Acknowledgement', _MAIN, None, 'origin'),
    E('OF', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN, None, 'destination'),
    E('PA', S.ACCEPTED, 'Passive Acceptance', _MAIN, None, 'origin'),
    E('PC', S.IN_TRANSIT, 'Sorting / Processing Complete', _MAIN, 'sorting'),
    E('SF', S.IN_TRANSIT, 'Departed Post Office', _MAIN),
    E('TM', S.INFO_RECEIVED, 'Shipment Acceptance (truck manifest)', _MAIN, None, 'origin'),
    E('83', S.ACCEPTED, 'Tendered To Postal Service', _EHUB, None, 'origin'),
    E(
        '89',
        S.INFO_RECEIVED,
        'Merchant Order Receipt Notification, USPS Awaiting Item',
        _EHUB,
        None,
        'origin',
    ),
    E('AD', S.ACCEPTED, 'Acceptance At Destination', _EHUB),
    E('GC', S.INFO_RECEIVED, 'Return Receipt Associated', _EHUB),
    E('GX', S.INFO_RECEIVED, 'Shipping Label Created', _EHUB, None, 'origin'),
    E('OA', S.ACCEPTED, 'Origin Acceptance', _EHUB, None, 'origin'),
    E('UA', S.ACCEPTED, 'Accepted At USPS Facility', _EHUB, None, 'origin'),
)  # fmt: skip
