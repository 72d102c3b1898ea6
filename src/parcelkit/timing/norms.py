"""Every timing threshold parcelkit applies, one row per rule, each quoting its seed.

The engine in :mod:`parcelkit.timing` reads its numbers only from here, and
``docs/timing.md`` embeds :func:`markdown_table`, so the documentation cannot drift.

>>> norm("export_silence").value
50.0
>>> norm("export_silence").seed
'001_476d9909002067ca.txt'
"""

from __future__ import annotations

import attrs

__all__ = ["NORMS", "Norm", "markdown_choices", "markdown_table", "norm"]

S000 = "000_7adf0db5e1e7dddf.txt"
S001 = "001_476d9909002067ca.txt"
S002 = "002_efec964e4a635d95.txt"
S003 = "003_4a413a98dd5268d7.txt"


@attrs.frozen
class Norm:
    """One timing rule: a value (the upper end or threshold), its unit and the sentence behind it.

    ``low`` is set for rules that are ranges (delivery estimates). ``also`` lists other
    seed sentences about the same fact — where they disagree, ``choice`` says why
    ``value`` was picked inside the span they give.
    """

    key: str
    value: float = attrs.field(converter=float)
    unit: str
    rule: str
    seed: str
    quote: str
    low: float | None = attrs.field(default=None, converter=attrs.converters.optional(float))
    also: tuple[tuple[str, str], ...] = ()
    choice: str = ""


