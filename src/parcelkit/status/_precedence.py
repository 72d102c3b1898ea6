"""The one declared precedence between stages, used only when a text states two events.

When a status names two different stages, :func:`prevails` decides, in this order:

0. an announced event ("will be delivered tomorrow") does not beat an event stated as
   done in another clause ("arrived at the facility"): a plan is not news;
1. a strong event (an IDIOM, or a frame with an action and a place, direction or
   modality) beats a weak one (a bare verb such as "received", a bare place), unless
   the weak one ends the road (:data:`DECISIVE`: a return, a loss, a cancellation or a
   refund) and the table below says it beats the other;
2. the pair is in :data:`BEATS` (a stated return beats a refusal, in either order);
3. in one clause, the event explaining more of the text wins (its most specific
   reading: "Kargoya teslim edildi" is *handed to the carrier*, not *delivered*);
4. otherwise the event stated LATER wins (carriers append the newest state: "arrived
   at the office, ready for pickup").

A ``(stage, detail)`` key in :data:`BEATS` is more specific than a bare stage.

>>> winner(Stage.DELIVERY_FAILED, None, Stage.RETURN_TO_SENDER, None) is Stage.RETURN_TO_SENDER
True
>>> winner(Stage.RETURN_TO_SENDER, None, Stage.DELIVERY_FAILED, None) is Stage.RETURN_TO_SENDER
True
>>> winner(Stage.AT_DELIVERY_OFFICE, None, Stage.READY_FOR_PICKUP, None) is Stage.READY_FOR_PICKUP
True
"""

from __future__ import annotations

from typing import Final, Protocol

from parcelkit.status._stage import Stage

__all__ = ["BEATS", "DECISIVE", "Event", "beats", "prevails", "winner"]

S = Stage
_Side = Stage | tuple[Stage, str]

#: (stronger, weaker): a text that states both reads as the stronger, in either order.
BEATS: Final[frozenset[tuple[_Side, _Side]]] = frozenset(
    # a stated return is the news, whatever failure or notice led to it
    [(S.RETURN_TO_SENDER, s) for s in (
        S.DELIVERY_FAILED, S.READY_FOR_PICKUP, S.AT_DELIVERY_OFFICE, S.EXCEPTION,
        S.IN_TRANSIT, S.OUT_FOR_DELIVERY, S.UNKNOWN, S.ACCEPTED, S.CUSTOMS,
    )]
    # a stated loss beats any movement
    + [(S.LOST, s) for s in (
        S.IN_TRANSIT, S.INTERNATIONAL_TRANSIT, S.EXPORT, S.IMPORT, S.ACCEPTED,
        S.AT_DELIVERY_OFFICE, S.OUT_FOR_DELIVERY, S.EXCEPTION, S.UNKNOWN,
    )]
    # a stated customs release beats leaving the exchange office
    + [((S.CUSTOMS, "customs_released"), s) for s in (S.IN_TRANSIT, S.IMPORT)]
    # customs named with a direction are that direction's customs
    + [(S.EXPORT, S.CUSTOMS), (S.CUSTOMS, S.IMPORT)]
    # a destruction or loss by customs is a loss; customs outrank an order state ("awaiting
    # payment of duties"); a delivery outranks an acceptance word ("delivered, reception")
    + [(S.LOST, S.CUSTOMS), (S.CUSTOMS, S.ORDER), (S.DELIVERED, S.ACCEPTED)]
    # a cancellation or refund ends the order whatever else is said
    + [(S.CANCELLED, s) for s in (S.ORDER, S.IN_TRANSIT, S.INFO_RECEIVED, S.UNKNOWN)]
    + [(S.REFUNDED, s) for s in (
        S.ORDER, S.IN_TRANSIT, S.CANCELLED, S.UNKNOWN, S.EXCEPTION, S.RETURN_TO_SENDER,
    )]
)  # fmt: skip


#: Stages that end the road: even a bare word naming one (退回, «возврат», "iade")
#: beats what the table says it beats, however fully the other event is stated.
DECISIVE: Final = frozenset({S.RETURN_TO_SENDER, S.LOST, S.CANCELLED, S.REFUNDED})


def beats(a: Stage, a_detail: str | None, b: Stage, b_detail: str | None) -> bool:
    """Whether event *a* beats event *b* by the table (not by their order)."""
    return any(
        (x, y) in BEATS
        for x in ((a, a_detail), a) if not isinstance(x, tuple) or x[1] is not None
        for y in ((b, b_detail), b) if not isinstance(y, tuple) or y[1] is not None
    )


def winner(
    first: Stage, first_detail: str | None, later: Stage, later_detail: str | None
) -> Stage:
    """The stage a text stating *first* and then *later* reads as."""
    if beats(first, first_detail, later, later_detail):
        return first
    return later


class Event(Protocol):
    """What precedence needs to know of a stated event."""

    @property
    def stage(self) -> Stage: ...
    @property
    def detail(self) -> str | None: ...
    @property
    def strong(self) -> bool: ...
    @property
    def covered(self) -> int: ...
    @property
    def clause(self) -> int: ...
    @property
    def eventful(self) -> bool: ...
    @property
    def announced(self) -> bool: ...


def _plan_against_news(first: Event, later: Event) -> bool | None:
    """Rule 0: whether *later* decides when one event is announced and the other stated
    as done in another clause, else ``None``."""
    if first.announced == later.announced or first.clause == later.clause:
        return None
    done = first if later.announced else later
    if not done.eventful:
        return None
    return done is later


def prevails(first: Event, later: Event) -> bool:
    """Whether *later* (stated after *first*) decides over *first*; see the module doc."""
    planned = _plan_against_news(first, later)
    if planned is not None:
        return planned
    if first.strong != later.strong:
        weak = first if later.strong else later
        strong = later if later.strong else first
        if weak.stage in DECISIVE and beats(weak.stage, weak.detail, strong.stage, strong.detail):
            return weak is later  # a bare "returned" or "lost" is still the news
        return later.strong
    first_beats = beats(first.stage, first.detail, later.stage, later.detail)
    if first_beats or beats(later.stage, later.detail, first.stage, first.detail):
        return not first_beats
    if first.clause == later.clause and first.covered != later.covered:
        return later.covered > first.covered
    return True
