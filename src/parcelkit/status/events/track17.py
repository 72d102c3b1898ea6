"""17TRACK main statuses and sub-statuses → :class:`Stage`.

Syntax: the status or sub-status as printed (``InTransit``, ``Exception_Returning``).  The
main status ``InfoReceived`` and its only sub-status share one code.  Sub-statuses named
``*_Other`` keep their main status's stage; ``Exception_*`` sub-statuses take the stage
their meaning names.

>>> ROWS[0].code
'NotFound'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = '17track'
NAME: Final = '17TRACK (status, sub-status)'
SYNTAX: Final = 'Status or Status_Reason, e.g. InTransit_PickedUp'
COMPLETE: Final = True
_MAIN: Final = 'https://api.17track.net/en/doc?version=v2.2'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('NotFound', S.UNKNOWN, 'Not found: the query gave no result', _MAIN, 'not_found'),
    E(
        'InfoReceived',
        S.INFO_RECEIVED,
        'Info received: the carrier has the order, awaiting pick-up',
        _MAIN,
    ),
    E('InTransit', S.IN_TRANSIT, 'In transit', _MAIN),
    E(
        'Expired',
        S.UNKNOWN,
        'Expired: in transit for a long time without delivery',
        _MAIN,
        'stalled',
    ),
    E(
        'AvailableForPickup',
        S.READY_FOR_PICKUP,
        'Available for pickup at the delivery point',
        _MAIN,
    ),
    E('OutForDelivery', S.OUT_FOR_DELIVERY, 'Out for delivery', _MAIN),
    E('DeliveryFailure', S.DELIVERY_FAILED, 'Delivery failure', _MAIN),
    E('Delivered', S.DELIVERED, 'Delivered', _MAIN),
    E(
        'Exception',
        S.EXCEPTION,
        'Exception: returned, held by customs, damaged, lost or delayed',
        _MAIN,
    ),
    E('NotFound_Other', S.UNKNOWN, 'The carrier returned no information', _MAIN, 'not_found'),
    E('NotFound_InvalidCode', S.UNKNOWN, 'Invalid tracking number', _MAIN, 'not_found'),
    E('InTransit_PickedUp', S.ACCEPTED, 'Picked up', _MAIN),
    E('InTransit_Other', S.IN_TRANSIT, 'In transit, other', _MAIN),
    E(
        'InTransit_Departure',
        S.EXPORT,
        'Departed the port of the origin country',
        _MAIN,
        None,
        'origin',
    ),
    E(
        'InTransit_Arrival',
        S.IMPORT,
        'Arrived at the port of the destination country',
        _MAIN,
        None,
        'destination',
    ),
    E('InTransit_CustomsProcessing', S.CUSTOMS, 'Customs processing', _MAIN, 'customs_presented'),
    E('InTransit_CustomsReleased', S.CUSTOMS, 'Customs released', _MAIN, 'customs_released'),
    E(
        'InTransit_CustomsRequiringInformation',
        S.CUSTOMS,
        'Customs requiring information',
        _MAIN,
        'customs_held',
    ),
    E('Expired_Other', S.UNKNOWN, 'Expired, other', _MAIN, 'stalled'),
    E('AvailableForPickup_Other', S.READY_FOR_PICKUP, 'Available for pickup, other', _MAIN),
    E('OutForDelivery_Other', S.OUT_FOR_DELIVERY, 'Out for delivery, other', _MAIN),
    E('DeliveryFailure_Other', S.DELIVERY_FAILED, 'Delivery failure, other', _MAIN),
    E(
        'DeliveryFailure_NoBody',
        S.DELIVERY_FAILED,
        'Recipient not found',
        _MAIN,
        'addressee_absent',
    ),
    E('DeliveryFailure_Security', S.DELIVERY_FAILED, 'Security reasons', _MAIN),
    E('DeliveryFailure_Rejected', S.DELIVERY_FAILED, 'Rejected by the recipient', _MAIN, 'refused'),
    E(
        'DeliveryFailure_InvalidAddress',
        S.DELIVERY_FAILED,
        'Invalid address',
        _MAIN,
        'address_incorrect',
    ),
    E('Delivered_Other', S.DELIVERED, 'Delivered, other', _MAIN),
    E('Exception_Other', S.EXCEPTION, 'Exception, other', _MAIN),
    E('Exception_Returning', S.RETURN_TO_SENDER, 'Returning to the sender', _MAIN),
    E('Exception_Returned', S.RETURN_TO_SENDER, 'Returned to the sender', _MAIN),
    E('Exception_NoBody', S.DELIVERY_FAILED, 'Nobody to sign for it', _MAIN, 'addressee_absent'),
    E('Exception_Security', S.EXCEPTION, 'Security reasons', _MAIN),
    E('Exception_Damage', S.EXCEPTION, 'Damaged', _MAIN, 'damaged'),
    E('Exception_Rejected', S.DELIVERY_FAILED, 'Rejected', _MAIN, 'refused'),
    E('Exception_Delayed', S.UNKNOWN, 'Delayed', _MAIN, 'delayed'),
    E('Exception_Lost', S.LOST, 'Lost', _MAIN),
    E('Exception_Destroyed', S.LOST, 'Destroyed', _MAIN, 'destroyed'),
    E('Exception_Cancel', S.CANCELLED, 'Logistics order cancelled', _MAIN),
)  # fmt: skip