NORMS: tuple[Norm, ...] = (
    Norm(
        "first_scan_contact_seller", 10, "days",
        "no scan this long after the track code was issued: write to the seller",
        S001,
        "That is why there is a rule that within 10 days you should not even worry that your "
        "track is not being read. And only after the expiration of this period, you can start "
        "asking questions to the seller.",
        also=(
            (S000, "the first record in the tracking system will be available not earlier than "
                   "6-10 days"),
            (S001, "If less than 7 - 14 days have passed since the receipt of the track code, and "
                   "the package is not tracked"),
            (S001, "just wait two weeks until the information about the package starts to be "
                   "read."),
        ),
        choice="The seeds span 6 to 14 days; 10 days is the figure seed 001 states as a rule "
               "and repeats three times.",
    ),
    Norm(
        "first_scan_dispute", 5, "days",
        "the seller had this long after the 10 days and the track is still silent: open a dispute",
        S001,
        "If the seller does nothing within 5 days, then open a dispute, ignoring the seller's "
        "assurances.",
        also=(
            (S001, "It has been 15 days and my package has not been dispatched."),
            (S001, "Or, 5 days after the issuance of the track code, open a dispute (dispute)."),
        ),
        choice="Seed 001 also allows a dispute 5 days after the code is issued when the seller "
               "gave a wrong code; a wrong code cannot be told from a slow one, so the dispute "
               "comes after the 10 days plus the seller's 5, the 15 days of seed 001's letter.",
    ),
    Norm(
        "origin_silence", 20, "days",
        "a status at the origin (accepted, exception) may stay unchanged this long",
        S001,
        "If the status of the mail item does not change for 7 - 20 days, do not worry, this is "
        "normal for international mail.",
        also=(
            (S000, "If after 5-7 days the status will remain the same, it makes sense to report "
                   "this to the seller or open a dispute."),
        ),
        choice="Seed 000's 5-7 days is about the sales rush; seed 001 calls up to 20 days normal "
               "for any international item, so silence counts as stalled only after 20 days.",
    ),
    Norm(
        "transit_silence", 14, "days",
        "an intermediate transit point before export may hold the parcel this long",
        S000,
        'The parcel can "hang" in transit points up to 10-14 days waiting for further dispatch.',
    ),
    Norm(
        "export_silence", 50, "days",
        "silence after export or in international transit is normal this long",
        S001,
        "Failures in 30-50 days after export are in the order of things with China Post, "
        "Russian Post in collaboration with customs",
        also=(
            (S000, "But on average it ranges from two weeks to one and a half months."),
            (S000, "If tracking stops for 10-20 days, it is quite normal."),
        ),
        choice="Seed 000 gives two weeks to a month and a half on average, seed 001 30-50 days "
               "for parcels stuck in export; 50 days, the end of the span seed 001 calls 'in "
               "the order of things', and 000's average fits inside it.",
    ),
    Norm(
        "export_search", 60, "days",
        "after this long in export ask the post for a search; a dispute is pointless there",
        S000,
        'But if more than two months have passed since receipt of the "Export" status, and '
        "there are no changes, you should contact the postal service that deliver, with a "
        "statement of the search for departure.",
        also=(
            (S001, "It makes no sense to open a dispute, because. The fault of the seller in such "
                   "failures is not."),
        ),
    ),
    Norm(
        "import_silence", 30, "days",
        "import, the longest stage, is normal this long (two weeks on average)",
        S001,
        "But there are especially slow sorting points with old equipment or high load, in which "
        "parcels hang for a month or even more.",
        also=((S001, "On average, it can take two weeks."),),
        choice="Two weeks is the average, a month happens at slow sorting points; 30 days is "
               "the point past which import silence is no longer ordinary.",
    ),
    Norm(
        "customs_delay", 5, "days",
        "customs without an update this long: the parcel is delayed at customs",
        S003,
        "Any measures needed accept if the parcel status is not updated more than 5 days from "
        "receipt of the first message.",
        also=((S003, "In winter time (in cold weather) from 1 day to a week."),),
    ),
    Norm(
        "customs_call", 14, "days",
        "customs without an update this long: call customs yourself",
        S001,
        "If more than 2-3 weeks have passed since the day the parcel arrived at customs, then "
        "you can call the right department yourself and ask the employees to find out what "
        "happened to it.",
        also=(
            (S003, "If the error during customs clearance in AliExpress is not updated already "
                   "several days, then it is necessary to open a dispute"),
            (S002, "In case of customs hold, you should contact the local carrier or customs "
                   "services to provide any missing documents or pay the due taxes."),
        ),
        choice="Seed 001 says 2-3 weeks; 14 days, its lower end, since the call is allowed once "
               "that much has passed. Seed 003's dispute is for a customs error status, which "
               "is not a stage of its own: disputes come from the protection rules instead.",
    ),
    Norm(
        "destination_silence", 10, "days",
        "after import and customs, the domestic leg may be silent this long",
        S000,
        "For example, delivery in the city takes no more than 1-2 days, and the departure area "
        "can be delivered about a week.",
        also=((S001, "It usually takes 7-15 days for the package to reach me after that."),),
        choice="Seed 000 says 1-2 days in a city and about a week in a region, seed 001 7-15 "
               "days after the Moscow sorting centre; 10 days lies inside both regional spans.",
    ),
    Norm(
        "out_for_delivery", 2, "days",
        "a parcel out for delivery should arrive by the next day",
        S002,
        "It should normally be delivered to the recipient today.",
        also=((S001, "Delivery is carried out on the day the item arrives at the office or the "
                     "next day"),),
        choice="Today per seed 002, or the next day per seed 001: 2 days.",
    ),
    Norm(
        "delivery_failed", 2, "days",
        "after a failed attempt the next attempt or the notice should follow this soon",
        S000,
        "Further, mail employees are required to write a notice and deliver it to the addressee "
        "within 1-2 days.",
    ),
    Norm(
        "office_storage", 30, "days",
        "an unclaimed parcel at the post office goes back after this long",
        S000,
        "The parcel, which lasted without demand a month, is sent back.",
        also=((S002, "The recipient did not collect the package from the post office or pickup "
                     "point within the holding period, usually 15 days."),),
        choice="Seed 000 (Russian Post) keeps a month, seed 002 (pickup points) 15 days: the "
               "month applies at_delivery_office, the 15 days ready_for_pickup.",
    ),
    Norm(
        "pickup_storage", 15, "days",
        "an unclaimed parcel at a pickup point goes back after this long",
        S002,
        "The recipient did not collect the package from the post office or pickup point within "
        "the holding period, usually 15 days.",
    ),
    Norm(
        "protection_extend", 5, "days",
        "this many days of buyer protection left and not delivered: extend the protection",
        S000,
        "If 5 days left before stopping protection, and your parcel is still not tracked, it "
        "makes sense to request the extension of the purchase time.",
        also=(
            (S001, "If the parcel is not delivered to your post office 5 days before the end of "
                   "the protection period, you have the right to open a dispute."),
            (S001, "Ask the seller to extend the order protection time. If the seller does not "
                   "respond, open a dispute."),
        ),
        choice="At 5 days seed 000 says extend and seed 001 says a dispute is allowed; parcelkit "
               "advises extending at 5 days and the dispute at 2 days (next row), as seed 001's "
               "closing advice orders them.",
    ),
    Norm(
        "protection_dispute", 2, "days",
        "this many days of protection left and not delivered: open a dispute",
        S001,
        "Or, a couple of days before the end of the protection period, open a dispute that a "
        "lot of time has passed, and the package is still on the way.",
    ),
    Norm(
        "weight_not_weighed", 0, "g",
        "a weight of 0 g means the point did not weigh the parcel; it is not a reading",
        S001,
        "When passing waypoints, such as sorting centers, logistics centers and others, control "
        "weighing is not performed, which is why zero weight is indicated.",
    ),
    Norm(
        "weight_drop", 100, "g",
        "a drop this large between real weight readings may mean theft",
        S001,
        "If the weight has changed more significantly (by 100 or more grams), then some items "
        "may have been stolen from your package.",
        also=((S001, "If the weight has changed slightly (by a few grams), then most likely the "
                     "reason is the error of the scales"),),
    ),
    Norm(
        "cny_holidays", 7, "days",
        "the official Chinese New Year holidays, from New Year's Eve",
        S001,
        "Officially, the Chinese New Year or Spring Festival in 2015 will be held from February "
        "18 to 24.",
    ),
    Norm(
        "cny_resume", 7, "days",
        "full work resumes this long after the official holidays end",
        S001,
        "Therefore, the full-fledged work of the Chinese begins a week after the end of official "
        "holidays.",
    ),
    Norm(
        "cny_stuck", 21, "days",
        "parcels that had not left China before the holidays stick this much longer",
        S001,
        "As a result, thanks to the Chinese New Year, it can be safely expected that parcels "
        "that do not have time to leave the border of China before the holidays can get stuck "
        "there for 2-3 weeks.",
        choice="2-3 weeks: the upper end, so that a normal holiday backlog is not called a stall.",
    ),
    Norm(
        "pre_new_year", 31, "days",
        "the pre-New-Year rush: December, the days before 1 January",
        S001,
        "Please note that in the pre-New Year period, the number of orders and shipments of "
        "parcels increases tenfold, and for this reason, a noticeable slowdown in the circulation "
        "of parcels begins.",
    ),
    Norm(
        "peak_silence", 14, "days",
        "a silence overlapping 11.11, Black Friday or the New-Year rush is normal this much "
        "longer; also the length of each sale's congestion window",
        S002,
        "periods of high commercial activity such as Single's Day (November 11), Black Friday, "
        "or end-of-year holidays often extend delivery times by 2 to 4 weeks.",
        choice="2 to 4 weeks: the lower end for silence norms (a certain extension), the whole "
               "span for delivery estimates (next row).",
    ),
    Norm(
        "peak_eta", 28, "days", "delivery estimates overlapping a peak are this much later",
        S002,
        "periods of high commercial activity such as Single's Day (November 11), Black Friday, "
        "or end-of-year holidays often extend delivery times by 2 to 4 weeks.",
        low=14,
    ),
    Norm(
        "eta_local_warehouse", 7, "days", "delivery from a local (European) warehouse",
        S002,
        "Delivery from European warehouses: 3 to 7 days for products stored in France, Spain, "
        "Poland, or Belgium",
        low=3,
    ),
    Norm(
        "eta_express", 10, "days", "international express delivery (DHL, FedEx, UPS)",
        S002,
        "International express delivery: 5 to 10 days via DHL, FedEx, or UPS from China",
        low=5,
        also=((S002, "generally between 5 and 10 business days for European destinations"),),
        choice="Calendar days, as in seed 002's summary list; its prose says business days.",
    ),
    Norm(
        "eta_standard", 20, "days", "standard shipping outside summer (winter, peaks)",
        S002,
        "In summer, deliveries are generally faster with times of 7 to 12 days, while in winter "
        "or during periods of high commercial activity, times can extend up to 20 days.",
        low=7,
        also=((S002, "AliExpress Standard Shipping: 7 to 25 days depending on the season and "
                     "destination"),),
        choice="7-25 days covers all seasons and destinations; parcelkit uses the seasonal "
               "figures of the same seed: 7-12 in summer (June-August), 7-20 otherwise.",
    ),
    Norm(
        "eta_standard_summer", 12, "days", "standard shipping in summer (June to August)",
        S002,
        "In summer, deliveries are generally faster with times of 7 to 12 days, while in winter "
        "or during periods of high commercial activity, times can extend up to 20 days.",
        low=7,
    ),
    Norm(
        "eta_economy", 60, "days", "economy shipping",
        S002,
        "Economy shipping: 15 to 60 days for the least expensive options",
        low=15,
        also=((S002, "Delivery times can extend from four to eight weeks for European "
                     "destinations."),),
        choice="The summary list's 15-60 days, which contains the 4-8 weeks given for Europe.",
    ),
)

