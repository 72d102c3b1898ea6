"""DHL Paket (Germany) tracking status and event codes → :class:`Stage`.

Syntax: the status or event code as printed (``delivered``, ``DLVRD``).

>>> ROWS[0].code
'pre-transit'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'dhl_paket'
NAME: Final = 'DHL Paket (status / event code)'
SYNTAX: Final = 'status or five-letter event code, e.g. transit, DLVRD'
COMPLETE: Final = False
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/dhl_parcel_de/karrio/providers/dhl_parcel_de/units.py'
_API: Final = 'https://developer.dhl.com/api-reference/shipment-tracking'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('pre-transit', S.INFO_RECEIVED, 'pre-transit', _API, None, 'origin'),
    E('transit', S.IN_TRANSIT, 'transit', _API),
    E('delivered', S.DELIVERED, 'delivered', _API, None, 'destination'),
    E('failure', S.DELIVERY_FAILED, 'failure', _API),
    E('unknown', S.UNKNOWN, 'unknown', _API),
    E('PCKDU', S.ACCEPTED, 'PCKDU', _MAIN, None, 'origin'),
    E('SRTED', S.IN_TRANSIT, 'SRTED', _MAIN, 'sorting'),
    E('ULFMV', S.IN_TRANSIT, 'ULFMV', _MAIN),
    E('LDTMV', S.IN_TRANSIT, 'LDTMV', _MAIN),
    E('DLVRD', S.DELIVERED, 'DLVRD', _MAIN, None, 'destination'),
    E('NDELV', S.DELIVERY_FAILED, 'NDELV', _MAIN),
)  # fmt: skip
