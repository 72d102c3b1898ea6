"""parcelkit: everything a parcel tracker needs to know about a tracking code and its
statuses, offline.

>>> import parcelkit
>>> parcelkit.s10.is_valid("RK 190 321 410 CN")
True
"""

from __future__ import annotations

from parcelkit import s10
from parcelkit.carriers import (
    Candidate,
    Classification,
    FakeService,
    Found,
    classify,
    classify_many,
    find,
)
from parcelkit.carriers import Warning as Warning  # not in __all__: would shadow the builtin
from parcelkit.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from parcelkit.status import Stage, StatusResult, normalize_status
from parcelkit.timing import Advice, Assessment, Event, Flag, assess

__version__ = "0.1.0"

__all__ = [
    "Advice",
    "Assessment",
    "Candidate",
    "Classification",
    "Event",
    "FakeService",
    "Flag",
    "Found",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "Stage",
    "StatusResult",
    "ValidationError",
    "__version__",
    "assess",
    "classify",
    "classify_many",
    "find",
    "normalize_status",
    "s10",
]
