"""AfterShip delivery statuses (tags) and sub-statuses (subtags) → :class:`Stage`.

Syntax: the tag or subtag as printed (``InTransit``, ``AttemptFail_002``).  A subtag loses
only its number when it is mapped: every ``AttemptFail_*`` is ``delivery_failed`` with its
reason as ``detail``; ``Exception_*`` subtags take the stage their published meaning names
(returning → ``return_to_sender``, lost → ``lost``), delays are notices (``unknown``).

>>> ROWS[0].code
'Pending'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'aftership'
NAME: Final = 'AfterShip (tag, subtag)'
SYNTAX: Final = 'Tag or Tag_NNN, e.g. InTransit_003'
COMPLETE: Final = False
_MAIN: Final = 'https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses'
_TAGS: Final = 'https://www.aftership.com/docs/tracking/enum/delivery-statuses'
_LEGACY: Final = 'https://www.aftership.com/docs/tracking/2023-10/enum/delivery-sub-statuses'
_ENUM: Final = 'https://www.aftership.com/docs/tracking/enum/delivery-sub-statuses'
_NEW: Final = 'https://support.aftership.com/en/article/learn-about-delivery-sub-statuses-1b0hdlx/'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('Pending', S.UNKNOWN, 'Pending: new shipment added, pending to track', _TAGS, 'pending'),
    E(
        'InfoReceived',
        S.INFO_RECEIVED,
        'Info Received: carrier has received the request from the shipper',
        _TAGS,
    ),
    E(
        'InTransit',
        S.IN_TRANSIT,
        'In Transit: carrier has accepted or picked up the shipment',
        _TAGS,
    ),
    E('OutForDelivery', S.OUT_FOR_DELIVERY, 'Out for Delivery', _TAGS),
    E(
        'AttemptFail',
        S.DELIVERY_FAILED,
        'Failed Attempt: carrier attempted to deliver but failed',
        _TAGS,
    ),
    E('Delivered', S.DELIVERED, 'Delivered', _TAGS),
    E('AvailableForPickup', S.READY_FOR_PICKUP, 'Available for Pickup', _TAGS),
    E(
        'Exception',
        S.EXCEPTION,
        'Exception: custom hold, undelivered, returned or other exception',
        _TAGS,
    ),
    E('Expired', S.UNKNOWN, 'Expired: no tracking information for 30 days', _TAGS, 'expired'),
    E('Delivered_001', S.DELIVERED, 'Delivered', _MAIN),
    E('Delivered_002', S.DELIVERED, 'Picked up by the customer', _MAIN),
    E('Delivered_003', S.DELIVERED, 'Sign by customer', _MAIN),
    E('Delivered_004', S.DELIVERED, 'Delivered and received cash on delivery', _MAIN),
    E('Delivered_005', S.DELIVERED, 'Delivered to neighbor', _NEW),
    E('AvailableForPickup_001', S.READY_FOR_PICKUP, 'Available for pickup', _MAIN),
    E('Exception_001', S.EXCEPTION, 'Exception', _MAIN),
    E('Exception_002', S.DELIVERY_FAILED, 'Customer moved', _MAIN),
    E('Exception_003', S.DELIVERY_FAILED, 'Customer refused delivery', _MAIN, 'refused'),
    E('Exception_004', S.CUSTOMS, 'Delayed (Customs clearance)', _MAIN, 'customs_held'),
    E('Exception_005', S.UNKNOWN, 'Delayed (External factors)', _MAIN, 'delayed'),
    E('Exception_006', S.EXCEPTION, 'Held for payment', _MAIN, 'duty_due'),
    E('Exception_007', S.DELIVERY_FAILED, 'Incorrect Address', _MAIN, 'address_incorrect'),
    E('Exception_008', S.DELIVERY_FAILED, 'Pick up missed', _MAIN, 'unclaimed'),
    E('Exception_009', S.EXCEPTION, 'Rejected by carrier', _MAIN, 'prohibited'),
    E('Exception_010', S.RETURN_TO_SENDER, 'Returning to sender', _MAIN),
    E('Exception_011', S.RETURN_TO_SENDER, 'Returned to sender', _MAIN),
    E('Exception_012', S.EXCEPTION, 'Shipment damage', _MAIN, 'damaged'),
    E('Exception_013', S.LOST, 'Shipment lost', _MAIN),
    E('Exception_016', S.UNKNOWN, 'Delayed (Processing issue)', _NEW, 'delayed'),
    E('Exception_017', S.UNKNOWN, 'Delayed (Extreme weather)', _NEW, 'delayed'),
    E('Exception_018', S.CUSTOMS, 'Incorrect / missing documents', _NEW, 'customs_held'),
    E('AttemptFail_001', S.DELIVERY_FAILED, 'Failed Attempt', _MAIN),
    E('AttemptFail_002', S.DELIVERY_FAILED, 'Addressee not available', _MAIN, 'addressee_absent'),
    E('AttemptFail_003', S.DELIVERY_FAILED, 'Business Closed', _MAIN),
    E('InfoReceived_001', S.INFO_RECEIVED, 'Info Received', _MAIN),
    E('InTransit_001', S.IN_TRANSIT, 'In Transit', _MAIN),
    E('InTransit_002', S.ACCEPTED, 'Acceptance scan', _MAIN),
    E('InTransit_003', S.IN_TRANSIT, 'Arrival scan', _MAIN),
    E('InTransit_004', S.IMPORT, 'Arrived at the destination country', _MAIN, None, 'destination'),
    E(
        'InTransit_005',
        S.CUSTOMS,
        'Customs clearance completed',
        _MAIN,
        'customs_released',
        'destination',
    ),
    E(
        'InTransit_006',
        S.CUSTOMS,
        'Customs clearance started',
        _MAIN,
        'customs_presented',
        'destination',
    ),
    E('InTransit_007', S.IN_TRANSIT, 'Departure Scan', _MAIN),
    E('InTransit_008', S.IN_TRANSIT, 'Problem resolved', _MAIN),
    E(
        'InTransit_009',
        S.IN_TRANSIT,
        'Forwarded to a different delivery address',
        _MAIN,
        'redirected',
    ),
    E('OutForDelivery_001', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN),
    E(
        'OutForDelivery_002',
        S.READY_FOR_PICKUP,
        'Available for pickup (at the sorting center)',
        _LEGACY,
    ),
    E('OutForDelivery_003', S.OUT_FOR_DELIVERY, 'Customer contacted', _MAIN),
    E('OutForDelivery_004', S.OUT_FOR_DELIVERY, 'Delivery appointment scheduled', _MAIN),
    E('Expired_001', S.UNKNOWN, 'Expired', _MAIN, 'expired'),
    E(
        'Pending_001',
        S.UNKNOWN,
        'Pending: no information on the carrier website yet',
        _MAIN,
        'pending',
    ),
    E('Pending_002', S.UNKNOWN, 'Pending', _ENUM, 'pending'),
    E('Pending_003', S.UNKNOWN, 'Pending', _ENUM, 'pending'),
    E('Pending_004', S.UNKNOWN, 'Pending', _ENUM, 'pending'),
    E('Pending_005', S.UNKNOWN, 'Pending', _ENUM, 'pending'),
    E('Pending_006', S.UNKNOWN, 'Pending', _ENUM, 'pending'),
)  # fmt: skip
