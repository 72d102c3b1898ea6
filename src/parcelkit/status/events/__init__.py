"""Carrier event codes → :class:`Stage`: the structured codes carrier APIs and aggregators return.

One table module per carrier (``parcelkit/status/events/<carrier>.py``), imported on the
first use of its carrier.  Codes are cleaned with the shared rules of
:func:`parcelkit._normalize.clean` (case, white space and dashes do not matter).

>>> normalize_event("russian_post", "8.2").stage
<Stage.AT_DELIVERY_OFFICE: 'at_delivery_office'>
>>> r = normalize_event("aftership", "AttemptFail_002", "Recipient not available")
>>> r.stage.value, r.detail, r.matched
('delivery_failed', 'addressee_absent', 'aftership:AttemptFail_002')
>>> upu_event("emd").wording
'Arrival at inward office of exchange'
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import Final

import attrs

from parcelkit import status as _status
from parcelkit._normalize import clean, require_str
from parcelkit.exceptions import InvalidComponent
from parcelkit.status._stage import Stage
from parcelkit.status.events._row import EventCode

__all__ = [
    "AGREE_CONFIDENCE",
    "CODE_ONLY_CONFIDENCE",
    "DISAGREE_CONFIDENCE",
    "MAX_CODE_CHARS",
    "EventCode",
    "EventTable",
    "event_carriers",
    "lookup",
    "normalize_event",
    "table",
    "tables",
    "upu_event",
]

#: Carrier id → its table module (a module name cannot start with a digit).
_MODULES: Final = {
    "17track": "track17",
    "aftership": "aftership",
    "australia_post": "australia_post",
    "cainiao": "cainiao",
    "canada_post": "canada_post",
    "cdek": "cdek",
    "colissimo": "colissimo",
    "correios": "correios",
    "dhl": "dhl",
    "dhl_paket": "dhl_paket",
    "easypost": "easypost",
    "fedex": "fedex",
    "karrio": "karrio",
    "nova_poshta": "nova_poshta",
    "postnl": "postnl",
    "royal_mail": "royal_mail",
    "russian_post": "russian_post",
    "shippo": "shippo",
    "upu": "upu",
    "ups": "ups",
    "usps": "usps",
}

#: Confidence when only the code is known, or the text names no stage.
CODE_ONLY_CONFIDENCE: Final = 0.9
#: Confidence when code and text name the same stage.
AGREE_CONFIDENCE: Final = 0.98
#: Confidence when code and text name different stages (the code decides).
DISAGREE_CONFIDENCE: Final = 0.85
#: Longest code (in characters, before cleaning) that is looked up; a longer one is unknown.
MAX_CODE_CHARS: Final = 64


@attrs.frozen
class EventTable:
    """One carrier's published event codes."""

    carrier: str
    name: str
    #: The one documented string form of the carrier's codes.
    syntax: str
    #: The rows are the carrier's whole published list (else: the part found published).
    complete: bool
    #: The published list.
    source: str
    rows: tuple[EventCode, ...]
    #: Cleaned code → row.
    index: dict[str, EventCode] = attrs.field(eq=False, repr=False)
    #: Codes are hierarchical (Russian Post ``8.2`` under ``8``, UPS ``I DP`` under ``I``):
    #: an unknown code is read as its part before this separator (``" "``: any white space).
    parent_sep: str | None = None

    def find(self, code: str) -> EventCode | None:
        """The row for *code* (cleaned), else for its parent code, else ``None``."""
        row = self.index.get(_key(code))
        if row is None and self.parent_sep is not None:
            sep = None if self.parent_sep == " " else self.parent_sep
            parts = code.split(sep, 1)
            if len(parts) == 2:
                row = self.index.get(_key(parts[0]))
        return row


def event_carriers() -> tuple[str, ...]:
    """The carrier ids that have event code tables.

    >>> "russian_post" in event_carriers() and "17track" in event_carriers()
    True
    """
    return tuple(sorted(_MODULES))


def _carrier_id(carrier: str) -> str:
    key = require_str(carrier, "carrier")[:32].strip().lower().replace("-", "_")
    if key not in _MODULES:
        raise InvalidComponent(
            f"unknown carrier {carrier[:32]!r}: the carriers with event codes are "
            + ", ".join(event_carriers())
        )
    return key


@functools.cache
def _table(carrier: str) -> EventTable:
    module: ModuleType = importlib.import_module(f"{__name__}.{_MODULES[carrier]}")
    rows: tuple[EventCode, ...] = tuple(module.ROWS)
    return EventTable(
        carrier=module.CARRIER,
        name=module.NAME,
        syntax=module.SYNTAX,
        complete=module.COMPLETE,
        source=module.SOURCE,
        rows=rows,
        index={clean(row.code): row for row in rows},
        parent_sep=getattr(module, "PARENT_SEP", None),
    )


