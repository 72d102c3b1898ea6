"""Stall and timing heuristics: from a tracking history, what is normal, what is stalled,
what to do and when.  Every threshold is a quoted seed sentence in :mod:`.norms`.

The library never reads the clock: ``now`` is always passed in.

>>> from datetime import datetime, timezone
>>> from parcelkit import Event, assess
>>> utc = timezone.utc
>>> history = [
...     Event(datetime(2026, 3, 2, tzinfo=utc), "accepted"),
...     Event(datetime(2026, 3, 10, tzinfo=utc), "export"),
... ]
>>> a = assess(history, now=datetime(2026, 4, 19, tzinfo=utc))   # 40 days in export
>>> a.stage, sorted(a.flags), a.advice
(<Stage.EXPORT: 'export'>, [], (<Advice.WAIT: 'wait'>,))
>>> a.act_after.date()
datetime.date(2026, 4, 29)
>>> a = assess(history, now=datetime(2026, 5, 15, tzinfo=utc))   # 66 days: ask for a search
>>> sorted(a.flags), a.advice
([<Flag.STALLED: 'stalled'>], (<Advice.CONTACT_POST: 'contact_post'>,))
"""

from __future__ import annotations

from parcelkit.timing._assess import assess
from parcelkit.timing._model import METHODS, Advice, Assessment, Event, Flag

__all__ = ["METHODS", "Advice", "Assessment", "Event", "Flag", "assess"]
