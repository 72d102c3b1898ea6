"""PostNL shipment status codes → :class:`Stage`.

Syntax: the status code as printed (``11``).

>>> ROWS[0].code
'1'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'postnl'
NAME: Final = 'PostNL (status code)'
SYNTAX: Final = 'digits, e.g. 11'
COMPLETE: Final = False
_MAIN: Final = 'https://developer.postnl.nl/'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('1', S.INFO_RECEIVED, 'Zending voorgemeld', _MAIN, None, 'origin'),
    E('2', S.ACCEPTED, 'Zending ontvangen', _MAIN, None, 'origin'),
    E('7', S.OUT_FOR_DELIVERY, 'Zending in distributieproces', _MAIN, None, 'destination'),
    E('11', S.DELIVERED, 'Zending afgeleverd', _MAIN, None, 'destination'),
)  # fmt: skip
