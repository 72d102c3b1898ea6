"""parcelkit: everything a parcel tracker needs to know about a tracking code and its
statuses, offline.

>>> import parcelkit
>>> parcelkit.s10.is_valid("RK 190 321 410 CN")
True
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from parcelkit.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    InvalidValue,
    ValidationError,
)

if TYPE_CHECKING:
    from parcelkit import s10
    from parcelkit._history import parse_history
    from parcelkit._suggest import Suggestion, suggest
    from parcelkit.carriers import (
        Candidate,
        Classification,
        FakeService,
        Found,
        classify,
        classify_many,
        find,
        finditer,
    )
    from parcelkit.carriers import (
        Warning as Warning,
    )
    from parcelkit.carriers._info import CarrierInfo, carrier_info
    from parcelkit.i18n import LANGUAGES, country_name
    from parcelkit.status import Stage, StatusResult, normalize_status
    from parcelkit.status.events import event_carriers, normalize_event
    from parcelkit.timing import Advice, Assessment, Event, Flag, assess

# Public name -> (module, attribute); attribute None means the module itself.  The parts are
# imported on first use (PEP 562), so `import parcelkit` costs about a millisecond and a
# program that only validates S10 codes never loads the classifier or the status tables.
_LAZY: dict[str, tuple[str, str | None]] = {
    "s10": ("parcelkit.s10", None),
    "Candidate": ("parcelkit.carriers", "Candidate"),
    "Classification": ("parcelkit.carriers", "Classification"),
    "FakeService": ("parcelkit.carriers", "FakeService"),
    "Found": ("parcelkit.carriers", "Found"),
    # reachable as parcelkit.Warning, but not in __all__: a star-import would shadow the builtin
    "Warning": ("parcelkit.carriers", "Warning"),
    "classify": ("parcelkit.carriers", "classify"),
    "classify_many": ("parcelkit.carriers", "classify_many"),
    "find": ("parcelkit.carriers", "find"),
    "CarrierInfo": ("parcelkit.carriers._info", "CarrierInfo"),
    "carrier_info": ("parcelkit.carriers._info", "carrier_info"),
    "LANGUAGES": ("parcelkit.i18n", "LANGUAGES"),
    "country_name": ("parcelkit.i18n", "country_name"),
    "finditer": ("parcelkit.carriers", "finditer"),
    "Stage": ("parcelkit.status", "Stage"),
    "StatusResult": ("parcelkit.status", "StatusResult"),
    "normalize_status": ("parcelkit.status", "normalize_status"),
    "event_carriers": ("parcelkit.status.events", "event_carriers"),
    "normalize_event": ("parcelkit.status.events", "normalize_event"),
    "Advice": ("parcelkit.timing", "Advice"),
    "Assessment": ("parcelkit.timing", "Assessment"),
    "Event": ("parcelkit.timing", "Event"),
    "Flag": ("parcelkit.timing", "Flag"),
    "assess": ("parcelkit.timing", "assess"),
    "Suggestion": ("parcelkit._suggest", "Suggestion"),
    "suggest": ("parcelkit._suggest", "suggest"),
    "parse_history": ("parcelkit._history", "parse_history"),
}


def __getattr__(name: str) -> object:
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'parcelkit' has no attribute {name!r}") from None
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__version__ = "0.1.0"

__all__ = [
    "LANGUAGES",
    "Advice",
    "Assessment",
    "Candidate",
    "CarrierInfo",
    "Classification",
    "Event",
    "FakeService",
    "Flag",
    "Found",
    "InvalidChecksum",
    "InvalidComponent",
    "InvalidFormat",
    "InvalidLength",
    "InvalidValue",
    "Stage",
    "StatusResult",
    "Suggestion",
    "ValidationError",
    "__version__",
    "assess",
    "carrier_info",
    "classify",
    "classify_many",
    "country_name",
    "event_carriers",
    "find",
    "finditer",
    "normalize_event",
    "normalize_status",
    "parse_history",
    "s10",
    "suggest",
]
