"""Formats of European parcel carriers and the piece numbers of DHL Paket, with the real
numbers of public projects' test fixtures as examples.

Each row's source is the fixture, recorded reply or carrier's API description its example
numbers come from.  Formats without a check digit keep a low confidence unless letters fix
the carrier; bare-digit formats rank by documented prefix facts (DHL Paket's ``0034043``,
DPD's leading depot digits, Swiss Post's ``98``).  Fixtures that were later removed from
their repository are cited at the last commit that had them.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import FormatRow, row

__all__ = ["ROWS"]

_KARRIO: Final = "https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/{}"
_SHIPMENT_TRACKER: Final = (
    "https://github.com/sauladam/shipment-tracker/blob/HEAD/tests/Trackers/{}"
)
_KARRIO_AT: Final = "https://github.com/karrioapi/karrio/blob/{}/modules/{}"
#: The last karrio commits that still had the connectors' removed test files.
_KARRIO_2023: Final = "7b33394af66316423aa84a47c097e231176ab1bc"
_KARRIO_2022: Final = "635325c8e77ef445a1fdf79da644d9c1162c26e7"
_KARRIO_GLS: Final = "8aab391939047daa064613d266c5dd4103f5bc8c"
_GEARTRACK: Final = "https://github.com/hdnpt/geartrack/blob/HEAD/test/{}"
_SHIPMENT_TRACKER_MOCK: Final = (
    "https://github.com/sauladam/shipment-tracker/blob/HEAD/tests/mock/{}"
)
#: DHL's own API description as karrio vendors it; it gives a piece ID with and without J.
_DHL_API: Final = _KARRIO.format("mydhl/vendors/dpdhl-express-api-3.1.1_swagger.yaml")
_GS1: Final = {"evens": 3, "odds": 1}
#: TrackingMore's SDK examples, one repository per carrier.
_TRACKINGMORE: Final = "https://github.com/clooney/{}/blob/HEAD/{}"

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
    row("dhl", "dhl_piece_jd_19", "DHL piece ID (JD + 19)", r"JD[0-9]{19}", confidence=0.6,
        notes=("A piece ID without its data identifier J; no check digit, the JD prefix "
               "decides.",),
        source=_DHL_API, valid=("JD0081105201831337270",), invalid=("JD008110520183133727",)),
    row("dhl", "dhl_piece_jjd_19", "DHL piece ID (JJD + 19)", r"JJD[0-9]{19}",
        confidence=0.6,
        notes=("The piece ID with its data identifier J, as the label prints it; no check "
               "digit, the JJD prefix decides.",),
        source=_DHL_API, valid=("JJD0081105201831337270",),
        invalid=("JJD008110520183133727",)),
    row("hermes", "hermes_h", "Hermes Germany shipment ID (H + 19 digits)", r"H[0-9]{19}",
        confidence=0.7,
        notes=("Hermes's shipment ID; no check digit, the H prefix and the length decide.",),
        source=_KARRIO.format("hermes/schemas/tracking_response.json"),
        valid=("H9746130018743501086",), invalid=("H974613001874350108",)),
    row("hermes", "hermes_14", "Hermes Germany parcel number (14 digits, check digit)",
        r"(?P<body>[0-9]{13})(?P<check>[0-9])", checksum="mod10", params=_GS1,
        confidence=0.12,
        notes=("Check digit: digits weighted 3 and 1 from the left, topped up to a multiple "
               "of ten (as libsendungsverfolgung's hermes.py computes it).",
               "Bare digits with Russian Post's check rule: a Russian index or a documented "
               "prefix (Nova Poshta's 20/59, DPD's depot, STO's 773) outranks it; it "
               "outranks only checkless bare digits.",),
        source=_KARRIO.format("hermes/vendor/openapi-POD.yaml")
        + "; https://github.com/soult/libsendungsverfolgung/blob/HEAD/"
        "libsendungsverfolgung/hermes.py",
        valid=("89195131100303",), invalid=("89195131100304",)),
    row("swiss_post", "swiss_post_98", "Swiss Post domestic consignment (18 digits, 98…)",
        r"98[0-9]{16}", confidence=0.2,
        notes=("Printed 98.00.801053.54509635; no check digit that the sources document, "
               "so only the 98 prefix is evidence.",),
        source=_SHIPMENT_TRACKER_MOCK.format("PostCH/delivered.txt"),
        valid=("980080105354509635",), invalid=("970080105354509635",)),
    row("dpd", "dpd_14_digits", "DPD parcel number (14 digits, depot first)",
        r"(?!1550)[01][0-9]{13}", confidence=0.15,
        notes=("The first four digits are the DPD depot (0530 in the examples; depot 1550 "
               "has a row of its own); printed without the check character of the "
               "15-character form.  No check digit: little evidence.",),
        source=_KARRIO.format("dpd/tests/dpd/test_tracking.py"),
        valid=("05308801410058", "05300000011267"),
        invalid=("25308801410058", "15504411382518")),
    row("dpd", "dpd_14_1550", "DPD parcel number (14 digits, depot 1550)",
        r"1550[0-9]{10}", confidence=0.45,
        notes=("Depot 1550 first, as DPD UK's numbers in two public projects' tests; "
               "printed without the check character of the 15-character form.  No check "
               "digit.",
               "Russian indices 1550xx exist (Ivanovo oblast), so a 1550… number whose "
               "Russian Post check digit holds could be either: the row shares Russian "
               "Post's confidence and such a number names neither.  Where the Russian "
               "check digit fails (nine numbers in ten) the depot prefix decides."),
        source=_GEARTRACK.format("17track.test.js")
        + "; https://github.com/Markinhos/aftership-challenge/blob/HEAD/test/test_data/"
        "dpduk.js",
        valid=("15504411382518", "15501498140350", "15501733652085"),
        invalid=("15514411382518", "1550441138251")),
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
        r"(?P<body>10[0-9]{19})(?P<check>[0-9])", checksum="mod10", params=_GS1,
        confidence=0.5,
        notes=("Check digit: digits weighted 3 and 1 from the left, topped up to a multiple "
               "of ten (Post.at's label guide, as libsendungsverfolgung's at_post.py "
               "computes it).",),
        source=_KARRIO.format("postat/tests/postat/test_shipment.py")
        + "; https://github.com/soult/libsendungsverfolgung/blob/HEAD/"
        "libsendungsverfolgung/at_post.py",
        valid=("1000000500113230110301",),
        invalid=("2000000500113230110301", "1000000500113230110302")),
    row("fedex", "fedex_smartpost_20", "FedEx SmartPost (20, printed without 92)",
        r"(?P<body>(?:61[0-9]{2}|7489|4199)[0-9]{15})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, prepend=("92", "92"), confidence=0.6,
        notes=("The check digit is USPS's, computed with the 92 that the label omits.",
               "61…, 7489… and 4199… are the starts FedEx's mock numbers and public "
               "trackers' tests use; other starts stay USPS's."),
        source="https://github.com/niradler/tracking-number-validation/blob/HEAD/test; "
        "https://github.com/mediocre/bloodhound/blob/HEAD/test/carriers/fedEx.js",
        valid=("61299995669352455464", "61299995669151880177", "74899992242124855076",
               "41999998135520738841"),
        invalid=("61299995669352455465", "74899992242124855077")),
    row("cdek", "cdek_10", "CDEK order number (10 digits)", r"[0-9]{10}",
        confidence=0.1,
        notes=("Ten bare digits without a check digit: little evidence on its own.",),
        source="https://github.com/sanmai/cdek-sdk/blob/HEAD/tests/Deserialization/OrderTest.php",
        valid=("2066479243", "2080965069"), invalid=("206647924",)),
    row("gls", "gls_12", "GLS parcel number (12 digits, check digit)",
        r"(?P<body>[0-9]{11})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, prepend=("X", "01"), confidence=0.4,
        notes=("The eleven-digit parcel number and its check digit: weights 3 and 1 from "
               "the left, plus one, topped up to a multiple of ten (GLS's Uni-Box "
               "documentation, as libsendungsverfolgung's gls.py computes it).  The "
               "prepended 01 adds that one without moving the weights.",
               "Bare digits: the check digit holds for one random number in ten."),
        source=_KARRIO_AT.format(_KARRIO_GLS, "connectors/gls/tests/gls/test_tracking.py")
        + "; " + _KARRIO_AT.format(_KARRIO_GLS, "connectors/gls/tests/gls/test_shipment.py"),
        valid=("604831862623", "601079500843"), invalid=("604831862624",)),
    row("postnl", "postnl_3s", "PostNL parcel barcode (3S + customer code)",
        r"3S[A-Z]{4}[0-9]{7,9}", confidence=0.7,
        notes=("3S, the sender's four-letter customer code, a serial; no check digit.",),
        source="https://github.com/firstred/postnl-api-php/blob/HEAD/tests/Resources/"
        "responses/rest/shippingstatus/updatedshipments.http; "
        "https://github.com/firstred/postnl-api-php/blob/HEAD/tests/Resources/"
        "responses/rest/barcode/singlebarcode.http",
        valid=("3SABCD987453178", "3SABCD3563340", "3SDEVC816223392"),
        invalid=("3SDEVC8162233921", "3S1234567890123")),
    row("correos", "correos_pq", "Correos parcel (PQ…, 23 characters)",
        r"PQ[0-9A-Z]{4}[0-9]{16}[A-Z]", confidence=0.6,
        notes=("PQ, a four-character sender code, sixteen digits and a final letter; no "
               "check that the examples confirm.",),
        source=_GEARTRACK.format("correosES.test.js") + "; "
        + _GEARTRACK.format("correosExpress.test.js"),
        valid=("PQ4F6P0703673180181750T", "PQ4F6P0705905960188365S",
               "PQ4F6P0707051350182440J"),
        invalid=("PQ4F6P07036731801817501",)),
    row("inpost", "inpost_24", "InPost parcel number (24 digits)", r"[0-9]{24}",
        confidence=0.1,
        notes=("Twenty-four bare digits without a check digit: little evidence on its own.",),
        source="https://github.com/IFOSSA/inpost-python/blob/HEAD/tests/test_data.py",
        valid=("954928772800409758129169", "991798006092038618752844",
               "614500956250559117908538"),
        invalid=("95492877280040975812916",)),
    row("tnt", "tnt_ge", "TNT consignment (GE…, S10 shape)",
        r"GE(?P<body>[0-9]{8})(?P<check>[0-9])[A-Z]{2}", checksum="s10", confidence=0.8,
        notes=("S10 shape with the S10 check digit; S10-12 does not allocate GE, which "
               "TNT uses for its consignment numbers.",),
        source=_KARRIO_AT.format(_KARRIO_2023, "connectors/tnt/tests/tnt/test_shipment.py"),
        valid=("GE000003364GB",), invalid=("GE000003365GB",)),
    row("tnt", "tnt_9", "TNT consignment number (9 digits, check digit)",
        r"(?P<body>[0-9]{8})(?P<check>[0-9])", checksum="s10", confidence=0.25,
        notes=("The consignment number as TNT's tracking reply gives it; its last digit is "
               "the S10 check digit of the first eight, as in the GE…GB form.",
               "Bare digits: the check digit holds for one random number in eleven, so the "
               "finder reports it only after a tracking word."),
        source="https://github.com/egg-/delivery-tracker/blob/HEAD/test/fixtures/"
        "tnt-DELIVEREDNUM (consignmentNumber)",
        valid=("678323107",), invalid=("678323108", "67832310")),
    row("packeta", "packeta_z", "Packeta / Zásilkovna (Z + 10 digits)", r"Z[0-9]{10}",
        confidence=0.6,
        notes=("Z and the ten-digit packet id, the tracking code Packeta's label guide "
               "prints as a Code 128 barcode (and as Z 000 0000 000 beneath it); no check "
               "digit, the Z prefix and the length decide.",
               "The example is the guide's own; no public fixture with a real Packeta "
               "code was found.",),
        source="https://docs.packetery.com/04-label/01-label.html (tracking code format "
        "Z1234567890); https://docs.packetery.com/03-creating-packets/"
        "06-packetery-api-reference.html (packet id: 10 digits)",
        valid=("Z1234567890",), invalid=("Z123456789", "Y1234567890")),
    row("royal_mail", "royal_mail_fq", "Royal Mail domestic tracked (FQ…GB)",
        r"FQ(?P<body>[0-9]{8})(?P<check>[0-9])GB", checksum="s10", confidence=0.9,
        notes=("S10 shape with the S10 check digit; S10-12 does not allocate FQ, which "
               "Royal Mail's tracking API uses for domestic items.",),
        source=_KARRIO_AT.format(
            _KARRIO_2023, "connectors/royalmail/tests/royalmail/test_tracking.py")
        + "; https://github.com/elliotjreed/royal-mail-tracking/blob/HEAD/tests/"
        "ElliotJReed/RoyalMail/Tracking/EventsTest.php",
        valid=("FQ087430672GB",), invalid=("FQ087430673GB",)),
    row("colissimo", "colissimo_13", "Colissimo parcel (digit, letter, 11 digits)",
        r"[0-9][A-Z][0-9]{11}", confidence=0.3,
        notes=("A product prefix such as 6A, then eleven digits; no check digit that the "
               "sources document.",),
        source=_KARRIO_AT.format(
            _KARRIO_2023, "connectors/colissimo/tests/colissimo/test_shipment.py"),
        valid=("6A15984040331",), invalid=("6A1598404033",)),
    row("brt", "brt_15", "BRT parcel number (15 digits)", r"[0-9]{15}", confidence=0.1,
        notes=("Fifteen bare digits without a check digit: little evidence on its own, "
               "and the shape of Yunda's and ZTO's numbers too, so the number alone "
               "names none of them.",),
        source=_TRACKINGMORE.format("brt-tracking-api", "brt-tracking-api-php.md")
        + " (courier code bartolini)",
        valid=("116031020229566", "249022794942201", "089191803516765"),
        invalid=("11603102022956",)),
    row("evri", "evri_h16", "Evri parcel barcode (H + 15 characters)",
        r"H[0-9A-Z]{4}A[0-9]{10}", confidence=0.4,
        notes=("H, a four-character client code, A and ten digits: the 16-character "
               "barcode Evri (formerly Hermes UK) tracks by.  Hermes Germany's numbers are "
               "H + 19 digits or 14 digits, so the shape is Evri's.  No check digit.",),
        source=_TRACKINGMORE.format("evri-tracking-api", "evri-tracking-api-php.md")
        + " (courier code hermes-uk); "
        + _TRACKINGMORE.format("hermes-tracking-api", "hermes-tracking-api-php.md")
        + "; https://evri.com/faqs/receiving-a-parcel/how-do-i-track-my-parcel "
        "(a 16-character barcode number)",
        valid=("H001EA0111477070", "H0526A0006382298", "H01PJA0067929440",
               "HZZADA0058353452"),
        invalid=("H001EB0111477070", "H001EA011147707")),
    row("parcelforce", "parcelforce_pbtm", "Parcelforce (PBTM + 10 digits)",
        r"PBTM[0-9]{10}", confidence=0.6,
        notes=("Four letters and ten digits, the shape Parcelforce's help page gives; no "
               "check digit, the PBTM prefix decides.",),
        source="https://github.com/duckduckgo/zeroclickinfo-goodies/blob/HEAD/t/Parcelforce.t",
        valid=("PBTM8041434001", "PBTM8237263001"), invalid=("PBTM804143400",)),
    row("sda", "sda_uw", "SDA Express Courier (3UW / 4UW, 13 characters)",
        r"[34]UW[0-9A-Z]{4}[0-9]{6}", confidence=0.5,
        notes=("A digit, UW, four characters and six digits; no check digit.",),
        source=_TRACKINGMORE.format("sda-tracking-api", "sda-tracking-api-java.md")
        + " (courier code italy-sda)",
        valid=("3UW19XY000127", "4UW1CEG000511", "3UW0H2H018366"),
        invalid=("5UW19XY000127", "3UW19XY00012")),
    row("poste_italiane", "poste_italiane_2ima", "Poste Italiane (2IMA + 10 digits)",
        r"2IMA[0-9]{10}", confidence=0.5,
        notes=("No check digit: the 2IMA prefix is the only evidence.",),
        source=_TRACKINGMORE.format("poste-italiane", "create-multiple-trackings.php")
        + "; " + _TRACKINGMORE.format("poste-italiane", "create-a-tracking-item.php"),
        valid=("2IMA0012812413", "2IMA0012812425", "2IMA0012812428"),
        invalid=("2IMA001281242",)),
    row("royal_mail", "royal_mail_kl_fl", "Royal Mail domestic (KL… / FL…GB)",
        r"[FK]L(?P<body>[0-9]{8})(?P<check>[0-9])GB", checksum="s10", confidence=0.9,
        notes=("S10 shape with the S10 check digit; S10-12 does not allocate KL or FL, "
               "which Royal Mail's items carry in a tracking SDK's examples.",),
        source=_TRACKINGMORE.format("royal-mail-tracking-api", "royal-mail-tracking-api-php.md")
        + " (courier code royal-mail)",
        valid=("KL698957554GB", "FL356951328GB"), invalid=("KL698957555GB",)),
)  # fmt: skip
