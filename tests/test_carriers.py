"""Carrier classification: every row's examples, the 280 public test numbers of
tracking_number_data, ranking and warnings, overlaps, and "never raises"."""

from __future__ import annotations

import itertools
import json
import pathlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from _carrier_samples import samples
from parcelkit._normalize import MAX_CODE_INPUT, clean
from parcelkit.carriers import Candidate, Classification, classify, classify_many
from parcelkit.carriers._checksums import ALGORITHMS
from parcelkit.carriers._engine import FAILED_CHECK_FACTOR, ROWS, rows_for

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared/corpora/tracking_number_data"
ROW_IDS = [r.format for r in ROWS]


def _valid_formats(code: str) -> set[str]:
    return {c.format for c in classify(code).candidates if c.valid}


# --- the rows themselves -------------------------------------------------------------


def test_format_ids_are_unique_and_snake_case() -> None:
    assert len(set(ROW_IDS)) == len(ROW_IDS)
    for r in ROWS:
        assert re.fullmatch(r"[0-9a-z_]+", r.format), r.format
        assert re.fullmatch(r"[0-9a-z_]+", r.carrier), r.carrier


@pytest.mark.parametrize("r", ROWS, ids=ROW_IDS)
def test_row_is_complete(r: parcelkit.carriers._row.FormatRow) -> None:
    assert r.source
    assert r.name
    assert r.valid_examples
    assert 0 < r.confidence <= 1
    assert (r.checksum is None) == ("(?P<check>" not in r.pattern)
    if r.checksum is not None:
        assert r.checksum in ALGORITHMS
        assert "(?P<body>" in r.pattern


@pytest.mark.parametrize("r", ROWS, ids=ROW_IDS)
def test_valid_examples_are_valid_for_their_own_row(r: parcelkit.carriers._row.FormatRow) -> None:
    for example in r.valid_examples:
        code = clean(example)
        assert len(code) in r.lengths, example
        assert code[0] in r.first, example
        assert r in rows_for(code), example  # dispatch offers the row
        assert r.format in _valid_formats(example), example


@pytest.mark.parametrize("r", ROWS, ids=ROW_IDS)
def test_invalid_examples_are_not_valid_for_their_own_row(
    r: parcelkit.carriers._row.FormatRow,
) -> None:
    for example in r.invalid_examples:
        assert r.format not in _valid_formats(example), example


def test_dispatch_never_hides_a_matching_row() -> None:
    """Every sample a row's pattern matches has the length and first character the row
    declares, so filing rows by (length, first character) loses nothing."""
    compiled = [(r, re.compile(r.pattern)) for r in ROWS]
    for code in samples():
        for r, rx in compiled:
            if rx.fullmatch(code):
                assert len(code) in r.lengths, (r.format, code)
                assert code[0] in r.first, (r.format, code)


