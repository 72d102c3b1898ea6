"""UPU EMSEVT event codes: the events every designated postal operator exchanges.

The complete EMSEVT list (24 codes).  Syntax: the three letters as printed (``EMD``).

>>> ROWS[0].code, ROWS[0].stage.value
('EMA', 'accepted')
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage
from parcelkit.status.events._row import EventCode

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = "upu"
NAME: Final = "UPU EMSEVT"
SYNTAX: Final = "three letters, e.g. EMD"
COMPLETE: Final = True

_PRIME = "https://prime-posts.com/myprime/knowledge-base/faq-en/operations-faqs"
_JP = "https://trackings.post.japanpost.jp/services/srv/search/?locale=en"
SOURCE: Final = _PRIME

_O, _I, _D = "origin", "international", "destination"
S = Stage

ROWS: Final = (
    EventCode("EMA", S.ACCEPTED, "Posting/collection", _JP, leg=_O),
    EventCode("EMB", S.EXPORT, "Arrival at outward office of exchange", _JP, leg=_O),
    EventCode("EMC", S.EXPORT, "Departure from outward office of exchange", _PRIME, leg=_O),
    EventCode("EXA", S.EXPORT, "Item presented to export customs/security", _JP,
              "export_customs", _O),
    EventCode("EXB", S.EXPORT, "Item held by export customs/security", _JP,
              "export_customs_held", _O),
    EventCode("EXC", S.EXPORT, "Item returned from export customs/security", _JP,
              "export_customs_released", _O),
    EventCode("EXD", S.EXPORT, "Item held at outward office of exchange", _JP, "held", _O),
    EventCode("EXX", S.CANCELLED, "Export cancellation", _JP, leg=_O),
    EventCode("EMJ", S.INTERNATIONAL_TRANSIT, "Arrival at transit office of exchange",
              _PRIME, leg=_I),
    EventCode("EMK", S.INTERNATIONAL_TRANSIT, "Departure from transit office of exchange",
              _PRIME, leg=_I),
    EventCode("EMD", S.IMPORT, "Arrival at inward office of exchange", _PRIME, leg=_D),
    EventCode("EDA", S.IMPORT, "Held at inward office of exchange", _JP, "held", _D),
    EventCode("EDB", S.CUSTOMS, "Item presented to import customs", _PRIME,
              "customs_presented", _D),
    EventCode("EME", S.CUSTOMS, "Held by customs", _PRIME, "customs_held", _D),
    EventCode("EDC", S.CUSTOMS, "Item returned from customs", _PRIME, "customs_released", _D),
    EventCode("EMF", S.IN_TRANSIT, "Departure from inward office of exchange", _PRIME, leg=_D),
    EventCode("EDD", S.IN_TRANSIT, "Item into sorting centre", _JP, "sorting", _D),
    EventCode("EDE", S.IN_TRANSIT, "Item out of sorting centre", _JP, "sorting", _D),
    EventCode("EMG", S.AT_DELIVERY_OFFICE, "Arrival at delivery office", _JP, leg=_D),
    EventCode("EDF", S.AT_DELIVERY_OFFICE, "Item held at delivery depot/delivery office",
              _JP, "held", _D),
    EventCode("EDG", S.OUT_FOR_DELIVERY, "Item out for physical delivery", _JP, leg=_D),
    EventCode("EDH", S.READY_FOR_PICKUP, "Item arrived at collection point for pick-up",
              _JP, leg=_D),
    EventCode("EMH", S.DELIVERY_FAILED, "Unsuccessful (physical) delivery", _PRIME, leg=_D),
    EventCode("EMI", S.DELIVERED, "Final delivery", _PRIME, leg=_D),
)  # fmt: skip
