"""EasyPost tracker statuses and status details → :class:`Stage`.

All ten tracker statuses and the status details.  Syntax: the status or status detail as
printed (``out_for_delivery``, ``arrived_at_facility``); the details ``cancelled``,
``failure``, ``in_transit``, ``out_for_delivery`` and ``unknown`` share their status's row.

>>> ROWS[0].code
'unknown'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'easypost'
NAME: Final = 'EasyPost (status, status detail)'
SYNTAX: Final = 'status or status_detail, e.g. out_for_delivery'
COMPLETE: Final = True
_MAIN: Final = 'https://docs.easypost.com/docs/trackers'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('unknown', S.UNKNOWN, 'unknown', _MAIN),
    E('pre_transit', S.INFO_RECEIVED, 'pre_transit', _MAIN),
    E('in_transit', S.IN_TRANSIT, 'in_transit', _MAIN),
    E('out_for_delivery', S.OUT_FOR_DELIVERY, 'out_for_delivery', _MAIN),
    E('delivered', S.DELIVERED, 'delivered', _MAIN),
    E('available_for_pickup', S.READY_FOR_PICKUP, 'available_for_pickup', _MAIN),
    E('return_to_sender', S.RETURN_TO_SENDER, 'return_to_sender', _MAIN),
    E('failure', S.DELIVERY_FAILED, 'failure', _MAIN),
    E('cancelled', S.CANCELLED, 'cancelled', _MAIN),
    E('error', S.UNKNOWN, 'error', _MAIN, 'system'),
    E('address_correction', S.IN_TRANSIT, 'address_correction', _MAIN, 'redirected'),
    E('arrived_at_destination', S.IN_TRANSIT, 'arrived_at_destination', _MAIN, None, 'destination'),
    E('arrived_at_facility', S.IN_TRANSIT, 'arrived_at_facility', _MAIN),
    E(
        'arrived_at_pickup_location',
        S.READY_FOR_PICKUP,
        'arrived_at_pickup_location',
        _MAIN,
        None,
        'destination',
    ),
    E('awaiting_information', S.EXCEPTION, 'awaiting_information', _MAIN),
    E('damaged', S.EXCEPTION, 'damaged', _MAIN, 'damaged'),
    E('delayed', S.UNKNOWN, 'delayed', _MAIN, 'delayed'),
    E('delivery_exception', S.DELIVERY_FAILED, 'delivery_exception', _MAIN, None, 'destination'),
    E('departed_facility', S.IN_TRANSIT, 'departed_facility', _MAIN),
    E('departed_origin_facility', S.IN_TRANSIT, 'departed_origin_facility', _MAIN, None, 'origin'),
    E('expired', S.UNKNOWN, 'expired', _MAIN, 'expired'),
    E('held', S.EXCEPTION, 'held', _MAIN, 'held'),
    E('label_created', S.INFO_RECEIVED, 'label_created', _MAIN, None, 'origin'),
    E('lost', S.LOST, 'lost', _MAIN),
    E('missorted', S.EXCEPTION, 'missorted', _MAIN, 'missent'),
    E(
        'received_at_destination_facility',
        S.IN_TRANSIT,
        'received_at_destination_facility',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'received_at_origin_facility',
        S.ACCEPTED,
        'received_at_origin_facility',
        _MAIN,
        None,
        'origin',
    ),
    E('refused', S.DELIVERY_FAILED, 'refused', _MAIN, 'refused'),
    E('return', S.RETURN_TO_SENDER, 'return', _MAIN),
    E('status_update', S.UNKNOWN, 'status_update', _MAIN),
    E(
        'transferred_to_destination_carrier',
        S.IN_TRANSIT,
        'transferred_to_destination_carrier',
        _MAIN,
        None,
        'destination',
    ),
    E('transit_exception', S.EXCEPTION, 'transit_exception', _MAIN),
    E('weather_delay', S.UNKNOWN, 'weather_delay', _MAIN, 'delayed'),
)  # fmt: skip