# Every pair of formats whose patterns can match the same string, with a string both match.
# A new row that overlaps an existing one fails the test below: rank the two on purpose,
# then add the pair here.
EXPECTED_OVERLAPS = {
    ("amazon_international", "ups_waybill"): "A0064792946",
    ("dhl_ecommerce", "purolator_alpha"): "CNC288529636",
    ("dhl_ecommerce", "s10"): "GM006638470IT",
    ("dhl_ecommerce_14", "russian_post_rpo"): "62009147017544",
    # DHL Paket's 0034043 and FedEx SmartPost's 61 outrank USPS's bare 20 digits;
    # DPD's depot prefix 0 outranks DHL eCommerce's bare 14 digits.
    ("dhl_ecommerce_14", "dpd_14_digits"): "00007971650420",
    ("dhl_paket_20", "usps_20"): "00340430109521729771",
    ("dhl_paket_20", "usps_legacy"): "00340430109521729771",
    ("fedex_smartpost_20", "usps_20"): "61005117953047745029",
    ("fedex_smartpost_20", "usps_legacy"): "61005117953047745029",
    # checkless bare digits (0.1) rank below any format with a check digit
    ("cdek_10", "dhl_express"): "0016453351",
    # UPS's 105… pallet numbers have no check digit either: with CDEK's bare ten digits
    # they name neither carrier, and DHL Express's mod-7 check outranks both
    ("cdek_10", "ups_freight_105"): "1058233044",
    ("dhl_express", "ups_freight_105"): "1050000000",
    ("dhl_express", "gls_11"): "00023686336",
    ("gls_11", "old_dominion"): "07200203634",
    ("gls_11", "old_dominion_guaranteed"): "80000158509",
    # XP is not allocated in S10-12: the S10 row rejects what Chronopost's row accepts
    ("chronopost_xp", "s10"): "XP000768729FR",
    ("dhl_express", "old_dominion"): "07200108821",
    ("dhl_express", "old_dominion_guaranteed"): "80000107515",
    ("dhl_express_piece_id", "purolator_alpha"): "JCE900540170",
    ("dpd_14", "fedex_ground"): "000130242793435",
    ("fedex_12", "purolator_numeric"): "000195541601",
    ("fedex_34", "usps_impb_c"): "4200103096419257391382692709088977",
    ("fedex_34", "usps_impb_n"): "4200120363129452641592651574464232",
    ("fedex_34", "usps_legacy_91"): "4200050016049198798920311441989558",
    ("s10", "yanwen_rg_cn"): "RG002602317CN",
    # FQ and GE are not allocated in S10-12: Royal Mail's and TNT's rows take them
    ("royal_mail_fq", "s10"): "FQ087430672GB",
    ("royal_mail_kl_fl", "s10"): "KL698957554GB",
    # DHL eCommerce's HK prefix can take Evri's H + client code + A + ten digits: both are
    # checkless letter prefixes at one confidence, so such a code names neither
    ("dhl_ecommerce", "evri_h16"): "HK001A0111477070",
    # the same for Ekart's MYEC / MYSC and DHL eCommerce's MY
    ("dhl_ecommerce", "ekart_my"): "MYEC1028800831",
    ("s10", "tnt_ge"): "GE000003364GB",
    # bpost's 32 outranks InPost's bare 24 digits; a Russian index 1… with a holding
    # check digit outranks DPD's depot 1…; the GLS check digit ranks between FedEx's and
    # Purolator's
    ("bpost_24", "inpost_24"): "323212345659900040669030",
    ("dpd_14_digits", "russian_post_rpo"): "10004411382518",
    # DPD's depot 1550 is also a Russian index prefix: the two rows share a confidence, so
    # a 1550… number whose Russian check digit holds names neither
    ("dpd_14_1550", "russian_post_rpo"): "15501498140350",
    ("dhl_ecommerce_14", "dpd_14_1550"): "15501733652085",
    ("dpd_14_1550", "hermes_14"): "15501498140350",
    ("fedex_12", "gls_12"): "028192765163",
    ("gls_12", "purolator_numeric"): "028192765163",
    ("s10", "yanwen_ua_yp"): "UA000680192YP",
    ("s10", "yanwen_ur_yp"): "UR000561774YP",
    ("s10", "yanwen_yc_yw"): "UC004698818YW",
    ("usps_20", "usps_legacy"): "00032288351143160088",
    # Yamato, Sagawa and Japan Post share twelve digits with a mod-7 check digit and one
    # confidence: such a code has no carrier.  FedEx's, GLS's and Purolator's check digits
    # are other rules, ranked by their own confidence.
    ("japan_post_12", "sagawa_12"): "444413758703",
    ("japan_post_12", "yamato_12"): "444413758703",
    ("sagawa_12", "yamato_12"): "444413758703",
    ("fedex_12", "japan_post_12"): "000361713800",
    ("fedex_12", "sagawa_12"): "000361713800",
    ("fedex_12", "yamato_12"): "000361713800",
    ("japan_post_12", "purolator_numeric"): "000361713800",
    ("gls_12", "japan_post_12"): "000032041558",
    ("gls_12", "sagawa_12"): "000032041558",
    ("gls_12", "yamato_12"): "000032041558",
    ("purolator_numeric", "sagawa_12"): "000361713800",
    ("purolator_numeric", "yamato_12"): "000361713800",
    # Yanwen's own S10-shaped ranges: YP and YN are no countries, so S10 rejects them
    ("s10", "yanwen_ac_yn"): "AC550032883YN",
    ("s10", "yanwen_uf_yp"): "UF339843323YP",
    ("s10", "yanwen_vr_yp"): "VR344217874YP",
    ("s10", "yanwen_uj_yp"): "UJ826304125YP",
    # checkless Chinese and Ukrainian bare digits: a prefix (800, 773, 88, 20, 59) ranks a
    # row above bare digits of the same length; the same shape at the same confidence
    # (Yunda and ZTO at 15 digits) gives no carrier; any check digit that holds outranks them
    ("yanwen_800", "yunda_13"): "8001077530850",
    ("yunda_15", "zto_15"): "462598779470531",
    # BRT's 15 and Ukrposhta's 13 bare digits join Yunda's and ZTO's at the same
    # confidence: the number alone names none of them
    ("brt_15", "yunda_15"): "116031020229566",
    ("brt_15", "zto_15"): "116031020229566",
    ("brt_15", "dpd_14"): "000594500119551",
    ("brt_15", "fedex_ground"): "000594500119551",
    ("ukrposhta_13", "yunda_13"): "0500128254873",
    ("ukrposhta_13", "yanwen_800"): "8001077530850",
    ("dpd_14", "yunda_15"): "000594500119551",
    ("dpd_14", "zto_15"): "000594500119551",
    ("fedex_ground", "yunda_15"): "000594500119551",
    ("fedex_ground", "zto_15"): "000594500119551",
    ("dhl_ecommerce_14", "sto_773"): "77316523125896",
    ("fedex_ground_sscc_18", "yto_88"): "880066337701397757",
    ("fedex_ground_sscc_18", "yto_800"): "800000000000000000",
    ("dhl_ecommerce_14", "nova_poshta_20"): "20450296339688",
    ("dhl_ecommerce_14", "nova_poshta_59"): "59000082032106",
    # Hermes's 14 digits share Russian Post's check rule: a Russian index (RPO), a
    # documented prefix (Nova Poshta's 20/59, DPD's depot, STO's 773) ranks above it, and
    # it ranks above checkless bare digits only.  No Russian index begins 20 or 5, so
    # Nova Poshta's waybills never match the RPO row.
    ("hermes_14", "russian_post_rpo"): "62009147017544",
    ("hermes_14", "nova_poshta_20"): "20600009559994",
    ("hermes_14", "nova_poshta_59"): "59000082032106",
    ("dpd_14_digits", "hermes_14"): "05308801410058",
    ("hermes_14", "sto_773"): "77316523125896",
    ("dhl_ecommerce_14", "hermes_14"): "89195131100303",
    # Boxberry's AAP outranks Purolator's bare three letters; Swiss Post's 98 prefix
    # (no check digit) ranks below a holding SSCC check digit
    ("boxberry_aap", "purolator_alpha"): "AAP148244333",
    ("fedex_ground_sscc_18", "swiss_post_98"): "980080105354509635",
    # 34 digits: 420 + ZIP+4 + a 22-digit number, or 420 + ZIP + a 26-digit one
    ("usps_impb_c", "usps_impb_n"): "4206945494959550196759505048526426",
    ("usps_impb_c", "usps_legacy_91"): "4200007495379137088544955754968339",
    ("usps_impb_n", "usps_legacy_91"): "4202239194269124691521909091664512",
}


