"""Formats of the United States Postal Service (domestic barcodes, not S10).

Patterns and check digits from tracking_number_data (MIT,
https://github.com/jkeen/tracking_number_data), which follows USPS Publication 199
(Intelligent Mail package barcode).  ``420`` + ZIP (+4) is the optional routing prefix.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_SOURCE: Final = TND.format("usps")
_ROUTING: Final = r"(?:420[0-9]{5}(?:[0-9]{4})?)?"
# IMpb: the ZIP+4 extension only before a 22-digit number; IMpb N's 5-digit ZIP only
# before a 22- or 26-digit one.
_ZIP4: Final = r"(?:[0-9]{4}(?=[0-9]{22}$))?"
_ROUTING_C: Final = rf"(?:420[0-9]{{5}}{_ZIP4})?"
_ROUTING_N: Final = rf"(?:420[0-9]{{5}}(?=(?:[0-9]{{22}}|[0-9]{{26}})$){_ZIP4})?"
# Mailer id: nine digits starting with 9, or six digits starting 0-8; the package id's
# length depends on it.
_IMPB_N_TAIL: Final = (
    r"(?:9[0-9]{8}(?:[0-9]{15}|[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10}))"
)
_IMPB_C_TAIL: Final = r"(?:9[0-9]{8}(?:[0-9]{11}|[0-9]{7})|[0-8][0-9]{5}(?:[0-9]{14}|[0-9]{10}))"
_GS1: Final = {"evens": 3, "odds": 1}

ROWS: Final[tuple[FormatRow, ...]] = (
    row("usps", "usps_impb_n", "USPS IMpb N",
        rf"{_ROUTING_N}(?P<body>94[0-9]{{3}}{_IMPB_N_TAIL})(?P<check>[0-9])", checksum="mod10",
        params={**_GS1, "reverse": True}, confidence=0.7,
        notes=("IMpb constructs N01-N10, issued online or by a vendor or meter.",),
        source=_SOURCE,
        valid=("420787459400111206206406260787", "9400111206206406260787",
               "9405803699300124287899", "9434611206206407667136"),
        invalid=("9434611206206407667131", "2334611306206407667222")),
    row("usps", "usps_impb_c", "USPS IMpb C",
        rf"{_ROUTING_C}(?P<body>(?:92(?=[0-9]{{3}}9)|93(?=[0-9]{{3}}[0-8])|95)[0-9]{{3}}"
        rf"{_IMPB_C_TAIL})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, confidence=0.7,
        notes=("IMpb constructs C01-C10 and USPS retail.",), source=_SOURCE,
        valid=("4201002334249200190132607600833457", "9505511069605048600624",
               "92748931507708513018050063", "420902459261290336128704042634"),
        invalid=("9200000000000000000000", "4201028200009261290113185417468511")),
    row("usps", "usps_legacy_91", "USPS Legacy (91)",
        rf"{_ROUTING}(?P<body>91[0-9]{{19}})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, confidence=0.6,
        notes=("Delivery and Signature Confirmation numbers with the 91 identifier.",),
        source=_SOURCE,
        valid=("420221539101026837331000039521", "9101123456789000000013"),
        invalid=("9101123456789000000014",)),
    row("usps", "usps_legacy", "USPS Legacy",
        r"(?P<body>(?!91)[0-9]{19})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, prepend=("91", "91"), confidence=0.35,
        notes=("Printed without its 91 identifier, which the check digit still covers.",),
        source=_SOURCE,
        valid=("71969010756003077385",), invalid=("71969010756003077386",)),
    row("usps", "usps_20", "USPS 20", r"(?P<body>[0-9]{19})(?P<check>[0-9])",
        checksum="mod10", params=_GS1, confidence=0.4,
        notes=("Twenty bare digits: the check digit holds for one random number in ten.",),
        source=_SOURCE,
        valid=("03071790000523483741", "71123456789123456787"),
        invalid=("03071790000523483742",)),
)  # fmt: skip
