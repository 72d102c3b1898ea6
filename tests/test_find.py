"""The free-text finder: codes split by spaces and line breaks, Russian words never read as
codes, glued runs skipped, overlaps resolved, strict and lenient modes, never raises."""

from __future__ import annotations

import itertools
import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parcelkit import find, finditer
from parcelkit.carriers import Found
from parcelkit.exceptions import InvalidValue


def _codes(text: str, *, strict: bool = True) -> list[str]:
    return [f.code for f in find(text, strict=strict)]


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Ваш трек: rk 190 321 410 cn, второй — EE123456785CN.",
         ["RK190321410CN", "EE123456785CN"]),
        ("tracking 1Z 879E 9303 4683 4440\nthanks", ["1Z879E930346834440"]),
        ("код RK190321410\nCN пришёл", ["RK190321410CN"]),
        ("номер заказа 8123456789012345, трек LP00123456789012", ["LP00123456789012"]),
        ("Почта России: 62009147017544.", ["62009147017544"]),
        ("USPS 9400 1112 0108 0805 4830 16 ok", ["9400111201080805483016"]),
        ("two: YT2229521272164446 and TBA000000000000", ["YT2229521272164446", "TBA000000000000"]),
        ("\uff32\uff2b\u3000190321410\uff23\uff2e", ["RK190321410CN"]),  # fullwidth
    ],
)  # fmt: skip
def test_finds_codes(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


def test_offsets_point_at_the_raw_text() -> None:
    text = "трек: rk 190 321 410 cn!"
    (f,) = find(text)
    assert isinstance(f, Found)
    assert text[f.start : f.end] == f.raw == "rk 190 321 410 cn"
    assert f.classification.carrier == "s10"


@pytest.mark.parametrize(
    "text",
    [
        "XRK190321410CN and RK190321410CNX",  # glued to longer runs
        "ЕЕ123456785СN",  # Cyrillic letters are not mapped in free text
        "СЕРВИС КОНТАКТ ВСЕ ХОРОШО 2024",
        "price 1234567890 rub",  # bare digits: too little evidence in strict mode
        "wrong: RK190321411CN",  # check digit fails
    ],
)
def test_strict_mode_finds_nothing(text: str) -> None:
    assert _codes(text) == []


def test_lenient_mode_adds_near_misses() -> None:
    assert _codes("wrong: RK190321411CN", strict=False) == ["RK190321411CN"]
    (f,) = find("wrong: RK190321411CN", strict=False)
    assert f.classification.carrier is None
    assert [w.code for w in f.classification.warnings] == ["checksum_error"]


def test_fake_codes_are_found_leniently() -> None:
    (f,) = find("seller sent HS123456789HE", strict=False)
    assert [s.name for s in f.classification.fakes] == ["188 track"]


def test_overlaps_resolve_to_the_best_match() -> None:
    # "RK 190 321 410 CN" also contains shorter digit runs; only the S10 code is reported.
    assert _codes("RK 190 321 410 CN 62009147017544") == ["RK190321410CN", "62009147017544"]


def test_non_str_raises_type_error() -> None:
    with pytest.raises(TypeError):
        find(None)  # type: ignore[arg-type]


def test_long_text_is_linear_enough() -> None:
    text = ("Ваш трек RK 190 321 410 CN, заказ 8123456789012345. " * 1000) + "a1 b2 c3 " * 2500
    found = find(text)
    assert len(found) == 1000


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_never_raises(text: str) -> None:
    for strict in (True, False):
        for f in find(text, strict=strict):
            assert text[f.start : f.end] == f.raw
            assert f.classification.code == f.code


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="0123456789ABC -\n", max_size=120))
def test_found_codes_do_not_overlap(text: str) -> None:
    found = find(text, strict=False)
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


