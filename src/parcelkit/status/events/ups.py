"""UPS tracking activity status types → :class:`Stage`.

Syntax: the activity status type as printed (``D``, ``I``, ``X``); status codes within a
type are not published as a list.

>>> ROWS[0].code
'M'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'ups'
NAME: Final = 'UPS (activity status type)'
SYNTAX: Final = 'status type, e.g. D, I, X, M'
COMPLETE: Final = False
_MAIN: Final = 'https://developer.ups.com/tag/Tracking'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('M', S.INFO_RECEIVED, 'Manifest Pickup (billing information received)', _MAIN),
    E('MV', S.CANCELLED, 'Billing Information Voided', _MAIN),
    E('P', S.ACCEPTED, 'Pickup', _MAIN),
    E('I', S.IN_TRANSIT, 'In Transit', _MAIN),
    E('O', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN),
    E('D', S.DELIVERED, 'Delivered', _MAIN),
    E('X', S.EXCEPTION, 'Exception', _MAIN),
    E('RS', S.RETURN_TO_SENDER, 'Returned to Shipper', _MAIN),
    E('NA', S.UNKNOWN, 'Not Available', _MAIN),
)  # fmt: skip