@pytest.mark.parametrize(("pair", "witness"), EXPECTED_OVERLAPS.items())
def test_listed_overlaps_are_real(pair: tuple[str, str], witness: str) -> None:
    by_id = {r.format: r for r in ROWS}
    for fmt in pair:
        assert re.fullmatch(by_id[fmt].pattern, witness), fmt
    assert set(pair) <= {c.format for c in classify(witness).candidates}


def test_no_unlisted_overlap() -> None:
    """Generated strings of every row, run through every other row's pattern."""
    compiled = [(r.format, re.compile(r.pattern)) for r in ROWS]
    pairs = set()
    for code in samples():
        matched = sorted(f for f, rx in compiled if rx.fullmatch(code))
        pairs.update(itertools.combinations(matched, 2))
    assert pairs - EXPECTED_OVERLAPS.keys() == set()


def test_overlapping_formats_are_all_returned() -> None:
    c = classify("62009147017544")
    assert [x.format for x in c.candidates] == [
        "russian_post_rpo", "hermes_14", "dhl_ecommerce_14"
    ]  # fmt: skip


# --- tracking_number_data's public test numbers --------------------------------------

# Their format names → our format ids (the corpus leaves some formats without an id, and
# parcelkit splits USPS Legacy by whether the 91 identifier is printed).
_NAME_TO_IDS = {
    "UPS": {"ups_1z"},
    "UPS Waybill": {"ups_waybill"},
    "Old Dominion": {"old_dominion"},
    "Old Dominion Guaranteed Shipment": {"old_dominion_guaranteed"},
    "LaserShip 1LS7 (18)": {"lasership_1ls7_18"},
    "USPS Legacy": {"usps_legacy", "usps_legacy_91"},
}


def _corpus_cases() -> list[tuple[str, str, str, bool]]:
    lines = (CORPUS / "cases.tsv").read_text(encoding="utf-8").split("\n")[1:]
    return [
        (c, name, number, flag == "1")
        for c, name, number, flag in (line.split("\t") for line in lines if line)
    ]


