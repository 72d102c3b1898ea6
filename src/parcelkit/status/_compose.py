"""The composition table: a frame of concepts (action, place, direction, modality) → the
stage, detail and leg it states.

A frame is what TERM rows found in one clause.  Its reading is looked up in
:data:`RULES` under these keys, first hit wins (``ANY`` is the wildcard)::

    1. (action, place, direction, modality)
    2. (action, place, ANY,       modality)
    3. (action, ANY,   direction, modality)
    4. (action, ANY,   ANY,       modality)
    5. (ANY,    place, direction, modality)
    6. (ANY,    place, ANY,       modality)
    7. (ANY,    ANY,   ANY,       modality)   only when a modality is stated

A stated modality is never dropped: "not yet delivered" is looked up with ``PENDING`` and
can only reach a row written for that modality, so a negated or announced event never
reads as done.  A frame whose keys all miss states nothing.

>>> compose(Frame(Action.ARRIVE, Place.EXCHANGE_OFFICE, Direction.DESTINATION, None))
Reading(stage=<Stage.IMPORT: 'import'>, detail=None, leg='destination', step=1)
>>> compose(Frame(Action.DELIVER, None, None, Modality.PENDING)).stage
<Stage.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from typing import Final

import attrs

from parcelkit.status._lexicon import Action, Direction, Modality, Place
from parcelkit.status._stage import Stage

__all__ = ["ANY", "FALLBACK_ORDER", "RULES", "Frame", "Reading", "compose"]

#: The wildcard of a key position.
ANY: Final = None

_A = Action
_P = Place
_D = Direction
_M = Modality
S = Stage

_Key = tuple[Action | None, Place | None, Direction | None, Modality | None]
_Value = tuple[Stage, str | None, str | None]

#: Which key positions each lookup step keeps (True) or sets to ``ANY`` (False): action,
#: place, direction.  The modality is always kept.
FALLBACK_ORDER: Final = (
    (True, True, True),
    (True, True, False),
    (True, False, True),
    (True, False, False),
    (False, True, True),
    (False, True, False),
    (False, False, False),
)


@attrs.frozen
class Frame:
    """The concepts one clause states."""

    action: Action | None
    place: Place | None
    direction: Direction | None
    modality: Modality | None


@attrs.frozen
class Reading:
    """What a frame means, and which lookup step (1-7) found it."""

    stage: Stage
    detail: str | None
    leg: str | None
    step: int


_O, _I, _X = "origin", "international", "destination"

#: (action, place, direction, modality) → (stage, detail, leg).
RULES: Final[dict[_Key, _Value]] = {
    # ---- before and at acceptance
    (_A.REGISTER, ANY, ANY, ANY): (S.INFO_RECEIVED, None, _O),
    (_A.REGISTER, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IMPORT, None, _X),
    (_A.ACCEPT, ANY, ANY, ANY): (S.ACCEPTED, None, _O),
    (_A.PICK_UP, ANY, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.PICK_UP, _P.SENDER, ANY, ANY): (S.ACCEPTED, None, _O),
    (_A.PICK_UP, _P.COURIER, ANY, ANY): (S.ACCEPTED, None, _O),
    (_A.PICK_UP, _P.ADDRESSEE, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.PICK_UP, _P.DELIVERY_OFFICE, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.PICK_UP, _P.PICKUP_POINT, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.PICK_UP, _P.LOCKER, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.PICK_UP, _P.COURIER, ANY, _M.AWAITING): (S.INFO_RECEIVED, None, _O),
    (_A.PICK_UP, _P.COURIER, ANY, _M.PENDING): (S.INFO_RECEIVED, None, _O),
    (_A.PICK_UP, ANY, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (_A.PICK_UP, _P.ADDRESSEE, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (_A.ACCEPT, ANY, ANY, _M.AWAITING): (S.INFO_RECEIVED, None, _O),
    (_A.ACCEPT, ANY, ANY, _M.PENDING): (S.INFO_RECEIVED, None, _O),
    (_A.ACCEPT, ANY, _D.DESTINATION, ANY): (S.IN_TRANSIT, None, _X),
    (_A.ACCEPT, ANY, _D.INWARD, ANY): (S.IMPORT, None, _X),
    (_A.ACCEPT, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IMPORT, None, _X),
    (_A.ACCEPT, _P.EXCHANGE_OFFICE, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    # ---- moving
    (_A.MOVE, ANY, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.MOVE, _P.COUNTRY, _D.DESTINATION, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.MOVE, _P.COUNTRY, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.MOVE, ANY, _D.INTERNATIONAL, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.MOVE, _P.AIRPORT, ANY, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.MOVE, _P.DELIVERY_OFFICE, ANY, ANY): (S.IN_TRANSIT, None, _X),
    (_A.MOVE, _P.COURIER, ANY, ANY): (S.OUT_FOR_DELIVERY, None, _X),
    (_A.MOVE, _P.LOCKER, ANY, ANY): (S.IN_TRANSIT, None, _X),
    (_A.MOVE, _P.PICKUP_POINT, ANY, ANY): (S.IN_TRANSIT, None, _X),
    (_A.MOVE, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.ARRIVE, ANY, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.ARRIVE, ANY, _D.DESTINATION, ANY): (S.IN_TRANSIT, None, _X),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IMPORT, None, _X),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, _D.DESTINATION, ANY): (S.IMPORT, None, _X),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.ARRIVE, _P.EXCHANGE_OFFICE, _D.INWARD, ANY): (S.IMPORT, None, _X),
    (_A.ARRIVE, _P.COUNTRY, ANY, ANY): (S.IMPORT, None, _X),
    (_A.ARRIVE, _P.COUNTRY, _D.DESTINATION, ANY): (S.IMPORT, None, _X),
    (_A.ARRIVE, _P.COUNTRY, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.ARRIVE, _P.AIRPORT, ANY, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.ARRIVE, _P.AIRPORT, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.ARRIVE, _P.AIRPORT, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (_A.ARRIVE, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.ARRIVE, _P.SORTING_CENTRE, ANY, ANY): (S.IN_TRANSIT, "sorting", None),
    (_A.ARRIVE, _P.DELIVERY_OFFICE, ANY, ANY): (S.AT_DELIVERY_OFFICE, None, _X),
    (_A.ARRIVE, _P.PICKUP_POINT, ANY, ANY): (S.READY_FOR_PICKUP, None, _X),
    (_A.ARRIVE, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (_A.DEPART, ANY, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.DEPART, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.DEPART, _P.EXCHANGE_OFFICE, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, _P.EXCHANGE_OFFICE, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.DEPART, _P.EXCHANGE_OFFICE, _D.DESTINATION, ANY): (S.IN_TRANSIT, None, _X),
    (_A.DEPART, _P.EXCHANGE_OFFICE, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, _P.EXCHANGE_OFFICE, _D.INWARD, ANY): (S.IN_TRANSIT, None, _X),
    (_A.DEPART, ANY, ANY, _M.AWAITING): (S.ORDER, None, None),
    (_A.DEPART, _P.COUNTRY, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, _P.COUNTRY, _D.DESTINATION, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, _P.COUNTRY, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.DEPART, _P.AIRPORT, ANY, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (_A.DEPART, _P.AIRPORT, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, _P.PICKUP_POINT, ANY, ANY): (S.OUT_FOR_DELIVERY, None, _X),
    (_A.DEPART, _P.DELIVERY_OFFICE, ANY, ANY): (S.IN_TRANSIT, None, _X),
    (_A.DEPART, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_released", _X),
    (_A.DEPART, _P.SORTING_CENTRE, ANY, ANY): (S.IN_TRANSIT, "sorting", None),
    (_A.SORT, ANY, ANY, ANY): (S.IN_TRANSIT, "sorting", None),
    (_A.SORT, _P.EXCHANGE_OFFICE, _D.DESTINATION, ANY): (S.IMPORT, None, _X),
    (_A.SORT, _P.DELIVERY_OFFICE, ANY, ANY): (S.AT_DELIVERY_OFFICE, None, _X),
    (_A.SORT, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, None, _X),
    (_A.SORT, ANY, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.SORT, ANY, _D.INWARD, ANY): (S.IMPORT, None, _X),
    (_A.HAND_OVER, ANY, ANY, ANY): (S.IN_TRANSIT, None, None),
    (_A.HAND_OVER, _P.AIRPORT, ANY, ANY): (S.EXPORT, None, _O),
    (_A.HAND_OVER, ANY, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.HAND_OVER, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.HAND_OVER, _P.COURIER, ANY, ANY): (S.OUT_FOR_DELIVERY, None, _X),
    (_A.HAND_OVER, _P.ADDRESSEE, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.HAND_OVER, _P.SENDER, ANY, ANY): (S.RETURN_TO_SENDER, None, None),
    (_A.HAND_OVER, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (_A.PICK_UP, _P.LOCKER, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, "locker", _X),
    # ---- crossing borders
    (_A.EXPORT, ANY, ANY, ANY): (S.EXPORT, None, _O),
    (_A.EXPORT, _P.CUSTOMS, ANY, ANY): (S.EXPORT, "export_customs", _O),
    (_A.IMPORT, ANY, ANY, ANY): (S.IMPORT, None, _X),
    (_A.IMPORT, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, None, _X),
    (_A.PRESENT_CUSTOMS, ANY, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.PRESENT_CUSTOMS, ANY, _D.ORIGIN, ANY): (S.EXPORT, "export_customs", _O),
    (_A.RELEASE, ANY, ANY, ANY): (S.CUSTOMS, "customs_released", _X),
    (_A.RELEASE, _P.CUSTOMS, _D.ORIGIN, ANY): (S.EXPORT, "export_customs_released", _O),
    (_A.HOLD, ANY, ANY, ANY): (S.EXCEPTION, "held", None),
    (_A.HOLD, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_held", _X),
    (_A.HOLD, _P.CUSTOMS, _D.ORIGIN, ANY): (S.EXPORT, "export_customs_held", _O),
    (_A.HOLD, _P.DELIVERY_OFFICE, ANY, ANY): (S.READY_FOR_PICKUP, "held", _X),
    (_A.HOLD, _P.PICKUP_POINT, ANY, ANY): (S.READY_FOR_PICKUP, "held", _X),
    # a hold pending or awaiting something is still a hold
    (_A.HOLD, ANY, ANY, _M.PENDING): (S.EXCEPTION, "held", None),
    (_A.HOLD, ANY, ANY, _M.AWAITING): (S.EXCEPTION, "held", None),
    (_A.HOLD, _P.CUSTOMS, ANY, _M.PENDING): (S.CUSTOMS, "customs_held", _X),
    (_A.HOLD, _P.CUSTOMS, ANY, _M.AWAITING): (S.CUSTOMS, "customs_held", _X),
    (_A.PAY_DUTY, ANY, ANY, ANY): (S.CUSTOMS, "duty_due", _X),
    (ANY, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, None, _X),
    (ANY, _P.CUSTOMS, ANY, _M.AWAITING): (S.CUSTOMS, "customs_held", _X),
    (ANY, _P.CUSTOMS, ANY, _M.PENDING): (S.CUSTOMS, "customs_held", _X),
    (ANY, _P.AIRPORT, ANY, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (ANY, _P.EXCHANGE_OFFICE, ANY, ANY): (S.IMPORT, None, _X),
    (ANY, _P.EXCHANGE_OFFICE, _D.DESTINATION, ANY): (S.IMPORT, None, _X),
    (ANY, _P.EXCHANGE_OFFICE, _D.ORIGIN, ANY): (S.EXPORT, None, _O),
    (ANY, _P.EXCHANGE_OFFICE, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (ANY, _P.FACILITY, ANY, ANY): (S.IN_TRANSIT, None, None),
    (ANY, _P.SORTING_CENTRE, ANY, ANY): (S.IN_TRANSIT, "sorting", None),
    (ANY, ANY, _D.TRANSIT, ANY): (S.IN_TRANSIT, None, None),
    (ANY, ANY, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (ANY, ANY, _D.INWARD, ANY): (S.IMPORT, None, _X),
    (ANY, _P.CUSTOMS, _D.OUTWARD, ANY): (S.EXPORT, "export_customs", _O),
    (_A.ARRIVE, ANY, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.ARRIVE, ANY, _D.INWARD, ANY): (S.IMPORT, None, _X),
    (_A.DEPART, ANY, _D.OUTWARD, ANY): (S.EXPORT, None, _O),
    (_A.DEPART, ANY, _D.INWARD, ANY): (S.IN_TRANSIT, None, _X),
    (_A.HOLD, _P.CUSTOMS, _D.OUTWARD, ANY): (S.EXPORT, "export_customs_held", _O),
    (_A.RELEASE, _P.CUSTOMS, _D.OUTWARD, ANY): (S.EXPORT, "export_customs_released", _O),
    (ANY, _P.COUNTRY, _D.TRANSIT, ANY): (S.INTERNATIONAL_TRANSIT, None, _I),
    (ANY, _P.DELIVERY_OFFICE, ANY, ANY): (S.AT_DELIVERY_OFFICE, None, _X),
    (ANY, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (ANY, _P.PICKUP_POINT, ANY, ANY): (S.READY_FOR_PICKUP, None, _X),
    (ANY, _P.DELIVERY_OFFICE, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (ANY, _P.FACILITY, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (ANY, _P.PICKUP_POINT, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (ANY, _P.LOCKER, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, "locker", _X),
    (ANY, _P.CUSTOMS, _D.ORIGIN, ANY): (S.EXPORT, "export_customs", _O),
    # ---- the last mile
    (_A.OUT_FOR_DELIVERY, ANY, ANY, ANY): (S.OUT_FOR_DELIVERY, None, _X),
    (_A.AVAILABLE, ANY, ANY, ANY): (S.READY_FOR_PICKUP, None, _X),
    (_A.AVAILABLE, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (_A.NOTICE, ANY, ANY, ANY): (S.READY_FOR_PICKUP, "notice_left", _X),
    (_A.ATTEMPT, ANY, ANY, ANY): (S.DELIVERY_FAILED, None, _X),
    (_A.ATTEMPT, ANY, ANY, _M.FAILED): (S.DELIVERY_FAILED, None, _X),
    (_A.DELIVER, ANY, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.DELIVER, _P.SENDER, ANY, ANY): (S.RETURN_TO_SENDER, None, None),
    (_A.DELIVER, _P.PICKUP_POINT, ANY, ANY): (S.READY_FOR_PICKUP, None, _X),
    (_A.DELIVER, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (_A.DELIVER, _P.ADDRESSEE, ANY, ANY): (S.DELIVERED, None, _X),
    (_A.DELIVER, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.DELIVER, _P.COURIER, ANY, ANY): (S.ACCEPTED, None, _O),
    (_A.DELIVER, ANY, ANY, _M.NOT): (S.DELIVERY_FAILED, None, _X),
    (_A.DELIVER, ANY, ANY, _M.FAILED): (S.DELIVERY_FAILED, None, _X),
    (_A.DELIVER, ANY, ANY, _M.AWAITING): (S.UNKNOWN, "pending", None),
    (_A.DELIVER, ANY, ANY, _M.FUTURE): (S.UNKNOWN, "pending", None),
    (_A.DELIVER, _P.COURIER, ANY, _M.FUTURE): (S.OUT_FOR_DELIVERY, None, _X),
    (_A.DELIVER, ANY, ANY, _M.PENDING): (S.UNKNOWN, "pending", None),
    (_A.REFUSE, ANY, ANY, ANY): (S.DELIVERY_FAILED, "refused", _X),
    # ---- the end of the road
    (_A.RETURN, ANY, ANY, ANY): (S.RETURN_TO_SENDER, None, None),
    (_A.RETURN, ANY, ANY, _M.FUTURE): (S.RETURN_TO_SENDER, None, None),
    (_A.RETURN, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, None, _X),
    (_A.LOSE, ANY, ANY, ANY): (S.LOST, None, None),
    (_A.CANCEL, ANY, ANY, ANY): (S.CANCELLED, None, None),
    (_A.REFUND, ANY, ANY, ANY): (S.REFUNDED, None, None),
    (_A.DAMAGE, ANY, ANY, ANY): (S.EXCEPTION, "damaged", None),
    (_A.DELAY, ANY, ANY, ANY): (S.UNKNOWN, "delayed", None),
    (_A.DELAY, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_held", _X),
    # ---- pairs the lexicons of many languages state (rows grown with their TERMS)
    (_A.OUT_FOR_DELIVERY, ANY, ANY, _M.FAILED): (S.DELIVERY_FAILED, None, _X),
    (_A.OUT_FOR_DELIVERY, ANY, ANY, _M.NOT): (S.DELIVERY_FAILED, None, _X),
    (_A.OUT_FOR_DELIVERY, ANY, ANY, _M.AWAITING): (S.AT_DELIVERY_OFFICE, None, _X),
    (_A.OUT_FOR_DELIVERY, _P.SENDER, ANY, ANY): (S.RETURN_TO_SENDER, None, None),
    (_A.PAY_DUTY, ANY, ANY, _M.AWAITING): (S.CUSTOMS, "duty_due", _X),
    (_A.PAY_DUTY, ANY, ANY, _M.PENDING): (S.CUSTOMS, "duty_due", _X),
    (_A.NOTICE, ANY, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, "notice_left", _X),
    (_A.ACCEPT, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.MOVE, _P.CUSTOMS, ANY, ANY): (S.CUSTOMS, "customs_presented", _X),
    (_A.HOLD, _P.LOCKER, ANY, ANY): (S.READY_FOR_PICKUP, "locker", _X),
    (_A.DELIVER, _P.PICKUP_POINT, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (_A.DELIVER, _P.DELIVERY_OFFICE, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    (_A.DELIVER, _P.LOCKER, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, "locker", _X),
    (ANY, _P.ADDRESSEE, ANY, _M.AWAITING): (S.READY_FOR_PICKUP, None, _X),
    # ---- a stated modality with no row of its own: nothing has happened yet
    (ANY, ANY, ANY, _M.NOT): (S.UNKNOWN, "pending", None),
    (ANY, ANY, ANY, _M.FAILED): (S.UNKNOWN, "pending", None),
    (ANY, ANY, ANY, _M.AWAITING): (S.UNKNOWN, "pending", None),
    (ANY, ANY, ANY, _M.FUTURE): (S.UNKNOWN, "pending", None),
    (ANY, ANY, ANY, _M.PENDING): (S.UNKNOWN, "pending", None),
}


def compose(frame: Frame) -> Reading | None:
    """The reading of *frame*: the first key of :data:`FALLBACK_ORDER` found in RULES."""
    for step, (keep_action, keep_place, keep_direction) in enumerate(FALLBACK_ORDER, 1):
        if step == len(FALLBACK_ORDER) and frame.modality is None:
            return None
        key = (
            frame.action if keep_action else ANY,
            frame.place if keep_place else ANY,
            frame.direction if keep_direction else ANY,
            frame.modality,
        )
        found = RULES.get(key)
        if found is not None:
            return Reading(found[0], found[1], found[2], step)
    return None
