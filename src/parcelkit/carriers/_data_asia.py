"""Carriers of Chinese and Japanese shipments: cross-border consolidators that AliExpress,
Temu and Taobao sellers use, and the domestic couriers of China and Japan.

YunExpress from tracking_number_data; Yanwen's S10-lookalike codes and their trackability
from seed 001, its further ranges with the real numbers of public issue threads and test
files (matched by shape, as S10 rejects their suffixes); Cainiao (AliExpress Standard
Shipping) and 4PX shapes as published by the carriers' tracking pages and used by
open-source trackers, and Cainiao's 23-digit numbers from a public issue thread.  SF
Express and JD Logistics by their letter prefixes, with real waybill numbers from public
test files.

Japan: Yamato, Sagawa and Japan Post (Yu-Pack) all print twelve digits whose last is the
first eleven read as one number modulo 7, so the number alone cannot tell them apart: the
three rows share one confidence and such a code has no carrier, only the three candidates.
CJ Logistics (Korea) has no row: its real twelve-digit numbers share no check digit (a
few fit the mod-7 rule, most do not) and no documented prefix, and a row for any twelve
bare digits would name CJ for every twelve-digit code of a fake tracking service.

Chinese domestic couriers (ZTO, YTO, STO, Yunda) print bare digits without a check digit
and with overlapping lengths; their rows carry the lowest confidence, a little more where
a documented prefix narrows the shape, and rows that share a shape share a confidence so
that the number alone gives no carrier.  YTO's YT + 13 digits is the one letter-prefixed
shape among them.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._row import TND, FormatRow, row

__all__ = ["ROWS"]

_SEED_001: Final = "seed 001_476d9909002067ca.txt"
_GEARTRACK: Final = "https://github.com/hdnpt/geartrack/blob/HEAD/test/{}"
_PAKETIN: Final = "https://github.com/norkator/paketin-seuranta/issues/{}"
_PACKTRACK: Final = "https://github.com/nayutaya/packtrack/blob/HEAD/tracker/{}/package/fixtures/numbers.txt"
_SHIPPING_JP: Final = "https://github.com/TakamoriYamashiro/shipping-jp-js/blob/HEAD/README.md"
_JD_DMS: Final = "https://github.com/huxiaoxiao2021/dms-etms/blob/HEAD/{}"
_CN_RULES: Final = (
    "https://github.com/phillip2019/hive-third-functions/blob/HEAD/src/main/java/com/"
    "chinagoods/bigdata/functions/logistic/UDFLogisticNoValid.java"
)
_MOD7_NOTE: Final = (
    "Twelve digits, the last the first eleven modulo 7: Yamato, Sagawa and Japan Post "
    "(Yu-Pack) share the rule, so the number alone names none of them.",
)
_YANWEN_OWN_NOTE: Final = (
    "Yanwen's own S10-shaped code: the suffix is no country, so S10 rejects it.  Like "
    "Yanwen's other ranges it is matched by shape (the real examples also carry the S10 "
    "check digit).",
)
_CN_BARE_NOTE: Final = (
    "Bare digits without a check digit, in a shape other Chinese couriers use too: "
    "little evidence on its own.",
)

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
    row("cainiao", "cainiao_23", "Cainiao (23 digits)", r"[0-9]{23}", confidence=0.1,
        notes=("Twenty-three bare digits without a check digit: little evidence on its own.",),
        source="https://github.com/hdnpt/geartrack-website/issues/50",
        valid=("63590000017347601815002",), invalid=("6359000001734760181500",)),
    row("yanwen", "yanwen_uf_yp", "Yanwen (UF…YP)", r"UF[0-9]{9}YP",
        confidence=0.8, notes=_YANWEN_OWN_NOTE,
        source=_PAKETIN.format(30), valid=("UF339843323YP",), invalid=("UF33984332YP",)),
    row("yanwen", "yanwen_vr_yp", "Yanwen (VR…YP)", r"VR[0-9]{9}YP",
        confidence=0.8, notes=_YANWEN_OWN_NOTE,
        source=_PAKETIN.format(66), valid=("VR344217874YP",), invalid=("VR34421787YP",)),
    row("yanwen", "yanwen_ac_yn", "Yanwen (AC…YN)", r"AC[0-9]{9}YN",
        confidence=0.8, notes=_YANWEN_OWN_NOTE,
        source="https://github.com/hdnpt/geartrack-website/issues/51",
        valid=("AC550032883YN",), invalid=("AC55003288YN",)),
    row("yanwen", "yanwen_uj_yp", "Yanwen (UJ…YP)", r"UJ[0-9]{9}YP",
        confidence=0.8, notes=_YANWEN_OWN_NOTE,
        source="https://github.com/clooney/yanwen-tracking-api/blob/HEAD/"
        "yanwen-tracking-api-java.md (courier code yanwen)",
        valid=("UJ826304125YP", "UJ851722358YP"), invalid=("UJ82630412YP",)),
    row("yanwen", "yanwen_800", "Yanwen (13 digits, 800…)", r"800[0-9]{10}",
        confidence=0.15,
        notes=("Thirteen bare digits without a check digit: only the 800 prefix is evidence.",),
        source=_GEARTRACK.format("yanwen.test.js") + "; https://github.com/hdnpt/geartrack/issues/15",
        valid=("8001077530850",), invalid=("8011077530850", "800107753085")),
    row("sf_express", "sf_express", "SF Express (SF + 12-13 digits)", r"SF[0-9]{12,13}",
        confidence=0.8,
        notes=("SF's waybill number with its letter prefix; no check digit.",),
        source="https://github.com/eagle1-sys/whereis-api-v0/blob/HEAD/tests/get-sfex-routes-test.ts",
        valid=("SF3122082959115", "SF3182998070266"), invalid=("SF31220829591",)),
    row("jd", "jd_waybill", "JD Logistics waybill (JDV / JDX + 12 digits)", r"JD[VX][0-9]{12}",
        confidence=0.8,
        notes=("JD's waybill number; a package is the waybill with -piece-count- after it.",),
        source=_JD_DMS.format("bluedragon-distribution-web/src/test/java/com/jd/bluedragon/"
                              "distribution/print/waybill/handler/BasicWaybillPrintHandlerTest.java")
        + "; " + _JD_DMS.format("bluedragon-distribution-web/src/test/java/com/jd/bluedragon/"
                                "distribution/jy/DeviceCageGatewayServiceTest.java"),
        valid=("JDV000488704633", "JDX000201044026"), invalid=("JDY000488704633",)),
    row("jd", "jd_waybill_jdv_letter", "JD Logistics waybill (JDV + letter + 11 digits)",
        r"JDV[A-Z][0-9]{11}", confidence=0.8,
        notes=("JD's waybill number; a package is the waybill with -piece-count- after it.",),
        source=_JD_DMS.format("bluedragon-distribution-core/src/test/java/com/jd/bluedragon/"
                              "distribution/financialForKA/service/impl/"
                              "WaybillCodeCheckServiceImplTest.java")
        + "; " + _JD_DMS.format("bluedragon-distribution-worker/src/test/java/com/jd/bluedragon/"
                                "distribution/test/WaybillDataUtil.java")
        + "; " + _CN_RULES,
        valid=("JDVA00049341283", "JDVC00000922021", "JDVA11408814483"),
        invalid=("JDVA0004934128",)),
    row("yamato", "yamato_12", "Yamato Transport (12 digits, mod 7)",
        r"(?P<body>[0-9]{11})(?P<check>[0-9])", checksum="mod7", confidence=0.35,
        notes=_MOD7_NOTE, source=_PACKTRACK.format("yamato") + "; " + _SHIPPING_JP,
        valid=("444413758703", "225300099640"), invalid=("444413758704",)),
    row("sagawa", "sagawa_12", "Sagawa Express (12 digits, mod 7)",
        r"(?P<body>[0-9]{11})(?P<check>[0-9])", checksum="mod7", confidence=0.35,
        notes=_MOD7_NOTE, source=_PACKTRACK.format("sagawa") + "; " + _SHIPPING_JP,
        valid=("600078420325", "512547514334"), invalid=("600078420326",)),
    row("japan_post", "japan_post_12", "Japan Post Yu-Pack (12 digits, mod 7)",
        r"(?P<body>[0-9]{11})(?P<check>[0-9])", checksum="mod7", confidence=0.35,
        notes=_MOD7_NOTE, source=_PACKTRACK.format("jppost") + "; " + _SHIPPING_JP,
        valid=("317409136693", "405548424886"), invalid=("317409136694",)),
    row("yunda", "yunda_13", "Yunda Express (13 digits)", r"[0-9]{13}", confidence=0.1,
        notes=_CN_BARE_NOTE,
        source="https://github.com/xxjwxc/public/blob/HEAD/mykdniao/my_test.go; "
        "https://github.com/Dylan0433/gods/blob/HEAD/src/test/java/com/beyond/core/web/"
        "express/ExpressTest.java",
        valid=("4304678557725", "1900346240374"), invalid=("430467855772",)),
    row("yunda", "yunda_15", "Yunda Express (15 digits)", r"[0-9]{15}", confidence=0.1,
        notes=_CN_BARE_NOTE, source=_CN_RULES,
        valid=("462598779470531",), invalid=("46259877947053",)),
    row("zto", "zto_15", "ZTO Express (15 digits)", r"[0-9]{15}", confidence=0.1,
        notes=_CN_BARE_NOTE, source=_CN_RULES,
        valid=("432542035598773",), invalid=("4325420355987731",)),
    row("sto", "sto_773", "STO Express (14 digits, 773…)", r"773[0-9]{11}", confidence=0.15,
        notes=("Fourteen bare digits without a check digit: only the 773 prefix is evidence.",),
        source=_CN_RULES, valid=("77316523125896",), invalid=("77416523125896",)),
    row("yto", "yto_88", "YTO Express (18 digits, 88…)", r"88[0-9]{16}", confidence=0.15,
        notes=("Eighteen bare digits without a check digit: only the 88 prefix is evidence.",),
        source="https://github.com/fondon/logistics/blob/HEAD/src/test/java/com/github/"
        "monocc/logistic/AppTest.java",
        valid=("882456690862029473",), invalid=("872456690862029473",)),
    row("yto", "yto_yt_13", "YTO Express (YT + 13 digits)", r"YT[0-9]{13}", confidence=0.5,
        notes=("YTO's waybill with its YT prefix; no check digit.  YunExpress's YT numbers "
               "have sixteen digits.",),
        source="https://github.com/notmaster-C/car-service-java/blob/HEAD/carservice-core/"
        "src/test/java/org/click/carservice/core/ExpressTest.java (queried as YTO)",
        valid=("YT6808452487835",), invalid=("YT680845248783",)),
    row("yto", "yto_800", "YTO Express (18 digits, 800…)", r"800[0-9]{15}", confidence=0.15,
        notes=("Eighteen bare digits without a check digit: only the 800 prefix is "
               "evidence.",),
        source="https://github.com/linlinjava/litemall/blob/HEAD/litemall-core/src/test/java/"
        "org/linlinjava/litemall/core/ExpressTest.java (queried as YTO)",
        valid=("800669400640887922",), invalid=("801669400640887922", "80066940064088792")),
    row("jt_express", "jt_express_jte", "J&T Express (JTE + 12 digits)", r"JTE[0-9]{12}",
        confidence=0.6,
        notes=("J&T Express's waybill with its JTE prefix, as J&T's Saudi open API takes it; "
               "no check digit, the prefix decides.",),
        source="https://github.com/Pydeveloper07/fluentPython/blob/HEAD/j_t_order.py "
        "(order_check_data serialNumber)",
        valid=("JTE000023540117",), invalid=("JTE00002354011", "JTX000023540117")),
    row("4px", "4px", "4PX Express", r"4PX(?=[0-9A-Z]*[0-9])[0-9A-Z]{10,20}", confidence=0.7,
        notes=("4PX books the number before pickup: nothing is tracked until the courier "
               "has the parcel (seed 001).",),
        source="https://track.4px.com/ (shape as matched by open-source trackers' ^4PX "
        "patterns; the exact length is not published); seed 001_476d9909002067ca.txt",
        valid=("4PX3000123456789CN",), invalid=("4PXABCDEFGHIJKL",)),
)  # fmt: skip