def _format_ids() -> dict[str, set[str]]:
    ids = dict(_NAME_TO_IDS)
    for path in sorted((CORPUS / "couriers").glob("*.json")):
        for fmt in json.loads(path.read_text(encoding="utf-8"))["tracking_numbers"]:
            if fmt["name"] not in ids:
                ids[fmt["name"]] = {fmt["id"]}
    return ids


@pytest.mark.skipif(not CORPUS.is_dir(), reason="tracking_number_data corpus not present")
def test_agreement_with_tracking_number_data_cases() -> None:
    """A case agrees when "some valid candidate has this format" equals its valid flag."""
    ids = _format_ids()
    cases = _corpus_cases()
    disagreements = [
        (name, number, valid)
        for _courier, name, number, valid in cases
        if bool(_valid_formats(number) & ids[name]) != valid
    ]
    assert len(cases) == 280
    assert disagreements == []  # 280 of 280 agree


@pytest.mark.skipif(not CORPUS.is_dir(), reason="tracking_number_data corpus not present")
def test_every_corpus_courier_code_is_a_carrier_id() -> None:
    ours = {r.carrier for r in ROWS}
    for path in sorted((CORPUS / "couriers").glob("*.json")):
        assert json.loads(path.read_text(encoding="utf-8"))["courier_code"] in ours, path.name


# --- ranking, carrier and warnings -----------------------------------------------------


def _warning_codes(code: str) -> list[str]:
    return [w.code for w in classify(code).warnings]


@pytest.mark.parametrize(
    ("code", "carrier", "first_format"),
    [
        ("1Z 879E 9303 4683 4440", "ups", "ups_1z"),
        ("RK190321410CN", "s10", "s10"),
        ("62009147017544", "russian_post", "russian_post_rpo"),
        ("80080012345678", "russian_post", "russian_post_rpo"),  # bulk shipper, 800 prefix
        ("UA123456789YP", "yanwen", "yanwen_ua_yp"),
        ("RG123456785CN", "yanwen", "yanwen_rg_cn"),
        ("LP00123456789012", "cainiao", "cainiao_lp"),
        ("YT2229521272164446", "yunexpress", "yunexpress"),
        ("9400 1112 0108 0805 4830 16", "usps", "usps_impb_n"),
        ("986578788855", "fedex", "fedex_12"),
        # documented prefixes decide over a shared check rule: no Russian index begins 20,
        # Boxberry's AAP over Purolator's three letters
        ("20600009559994", "nova_poshta", "nova_poshta_20"),
        ("89195131100303", "hermes", "hermes_14"),
        ("AAP148244333", "boxberry", "boxberry_aap"),
        ("JJD0081105201831337270", "dhl", "dhl_piece_jjd_19"),
        # letter prefixes of carriers added for issue 14
        ("D87726913", "dtdc", "dtdc_d8"),
        ("JTE000023540117", "jt_express", "jt_express_jte"),
        ("Z 123 4567 890", "packeta", "packeta_z"),
    ],
)
def test_carrier_and_best_candidate(code: str, carrier: str, first_format: str) -> None:
    c = classify(code)
    assert c.carrier == carrier
    assert c.candidates[0].format == first_format
    assert c.candidates[0].valid


def test_formats_the_number_cannot_tell_apart_give_no_carrier() -> None:
    """A Yamato number (a real one) fits Sagawa's and Japan Post's rule too."""
    c = classify("444413758703")
    assert c.carrier is None
    assert {x.carrier for x in c.candidates if x.valid} == {"yamato", "sagawa", "japan_post"}
    assert c.best is not None
    assert c.best.format == "yamato_12"
    assert classify_many(["444413758703", "4444 1375 8703"]) == [None, None]
    # Yunda and ZTO both print 15 bare digits without a check digit
    assert classify("462598779470531").carrier is None
    # a documented prefix decides between checkless shapes: Yanwen's 800 over 13 bare digits
    assert classify("8001077530850").carrier == "yanwen"


def test_a_failed_check_digit_never_makes_a_candidate_valid() -> None:
    """The issue's example: RPO check digit fails, DHL eCommerce (no check digit) fits."""
    c = classify("62009147017545")
    assert c.carrier == "dhl"
    dhl, rpo, hermes = c.candidates
    assert (dhl.format, dhl.valid, dhl.checksum, dhl.confidence) == (
        "dhl_ecommerce_14",
        True,
        None,
        0.1,
    )
    assert (rpo.format, rpo.valid, rpo.checksum) == ("russian_post_rpo", False, False)
    assert (hermes.format, hermes.valid, hermes.checksum) == ("hermes_14", False, False)
    assert rpo.confidence == pytest.approx(0.45 * FAILED_CHECK_FACTOR)
    assert "checksum_error" in _warning_codes("62009147017545")


