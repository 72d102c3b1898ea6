"""Shippo tracking statuses and substatus codes → :class:`Stage`.

Syntax: the status or substatus code as printed (``TRANSIT``, ``delivery_attempted``); codes
are read without case, so the substatus ``delivered`` is the status ``DELIVERED``.

>>> ROWS[0].code
'UNKNOWN'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'shippo'
NAME: Final = 'Shippo (status, substatus)'
SYNTAX: Final = 'STATUS or substatus_code, e.g. TRANSIT, package_departed'
COMPLETE: Final = True
_MAIN: Final = 'https://docs.goshippo.com/docs/tracking/tracking/#event-definitions'
_ENUM: Final = 'https://github.com/goshippo/shippo-python-sdk/blob/HEAD/docs/models/components/trackingstatusenum.md'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('UNKNOWN', S.UNKNOWN, 'UNKNOWN', _ENUM),
    E('PRE_TRANSIT', S.INFO_RECEIVED, 'PRE_TRANSIT', _ENUM),
    E('TRANSIT', S.IN_TRANSIT, 'TRANSIT', _ENUM),
    E('DELIVERED', S.DELIVERED, 'DELIVERED', _ENUM),
    E('RETURNED', S.RETURN_TO_SENDER, 'RETURNED', _ENUM),
    E('FAILURE', S.DELIVERY_FAILED, 'FAILURE', _ENUM),
    E('information_received', S.INFO_RECEIVED, 'Information about the package received', _MAIN),
    E('address_issue', S.DELIVERY_FAILED, 'Address issue', _MAIN, 'address_incorrect'),
    E('contact_carrier', S.EXCEPTION, 'Contact carrier', _MAIN),
    E('delayed', S.UNKNOWN, 'Delayed', _MAIN, 'delayed'),
    E('delivery_attempted', S.DELIVERY_FAILED, 'Delivery attempted', _MAIN),
    E('delivery_rescheduled', S.UNKNOWN, 'Delivery rescheduled', _MAIN, 'rescheduled'),
    E('delivery_scheduled', S.IN_TRANSIT, 'Delivery scheduled', _MAIN),
    E('location_inaccessible', S.DELIVERY_FAILED, 'Location inaccessible', _MAIN),
    E('notice_left', S.READY_FOR_PICKUP, 'Notice left', _MAIN, 'notice_left'),
    E('out_for_delivery', S.OUT_FOR_DELIVERY, 'Out for delivery', _MAIN),
    E('package_accepted', S.ACCEPTED, 'Package accepted', _MAIN),
    E('package_arrived', S.IN_TRANSIT, 'Package arrived', _MAIN),
    E('package_damaged', S.EXCEPTION, 'Package damaged', _MAIN, 'damaged'),
    E('package_departed', S.IN_TRANSIT, 'Package departed', _MAIN),
    E('package_forwarded', S.IN_TRANSIT, 'Package forwarded', _MAIN, 'redirected'),
    E('package_held', S.EXCEPTION, 'Package held', _MAIN, 'held'),
    E('package_processed', S.IN_TRANSIT, 'Package processed', _MAIN),
    E('package_processing', S.IN_TRANSIT, 'Package processing', _MAIN),
    E('package_unclaimed', S.DELIVERY_FAILED, 'Package unclaimed', _MAIN, 'unclaimed'),
    E('package_undeliverable', S.DELIVERY_FAILED, 'Package undeliverable', _MAIN),
    E('pickup_available', S.READY_FOR_PICKUP, 'Pickup available', _MAIN),
    E('reschedule_delivery', S.UNKNOWN, 'Reschedule delivery', _MAIN, 'rescheduled'),
    E('other', S.UNKNOWN, 'Other: unrecognised carrier status', _MAIN),
    E('return_to_sender', S.RETURN_TO_SENDER, 'Return to sender', _MAIN),
    E('package_lost', S.LOST, 'Package lost', _MAIN),
    E('package_disposed', S.LOST, 'Package disposed', _MAIN, 'destroyed'),
)  # fmt: skip
