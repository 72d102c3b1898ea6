"""The command line speaks the language of ``--lang`` on every command, judges any
carrier's code in ``check``, and prints JSON built from the results' ``to_dict``."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

import parcelkit
from parcelkit import Stage, carrier_info, classify, normalize_status, s10
from parcelkit.cli import _parser, main

HISTORY = [
    {"time": "2026-03-10T12:00:00+03:00", "status": "export"},
    {"time": "2026-03-02T10:00:00+03:00", "status": "accepted", "weight_g": 429},
]
NOW = "2026-05-15T12:00:00+03:00"


def _out(capsys: pytest.CaptureFixture[str], argv: list[str], code: int = 0) -> str:
    assert main(argv) == code, argv
    return capsys.readouterr().out


def test_every_command_has_lang() -> None:
    _, commands = _parser()
    assert set(commands) == {"assess", "check", "classify", "scan", "status", "suggest"}
    for name, parser in commands.items():
        assert "--lang" in parser._option_string_actions, name


# --- check: any carrier ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "line"),
    [
        ("1Z999AA10123456784", "1Z999AA10123456784: valid UPS code · check digit holds · tracked"),
        ("1Z999AA10123456785", "1Z999AA10123456785: invalid · UPS · check digit fails"),
        (
            "LP00123456789012",
            "LP00123456789012: valid Cainiao code · Cainiao / AliExpress Standard Shipping (LP)"
            " · the format has no check digit · tracked",
        ),
        (
            "62009147017544",
            "62009147017544: valid Russian Post code · Russian Post domestic (RPO, 14 digits)"
            " · check digit holds · tracked",
        ),
    ],
)
def test_check_names_the_carrier_of_any_code(
    capsys: pytest.CaptureFixture[str], code: str, line: str
) -> None:
    valid = "valid" in line.split("·", maxsplit=1)[0] and "invalid" not in line
    assert _out(capsys, ["check", code], 0 if valid else 1) == line + "\n"


def test_check_keeps_the_precise_s10_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, ["check", "RK190321410CN", "AA190321410CN", "RK190321411CN"], 1)
    assert out.splitlines() == [
        "RK 190 321 410 CN: valid S10 code · registered · China (CN) · China Post · tracked",
        "AA190321410CN: invalid · InvalidComponent: the service letters AA are not assigned",
        "RK190321411CN: invalid · InvalidChecksum: the check digit is 1, expected 0",
    ]
    out = _out(capsys, ["check", "12345"], 1)
    assert (
        out
        == "12345: invalid · no known format; read as S10: the code has 5 characters, expected 13\n"
    )
    assert "expected 13" not in _out(capsys, ["check", "1Z999AA10123456784", "LP00123456789012"])


def test_check_warns_about_a_fake_service(capsys: pytest.CaptureFixture[str]) -> None:
    lines = _out(capsys, ["check", "RT123456785FI"]).splitlines()
    assert lines[0].startswith("RT 123 456 785 FI: valid S10 code")
    assert lines[1].startswith("  ! Finland (Hong Kong) Express")
    assert "known fake tracking service" in lines[1]


def test_check_in_other_languages(capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(
        capsys, ["check", "--lang", "ru", "RK190321410CN", "RK190321411CN", "1Z999AA10123456784"], 1
    )
    assert out.splitlines() == [
        "RK 190 321 410 CN: верный номер S10 · registered · Китай (CN) · China Post"
        " · отслеживается",
        "RK190321411CN: неверный · InvalidChecksum: контрольная цифра 1, ожидалась 0",
        "1Z999AA10123456784: верный номер UPS · контрольная цифра верна · отслеживается",
    ]
    assert _out(capsys, ["check", "--lang", "zh-CN", "RR123456785KR"]).startswith(
        "RR 123 456 785 KR: 有效的 S10 单号 · "
    )
    assert "韩国 (KR)" in _out(capsys, ["check", "--lang", "zh", "RR123456785KR"])
    assert "South Korea (KR)" in _out(capsys, ["check", "--lang", "xx", "RR123456785KR"])


def test_check_json_is_built_from_to_dict(capsys: pytest.CaptureFixture[str]) -> None:
    record = json.loads(_out(capsys, ["check", "--json", "rk 190 321 410 cn"]))
    parsed = s10.parse("RK190321410CN").to_dict()
    assert {k: record[k] for k in parsed} == parsed
    assert (record["input"], record["valid"], record["carrier"]) == (
        "rk 190 321 410 cn",
        True,
        "s10",
    )
    record = json.loads(_out(capsys, ["check", "--json", "1Z999AA10123456784"]))
    best = classify("1Z999AA10123456784").best
    assert best is not None
    assert record["candidate"] == best.to_dict()
    assert record["carrier_name"] == carrier_info("ups").name
    assert record["tracking_url"] == classify("1Z999AA10123456784").tracking_url
    record = json.loads(_out(capsys, ["check", "--json", "RK190321411CN"], 1))
    assert (record["error"], record["reason"], record["position"]) == (
        "InvalidChecksum",
        "check_digit",
        10,
    )
    assert record["message"] == "check digit is 1, expected 0"


# --- classify, scan, suggest, status, assess ---------------------------------------------


def test_classify_in_russian_for_a_merchant(capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, ["classify", "--lang", "ru", "RK190321411CN"], 1)
    (warning,) = classify("RK190321411CN").warnings
    assert out.splitlines() == [
        "RK190321411CN: формат неизвестен",
        "  - s10: UPU S10 postal item, контрольная цифра не сходится, уверенность 0.2375",
        f"  ! checksum_error: {warning.text('ru')}",
    ]
    out = _out(capsys, ["classify", "--audience", "merchant", "RK190321411CN"], 1)
    assert warning.text("en", "merchant") in out
    assert "dispute" not in out


def test_json_of_every_command_is_the_results_to_dict(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    obj = json.loads(_out(capsys, ["classify", "--json", "RT123456785FI"]))
    assert obj == {"input": "RT123456785FI", **classify("RT123456785FI").to_dict()}
    obj = json.loads(_out(capsys, ["status", "--json", "已签收"]))
    assert obj == {"input": "已签收", **normalize_status("已签收").to_dict()}
    obj = json.loads(_out(capsys, ["suggest", "--json", "RK 190 321 401 CN"]))
    assert obj["suggestions"] == [s.to_dict() for s in parcelkit.suggest("RK 190 321 401 CN")]
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("трек RK190321410CN\n".encode())))
    obj = json.loads(_out(capsys, ["scan", "--json"]))
    (found,) = parcelkit.find("трек RK190321410CN")
    assert obj == {"line": 1, "column": 6, **found.to_dict()}


def test_scan_in_another_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"wrong RK190321411CN\n")))
    out = _out(capsys, ["scan", "--lenient", "--lang", "de"])
    assert out == "1:7: RK190321411CN · kein gültiges Format ! checksum_error\n"


def test_suggest_in_another_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert _out(capsys, ["suggest", "--lang", "fr", "RK190321410CN"]) == (
        "RK190321410CN: valide, rien à corriger\n"
    )
    assert _out(capsys, ["suggest", "--lang", "ru", "RK 190 321 401 CN"]).startswith(
        "RK 190 321 401 CN: возможно, имелось в виду\n  1. RK910321401CN"
    )
    assert _out(capsys, ["suggest", "--lang", "ja", "hello"], 1) == "hello: 候補なし\n"


def test_status_shows_the_label(capsys: pytest.CaptureFixture[str]) -> None:
    out = _out(capsys, ["status", "--lang", "ru", "Arrived at the post office"])
    label = Stage.AT_DELIVERY_OFFICE.label("ru")
    assert out.startswith("at_delivery_office 0.")
    assert f" {label}" in out
    out = _out(capsys, ["status", "Delivered"])
    assert out.startswith("delivered 0.95 Delivered")


def _assess(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str) -> str:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(json.dumps(HISTORY).encode())))
    return _out(capsys, ["assess", "-", "--now", NOW, *args])


def test_assess_in_russian(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = _assess(capsys, monkeypatch, "--lang", "ru")
    result = parcelkit.assess(
        [parcelkit.Event(dt.datetime.fromisoformat(e["time"]), e["status"]) for e in HISTORY],  # type: ignore[arg-type]
        now=dt.datetime.fromisoformat(NOW),
    )
    lines = out.splitlines()
    assert lines[0] == f"этап:              {Stage.EXPORT.label('ru')}"
    assert lines[1] == "без движения:      66.0 дн."
    assert lines[3].startswith("совет:")
    assert parcelkit.Advice.CONTACT_POST.label("ru") in lines[3]
    assert lines[-len(result.reasons) :] == [f"  - {r}" for r in result.explain("ru")]
    english = _assess(capsys, monkeypatch)
    assert english.splitlines()[0] == "stage:     export"
    json_out = json.loads(_assess(capsys, monkeypatch, "--json", "--lang", "ru"))
    assert json_out["reasons"] == list(result.reasons)  # JSON stays the English to_dict
