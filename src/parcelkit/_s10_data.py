"""The S10 service-indicator table: one row per range of the first two letters.

Every one of the 676 letter pairs is covered by exactly one row (a test checks it).
Rows follow UPU standard S10-12, "Identification of postal items — 13-character
identifier", table of service indicators, as summarised in public references.  Where the
seeds say something about a range, it is kept as a note, not as a rule.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

__all__ = ["CATEGORIES", "DOMESTIC_USES", "SERVICE_ROWS", "DomesticUse", "ServiceRow"]

S10_STANDARD: Final = (
    "UPU S10-12 (2019), Identification of postal items, 13-character identifier, "
    "table of service indicators; summary at https://en.wikipedia.org/wiki/S10_(UPU_standard)"
)
SEED_001: Final = "seed 001_476d9909002067ca.txt"

Status = Literal["allocated", "reserved", "unassigned"]

#: The closed vocabulary of ``S10Code.category``.
CATEGORIES: Final = (
    "ems",
    "parcel",
    "ecommerce",
    "registered",
    "insured",
    "express_letter",
    "letter",
    "m_bag",
    "business_reply",
    "domestic",
)


@attrs.frozen
class ServiceRow:
    """One range of S10 service indicators and what the standard says about it."""

    #: First and last indicator of the range, inclusive, e.g. ``("QA", "QM")``.
    first: str
    last: str
    status: Status
    #: One of :data:`CATEGORIES` for allocated rows, ``None`` otherwise.
    category: str | None
    #: The standard's meaning of the range, in a few words.
    meaning: str
    #: Whether items of this range can be followed in tracking systems: ``None`` = depends.
    tracked: bool | None
    notes: tuple[str, ...]
    source: str
    #: A valid code of this range (allocated rows only); tests run it.
    example: str | None = None

    def covers(self, indicator: str) -> bool:
        return self.first <= indicator <= self.last


def _row(
    first: str,
    last: str,
    status: Status,
    category: str | None,
    meaning: str,
    tracked: bool | None = None,
    *,
    example: str | None = None,
    notes: tuple[str, ...] = (),
    source: str = S10_STANDARD,
) -> ServiceRow:
    return ServiceRow(first, last, status, category, meaning, tracked, notes, source, example)


_UNASSIGNED = "not allocated by S10-12; no postal operator may issue it"
_RESERVED = "reserved by S10-12 for future use; not to be issued"
_DOMESTIC = "for domestic, bilateral or multilateral use only"

SERVICE_ROWS: Final = (
    _row("AA", "AU", "unassigned", None, _UNASSIGNED),
    _row("AV", "AZ", "allocated", "domestic", _DOMESTIC, example="AV123456785NL"),
    _row("BA", "BZ", "allocated", "domestic", _DOMESTIC, example="BA123456785DE"),
    _row("CA", "CZ", "allocated", "parcel", "parcel post", True, example="CP123456785DE",
         notes=("Seed 001: CA-CZ are registered items over 2 kg, tracked.",)),
    _row("DA", "DZ", "allocated", "domestic", _DOMESTIC, example="DA123456785FR"),
    _row("EA", "EZ", "allocated", "ems", "EMS (Express Mail Service)", True,
         example="EE123456785CN",
         notes=("Seed 001: EA-EZ are registered items sent as EMS, tracked.",)),
    _row("FA", "FZ", "unassigned", None, _UNASSIGNED),
    _row("GA", "GA", "allocated", "domestic", _DOMESTIC, example="GA123456785GB"),
    _row("GB", "GC", "unassigned", None, _UNASSIGNED),
    _row("GD", "GD", "allocated", "domestic", _DOMESTIC, example="GD123456785GB"),
    _row("GE", "GZ", "unassigned", None, _UNASSIGNED),
    _row("HA", "HZ", "allocated", "ecommerce", "e-commerce parcels", True,
         example="HA123456785US"),
    _row("IA", "IZ", "unassigned", None, _UNASSIGNED),
    _row("JA", "JZ", "reserved", None, _RESERVED),
    _row("KA", "KZ", "reserved", None, _RESERVED),
    _row("LA", "LZ", "allocated", "express_letter", "letter post, express delivery", None,
         example="LZ123456785CN",
         notes=(
             "Seed 001 calls LA-LZ 'unregistered small packets, not tracked'; S10-12 "
             "allocates L to express letter post. The category follows the standard; in "
             "practice many L items from marketplaces are tracked only partly or not at all.",
         )),
    _row("MA", "MZ", "allocated", "m_bag", "M bags (printed matter to one addressee)", None,
         example="MA123456785US",
         notes=("M bags are tracked only when sent registered.",)),
    _row("NA", "NZ", "allocated", "domestic", _DOMESTIC, example="NA123456785AU"),
    _row("OA", "OZ", "unassigned", None, _UNASSIGNED),
    _row("PA", "PZ", "allocated", "domestic", _DOMESTIC, example="PA123456785KR"),
    _row("QA", "QM", "allocated", "business_reply",
         "International Business Reply Service (IBRS) items", False, example="QA123456785GB",
         notes=("IBRS replies are unregistered and carry no tracking.",)),
    _row("QN", "QZ", "unassigned", None, _UNASSIGNED),
    _row("RA", "RZ", "allocated", "registered", "registered letter post", True,
         example="RK190321410CN",
         notes=("Seed 001: RA-RZ are registered small packets under 2 kg, tracked.",)),
    _row("SA", "SZ", "reserved", None, _RESERVED),
    _row("TA", "TZ", "reserved", None, _RESERVED),
    _row("UA", "UZ", "allocated", "letter",
         "letter post items other than registered, insured or express, under customs control",
         False, example="UA123456785CN",
         notes=(
             "U items carry a barcode for customs (CN 22/CN 23) but are usually not tracked, "
             "or only up to the exchange office.",
         )),
    _row("VA", "VZ", "allocated", "insured", "insured letter post", True,
         example="VA123456785FR"),
    _row("WA", "WZ", "reserved", None, _RESERVED),
    _row("XA", "XZ", "unassigned", None, _UNASSIGNED),
    _row("YA", "YZ", "unassigned", None, _UNASSIGNED),
    _row("ZA", "ZZ", "allocated", "domestic", _DOMESTIC, example="ZA123456785IT"),
)  # fmt: skip


@attrs.frozen
class DomesticUse:
    """A known operator's own use of a pair S10-12 does not allocate, in one country."""

    indicator: str
    country: str
    operator: str
    #: The parcelkit carrier id whose format row reads these codes.
    carrier: str
    source: str
    example: str


_KARRIO_2023: Final = (
    "https://github.com/karrioapi/karrio/blob/7b33394af66316423aa84a47c097e231176ab1bc/"
    "modules/connectors/"
)

#: Pairs outside S10-12's allocation that an operator prints on its own domestic items.
#: :mod:`parcelkit.s10` stays a faithful S10-12 validator and rejects them; its message
#: names the operator, and the classifier has a format row for each (a test checks both).
DOMESTIC_USES: Final = (
    DomesticUse("XP", "FR", "Chronopost", "chronopost",
                "https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/"
                "chronopost/tests/chronopost/test_shipment.py", "XP696982485FR"),
    DomesticUse("FQ", "GB", "Royal Mail", "royal_mail",
                _KARRIO_2023 + "royalmail/tests/royalmail/test_tracking.py",
                "FQ087430672GB"),
    DomesticUse("GE", "GB", "TNT", "tnt",
                _KARRIO_2023 + "tnt/tests/tnt/test_shipment.py", "GE000003364GB"),
)  # fmt: skip
