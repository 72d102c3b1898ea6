"""Postal formats: UPU S10 and Russian Post's domestic 14-digit numbers (RPO / ШПИ).

S10 codes are checked by :mod:`parcelkit.s10` (its rules live only there).  A Russian
Post domestic number is the six-digit index of the accepting office, two digits of
month, a five-digit item number and a check digit: digits in odd positions (1st, 3rd…
of the first 13) count three times, the sum is topped up to a multiple of ten.  Bulk
shippers' numbers beginning 800-801 follow the same rule.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_RPO_SOURCE: Final = (
    "https://github.com/parcels/russianpost lib/russianpost/barcode/domestic.rb "
    "(check digit; test number 62009147017544); the same rule in WorldCount's "
    "barcode script (gen_numeric_barcode) found via public code search"
)

ROWS: Final[tuple[FormatRow, ...]] = (
    row("s10", "s10", "UPU S10 postal item",
        r"[A-Z]{2}(?P<body>[0-9]{8})(?P<check>[0-9])[A-Z]{2}",
        checksum="s10", tracking="varies", confidence=0.95, s10=True,
        notes=("Tracked by the postal operator of the country in the last two letters.",),
        source=TND.format("s10") + "; parcelkit.s10 (UPU S10-12)",
        valid=("RB123456785GB", "RK190321410CN", "RA644000031RU", "EE123456785CN"),
        invalid=("RB123456786US", "RB123456785XX", "KK123456785CN")),
    row("russian_post", "russian_post_rpo", "Russian Post domestic (RPO, 14 digits)",
        r"(?P<body>(?:1[0-9]{2}|2[1-9][0-9]|[346][0-9]{2}|80[01])[0-9]{10})(?P<check>[0-9])",
        checksum="mod10", params={"evens": 3, "odds": 1}, confidence=0.45,
        notes=("Index of the accepting post office, month, item number, check digit.",
               "Bare digits: the check digit holds for one random number in ten.",
               "The number starts with a Russian post-office index, or with 800-801 (bulk "
               "shippers); others are not RPO numbers.  Russian indices begin with the "
               "three digits of a federal subject, and no subject's begin 20 or 5: Nova "
               "Poshta's 20… and 59… waybills are never read as RPO numbers."),
        source=_RPO_SOURCE + "; https://ru.wikipedia.org/wiki/Почтовые_индексы_в_России "
        "(three-digit prefixes by federal subject)",
        valid=("62009147017544",),
        invalid=("62009147017545", "62009147017540", "71009147017544", "20600009559994",
                 "59000038716896")),
)  # fmt: skip
