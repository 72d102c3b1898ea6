"""The phrase row: one carrier wording that names a stage, with its source and examples.

Every language module ``parcelkit/status/phrases/<lang>.py`` (``lang`` is ISO 639-1)
defines ``LANG: str`` and ``PHRASES: tuple[Phrase, ...]`` built with :func:`P`::

    P("zugestellt", Stage.DELIVERED, source="https://…",
      examples=("Die Sendung wurde erfolgreich zugestellt.",))

Pattern language
----------------
Patterns are written in natural lower-case words.  The matcher folds the pattern and the
text the same way: casefold, diacritics and other combining marks stripped, ``ё`` → ``е``,
HTML tags and entities removed, digits and punctuation treated as separators.

* A pattern is a sequence of space-separated *stems*.  A stem matches a text token that
  starts with it, so ``entreg`` matches ``entregue`` and ``entregado``.
* A stem written with a trailing ``$`` must match a whole token (``em$``).
* Stems must occur in the pattern's order, with at most 3 other tokens between two
  consecutive stems.  (When every stem has 3+ letters the matcher also accepts them close
  together in another order — "address is incomplete" for ``incomplete address`` — at
  the cost of two edits, so a match in the written order ranks higher.)
* For languages written without spaces (zh, ja) each space-separated piece of the pattern
  is a substring that must occur in the text, in order.
* Long stems tolerate typos; the matcher decides how many (1 edit for stems of 6 or more
  letters, 2 for 10 or more).
* The best match is the one covering the most pattern characters; ``priority`` breaks
  ties, and a large ``priority`` forces precedence (a stated return beats "refused").
  Precisely: a row scores the characters of its stems (each CJK/Hangul character counts
  twice) plus ``priority``, minus 2 per corrected typo; a negative ``priority`` marks a
  generic word (``facility``, ``processing``) that any more specific row should beat.
* Korean is matched like zh and ja (substrings), because carriers write its compounds
  with or without spaces.
* Whatever the scores, a return stated anywhere in the text beats a failed delivery, a
  pickup notice, an exception or a time notice found in the same text.

Fields
------
``detail`` is a finer sub-status from a documented vocabulary (``customs_held``,
``duty_due``, ``notice_left``, ``address_incorrect``, ``addressee_absent``,
``seller_declared``, …); ``leg`` is ``"origin"``, ``"international"``, ``"destination"``
or ``None``; ``source`` (required, non-empty) is the URL of the carrier page or spec, or a
seed file name; ``examples`` are raw strings this row must match — a lint test checks that
each one normalises to this row's stage.

>>> row = P("zugestellt", Stage.DELIVERED, source="https://www.dhl.de/",
...         examples=("Die Sendung wurde erfolgreich zugestellt.",))
>>> row.stage, row.priority
(<Stage.DELIVERED: 'delivered'>, 0)
"""

from __future__ import annotations

from typing import Final

import attrs

from parcelkit.status._stage import Stage

__all__ = ["DETAILS", "LEGS", "P", "Phrase"]

#: The values :attr:`Phrase.leg` may take besides ``None``.
LEGS = frozenset({"origin", "international", "destination"})

#: The documented vocabulary of :attr:`Phrase.detail`, with what each value means.
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


#: Sources that many phrase tables cite (the seeds, and 17track's terminology page).
SEED_000: Final = "seed 000_7adf0db5e1e7dddf.txt"
SEED_001: Final = "seed 001_476d9909002067ca.txt"
SEED_002: Final = "seed 002_efec964e4a635d95.txt"
SEED_003: Final = "seed 003_4a413a98dd5268d7.txt"
TERMS_17TRACK: Final = "https://help.17track.net/hc/en-us/articles/235987288--Terminology-Shipping-information-description-and-explanations"


@attrs.frozen
class Phrase:
    """One wording of a status in one language and the stage it means."""

    pattern: str
    stage: Stage
    detail: str | None = None
    leg: str | None = None
    priority: int = 0
    source: str = ""
    examples: tuple[str, ...] = ()


def P(
    pattern: str,
    stage: Stage,
    *,
    detail: str | None = None,
    leg: str | None = None,
    priority: int = 0,
    source: str,
    examples: tuple[str, ...] = (),
) -> Phrase:
    """Build a :class:`Phrase` row; ``source`` is required."""
    return Phrase(
        pattern=pattern,
        stage=stage,
        detail=detail,
        leg=leg,
        priority=priority,
        source=source,
        examples=tuple(examples),
    )
