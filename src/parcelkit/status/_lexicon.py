"""The rows a language module is made of: TERM rows (one word → one concept) and IDIOM
rows (a phrase that does not compose → a stage), and the closed concept vocabulary.

Adding a language = adding one module ``parcelkit/status/lexicon/<lang>.py`` (``lang`` is
ISO 639-1) that defines exactly four names, nothing else to register::

    LANG = "de"
    SCRIPT = "Latn"            # ISO 15924 code of the letters its rows use
    TERMS = (
        T("zugestellt", Action.DELIVER, source="https://www.dhl.de/…",
          examples=("Die Sendung wurde zugestellt.",)),
        T("nicht$", Modality.NOT, source="https://www.dhl.de/…",
          examples=("Die Sendung wurde nicht zugestellt",)),
    )
    IDIOMS = (
        I("ablageort", Stage.DELIVERED, detail=None, leg="destination",
          source="https://www.dhl.de/…", examples=("Zustellung am Ablageort",)),
    )

TERMS compose: the words of one clause are read as a frame (action, place, direction,
modality) and :mod:`parcelkit.status._compose` maps the frame to a stage, so "hold at
location" is *hold* + *facility* and "pays du destinataire" is *country* + *destination*
without a row for either phrase.  Write a TERM for every word that means one concept
(verbs in each of their stems, place nouns, "destination", "not", "awaiting"); write an
IDIOM only for wording whose meaning is not the sum of its words (carrier jargon such as
"Zustellung am Ablageort", CJK set phrases such as 妥投, marketplace states).  Rows carry
no priority: when one text states two events, the declared stage precedence decides
(:mod:`parcelkit.status._precedence`); when two readings cover the same words, the reading
that explains more of the text wins.

Pattern language (the same for both row types)
----------------------------------------------
Patterns are natural lower-case words.  Text and pattern are folded alike (casefold,
diacritics and other combining marks stripped, ``ё`` → ``е``, traditional Chinese →
simplified, HTML removed, digits and punctuation are separators).

* A pattern is a sequence of space-separated *stems*; a stem matches a text token that
  starts with it (``entreg`` matches ``entregue`` and ``entregado``).
* A stem written with a trailing ``$`` must match a whole token (``em$``).
* Stems occur in the pattern's order with at most 3 other tokens between two of them
  (stems of 3+ letters are also accepted close together in another order, counted as two
  typos).
* zh, ja, ko and th are matched as substrings: each space-separated piece must occur in
  the text, in order (Korean compounds are written with or without spaces; Thai has no
  spaces between words).
* Long stems tolerate typos (1 edit from 6 letters, 2 from 10), but only when no row of
  any candidate language matches the text exactly.
* Latin-script texts are also read as transliterated Russian when no Latin-script language
  reads them exactly.

Fields
------
``source`` (required) is the specific page, fixture or seed file the wording comes from;
``examples`` are raw strings the row must match, and a test checks that each one
normalises to the row's stage (an IDIOM) or is read with the row's concept (a TERM).
``detail`` is from :data:`DETAILS`, ``leg`` from :data:`LEGS`.

>>> row = T("zugestellt", Action.DELIVER, source="https://www.dhl.de/",
...         examples=("Die Sendung wurde zugestellt.",))
>>> row.concept
<Action.DELIVER: 'deliver'>
"""

from __future__ import annotations

from typing import Final

import attrs

from parcelkit._enum import ValueEnum
from parcelkit.status._stage import Stage

__all__ = [
    "DETAILS",
    "LEGS",
    "SCRIPTS",
    "Action",
    "Concept",
    "Direction",
    "I",
    "Idiom",
    "Modality",
    "Place",
    "T",
    "Term",
]


class Action(ValueEnum):
    """What happened to the item (the verb of a status)."""

    REGISTER = "register"  # label created, pre-advised, electronic data received
    ACCEPT = "accept"  # accepted at the counter, posted, dropped off
    PICK_UP = "pick_up"  # collected: from the sender (accepted) or by the addressee
    ARRIVE = "arrive"
    DEPART = "depart"
    MOVE = "move"  # in transit, on its way, forwarded
    SORT = "sort"  # processed, sorted, scanned at a facility
    HAND_OVER = "hand_over"  # handed over to another carrier or party
    EXPORT = "export"
    IMPORT = "import"
    PRESENT_CUSTOMS = "present_customs"
    HOLD = "hold"
    RELEASE = "release"  # released, cleared
    OUT_FOR_DELIVERY = "out_for_delivery"
    ATTEMPT = "attempt"
    NOTICE = "notice"  # a notice or card was left
    AVAILABLE = "available"  # ready, available for pickup
    DELIVER = "deliver"
    REFUSE = "refuse"
    RETURN = "return"
    LOSE = "lose"
    CANCEL = "cancel"
    REFUND = "refund"
    DAMAGE = "damage"
    DELAY = "delay"
    PAY_DUTY = "pay_duty"


class Place(ValueEnum):
    """Where, or with whom, it happened."""

    EXCHANGE_OFFICE = "exchange_office"  # office of exchange, MMPO
    AIRPORT = "airport"  # airport, airline, flight
    CUSTOMS = "customs"
    SORTING_CENTRE = "sorting_centre"
    DELIVERY_OFFICE = "delivery_office"
    PICKUP_POINT = "pickup_point"
    LOCKER = "locker"
    COURIER = "courier"
    SENDER = "sender"
    ADDRESSEE = "addressee"
    FACILITY = "facility"  # any depot, hub, terminal, location
    COUNTRY = "country"


