"""UPU EMSEVT event codes and what each one means as a :class:`Stage`.

Trackers sometimes show the bare event code of the UPU EMSEVT message (``EMD``) instead of
its description.  One row per code: the code, the stage, an optional detail and leg, the
UPU description, and the source.

>>> EVENTS["EMD"].stage
<Stage.IMPORT: 'import'>
"""

from __future__ import annotations

from typing import Final

import attrs

from parcelkit.status._stage import Stage

__all__ = ["EVENTS", "Event"]

_PRIME = "https://prime-posts.com/myprime/knowledge-base/faq-en/operations-faqs"
_JP = "https://trackings.post.japanpost.jp/services/srv/search/?locale=en"


@attrs.frozen
class Event:
    """One EMSEVT event code."""

    code: str
    stage: Stage
    description: str
    source: str
    detail: str | None = None
    leg: str | None = None


_ROWS: Final = (
    Event("EMA", Stage.ACCEPTED, "Posting/collection", _JP, leg="origin"),
    Event("EMB", Stage.EXPORT, "Arrival at outward office of exchange", _JP, leg="origin"),
    Event("EMC", Stage.EXPORT, "Departure from outward office of exchange", _PRIME,
          leg="origin"),
    Event("EXA", Stage.EXPORT, "Item presented to export customs/security", _JP,
          detail="export_customs", leg="origin"),
    Event("EXB", Stage.EXPORT, "Item held by export customs/security", _JP,
          detail="export_customs_held", leg="origin"),
    Event("EXC", Stage.EXPORT, "Item returned from export customs/security", _JP,
          detail="export_customs_released", leg="origin"),
    Event("EXD", Stage.EXPORT, "Item held at outward office of exchange", _JP,
          detail="held", leg="origin"),
    Event("EXX", Stage.CANCELLED, "Export cancellation", _JP, leg="origin"),
    Event("EMJ", Stage.INTERNATIONAL_TRANSIT, "Arrival at transit office of exchange",
          _PRIME, leg="international"),
    Event("EMK", Stage.INTERNATIONAL_TRANSIT, "Departure from transit office of exchange",
          _PRIME, leg="international"),
    Event("EMD", Stage.IMPORT, "Arrival at inward office of exchange", _PRIME,
          leg="destination"),
    Event("EDA", Stage.IMPORT, "Held at inward office of exchange", _JP, detail="held",
          leg="destination"),
    Event("EDB", Stage.CUSTOMS, "Item presented to import customs", _PRIME,
          detail="customs_presented", leg="destination"),
    Event("EME", Stage.CUSTOMS, "Held by customs", _PRIME, detail="customs_held",
          leg="destination"),
    Event("EDC", Stage.CUSTOMS, "Item returned from customs", _PRIME,
          detail="customs_released", leg="destination"),
    Event("EMF", Stage.IN_TRANSIT, "Departure from inward office of exchange", _PRIME,
          leg="destination"),
    Event("EDD", Stage.IN_TRANSIT, "Item into sorting centre", _JP, detail="sorting",
          leg="destination"),
    Event("EDE", Stage.IN_TRANSIT, "Item out of sorting centre", _JP, detail="sorting",
          leg="destination"),
    Event("EMG", Stage.AT_DELIVERY_OFFICE, "Arrival at delivery office", _JP,
          leg="destination"),
    Event("EDF", Stage.AT_DELIVERY_OFFICE, "Item held at delivery depot/delivery office",
          _JP, detail="held", leg="destination"),
    Event("EDG", Stage.OUT_FOR_DELIVERY, "Item out for physical delivery", _JP,
          leg="destination"),
    Event("EDH", Stage.READY_FOR_PICKUP, "Item arrived at collection point for pick-up",
          _JP, leg="destination"),
    Event("EMH", Stage.DELIVERY_FAILED, "Unsuccessful (physical) delivery", _PRIME,
          leg="destination"),
    Event("EMI", Stage.DELIVERED, "Final delivery", _PRIME, leg="destination"),
)  # fmt: skip

#: Event code → row.
EVENTS: Final = {row.code: row for row in _ROWS}
