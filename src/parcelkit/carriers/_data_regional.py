"""Formats of regional and national couriers.

Canada Post, Canpar, Purolator, OnTrac, LaserShip, Old Dominion, Spee-Dee, GOFO,
Landmark Global and Yodel: patterns, check digits and examples from tracking_number_data
(MIT, https://github.com/jkeen/tracking_number_data); LaserShip's further shapes with the
real numbers of a public tracker's tests.  Nova Poshta, Ukrposhta and Meest (Ukraine),
Boxberry (Russia), Ekart and DTDC (India) and Amazon's Canadian TBAONT numbers: shapes and real
numbers from public SDKs' documentation and tests and from public issue threads, each row
citing its file.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_SHIPIT: Final = "https://github.com/sailrish/shipit/blob/HEAD/test/{}"
_NOVA_POSHTA_NOTE: Final = (
    "Nova Poshta's express waybill (ТТН): fourteen digits without a check digit; only the "
    "prefix is evidence.",
)

ROWS: Final[tuple[FormatRow, ...]] = (
    row("canada_post", "canada_post", "Canada Post (16)",
        r"(?P<body>[0-9]{15})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 3, "odds": 1}, confidence=0.4,
        source=TND.format("canadapost"),
        valid=("0073938000549297", "7035114477138472", "4002847016405018"),
        invalid=("0073938000549292", "5002847016405018")),
    row("canpar", "canpar_22", "Canpar (22)", r"[CDKLSUXZ][0-9]{21}",
        confidence=0.45, source=TND.format("canpar"),
        valid=("D576002440000001718010", "L576002440000000001004"),
        invalid=("1576002440000002510003", "M576002440000002510003")),
    row("purolator", "purolator_numeric", "Purolator (12)",
        r"(?P<body>[0-5][0-9]{10})(?P<check>[0-9])", checksum="luhn",
        confidence=0.35, source=TND.format("purolator"),
        valid=("320595463938", "287809468872", "331426749957"),
        invalid=("320595463939", "287809468875")),
    row("purolator", "purolator_alpha", "Purolator (alpha + 9)", r"[A-Z]{3}[0-9]{9}",
        confidence=0.3, source=TND.format("purolator"),
        valid=("KYV009956937", "CGK002986959", "TLR000083964"),
        invalid=("331426749957",)),
    row("ontrac", "ontrac_c", "OnTrac", r"C(?P<body>[0-9]{13})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 2}, prepend=("4", "4"),
        confidence=0.8, notes=("The leading C counts as 4 in the check digit.",),
        source=TND.format("ontrac"),
        valid=("C11031500001879", "C10999911320231", "C11121553156000"),
        invalid=("C10000000000000", "C11031500001889")),
    row("ontrac", "ontrac_d", "OnTrac D", r"D(?P<body>[0-9]{13})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 2}, prepend=("5", "5"),
        confidence=0.8, notes=("The leading D counts as 5 in the check digit.",),
        source=TND.format("ontrac"),
        valid=("D10011354453707", "D10011345983010", "D10011342332145"),
        invalid=("D10011345983012", "D10011342332144")),
    row("lasership", "lasership_lx", "LaserShip LX", r"L[AIEHNX][1-3][0-9]{7}",
        confidence=0.5, source=TND.format("lasership"),
        valid=("LX17635036", "LI12976442", "LA28376237", "LH13830790", "LN30083672"),
        invalid=("LX9763503N", "XA17635036")),
    row("lasership", "lasership_1ls7", "LaserShip 1LS7 (15)", r"1LS7[12][0-9]{10}",
        confidence=0.8, source=TND.format("lasership"),
        valid=("1LS717793482164", "1LS724505321754"), invalid=("1LX734505321754",)),
    row("lasership", "lasership_1ls7_18", "LaserShip 1LS7 (18)",
        r"1LS7[12][0-9]{2}01[1-4][0-9]{6}1", confidence=0.8,
        notes=("Printed with a dash before the final 1, which cleaning removes.",),
        source=TND.format("lasership"),
        valid=("1LS7119013618127-1",), invalid=("1LS7119013618127-2",)),
    row("lasership", "lasership_1lscx", "LaserShip 1LSCX (15)", r"1LSCX[0-9A-Z]{10}",
        confidence=0.8, source=TND.format("lasership"),
        valid=("1LSCXVE0058631Y", "1LSCXVE005BUEFX"), invalid=("1LSCZVE0058631Y",)),
    row("lasership", "lasership_la_lm", "LaserShip (LA / LM + 8 digits)",
        r"L(?!A1)(?!A2)(?!A3)[AM][0-9]{8}", confidence=0.3,
        notes=("The LA and LM numbers of a public tracker's tests, outside the LA1-LA3 "
               "range of the LX row; no check digit, so only the short letter prefix is "
               "evidence.",),
        source=_SHIPIT.format("lasership.coffee") + "; " + _SHIPIT.format("guessCarrier.coffee"),
        valid=("LA40305346", "LM25904730"), invalid=("LM2590473", "LB40305346")),
    row("lasership", "lasership_q", "LaserShip (Q + 8 digits + C)", r"Q[0-9]{8}C",
        confidence=0.3,
        notes=("No check digit: the Q and the final C are the only evidence.",),
        source=_SHIPIT.format("guessCarrier.coffee"),
        valid=("Q54631325C",), invalid=("Q5463132C",)),
    row("lasership", "lasership_1ls7_20", "LaserShip 1LS7 (20)", r"1LS7[0-9]{16}",
        confidence=0.6,
        notes=("The 1LS7 prefix with sixteen digits, as a recorded tracking reply gives "
               "it; no check digit, the prefix decides.",),
        source=_SHIPIT.format("guessCarrier.coffee") + "; "
        + _SHIPIT.format("stub_data/lasership_enroute.json"),
        valid=("1LS72264319420039910",), invalid=("1LS7226431942003991",)),
    row("old_dominion", "old_dominion", "Old Dominion",
        r"(?P<body>(?:77[78]|072|780)[0-9]{7})(?P<check>[0-9])",
        checksum="luhn", confidence=0.5, source=TND.format("old_dominion"),
        valid=("07209562763", "77767553207", "77806528897", "78045768393"),
        invalid=("07209562773", "79927398713")),
    row("old_dominion", "old_dominion_guaranteed", "Old Dominion Guaranteed Shipment",
        r"(?P<body>80[0-9]{8})(?P<check>[0-9])", checksum="luhn",
        confidence=0.5, source=TND.format("old_dominion"),
        valid=("80003280379", "80993847369"), invalid=("80003280389", "10000000000")),
    row("speedee", "speedee", "Spee-Dee (20)", r"SP[0-9]{18}", confidence=0.8,
        source=TND.format("speedee"),
        valid=("SP029692510000920746", "SP029692450001607639"),
        invalid=("SX029692510000920746",)),
    row("gofo", "gofo_us", "GOFO Express (US)", r"GFUS[0-9]{14}",
        confidence=0.85, source=TND.format("gofo"),
        valid=("GFUS01011884214464", "GFUS01011884214272"), invalid=("GFUS0101188421446",)),
    row("landmark", "landmark_global", "Landmark Global LTN", r"LTN[0-9]{8}N1",
        confidence=0.9, source=TND.format("landmark"),
        valid=("LTN74207623N1", "LTN74224021N1"), invalid=("LSN74209518N1",)),
    row("nova_poshta", "nova_poshta_20", "Nova Poshta waybill (14 digits, 20…)",
        r"20[0-9]{12}", confidence=0.15, notes=_NOVA_POSHTA_NOTE,
        source="https://github.com/daaner/NovaPoshta/blob/HEAD/docs/TrackingDocument.md; "
        "https://github.com/lis-dev/nova-poshta-api-2/blob/HEAD/tests/NovaPoshtaApi2Test.php",
        valid=("20450296339688", "20450296339742", "20600009559994"),
        invalid=("21450296339688", "2045029633968")),
    row("nova_poshta", "nova_poshta_59", "Nova Poshta waybill (14 digits, 59…)",
        r"59[0-9]{12}", confidence=0.15, notes=_NOVA_POSHTA_NOTE,
        source="https://github.com/lis-dev/nova-poshta-api-2/blob/HEAD/index.php",
        valid=("59000082032106",), invalid=("58000082032106",)),
    row("ukrposhta", "ukrposhta_13", "Ukrposhta domestic (13 digits)", r"[0-9]{13}",
        confidence=0.1,
        notes=("Thirteen bare digits without a check digit: little evidence on its own, "
               "and the length of Yunda's numbers too, so the number alone names "
               "neither.",),
        source="https://github.com/RomaBilka/parcel-tracking/blob/HEAD/pkg/determine-delivery/"
        "carriers/ukrposhta/api_test.go; https://github.com/RomaBilka/parcel-tracking/blob/"
        "HEAD/pkg/determine-delivery/carriers/ukrposhta/carrier.go (numeric, length 13)",
        valid=("0500128254873", "0500128254610"), invalid=("050012825487",)),
    row("meest", "meest_ihb", "Meest (IHB + 10 digits)", r"IHB[0-9]{10}", confidence=0.6,
        notes=("Meest's own number for parcels from China; no check digit, the IHB prefix "
               "is the evidence.",),
        source="https://github.com/hdnpt/geartrack-website/issues/67",
        valid=("IHB5117539890",), invalid=("IHB511753989",)),
    row("boxberry", "boxberry_aap", "Boxberry parcel (AAP + 9 digits)", r"AAP[0-9]{9}",
        confidence=0.6,
        notes=("Boxberry's own tracking number; no check digit, the AAP prefix is the "
               "evidence (it outranks Purolator's bare three letters).",),
        source="https://github.com/gwinn/boxberry-sdk/blob/HEAD/tests/Requests/parcelInfo.json; "
        "https://github.com/gwinn/boxberry-sdk/blob/HEAD/tests/Response/parcelSendStory.json",
        valid=("AAP277793647", "AAP277728592", "AAP144569308"), invalid=("AAP27779364",)),
    row("ekart", "ekart_my", "Ekart Logistics (MYEC / MYSC + 10 digits)",
        r"MY[ES]C[0-9]{10}", confidence=0.4,
        notes=("No check digit.  DHL eCommerce's MY prefix takes the same strings at the "
               "same confidence, so such a code names neither.",),
        source="https://github.com/clooney/ekart-tracking-api/blob/HEAD/"
        "ekart-tracking-api-java.md (courier code ekart)",
        valid=("MYSC1114644676", "MYEC1028800831", "MYEC1029775310"),
        invalid=("MYXC1114644676", "MYSC111464467")),
    row("dtdc", "dtdc_d8", "DTDC (D + 8 digits)", r"D[0-9]{8}", confidence=0.4,
        notes=("A D and eight digits, the consignment number of DTDC's tracking SDK "
               "examples; no check digit, so only the letter and the length are evidence.",),
        source="https://github.com/clooney/dtdc-tracking-api/blob/HEAD/"
        "dtdc-tracking-api-php.md (courier code dtdc)",
        valid=("D87726913", "D88762174", "D89505076"),
        invalid=("D8772691", "E87726913")),
    row("amazon", "amazon_tbaont", "Amazon Logistics Canada (TBAONT)", r"TBAONT[0-9]{9}",
        confidence=0.8,
        notes=("Amazon's own delivery in Canada; no check digit.",),
        source="https://github.com/jkeen/tracking_number_data/pull/105 (quoting "
        "https://parcelsapp.com/en/carriers/amazon-logistics)",
        valid=("TBAONT500361196",), invalid=("TBAONT50036119",)),
    row("yodel", "yodel", "Yodel", r"JJ?D[0-9]{16}", confidence=0.8,
        notes=("UK domestic numbers on a JD or JJD prefix.",), source=TND.format("yodel"),
        valid=("JJD0002257639032011", "JD0002242617644732"),
        invalid=("JD000225440506099", "JC0002254405060992")),
)  # fmt: skip
