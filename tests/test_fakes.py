"""The fake-tracking-service table of seed 001: every service, every shape, and the rule
that shapes real carriers share do not make real numbers fake."""

from __future__ import annotations

import pathlib

import pytest

from parcelkit import s10
from parcelkit.carriers import classify, fakes

SEED = pathlib.Path(__file__).resolve().parents[2] / "shared/seeds/001_476d9909002067ca.txt"

# The seed's list, in its order ("Finland (Hong Kong) Express" is the same service the
# seed later calls "Hongkong Express Post").
SEED_SERVICES = [
    "17 Post Service", "188 track", "EMPS", "Feidu", "Post-e-tracking",
    "Finland (Hong Kong) Express / Hongkong Express Post", "FaSpeed",
    "Entreprise des Postes Lao", "post air mail", "CNZ Express", "WeDo Express",
    "World-Shipping post", "Mty Tracking", "LiPu EXP", "Sky56", "Transit Europe Asia",
]  # fmt: skip


def test_every_service_of_the_seed_is_in_the_table() -> None:
    assert [s.name for s in fakes.FAKE_SERVICES] == SEED_SERVICES
    for s in fakes.FAKE_SERVICES:
        assert s.source == "seed 001_476d9909002067ca.txt"
        assert s.pattern
        assert s.expect


@pytest.mark.skipif(not SEED.is_file(), reason="seed not present")
def test_every_service_name_appears_in_the_seed() -> None:
    text = SEED.read_text(encoding="utf-8")
    for name in SEED_SERVICES:
        assert name.split(" / ")[0] in text, name


@pytest.mark.parametrize(
    ("service", "shape"),
    fakes.SHAPES,
    ids=[f"{s.name}:{sh.example}" for s, sh in fakes.SHAPES],
)
def test_every_shape_example_matches_its_service(
    service: fakes.FakeService, shape: fakes._Shape
) -> None:
    assert shape.regex.fullmatch(shape.example)
    assert len(shape.example) in shape.lengths
    assert service in fakes.match(shape.example)


def test_checksum_error_rows_need_a_wrong_check_digit() -> None:
    assert s10.calc_check_digit("12345678") == "5"
    assert [s.name for s in fakes.match("RA123456784CN")] == ["Post-e-tracking"]
    assert fakes.match("RA123456785CN") == ()  # a good China Post registered code
    assert [s.name for s in fakes.match("KP123456784CN")] == ["EMPS"]
    assert fakes.match("KP123456785CN") == ()


def test_finland_ra_is_real_and_rt_is_fake() -> None:
    assert fakes.match("RA123456785FI") == ()
    assert [s.name for s in fakes.match("RT123456785FI")] == [
        "Finland (Hong Kong) Express / Hongkong Express Post"
    ]


def test_shared_shapes_do_not_flag_real_numbers() -> None:
    # A FedEx Express number with a good check digit: twelve digits, but not a fake.
    assert classify("986578788855").fakes == ()
    # Twelve digits that no checksummed format accepts (neither FedEx's nor GLS's check
    # digit, nor the mod-7 check of the Japanese couriers): 17 Post Service and FaSpeed.
    assert classify("996578788855").fakes == ()  # mod 7 holds: a Japanese courier's shape
    c = classify("996578788857")
    assert c.carrier is None
    assert [f.name for f in c.fakes] == ["17 Post Service", "FaSpeed"]
    # A valid Hongkong Post registered code is real; with a wrong check digit it is not.
    assert classify("RH123456785HK").fakes == ()
    assert {f.name for f in classify("RH123456784HK").fakes} == {"post air mail", "CNZ Express"}


def test_fake_warning_says_what_to_expect() -> None:
    c = classify("HS123456789HE")
    assert c.warnings[0].code == "fake_tracking_service"
    assert "different code" in c.warnings[0].message
    assert "dispute" in c.warnings[0].message


def test_transit_europe_asia_expectation() -> None:
    (service,) = fakes.match("TEAPY1234567890YQ")
    assert "do not match reality" in service.expect


def test_sky56_has_no_shape() -> None:
    assert not [sh for s, sh in fakes.SHAPES if s.name == "Sky56"]
