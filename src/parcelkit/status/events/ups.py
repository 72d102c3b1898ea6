"""UPS tracking activity status types → :class:`Stage`.

The twelve activity status types of the UPS Tracking API.  Syntax: the status type as
printed (``D``, ``I``, ``X``, ``MV``).  UPS publishes no list of the status codes within a
type, so they are not rows.  A status code after the type is ignored (``I DP`` → ``I``).

>>> ROWS[0].code
'M'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "PARENT_SEP", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'ups'
NAME: Final = 'UPS (activity status type)'
SYNTAX: Final = 'status type, optionally followed by the status code, e.g. D, I DP'
COMPLETE: Final = True
_MAIN: Final = 'https://developer.ups.com/tag/Tracking'
SOURCE: Final = _MAIN
#: An unknown code is read as its part before this separator.
PARENT_SEP: Final = ' '

ROWS: Final = (
    E('M', S.INFO_RECEIVED, 'Billing Information Received', _MAIN, None, 'origin'),
    E('MV', S.CANCELLED, 'Billing Information Voided', _MAIN),
    E('P', S.ACCEPTED, 'Pickup', _MAIN, None, 'origin'),
    E('I', S.IN_TRANSIT, 'In Transit', _MAIN),
    E('DO', S.IN_TRANSIT, 'Delivered Origin CFS (Freight Only)', _MAIN, None, 'origin'),
    E('DD', S.IN_TRANSIT, 'Delivered Destination CFS (Freight Only)', _MAIN, None, 'destination'),
    E('W', S.IN_TRANSIT, 'Warehousing (Freight Only)', _MAIN, 'held'),
    E('O', S.OUT_FOR_DELIVERY, 'Out for Delivery', _MAIN, None, 'destination'),
    E('D', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('X', S.EXCEPTION, 'Exception', _MAIN),
    E('RS', S.RETURN_TO_SENDER, 'Returned to Shipper', _MAIN),
    E('NA', S.UNKNOWN, 'Not Available', _MAIN),
)  # fmt: skip