class Direction(ValueEnum):
    """Which end of an international journey a place belongs to."""

    ORIGIN = "origin"
    DESTINATION = "destination"
    TRANSIT = "transit"
    INTERNATIONAL = "international"  # "international", "abroad": between countries
    OUTWARD = "outward"  # "export", "outward": leaving the origin country
    INWARD = "inward"  # "import", "inward": entering the destination country


class Modality(ValueEnum):
    """How the action is stated: negated, failed, awaited, announced or pending."""

    NOT = "not"  # "nicht zugestellt": it did not happen
    FAILED = "failed"  # "could not", "unable to", "failed"
    AWAITING = "awaiting"  # "awaiting", "waiting for": it has not happened yet
    FUTURE = "future"  # "will be", "expected", "scheduled"
    PENDING = "pending"  # "not yet", "pending"


#: Any of the four concept kinds a TERM row can name.
Concept = Action | Place | Direction | Modality


#: The values a row's ``leg`` may take besides ``None``.
LEGS = frozenset({"origin", "international", "destination"})

#: The ISO 15924 codes a module's ``SCRIPT`` may take (``Hani`` for Chinese and Japanese
#: kanji, whose statuses share characters; Japanese kana are allowed next to it).
SCRIPTS = frozenset({"Latn", "Cyrl", "Hani", "Jpan", "Hang", "Arab", "Hebr", "Grek", "Thai"})

#: The documented vocabulary of a row's ``detail``, with what each value means.
DETAILS: dict[str, str] = {
    "seller_declared": "a seller or marketplace says it shipped; no carrier event yet",
    "awaiting_clarification": "the marketplace holds the order until the buyer answers",
    "order_frozen": "the marketplace froze the order (dispute, payment check)",
    "unfulfillable": "the seller cannot ship the order",
    "dispute": "a buyer dispute is open",
    "export_customs": "export customs or security check in the origin country",
    "export_customs_held": "held by export customs",
    "export_customs_released": "released by export customs",
    "customs_presented": "handed to import customs",
    "customs_held": "held or delayed by customs (documents, inspection)",
    "customs_inspection": "customs are inspecting the item",
    "customs_released": "released by customs / clearance complete",
    "duty_due": "duties, taxes or fees must be paid before delivery",
    "sorting": "at or leaving a sorting centre",
    "redirected": "forwarded or rerouted to another address or office",
    "held": "held at a facility or office",
    "locker": "in a parcel locker",
    "notice_left": "a notice or card was left; collect at the office",
    "storage_expiring": "the storage period at the office ends soon",
    "storage_expired": "the storage period ended without the item being collected",
    "addressee_absent": "nobody was there to receive the item",
    "address_incorrect": "the address is wrong, incomplete or unknown",
    "refused": "the addressee refused the item",
    "damaged": "the item or its packing is damaged",
    "opened": "the item was opened for inspection",
    "missent": "sent to the wrong office or country",
    "prohibited": "the contents may not be sent",
    "unclaimed": "not collected and moved to storage for unclaimed mail",
    "destroyed": "destroyed or disposed of",
    "delayed": "a delay notice, not a stage",
    "rescheduled": "the delivery date was moved, not a stage",
    "stalled": "no new events for a long time, not a stage",
    "expired": "the tracking record expired, not a stage",
    "not_found": "the tracking number is not (yet) known, not a stage",
    "pending": "a status the carrier has not resolved yet, not a stage",
    "system": "a tracking-system error message, not a stage",
}

#: Sources that many language modules cite (the seeds, and 17track's terminology page).
SEED_000: Final = "seed 000_7adf0db5e1e7dddf.txt"
SEED_001: Final = "seed 001_476d9909002067ca.txt"
SEED_002: Final = "seed 002_efec964e4a635d95.txt"
SEED_003: Final = "seed 003_4a413a98dd5268d7.txt"
TERMS_17TRACK: Final = "https://help.17track.net/hc/en-us/articles/235987288--Terminology-Shipping-information-description-and-explanations"


@attrs.frozen
class Term:
    """One word (or fixed word group) of one language and the single concept it names."""

    pattern: str
    concept: Concept
    source: str
    examples: tuple[str, ...] = ()


@attrs.frozen
class Idiom:
    """A phrase whose meaning does not compose from its words, and the stage it names."""

    pattern: str
    stage: Stage
    detail: str | None = None
    leg: str | None = None
    source: str = ""
    examples: tuple[str, ...] = ()


#: Either row type: both are matched by the same engine.
Row = Term | Idiom


def T(pattern: str, concept: Concept, *, source: str, examples: tuple[str, ...] = ()) -> Term:
    """Build a :class:`Term` row; ``source`` is required."""
    return Term(pattern=pattern, concept=concept, source=source, examples=tuple(examples))


def I(  # noqa: E743 - the row builder is named like its row type, as T is
    pattern: str,
    stage: Stage,
    *,
    detail: str | None = None,
    leg: str | None = None,
    source: str,
    examples: tuple[str, ...] = (),
) -> Idiom:
    """Build an :class:`Idiom` row; ``source`` is required."""
    return Idiom(
        pattern=pattern, stage=stage, detail=detail, leg=leg, source=source,
        examples=tuple(examples),
    )  # fmt: skip
