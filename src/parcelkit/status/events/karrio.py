"""Karrio's normalised tracker statuses → :class:`Stage`.

Syntax: the status as printed (``ready_for_pickup``).  All 12 ``TrackerStatus`` values.

>>> ROWS[0].code
'pending'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'karrio'
NAME: Final = 'Karrio (tracker status)'
SYNTAX: Final = 'status, e.g. out_for_delivery'
COMPLETE: Final = True
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/core/karrio/server/core/serializers.py'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('pending', S.INFO_RECEIVED, 'pending', _MAIN),
    E('picked_up', S.ACCEPTED, 'picked_up', _MAIN),
    E('unknown', S.UNKNOWN, 'unknown', _MAIN),
    E('on_hold', S.EXCEPTION, 'on_hold', _MAIN, 'held'),
    E('cancelled', S.CANCELLED, 'cancelled', _MAIN),
    E('delivered', S.DELIVERED, 'delivered', _MAIN),
    E('in_transit', S.IN_TRANSIT, 'in_transit', _MAIN),
    E('delivery_delayed', S.UNKNOWN, 'delivery_delayed', _MAIN, 'delayed'),
    E('out_for_delivery', S.OUT_FOR_DELIVERY, 'out_for_delivery', _MAIN),
    E('ready_for_pickup', S.READY_FOR_PICKUP, 'ready_for_pickup', _MAIN),
    E('delivery_failed', S.DELIVERY_FAILED, 'delivery_failed', _MAIN),
    E('return_to_sender', S.RETURN_TO_SENDER, 'return_to_sender', _MAIN),
)  # fmt: skip
