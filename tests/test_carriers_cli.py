"""``parcelkit classify`` and ``parcelkit scan``: human and JSON output, exit codes."""

from __future__ import annotations

import io
import json
import pathlib

import pytest

from parcelkit.cli import main


def test_classify_human(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "1Z 879E 9303 4683 4440"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1Z 879E 9303 4683 4440: UPS (ups) · confidence 0.95 · tracked")


def test_classify_shows_candidates_and_warnings(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "62009147017545"]) == 0  # DHL eCommerce, RPO check fails
    out = capsys.readouterr().out
    assert "russian_post_rpo: Russian Post domestic (RPO, 14 digits), check digit fails" in out
    assert "! checksum_error:" in out


def test_classify_unknown_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "RK190321410CN", "hello"]) == 1
    assert "hello: no known format" in capsys.readouterr().out


def test_classify_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["classify", "--json", "RT123456785FI"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["input"] == "RT123456785FI"
    assert obj["carrier"] == "s10"
    assert obj["fakes"][0]["name"].startswith("Finland")
    assert obj["warnings"][0]["code"] == "fake_tracking_service"


def test_scan_file_finds_codes_across_a_line_break(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "chat.txt"
    page.write_text("Ваш трек: rk 190 321 410\ncn, и ещё 62009147017544\n", encoding="utf-8")
    assert main(["scan", str(page)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1:11: RK190321410CN · UPU S10 postal item (s10)",
        "2:11: 62009147017544 · Russian Post domestic (RPO, 14 digits) (russian_post)",
    ]


def test_scan_stdin_lenient_json(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"wrong RK190321411CN\n")))
    assert main(["scan", "-"]) == 1  # strict: nothing found
    assert capsys.readouterr().out == ""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"wrong RK190321411CN\n")))
    assert main(["scan", "--lenient", "--json"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert (obj["line"], obj["column"], obj["code"]) == (1, 7, "RK190321411CN")
    assert obj["classification"]["warnings"][0]["code"] == "checksum_error"