def table(carrier: str) -> EventTable:
    """The event code table of *carrier* (an id of :func:`event_carriers`).

    Raises ``InvalidComponent`` for an unknown carrier.
    """
    return _table(_carrier_id(carrier))


def tables() -> Iterator[EventTable]:
    """Every carrier's table, in the order of :func:`event_carriers`."""
    return (_table(carrier) for carrier in event_carriers())


def _key(code: str) -> str:
    """The cleaned form of *code* (cached), or ``""`` for a code too long to be one."""
    return _cleaned(code) if len(code) <= MAX_CODE_CHARS else ""


@functools.lru_cache(maxsize=65536)
def _cleaned(code: str) -> str:
    return clean(code)


def lookup(carrier: str, code: str) -> EventCode | None:
    """The row of *carrier*'s table for *code*, or ``None`` when the code is not in it.

    >>> lookup("correios", "bde 01").wording
    'Objeto entregue ao destinatário'
    """
    return _table(_carrier_id(carrier)).find(require_str(code))


def upu_event(code: str) -> EventCode | None:
    """The UPU EMSEVT row for *code* (``"EMD"``, ``" emd "``), or ``None``."""
    return _table("upu").index.get(_key(require_str(code)))


def _from_code(carrier: str, row: EventCode) -> _status.StatusResult:
    matched = f"{carrier}:{row.code}"
    if row.stage is Stage.UNKNOWN:
        return _status.StatusResult(Stage.UNKNOWN, 0.0, None, row.detail, row.leg, None, matched)
    return _status.StatusResult(
        row.stage, CODE_ONLY_CONFIDENCE, None, row.detail, row.leg, None, matched
    )


@functools.lru_cache(maxsize=65536)
def _code_only(carrier: str, code: str) -> _status.StatusResult:
    key = _carrier_id(carrier)
    row = _table(key).find(code)
    if row is None:
        return _status.StatusResult(Stage.UNKNOWN, 0.0, None)
    return _from_code(key, row)


def normalize_event(
    carrier: str, code: str, text: str | None = None, *, lang: str | None = None
) -> _status.StatusResult:
    """The stage of one carrier event given as its code and, optionally, its text.

    * Code and text agree: the stage, with a high confidence.
    * Only the code is known (no text, or a text that names no stage): the code's stage.
    * Only the text is known (the code is unknown or empty): ``normalize_status(text)``.
    * They disagree: the code decides; the text may add ``detail`` and ``location``.
    * The code's published meaning is not a stage (an aggregator's "pending", "expired"):
      the text decides; the code's detail is kept when the text names no stage either.
    * Neither is known: ``unknown`` with confidence 0.

    ``matched`` is ``"<carrier>:<code>"`` (the code as the carrier prints it) whenever the
    code is known.  An unknown *carrier* raises ``InvalidComponent`` naming the known ids;
    a non-``str`` argument raises ``TypeError``; nothing else raises.

    >>> normalize_event("usps", "01", "Delivered, In/At Mailbox").confidence
    0.98
    >>> normalize_event("dhl", "OK", "Shipment picked up").stage.value
    'delivered'
    >>> normalize_event("usps", "zz", "Out for Delivery").stage.value
    'out_for_delivery'
    """
    if not isinstance(carrier, str) or not isinstance(code, str):
        require_str(carrier, "carrier")
        require_str(code)
    if len(code) > MAX_CODE_CHARS:  # no code is that long; keep it out of the caches
        code = ""
    if text is None and lang is None and len(carrier) <= MAX_CODE_CHARS:
        return _code_only(carrier, code)
    key = _carrier_id(carrier)
    if text is not None:
        require_str(text, "text")
    if lang is not None:
        require_str(lang, "lang")
    if text is None:
        return _code_only(key, code)
    row = _table(key).find(code)
    said = _status.normalize_status(text, lang)
    if row is None:
        return said
    if row.stage is Stage.UNKNOWN:
        if said.stage is not Stage.UNKNOWN:
            return said
        return attrs.evolve(
            _from_code(key, row), lang=said.lang, detail=row.detail or said.detail,
            location=said.location,
        )  # fmt: skip
    if said.stage is Stage.UNKNOWN:  # the text names no stage: only the code is known
        confidence = CODE_ONLY_CONFIDENCE
    elif said.stage is row.stage:
        confidence = AGREE_CONFIDENCE
    else:
        confidence = DISAGREE_CONFIDENCE
    return _status.StatusResult(
        row.stage,
        confidence,
        said.lang,
        row.detail or said.detail,
        row.leg or said.leg,
        said.location,
        f"{key}:{row.code}",
    )
