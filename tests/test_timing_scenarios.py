"""Scenarios written from the seeds: a history, a moment, and what assess() must conclude.

Each id names the seed (000-003) and the rule; the comment quotes the sentence.  ``has``
lists flags and advice that must be present, ``hasnt`` those that must be absent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from parcelkit import Advice, Event, Flag, Stage, assess

MSK = dt.timezone(dt.timedelta(hours=3))
F, A = Flag, Advice


def t(day: str, hour: int = 12) -> dt.datetime:
    return dt.datetime.fromisoformat(day).replace(hour=hour, tzinfo=MSK)


def after(day: str, days: float) -> dt.datetime:
    return t(day) + dt.timedelta(days=days)


def ev(day: str, status: str, weight: float | None = None, hour: int = 12) -> Event:
    return Event(t(day, hour), status, weight_g=weight)


def S(
    sid: str,
    events: list[Event],
    now: dt.datetime,
    has: tuple[Flag | Advice, ...] = (),
    hasnt: tuple[Flag | Advice, ...] = (),
    stage: Stage | None = None,
    first: Advice | None = None,
    **kwargs: Any,
) -> Any:
    return pytest.param(events, now, has, hasnt, stage, first, kwargs, id=sid)


ALL_ADVICE = tuple(Advice)
EXPORT = [ev("2026-06-01", "accepted"), ev("2026-06-03", "export")]
CUSTOMS = [ev("2026-06-01", "export"), ev("2026-06-20", "import"), ev("2026-06-21", "customs")]
DOMESTIC = [*CUSTOMS, ev("2026-06-23", "in_transit")]

SCENARIOS = [
    # --- no first scan: 001 "within 10 days you should not even worry that your track is not
    # being read. And only after the expiration of this period, you can start asking questions
    # to the seller." / "If the seller does nothing within 5 days, then open a dispute"
    S("001-no-scan-5d-wait", [], after("2026-06-01", 5), (A.WAIT,),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER), Stage.UNKNOWN, track_issued_at=t("2026-06-01")),
    S("001-no-scan-9.5d-still-normal", [], after("2026-06-01", 9.5), (A.WAIT,),
      (F.NO_FIRST_SCAN,), track_issued_at=t("2026-06-01")),
    S("001-no-scan-10.5d-write-seller", [], after("2026-06-01", 10.5),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER), (A.OPEN_DISPUTE, A.WAIT, F.STALLED),
      track_issued_at=t("2026-06-01")),
    S("001-no-scan-14d-seller-has-5-days", [], after("2026-06-01", 14),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER), (A.OPEN_DISPUTE,), track_issued_at=t("2026-06-01")),
    S("001-no-scan-16d-dispute", [], after("2026-06-01", 16),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER, A.OPEN_DISPUTE), (), first=A.OPEN_DISPUTE,
      track_issued_at=t("2026-06-01")),
    S("001-pre-advice-only-12d-is-no-scan", [ev("2026-06-01", "info_received")],
      after("2026-06-01", 12), (F.NO_FIRST_SCAN, A.CONTACT_SELLER), (F.STALLED,),
      Stage.INFO_RECEIVED),
    S("001-pre-advice-only-6d-normal", [ev("2026-06-01", "info_received")],
      after("2026-06-01", 6), (A.WAIT,), (F.NO_FIRST_SCAN,)),
    S("nothing-known-nothing-to-judge", [], t("2026-06-01"), (A.WAIT,),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER), Stage.UNKNOWN),
    S("001-no-scan-counts-from-order", [], after("2026-06-01", 20),
      (F.NO_FIRST_SCAN, A.OPEN_DISPUTE), (), ordered_at=t("2026-06-01")),
    S("001-no-scan-across-cny-2026-is-seasonal", [], t("2026-02-26"),
      (F.SEASONAL_DELAY, A.WAIT), (F.NO_FIRST_SCAN, A.CONTACT_SELLER),
      track_issued_at=t("2026-02-12")),
    # --- origin: 001 "If the status of the mail item does not change for 7 - 20 days, do not
    # worry, this is normal for international mail."
    S("001-accepted-15d-normal", [ev("2026-06-01", "accepted")], after("2026-06-01", 15),
      (A.WAIT,), (F.STALLED, A.CONTACT_SELLER), Stage.ACCEPTED),
    S("001-accepted-19.5d-normal", [ev("2026-06-01", "accepted")], after("2026-06-01", 19.5),
      (A.WAIT,), (F.STALLED,)),
    S("001-accepted-21d-stalled", [ev("2026-06-01", "accepted")], after("2026-06-01", 21),
      (F.STALLED, A.CONTACT_SELLER), (A.WAIT, A.OPEN_DISPUTE, F.NO_FIRST_SCAN)),
    # 000 'The parcel can "hang" in transit points up to 10-14 days'
    S("000-transit-point-12d-normal", [ev("2026-06-01", "accepted"), ev("2026-06-02",
      "in_transit")], after("2026-06-02", 12), (A.WAIT,), (F.STALLED,), Stage.IN_TRANSIT),
    S("000-transit-point-15d-stalled", [ev("2026-06-01", "accepted"), ev("2026-06-02",
      "in_transit")], after("2026-06-02", 15), (F.STALLED, A.CONTACT_SELLER), (A.CONTACT_POST,)),
    # --- export: 001 "Failures in 30-50 days after export are in the order of things" and
    # "It makes no sense to open a dispute"; 000 "if more than two months have passed since
    # receipt of the "Export" status ... a statement of the search"
    S("001-export-40d-in-order-of-things", EXPORT, after("2026-06-03", 40), (A.WAIT,),
      (F.STALLED, A.OPEN_DISPUTE, A.CONTACT_POST), Stage.EXPORT),
    S("001-export-49d-normal", EXPORT, after("2026-06-03", 49), (A.WAIT,), (F.STALLED,)),
    S("001-export-51d-stalled-not-yet-search", EXPORT, after("2026-06-03", 51),
      (F.STALLED, A.WAIT), (A.CONTACT_POST, A.OPEN_DISPUTE)),
    S("000-export-59d-no-search-yet", EXPORT, after("2026-06-03", 59), (F.STALLED,),
      (A.CONTACT_POST,)),
    S("000-export-61d-search-request", EXPORT, after("2026-06-03", 61),
      (F.STALLED, A.CONTACT_POST), (A.OPEN_DISPUTE, A.WAIT, A.CONTACT_SELLER)),
    S("001-export-120d-still-no-dispute", EXPORT, after("2026-06-03", 120),
      (A.CONTACT_POST,), (A.OPEN_DISPUTE,)),
    S("002-international-transit-45d-normal", [ev("2026-06-03", "international_transit")],
      after("2026-06-03", 45), (A.WAIT,), (F.STALLED,), Stage.INTERNATIONAL_TRANSIT),
    # --- import: 001 "On average, it can take two weeks. But there are especially slow sorting
    # points ... in which parcels hang for a month or even more."
    S("001-import-14d-average", [*EXPORT, ev("2026-06-20", "import")], after("2026-06-20", 14),
      (A.WAIT,), (F.STALLED,), Stage.IMPORT),
    S("001-import-29d-slow-point", [*EXPORT, ev("2026-06-20", "import")],
      after("2026-06-20", 29), (A.WAIT,), (F.STALLED, A.CONTACT_POST)),
    S("001-import-31d-stalled", [*EXPORT, ev("2026-06-20", "import")], after("2026-06-20", 31),
      (F.STALLED, A.CONTACT_POST), (A.OPEN_DISPUTE, A.CONTACT_SELLER)),
    # --- customs: 003 "Any measures needed accept if the parcel status is not updated more
    # than 5 days"; 001 "If more than 2-3 weeks have passed since the day the parcel arrived at
    # customs, then you can call the right department yourself"
    S("003-customs-2d-hours-to-a-week", CUSTOMS, after("2026-06-21", 2), (A.WAIT,),
      (F.CUSTOMS_DELAY, A.CONTACT_CUSTOMS), Stage.CUSTOMS),
    S("003-customs-4.9d-not-yet", CUSTOMS, after("2026-06-21", 4.9), (), (F.CUSTOMS_DELAY,)),
    S("003-customs-5.5d-delay", CUSTOMS, after("2026-06-21", 5.5), (F.CUSTOMS_DELAY, A.WAIT),
      (A.CONTACT_CUSTOMS, F.STALLED)),
    S("001-customs-10d-not-yet-call", CUSTOMS, after("2026-06-21", 10), (F.CUSTOMS_DELAY,),
      (A.CONTACT_CUSTOMS,)),
    S("001-customs-15d-call-customs", CUSTOMS, after("2026-06-21", 15),
      (F.CUSTOMS_DELAY, F.STALLED, A.CONTACT_CUSTOMS), (A.WAIT, A.OPEN_DISPUTE)),
    S("001-customs-25d-call-customs", CUSTOMS, after("2026-06-21", 25), (A.CONTACT_CUSTOMS,)),
    # --- destination leg: 000 "delivery in the city takes no more than 1-2 days, and the
    # departure area can be delivered about a week"
    S("000-domestic-3d-normal", DOMESTIC, after("2026-06-23", 3), (A.WAIT,), (F.STALLED,),
      Stage.IN_TRANSIT),
    S("000-domestic-11d-stalled-ask-post", DOMESTIC, after("2026-06-23", 11),
      (F.STALLED, A.CONTACT_POST), (A.CONTACT_SELLER,)),
    # 002 "It should normally be delivered to the recipient today."
    S("002-out-for-delivery-1d", [*DOMESTIC, ev("2026-06-25", "out_for_delivery")],
      after("2026-06-25", 1), (A.WAIT,), (F.STALLED, F.AWAITING_PICKUP, A.PICK_UP),
      Stage.OUT_FOR_DELIVERY),
    S("002-out-for-delivery-3d-stalled", [*DOMESTIC, ev("2026-06-25", "out_for_delivery")],
      after("2026-06-25", 3), (F.STALLED, A.CONTACT_POST)),
    # 000 "mail employees are required to write a notice and deliver it ... within 1-2 days"
    S("000-delivery-failed-1d", [*DOMESTIC, ev("2026-06-25", "delivery_failed")],
      after("2026-06-25", 1), (A.WAIT,), (F.STALLED,)),
    S("000-delivery-failed-3d", [*DOMESTIC, ev("2026-06-25", "delivery_failed")],
      after("2026-06-25", 3), (F.STALLED, A.CONTACT_POST)),
    # --- at the office: 000 "The parcel, which lasted without demand a month, is sent back."
    # 002 "within the holding period, usually 15 days"
    S("000-at-office-1d-pick-up", [*DOMESTIC, ev("2026-06-25", "at_delivery_office")],
      after("2026-06-25", 1), (F.AWAITING_PICKUP, A.PICK_UP), (F.RETURNING, A.WAIT, F.STALLED),
      Stage.AT_DELIVERY_OFFICE, A.PICK_UP),
    S("000-at-office-29d-still-held", [*DOMESTIC, ev("2026-06-25", "at_delivery_office")],
      after("2026-06-25", 29), (F.AWAITING_PICKUP, A.PICK_UP), (F.RETURNING, A.CONTACT_POST)),
    S("000-at-office-31d-sent-back", [*DOMESTIC, ev("2026-06-25", "at_delivery_office")],
      after("2026-06-25", 31), (F.AWAITING_PICKUP, F.RETURNING, A.PICK_UP, A.CONTACT_POST),
      first=A.PICK_UP),
    S("002-pickup-point-14d-held", [*DOMESTIC, ev("2026-06-25", "ready_for_pickup")],
      after("2026-06-25", 14), (F.AWAITING_PICKUP, A.PICK_UP), (F.RETURNING,),
      Stage.READY_FOR_PICKUP),
    S("002-pickup-point-16d-returned", [*DOMESTIC, ev("2026-06-25", "ready_for_pickup")],
      after("2026-06-25", 16), (F.RETURNING, A.PICK_UP)),
    # 001 "If the parcel is not delivered to your post office 5 days before the end of the
    # protection period" - at the office there is no dispute to open, only pick it up
    S("001-at-office-protection-1d-pick-up-first",
      [*DOMESTIC, ev("2026-06-25", "at_delivery_office")], after("2026-06-25", 2),
      (A.PICK_UP, F.PROTECTION_EXPIRING, A.EXTEND_PROTECTION), (A.OPEN_DISPUTE,),
      first=A.PICK_UP, protection_days=1),
    S("001-at-office-weight-dropped-still-pick-up",
      [ev("2026-06-01", "accepted", 429), ev("2026-06-25", "at_delivery_office", 129)],
      after("2026-06-25", 2), (A.PICK_UP, F.WEIGHT_ANOMALY), (), first=A.PICK_UP),
    # --- returning: 000 "it can see the status of export from the country of departure again,
    # but now this country will be Russia, and therefore the purchase went back. Here only a
    # dialogue with the seller will help"
    S("000-second-export-after-office-returning",
      [*DOMESTIC, ev("2026-06-25", "at_delivery_office"), ev("2026-07-26", "export")],
      after("2026-07-26", 2), (F.RETURNING, A.CONTACT_SELLER), (A.PICK_UP, F.STALLED, A.WAIT),
      Stage.EXPORT),
    S("000-second-export-after-import-returning",
      [*EXPORT, ev("2026-06-20", "import"), ev("2026-07-10", "export")],
      after("2026-07-10", 1), (F.RETURNING, A.CONTACT_SELLER)),
    S("002-return-to-sender-returning", [*DOMESTIC, ev("2026-06-26", "return_to_sender")],
      after("2026-06-26", 3), (F.RETURNING, A.CONTACT_SELLER), (A.WAIT,),
      Stage.RETURN_TO_SENDER),
    S("000-first-export-is-not-returning", EXPORT, after("2026-06-03", 3), (),
      (F.RETURNING, A.CONTACT_SELLER)),
    S("transit-country-then-destination-import-not-returning",
      [*EXPORT, ev("2026-06-10", "import"), ev("2026-06-12", "export"),
       ev("2026-06-20", "import")], after("2026-06-20", 3), (A.WAIT,), (F.RETURNING,)),
    S("000-origin-customs-then-export-not-returning",
      [ev("2026-06-01", "accepted"), ev("2026-06-04", "customs"), ev("2026-06-08", "export")],
      after("2026-06-08", 20), (A.WAIT,), (F.RETURNING, F.STALLED)),
    # 002 "In transit ... This generic status indicates that movement continues": after export
    # it belongs to the international leg, where weeks of silence are normal (001 "30-50 days")
    S("001-generic-in-transit-after-export-30d-normal", [*EXPORT, ev("2026-06-05",
      "in_transit")], after("2026-06-05", 30), (A.WAIT,), (F.STALLED, A.CONTACT_SELLER)),
    S("001-generic-in-transit-after-export-65d-search", [*EXPORT, ev("2026-06-05",
      "in_transit")], after("2026-06-05", 65), (F.STALLED, A.CONTACT_POST), (A.OPEN_DISPUTE,)),
    # --- terminal stages: never stalled, no advice
    S("002-delivered-long-ago-nothing", [*DOMESTIC, ev("2026-06-25", "delivered")],
      after("2026-06-25", 200), (), (*ALL_ADVICE, F.STALLED, F.AWAITING_PICKUP), Stage.DELIVERED),
    S("002-delivered-protection-irrelevant", [*DOMESTIC, ev("2026-06-25", "delivered")],
      after("2026-06-25", 1), (), (*ALL_ADVICE, F.PROTECTION_EXPIRING), protection_days=1),
    S("002-cancelled-nothing", [ev("2026-06-01", "order"), ev("2026-06-02", "cancelled")],
      after("2026-06-02", 90), (), (*ALL_ADVICE, F.STALLED, F.NO_FIRST_SCAN), Stage.CANCELLED),
    S("002-refunded-nothing", [ev("2026-06-01", "accepted"), ev("2026-07-02", "refunded")],
      after("2026-07-02", 90), (), (*ALL_ADVICE, F.STALLED), Stage.REFUNDED),
    S("002-lost-open-dispute", [*EXPORT, ev("2026-07-01", "lost")], after("2026-07-01", 1),
      (A.OPEN_DISPUTE,), (A.WAIT, A.CONTACT_POST, F.STALLED), Stage.LOST, A.OPEN_DISPUTE),
    # --- protection: 000 "If 5 days left before stopping protection ... request the extension"
    # 001 "a couple of days before the end of the protection period, open a dispute"
    S("000-protection-6d-nothing-yet", EXPORT, after("2026-06-03", 10), (A.WAIT,),
      (F.PROTECTION_EXPIRING, A.EXTEND_PROTECTION), protection_days=6),
    S("000-protection-5d-extend", EXPORT, after("2026-06-03", 10),
      (F.PROTECTION_EXPIRING, A.EXTEND_PROTECTION), (A.OPEN_DISPUTE, A.WAIT), protection_days=5),
    S("000-protection-3d-extend-not-dispute", EXPORT, after("2026-06-03", 10),
      (A.EXTEND_PROTECTION,), (A.OPEN_DISPUTE,), protection_days=3),
    S("001-protection-2d-dispute", EXPORT, after("2026-06-03", 10),
      (F.PROTECTION_EXPIRING, A.OPEN_DISPUTE, A.EXTEND_PROTECTION), (A.WAIT,),
      first=A.OPEN_DISPUTE, protection_days=2),
    S("001-protection-0d-dispute", [ev("2026-06-01", "accepted")], after("2026-06-01", 3),
      (A.OPEN_DISPUTE,), (A.WAIT,), protection_days=0),
    S("001-protection-2d-customs-dispute-and-call", CUSTOMS, after("2026-06-21", 20),
      (A.OPEN_DISPUTE, A.CONTACT_CUSTOMS, F.CUSTOMS_DELAY), (), first=A.OPEN_DISPUTE,
      protection_days=1.5),
    # --- weight: 001 "0g ... control weighing is not performed", "by a few grams ... error of
    # the scales", "by 100 or more grams, then some items may have been stolen", "129 grams
    # instead of 429 grams"
    S("001-weight-429-to-129", [ev("2026-06-01", "accepted", 429), ev("2026-06-10",
      "import", 129)], after("2026-06-10", 1), (F.WEIGHT_ANOMALY,), ()),
    S("001-weight-zero-is-not-weighed", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-05", "export", 0), ev("2026-06-20", "import", 425)], after("2026-06-20", 1),
      (), (F.WEIGHT_ANOMALY,)),
    S("001-weight-only-zero-later", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-05", "export", 0)], after("2026-06-05", 1), (), (F.WEIGHT_ANOMALY,)),
    S("001-weight-89g-below-threshold", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-20", "import", 340)], after("2026-06-20", 1), (), (F.WEIGHT_ANOMALY,)),
    S("001-weight-exactly-100g", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-20", "import", 329)], after("2026-06-20", 1), (F.WEIGHT_ANOMALY,), ()),
    S("001-weight-increase-is-not-theft", [ev("2026-06-01", "accepted", 129),
      ev("2026-06-20", "import", 429)], after("2026-06-20", 1), (), (F.WEIGHT_ANOMALY,)),
    S("001-weight-drop-after-delivery-still-flagged",
      [ev("2026-06-01", "accepted", 429), ev("2026-06-25", "delivered", 129)],
      after("2026-06-25", 1), (F.WEIGHT_ANOMALY,), ALL_ADVICE),
    # --- seasonal: 001 "parcels that do not have time to leave the border of China before the
    # holidays can get stuck there for 2-3 weeks", "the full-fledged work of the Chinese
    # begins a week after the end of official holidays"; CNY 2026 is 17 February
    S("001-cny-2026-export-33d-seasonal", [ev("2026-02-01", "accepted"),
      ev("2026-02-05", "export")], t("2026-03-10"), (F.SEASONAL_DELAY, A.WAIT), (F.STALLED,)),
    # CNY 2025 is 29 January (late January); 25 days at the origin < 20 + 21
    S("001-cny-late-january-2025-origin-25d", [ev("2025-01-20", "accepted")],
      t("2025-02-14"), (F.SEASONAL_DELAY, A.WAIT), (F.STALLED, A.CONTACT_SELLER)),
    S("001-same-25d-in-july-is-stalled", [ev("2025-07-01", "accepted")], t("2025-07-26"),
      (F.STALLED, A.CONTACT_SELLER), (F.SEASONAL_DELAY,)),
    S("001-cny-2025-origin-44d-stalled-anyway", [ev("2025-01-20", "accepted")],
      t("2025-03-05"), (F.SEASONAL_DELAY, F.STALLED, A.CONTACT_SELLER), ()),
    S("001-cny-closes-china-not-destination-customs", [ev("2026-01-20", "export"),
      ev("2026-02-10", "import"), ev("2026-02-16", "customs")], t("2026-02-23"),
      (F.CUSTOMS_DELAY,), (F.SEASONAL_DELAY,)),
    # 001 "in the pre-New Year period ... a noticeable slowdown in the circulation of parcels"
    S("001-dec-jan-rush-origin-23d", [ev("2025-12-20", "accepted")], t("2026-01-12"),
      (F.SEASONAL_DELAY, A.WAIT), (F.STALLED,)),
    S("001-january-silence-after-rush-not-seasonal", [ev("2026-01-05", "import")],
      t("2026-01-20"), (A.WAIT,), (F.SEASONAL_DELAY,)),
    # 002 "Single's Day (November 11), Black Friday, or end-of-year holidays often extend
    # delivery times by 2 to 4 weeks."
    S("002-singles-day-import-35d-not-stalled", [ev("2026-11-12", "import")],
      t("2026-12-17"), (F.SEASONAL_DELAY,), (F.STALLED, A.CONTACT_POST)),
    S("002-import-35d-in-september-stalled", [ev("2026-09-01", "import")], t("2026-10-06"),
      (F.STALLED, A.CONTACT_POST), (F.SEASONAL_DELAY,)),
    S("002-black-friday-window", [ev("2026-11-26", "import")], t("2026-11-29"),
      (F.SEASONAL_DELAY,), ()),
    S("002-peaks-do-not-stretch-the-last-mile", [ev("2026-11-26", "out_for_delivery")],
      t("2026-11-29"), (F.STALLED, A.CONTACT_POST), (F.SEASONAL_DELAY,)),
    S("peak-over-terminal-is-not-flagged", [ev("2026-11-12", "delivered")], t("2026-12-17"),
      (), (F.SEASONAL_DELAY, *ALL_ADVICE)),
    # window edges: CNY 2026 runs from New Year's Eve, 16 February, to 1 March (7 holiday
    # days and the week after them); 11.11 2025 to 24 November; Black Friday 2025 is the 28th
    S("001-cny-window-first-day", [ev("2026-02-10", "export")], t("2026-02-16"),
      (F.SEASONAL_DELAY,), ()),
    S("001-cny-window-over-after-the-resume-week", [ev("2026-03-02", "export")],
      t("2026-03-20"), (A.WAIT,), (F.SEASONAL_DELAY,)),
    S("002-gap-between-11.11-and-black-friday", [ev("2025-11-25", "import")], t("2025-11-27"),
      (A.WAIT,), (F.SEASONAL_DELAY,)),
    S("002-black-friday-2025-first-day", [ev("2025-11-25", "import")], t("2025-11-28"),
      (F.SEASONAL_DELAY,), ()),
    # the norm stretches by the share of a window the silence covers: 12 of the 31 days of
    # the December rush add 5 of its 14 days; only its last day adds none
    S("002-december-rush-into-january", [ev("2025-12-20", "import")], t("2026-01-20"),
      (F.SEASONAL_DELAY, A.WAIT), (F.STALLED,)),
    S("002-new-year-eve-alone-is-not-seasonal", [ev("2025-12-31", "import")], t("2026-01-20"),
      (A.WAIT,), (F.SEASONAL_DELAY, F.STALLED)),
    S("001-cny-last-day-does-not-excuse-two-months", [ev("2026-03-01", "export")],
      t("2026-05-05"), (F.STALLED, A.CONTACT_POST), (A.OPEN_DISPUTE,)),
    S("001-cny-fresh-track-still-needs-first-scan", [], t("2026-03-15"),
      (F.NO_FIRST_SCAN, A.CONTACT_SELLER), (A.OPEN_DISPUTE,), track_issued_at=t("2026-03-01")),
    S("001-new-year-day-onwards-not-seasonal", [ev("2026-01-01", "import")], t("2026-01-20"),
      (A.WAIT,), (F.SEASONAL_DELAY,)),
    # both sides of the remaining thresholds
    S("001-customs-13.5d-not-yet-call", CUSTOMS, after("2026-06-21", 13.5), (F.CUSTOMS_DELAY,),
      (A.CONTACT_CUSTOMS, F.STALLED)),
    S("001-customs-14.5d-call", CUSTOMS, after("2026-06-21", 14.5), (A.CONTACT_CUSTOMS,), ()),
    S("000-domestic-9.5d-normal", DOMESTIC, after("2026-06-23", 9.5), (A.WAIT,),
      (F.STALLED, A.CONTACT_POST)),
    S("001-weight-99g-below-threshold", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-20", "import", 330)], after("2026-06-20", 1), (), (F.WEIGHT_ANOMALY,)),
    S("001-weight-gradual-theft-against-heaviest", [ev("2026-06-01", "accepted", 429),
      ev("2026-06-10", "export", 370), ev("2026-06-20", "import", 320)],
      after("2026-06-20", 1), (F.WEIGHT_ANOMALY,), ()),
    # --- order of events does not matter
    S("out-of-order-history", [ev("2026-06-20", "import"), ev("2026-06-01", "accepted"),
      ev("2026-06-03", "export")], after("2026-06-20", 31), (F.STALLED, A.CONTACT_POST), (),
      Stage.IMPORT),
    S("same-time-later-stage-wins", [ev("2026-06-20", "import"), ev("2026-06-20", "export")],
      after("2026-06-20", 2), (A.WAIT,), (F.RETURNING,), Stage.IMPORT),
    S("unknown-status-keeps-the-known-stage", [*EXPORT, ev("2026-06-10", "unknown")],
      after("2026-06-10", 30), (A.WAIT,), (F.STALLED, F.NO_FIRST_SCAN), Stage.EXPORT),
]


@pytest.mark.parametrize(("events", "now", "has", "hasnt", "stage", "first", "kwargs"), SCENARIOS)
def test_scenario(
    events: list[Event],
    now: dt.datetime,
    has: tuple[Flag | Advice, ...],
    hasnt: tuple[Flag | Advice, ...],
    stage: Stage | None,
    first: Advice | None,
    kwargs: dict[str, Any],
) -> None:
    result = assess(events, now=now, **kwargs)
    got: set[Flag | Advice] = {*result.flags, *result.advice}
    assert set(has) <= got, result.reasons
    assert not set(hasnt) & got, result.reasons
    if stage is not None:
        assert result.stage is stage
    if first is not None:
        assert result.advice[0] is first
    # the invariants every assessment keeps
    assert len(result.reasons) == len(result.flags) + len(result.advice)
    assert len(set(result.advice)) == len(result.advice)
    assert all(r.endswith(".") for r in result.reasons)
    if result.stage in (Stage.DELIVERED, Stage.CANCELLED, Stage.REFUNDED):
        assert result.advice == ()
        assert result.act_after is None
        assert Flag.STALLED not in result.flags
    else:
        assert result.advice


def test_there_are_enough_scenarios_and_every_name_is_covered_both_ways() -> None:
    assert len(SCENARIOS) >= 60
    present = {x for p in SCENARIOS for x in p.values[2]}
    absent = {x for p in SCENARIOS for x in p.values[3]}
    for item in (*Flag, *Advice):
        assert item in present, item
        assert item in absent, item
