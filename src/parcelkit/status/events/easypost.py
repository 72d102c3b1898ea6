"""EasyPost tracker statuses → :class:`Stage`.

Syntax: the status as printed (``out_for_delivery``).

>>> ROWS[0].code
'unknown'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'easypost'
NAME: Final = 'EasyPost (tracker status)'
SYNTAX: Final = 'status, e.g. out_for_delivery'
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
)  # fmt: skip