def test_s10_checksum_error() -> None:
    c = classify("RK190321411CN")
    assert c.carrier is None
    assert (c.candidates[0].format, c.candidates[0].checksum) == ("s10", False)
    assert _warning_codes("RK190321411CN") == ["checksum_error"]


def test_s10_unknown_country() -> None:
    c = classify("RB123456785XX")
    assert c.carrier is None
    assert (c.candidates[0].valid, c.candidates[0].checksum) == (False, True)
    assert _warning_codes("RB123456785XX") == ["s10_country_unknown"]


def test_s10_trackability_and_seed_notes_come_from_the_s10_module() -> None:
    c = classify("LZ123456785CN")
    assert c.candidates[0].tracked is None
    assert any("Seed 001" in n for n in c.candidates[0].notes)
    assert _warning_codes("UA123456785CN") == ["not_tracked"]  # S10 U range: not tracked


def test_yanwen_trackability() -> None:
    assert _warning_codes("UA123456789YP") == ["tracked_in_origin_only"]
    assert _warning_codes("YC123456789YW") == ["tracked_in_origin_only"]
    assert _warning_codes("UR123456789YP") == []
    assert classify("RG123456785CN").candidates[0].tracked is True


def test_order_number() -> None:
    assert "looks_like_order_number" in _warning_codes("8123456789012345")
    # the 15-digit example of https://help-en.megabonus.com/article/354-mismatch-of-order-numbers
    assert "looks_like_order_number" in _warning_codes("300500490098888")
    assert "looks_like_order_number" not in _warning_codes("LP00123456789012")


def test_fake_service_warning() -> None:
    c = classify("RT123456785FI")
    assert [f.name for f in c.fakes] == ["Finland (Hong Kong) Express / Hongkong Express Post"]
    assert [w.code for w in c.warnings] == ["fake_tracking_service"]
    assert "dispute" in c.warnings[0].message
    assert classify("RA123456785FI").fakes == ()  # the real Posti range


def test_candidates_are_ranked() -> None:
    for code in samples(per_example=2, per_length=5):
        cands = classify(code).candidates
        keys = [(not c.valid, -c.confidence) for c in cands]
        assert keys == sorted(keys), code


def test_carrier_is_the_best_valid_candidate_unless_tied() -> None:
    for code in samples(per_example=2, per_length=5):
        c = classify(code)
        best = next((x for x in c.candidates if x.valid), None)
        tied = best is not None and any(
            x.valid and x.confidence == best.confidence and x.carrier != best.carrier
            for x in c.candidates
        )
        assert c.carrier == (None if best is None or tied else best.carrier)
        assert c.best == best


# --- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [None, 42, b"RK190321410CN", ["RK190321410CN"]])
def test_non_str_raises_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        classify(value)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", ["", " ", "-", "ß" * 20, "\x00" * 13, "1" * (MAX_CODE_INPUT + 1)])
def test_garbage_has_no_candidates(code: str) -> None:
    c = classify(code)
    assert isinstance(c, Classification)
    assert (c.candidates, c.carrier) == ((), None)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_classify_never_raises_and_many_agrees(text: str) -> None:
    c = classify(text)
    assert all(isinstance(x, Candidate) and 0 <= x.confidence <= 1 for x in c.candidates)
    assert classify_many([text]) == [c.carrier]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ -", min_size=8, max_size=40))
def test_classify_many_agrees_on_code_like_text(text: str) -> None:
    assert classify_many([text]) == [classify(text).carrier]


def test_classify_many_matches_classify_on_every_sample() -> None:
    codes = samples(per_example=3, per_length=20)
    assert classify_many(codes) == [classify(c).carrier for c in codes]


def test_classify_many_bad_elements_give_none() -> None:
    assert classify_many([None, 42, b"x", "1" * 10_000, "1Z879E930346834440"]) == [
        None, None, None, None, "ups"
    ]  # fmt: skip
    assert classify_many(iter(())) == []


def test_public_names() -> None:
    for name in ("classify", "classify_many", "find", "Classification", "Candidate",
                 "FakeService", "Found"):  # fmt: skip
        assert name in parcelkit.__all__
        assert getattr(parcelkit, name) is getattr(parcelkit.carriers, name)
    assert parcelkit.Warning is parcelkit.carriers.Warning
    assert "Warning" not in parcelkit.__all__
    w = parcelkit.Warning("x", "y")
    assert (w.code, w.message) == ("x", "y")
