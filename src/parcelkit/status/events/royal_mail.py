"""Royal Mail tracking event codes → :class:`Stage`.

Syntax: the event code as printed (``EVNMI``).

>>> ROWS[0].code
'EVNMI'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'royal_mail'
NAME: Final = 'Royal Mail (event code)'
SYNTAX: Final = 'five letters, e.g. EVNMI'
COMPLETE: Final = False
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/7c76cfd3c5392f48b8674b37f24abfcaf200549a/modules/connectors/royalmail/schemas/tracking.json'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('EVNMI', S.IN_TRANSIT, 'Forwarded - Mis-sort', _MAIN, 'missent'),
)  # fmt: skip