def test_find_scans_text_of_any_length() -> None:
    text = "word " * 60_000 + "трек RK190321410CN"  # 300,000 characters
    assert [f.code for f in find(text)] == ["RK190321410CN"]
    it = finditer("1Z879E930346834440 " + "x " * 200_000)
    assert next(it).code == "1Z879E930346834440"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("2026-12-29 06:54 пришло", []),  # a timestamp, not DHL Express
        ("Мой тел +7 912 345-67-89", []),
        ("call +1 870 554 4875 or 8 912 801 02 42", []),
        ("我的手机 13912345678", []),
        ("ИНН 7707083893", []),
        ("Карта 4276 3800 1234 5675", []),  # Luhn-valid 16 digits in groups: a card
        ("мой трек 05308801410058", ["05308801410058"]),  # checkless, raised by context
        ("tracking number is 36301917596", ["36301917596"]),
        ("运单号 00340434161094015902", ["00340434161094015902"]),
        ("order 00340434161094015902", []),  # a not-code word outranks a bare prefix
        ("ок, созвонимся 20230812 193636", []),  # a compact date and time, not an RPO
        ("see you 20240615 0806 then", []),
        ("р/с 40817810115482264435 в ПАО Сбербанк", []),  # a bank account, not USPS 20
        # printed in groups of four: the whole number, not a 12-digit piece inside it
        ("tracking number is 7196 9010 7560 0307 7385", ["71969010756003077385"]),
        ("мой трек 0001 2345 0000 0000 27", ["000123450000000027"]),
        ("IBAN: DE89 3704 0044 0532 0130 00, SWIFT COBADEFFXXX", []),  # check digits hold
        ("call 646-435-7605 or 8 800 555-35-35", []),  # phones by their grouping
        ("客服热线 400-696-6515", []),
        ("last reply 20220724073515", []),  # a compact timestamp
        ("Tarjeta 4890982607341157 caduca 05/28", []),  # 16 digits, Luhn: a card
        ("период 2024-11-11 – 2023-04-09", []),  # no run starts inside a dated group
        ("售后单号 24365873693317", []),  # an after-sale number is no waybill number
        ("快递单号是EJ958083578US，有问题联系我", ["EJ958083578US"]),  # glued to Chinese
        ("My new card is 2202 9677 8330 2476", []),  # two words of letters: no prefix
        ("Sendungsnummer: 00340434161094015902", ["00340434161094015902"]),
        ("vergi dairesi Kadıköy, MERSİS 4637783739650727", []),  # İ lowers to i + a dot
        ("boleto: 66696 36596 85879 27847 95156 11259 66395 76225 34145 12", []),
        ("Oi, NIF 212647393 para a fatura", []),  # a not-code word is no prefix
    ],
)
def test_context_and_shape_vetoes(text: str, codes: list[str]) -> None:
    assert _codes(text) == codes


def test_leniency_ladder_and_aliases() -> None:
    text = "00340434161094015902"
    assert _codes(text) == [text]
    assert [f.code for f in find(text, leniency="strict")] == [text]
    assert find("36301917596", leniency="strict") == []
    assert find("трек 36301917596", leniency="strict") == []  # checkless: 0.1 < 0.3
    assert find("RK190321411CN", leniency="valid") == find("RK190321411CN", strict=True)
    assert find("RK190321411CN", leniency="possible") == find("RK190321411CN", strict=False)
    with pytest.raises(InvalidValue, match="leniency"):
        find(text, leniency="loose")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="leniency"):
        find(text, leniency=1)  # type: ignore[arg-type]


def test_find_reads_codes_in_up_to_ten_groups_only() -> None:
    fedex_34 = "9622 0019 0000 0000 0000 0000 0000 0000 00"  # nine groups, as printed
    assert find(fedex_34, strict=False)[0].code == fedex_34.replace(" ", "")
    assert find(" ".join("1" * 40)) == []


def test_scan_reads_a_line_longer_than_find_takes(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from parcelkit.cli import main
    from parcelkit.cli.cmd_scan import WINDOW as MAX_TEXT

    path = tmp_path / "big.txt"
    path.write_text("x" * (MAX_TEXT + 1) + " RK190321410CN\nRK190321410CN\n", encoding="utf-8")
    assert main(["scan", str(path)]) == 0
    out, err = capsys.readouterr()
    assert [line.split(" ")[0] for line in out.splitlines()] == [f"1:{MAX_TEXT + 3}:", "2:1:"]
    assert err == ""


def test_scan_reads_a_long_line(tmp_path: pathlib.Path) -> None:
    from parcelkit.cli import main

    path = tmp_path / "big.txt"
    path.write_text("x" * 200_001 + "\nRK190321410CN\n", encoding="utf-8")
    assert main(["scan", str(path)]) == 0


def test_context_words_have_a_language_and_a_source() -> None:
    from parcelkit.carriers._find_context import WORDS

    assert len({(w.lang, w.word.lower()) for w in WORDS}) == len(WORDS)
    kinds = {}
    for w in WORDS:
        assert kinds.setdefault(w.word.lower(), w.kind) == w.kind, w  # one kind a word
        assert w.lang in {"ru", "uk", "en", "zh", "ja", "de", "es", "tr", "pl", "pt", "it", "fr"}, w
        assert w.source.startswith(("https://", "seed ")), w
        assert w.kind in {"code", "not_code"}, w
