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
  consecutive stems.
* For languages written without spaces (zh, ja) each space-separated piece of the pattern
  is a substring that must occur in the text, in order.
* Long stems tolerate typos; the matcher decides how many (1 edit for stems of 6 or more
  letters, 2 for 10 or more).
* The best match is the one covering the most pattern characters; ``priority`` breaks
  ties, and a large ``priority`` forces precedence (a stated return beats "refused").

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

import attrs

from parcelkit.status._stage import Stage

__all__ = ["LEGS", "P", "Phrase"]

#: The values :attr:`Phrase.leg` may take besides ``None``.
LEGS = frozenset({"origin", "international", "destination"})


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
