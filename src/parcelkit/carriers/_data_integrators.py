"""Formats of the global integrators: UPS, FedEx, DHL, DPD and Amazon.

Patterns, check digits and examples from tracking_number_data (MIT,
https://github.com/jkeen/tracking_number_data), and a few shapes with the real numbers of
public issue threads and tests, each row citing its own; confidences are parcelkit's, per
the rules in docs/carriers.md.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_FEDEX_11: Final = {"weights": (3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1), "mod1": 11, "mod2": 10}
_FEDEX_13: Final = {"weights": (1, 7, 3, 1, 7, 3, 1, 7, 3, 1, 7, 3, 1), "mod1": 11, "mod2": 10}
_DHL_ECOMMERCE_PREFIXES: Final = "GM|LX|RX|UV|CN|SG|TH|IN|HK|MY"

ROWS: Final[tuple[FormatRow, ...]] = (
    row("ups", "ups_1z", "UPS", r"1Z(?P<body>[0-9A-Z]{15})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 2}, confidence=0.95,
        source=TND.format("ups"),
        valid=("1Z5R89390357567127", "1Z879E930346834440", "1ZXX3150YW44070023"),
        invalid=("1Z1111111111111111", "2Z5R89390357567127")),
    row("ups", "ups_waybill", "UPS Waybill", r"[AHJKTV](?P<body>[0-9]{9})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 2}, confidence=0.6,
        source=TND.format("ups"),
        valid=("K1506235620", "K2479825491", "J4603636537", "V0490119172"),
        invalid=("K1506235622", "V0423305841")),
    row("ups", "ups_freight_105", "UPS pallet shipment (10 digits, 105…)", r"105[0-9]{7}",
        confidence=0.1,
        notes=("A UPS user reports that numbers beginning 105 are pallet shipments; no "
               "check digit, so it ranks with CDEK's bare ten digits and such a number "
               "names neither.",),
        source="https://github.com/EasyPost/easypost-python/issues/110",
        valid=("1058233044",), invalid=("1068233044", "105823304")),
    row("fedex", "fedex_12", "FedEx Express (12)", r"(?P<body>[0-9]{11})(?P<check>[0-9])",
        checksum="sum_product", params=_FEDEX_11, confidence=0.45,
        notes=("Twelve bare digits: FedEx's check digit holds for one random number in ten.",),
        source=TND.format("fedex"),
        valid=("986578788855", "477179081230", "799531274483", "974367662710"),
        invalid=("996578788855",)),
    row("fedex", "fedex_door_tag", "FedEx door tag (DT + 12 digits)", r"DT[0-9]{12}",
        confidence=0.7,
        notes=("The number on the tag a FedEx courier leaves after a missed delivery; "
               "FedEx's tracking takes it like a tracking number.  No check digit is "
               "relied on: the DT prefix decides.",),
        source="https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/fedex/"
        "tests/fedex/test_tracking.py (TRACKING_NUMBER_OR_DOORTAG)",
        valid=("DT106798246430",), invalid=("DT10679824643",)),
    row("fedex", "fedex_34", "FedEx Express (34)",
        r"[0-8][0-9]{19}(?P<body>[0-9]{13})(?P<check>[0-9])",
        checksum="sum_product", params=_FEDEX_13, confidence=0.4,
        source=TND.format("fedex"),
        valid=("1001921334250001000300779017972697", "1195266473930007521100871079919940"),
        invalid=("1001901781990001000300617767839438",)),
    row("fedex", "fedex_astra_32", "FedEx ASTRA (32)",
        r"3[0-9]{15}(?P<body>[0-9]{11})(?P<check>[0-9])[0-9]{4}",
        checksum="sum_product", params=_FEDEX_11, confidence=0.45,
        notes=("Legacy ASTRA barcode; positions 17-28 hold the FedEx Express number.",),
        source=TND.format("fedex"),
        valid=("32971514560102447849175802862014", "33810799560000004380417923803212"),
        invalid=("32971514560102447849175802852014",)),
    row("fedex", "fedex_ground", "FedEx Ground", r"(?P<body>[0-9]{14})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 3}, confidence=0.4,
        source=TND.format("fedex"),
        valid=("041441760228964", "568283610012000", "568283610012734"),
        invalid=("568283610012732",)),
    row("fedex", "fedex_ground_sscc_18", "FedEx Ground (SSCC-18)",
        r"[0-9]{2}(?P<body>[0-9]{15})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 3, "odds": 1}, confidence=0.4,
        source=TND.format("fedex"),
        valid=("000123450000000027",), invalid=("000000000000000001",)),
    row("fedex", "fedex_ground_96", "FedEx Ground 96 (22)",
        r"96[0-9]{5}(?P<body>[0-9]{14})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 1, "odds": 3}, confidence=0.6,
        source=TND.format("fedex"),
        valid=("9611020987654312345672",), invalid=("9600000000000000000001",)),
    row("fedex", "fedex_ground_gsn", "FedEx Ground GSN",
        r"96[0-9]{18}(?P<body>[0-9]{13})(?P<check>[0-9])",
        checksum="sum_product", params=_FEDEX_13, confidence=0.6,
        notes=("Ground's 34-digit barcode: shipper number, then the tracking number last.",),
        source=TND.format("fedex"),
        valid=("9622001900000000000000776632517510", "9632001560123456789900794808390594"),
        invalid=("9622001560001234567100794808390595",)),
    row("dhl", "dhl_express", "DHL Express", r"(?P<body>[0-9]{9,10})(?P<check>[0-9])",
        checksum="mod7", confidence=0.35,
        notes=("Bare digits with a mod-7 check: one random number in seven passes.",),
        source=TND.format("dhl"),
        valid=("3318810025", "73891051146", "8487135506", "1099255990"),
        invalid=("3318810010", "3318810034")),
    row("dhl", "dhl_express_piece_id", "DHL Express (Piece ID)", r"J[A-Z]{2,3}[0-9]{9,10}",
        confidence=0.5, source=TND.format("dhl"),
        valid=("JJD0099999999", "JVGL0999999990"), invalid=("XJD0099999998",)),
    row("dhl", "dhl_ecommerce", "DHL eCommerce",
        rf"(?:{_DHL_ECOMMERCE_PREFIXES})(?=[0-9A-Z]*[0-9])[0-9A-Z]{{10,39}}", confidence=0.4,
        source=TND.format("dhl"),
        valid=("GM2951173225174494", "GM295117494011169042", "GM9E44608A27984866BA2D"),
        invalid=("GS295117494011169041", "AAAAAAAAAAAAAAAAAA")),
    row("dhl", "dhl_ecommerce_14", "DHL eCommerce (14)", r"[0-9]{14}",
        confidence=0.1,
        notes=("Fourteen bare digits without a check digit: little evidence on its own.",),
        source=TND.format("dhl"),
        valid=("60120172242323", "51087693037816"), invalid=("160120172242323",)),
    row("dpd", "dpd", "DPD (28)", r"(?P<body>[0-9]{27})(?P<check>[0-9A-Z])",
        checksum="mod_37_36", confidence=0.45, source=TND.format("dpd"),
        notes=("Parcel number with destination postcode, service and country codes.",),
        valid=("008182709980000020033350276C", "008182709980000020045327276N"),
        invalid=("008182709980000020033350276A",)),
    row("dpd", "dpd_14", "DPD (14)", r"(?P<body>[0-9]{14})(?P<check>[0-9A-Z])",
        checksum="mod_37_36", confidence=0.4, source=TND.format("dpd"),
        valid=("09980000020033F", "09980000020034D"), invalid=("09980000020033D",)),
    row("amazon", "amazon_logistics", "Amazon Logistics", r"TB[ACM][0-9]{12}",
        confidence=0.8, source=TND.format("amazon"),
        valid=("TBA000000000000", "TBC000000000000", "TBM502887274000"),
        invalid=("TBA50288727400A", "TBB000000000000")),
    row("amazon", "amazon_international", "Amazon International", r"[AFC][0-9]{10}",
        confidence=0.3, source=TND.format("amazon"),
        valid=("C1004444443", "C1004444444"), invalid=("D1234567890",)),
)  # fmt: skip
