"""Australia Post tracking statuses → :class:`Stage`.

Syntax: the status as printed (``Awaiting collection``).

>>> ROWS[0].code
'In transit'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'australia_post'
NAME: Final = 'Australia Post (status)'
SYNTAX: Final = 'status words, e.g. Awaiting collection'
COMPLETE: Final = False
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/australiapost/karrio/providers/australiapost/units.py'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('In transit', S.IN_TRANSIT, 'In transit', _MAIN),
    E('Held by courier', S.EXCEPTION, 'Held by courier', _MAIN, 'held'),
    E('Possible delay', S.UNKNOWN, 'Possible delay', _MAIN, 'delayed'),
    E(
        'On Board for Delivery',
        S.OUT_FOR_DELIVERY,
        'On Board for Delivery',
        _MAIN,
        None,
        'destination',
    ),
    E('Awaiting collection', S.READY_FOR_PICKUP, 'Awaiting collection', _MAIN, None, 'destination'),
    E('Ready for Pickup', S.READY_FOR_PICKUP, 'Ready for Pickup', _MAIN, None, 'destination'),
    E('Delivered', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('Delivered in Full', S.DELIVERED, 'Delivered in Full', _MAIN, None, 'destination'),
    E('Unsuccessful Delivery', S.DELIVERY_FAILED, 'Unsuccessful Delivery', _MAIN),
    E('Cannot be delivered', S.DELIVERY_FAILED, 'Cannot be delivered', _MAIN),
    E('To be Re-Delivered', S.DELIVERY_FAILED, 'To be Re-Delivered', _MAIN),
    E('Article damaged', S.EXCEPTION, 'Article damaged', _MAIN, 'damaged'),
    E('Cancelled', S.CANCELLED, 'Cancelled', _MAIN),
)  # fmt: skip