_BY_KEY = {n.key: n for n in NORMS}


def norm(key: str) -> Norm:
    """The row called *key*; a :class:`KeyError` names a rule that does not exist."""
    return _BY_KEY[key]


def _num(x: float) -> str:
    return f"{x:g}"


def markdown_table() -> str:
    """The norms as the Markdown table embedded in ``docs/timing.md``."""
    lines = ["| rule | value | meaning | seed | sentence |", "|---|---|---|---|---|"]
    for n in NORMS:
        value = _num(n.value) if n.low is None else f"{_num(n.low)}–{_num(n.value)}"
        quote = n.quote.replace("|", "\\|")
        lines.append(
            f"| `{n.key}` | {value} {n.unit} | {n.rule} | {n.seed[:3]} | “{quote}” |"
        )
    return "\n".join(lines) + "\n"


def markdown_choices() -> str:
    """Where seeds disagree: the value chosen and every sentence involved, as Markdown."""
    out: list[str] = []
    for n in NORMS:
        if not n.choice:
            continue
        out.append(f"- **`{n.key}` = {_num(n.value)} {n.unit}.** {n.choice}")
        out.append(f"  - seed {n.seed[:3]}: “{n.quote}”")
        out.extend(f"  - seed {seed[:3]}: “{quote}”" for seed, quote in n.also)
    return "\n".join(out) + "\n"
