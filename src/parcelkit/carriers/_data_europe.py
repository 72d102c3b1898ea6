"""Formats of European parcel carriers and the piece numbers of DHL Paket, with the real
numbers of public projects' test fixtures as examples.

Each row's source is the fixture its example numbers come from.  Formats without a check
digit keep a low confidence unless letters fix the carrier; bare-digit formats rank by
documented prefix facts (DHL Paket's ``0034043``, DPD's leading depot digit ``0``).
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import FormatRow, row

__all__ = ["ROWS"]

_KARRIO: Final = "https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/{}"
_SHIPMENT_TRACKER: Final = (
    "https://github.com/sauladam/shipment-tracker/blob/HEAD/tests/Trackers/{}"
)
_GS1: Final = {"evens": 3, "odds": 1}

ROWS: Final[tuple[FormatRow, ...]] = (
    row("dhl", "dhl_paket_20", "DHL Paket (20, 0034043)",
        r"(?P<body>0034043[0-9]{12})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, confidence=0.7,
        notes=("DHL Paket's own prefix 0034043; the GS1 check digit that USPS's 20-digit "
               "numbers use too, so the prefix decides.",),
        source=_KARRIO.format("dhl_parcel_de/tests/dhl_parcel_de/test_tracking.py")
        + "; " + _SHIPMENT_TRACKER.format("DHLTest.php"),
        valid=("00340434161094015902", "00340434162530531062", "00340433924192991025"),
        invalid=("00340434161094015903",)),
    row("dhl", "dhl_paket_jd", "DHL Paket piece code (JD + 18)", r"JD[0-9]{18}",
        confidence=0.6,
        notes=("No check digit that the examples share: the JD prefix alone decides.",),
        source=_KARRIO.format("dhl_universal/tests/dhl_universal/test_tracking.py"),
        valid=("JD014600002266382340", "JD014600006281230704"),
        invalid=("JD01460000226638234",)),
    row("dpd", "dpd_14_digits", "DPD parcel number (14 digits, depot first)",
        r"0[0-9]{13}", confidence=0.15,
        notes=("The first four digits are the DPD depot; printed without the check "
               "character of the 15-character form.  No check digit: little evidence.",),
        source=_KARRIO.format("dpd/tests/dpd/test_tracking.py"),
        valid=("05308801410058", "05300000011267"), invalid=("15308801410058",)),
    row("gls", "gls_11", "GLS parcel number (11 digits)", r"[0-9]{11}",
        confidence=0.1,
        notes=("Eleven bare digits without a check digit: little evidence on its own.",),
        source=_KARRIO.format("gls/tests/gls/test_tracking.py")
        + "; " + _SHIPMENT_TRACKER.format("GLSTest.php"),
        valid=("36301917596", "50346007538"), invalid=("3630191759",)),
    row("landmark", "landmark_ltn_9", "Landmark Global LTN (9 digits, pieces N1-N4)",
        r"LTN[0-9]{9}N[1-4]", confidence=0.85,
        source=_KARRIO.format("landmark/tests/landmark/test_tracking.py"),
        valid=("LTN408798880N1", "LTN433006705N1", "LTN450000001N1"),
        invalid=("LTN408798880N5",)),
    row("chronopost", "chronopost_xp", "Chronopost domestic (XP…FR)",
        r"XP(?P<body>[0-9]{8})(?P<check>[0-9])FR", checksum="s10", confidence=0.9,
        notes=("S10 shape with the S10 check digit; S10-12 does not allocate XP, "
               "which Chronopost uses in France.",),
        source=_KARRIO.format("chronopost/tests/chronopost/test_shipment.py"),
        valid=("XP696982485FR",), invalid=("XP696982484FR",)),
    row("bpost", "bpost_24", "bpost parcel barcode (24 digits, 32…)", r"32[0-9]{22}",
        confidence=0.2,
        notes=("No check digit: the 32 prefix is the only evidence.",),
        source=_KARRIO.format("bpost/tests/bpost/test_tracking.py"),
        valid=("323212345659900040669030",), invalid=("333212345659900040669030",)),
    row("austrian_post", "austrian_post_22", "Austrian Post parcel (22 digits, 10…)",
        r"10[0-9]{20}", confidence=0.15,
        notes=("No check digit: the 10 prefix is the only evidence.",),
        source=_KARRIO.format("postat/tests/postat/test_tracking.py"),
        valid=("1000000500113230110301",), invalid=("2000000500113230110301",)),
    row("fedex", "fedex_smartpost_20", "FedEx SmartPost (20, printed without 92)",
        r"(?P<body>61[0-9]{17})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, prepend=("92", "92"), confidence=0.6,
        notes=("The check digit is USPS's, computed with the 92 that the label omits.",),
        source="https://github.com/niradler/tracking-number-validation/blob/HEAD/test",
        valid=("61299995669352455464", "61299995669151880177"),
        invalid=("61299995669352455465",)),
    row("cdek", "cdek_10", "CDEK order number (10 digits)", r"[0-9]{10}",
        confidence=0.1,
        notes=("Ten bare digits without a check digit: little evidence on its own.",),
        source="https://github.com/sanmai/cdek-sdk/blob/HEAD/tests/Deserialization/OrderTest.php",
        valid=("2066479243", "2080965069"), invalid=("206647924",)),
)  # fmt: skip
