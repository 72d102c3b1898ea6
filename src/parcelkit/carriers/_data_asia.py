"""Chinese cross-border carriers common on AliExpress shipments.

YunExpress from tracking_number_data; Yanwen's S10-lookalike codes and their trackability
from seed 001; Cainiao (AliExpress Standard Shipping) and 4PX shapes as published by
the carriers' tracking pages and used by open-source trackers.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_SEED_001: Final = "seed 001_476d9909002067ca.txt"

ROWS: Final[tuple[FormatRow, ...]] = (
    row("yunexpress", "yunexpress", "YunExpress", r"YT[0-9]{16}",
        confidence=0.85, source=TND.format("yunexpress"),
        valid=("YT2229521272164446", "YT2229521272164447"), invalid=("YT123456789012345",)),
    row("yanwen", "yanwen_ua_yp", "Yanwen (UA…YP)", r"UA[0-9]{9}YP",
        tracking="origin_only", confidence=0.8,
        notes=("Looks like S10 but is Yanwen's own code: tracked only until the item leaves "
               "China; the destination post relabels it with an untraceable barcode.",),
        source=_SEED_001, valid=("UA123456789YP",), invalid=("UR123456789YP",)),
    row("yanwen", "yanwen_ur_yp", "Yanwen (UR…YP)", r"UR[0-9]{9}YP",
        confidence=0.8,
        notes=("Yanwen's own code, tracked both in China and in the destination country.",),
        source=_SEED_001, valid=("UR123456789YP",), invalid=("UA123456789YW",)),
    row("yanwen", "yanwen_yc_yw", "Yanwen (YC…YW / UC…YW)", r"[YU]C[0-9]{9}YW",
        tracking="origin_only", confidence=0.8,
        notes=("Yanwen's own code: tracked only until the item leaves China.",),
        source=_SEED_001, valid=("YC123456789YW", "UC123456789YW"),
        invalid=("YC123456789YP",)),
    row("yanwen", "yanwen_rg_cn", "Yanwen via China Post (RG…CN)",
        r"RG(?P<body>[0-9]{8})(?P<check>[0-9])CN", checksum="s10",
        tracking="destination_only", confidence=0.96,
        notes=("An S10 code handed over by Yanwen; tracked by the destination country's "
               "post rather than in China.",),
        source=_SEED_001, valid=("RG123456785CN",), invalid=("RG123456784CN",)),
    row("cainiao", "cainiao_lp", "Cainiao / AliExpress Standard Shipping (LP)",
        r"LP[0-9]{12,20}", confidence=0.85,
        notes=("Cainiao's logistics order number; tracked on Cainiao and AliExpress, and "
               "usually replaced by a postal code at the destination.",
               "LP + 14 digits is the common shape; 12-20 digits are accepted."),
        source="https://global.cainiao.com/ (LP + 14 digits, as matched by open-source "
               "trackers' ^LP\\d{14}$ patterns; some trackers' tests use longer runs)",
        valid=("LP00123456789012", "LP00123456789012345678"), invalid=("LP0012345678",)),
    row("4px", "4px", "4PX Express", r"4PX(?=[0-9A-Z]*[0-9])[0-9A-Z]{10,20}", confidence=0.7,
        notes=("4PX books the number before pickup: nothing is tracked until the courier "
               "has the parcel (seed 001).",),
        source="https://track.4px.com/ (shape as matched by open-source trackers' ^4PX "
        "patterns; the exact length is not published); seed 001_476d9909002067ca.txt",
        valid=("4PX3000123456789CN",), invalid=("4PXABCDEFGHIJKL",)),
)  # fmt: skip
