"""``parcelkit suggest``: human and JSON output, exit codes."""

from __future__ import annotations

import json

import pytest

from parcelkit.cli import main


def test_suggest_human(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "RK19O321410CN"]) == 0
    assert capsys.readouterr().out == (
        "RK19O321410CN: did you mean\n"
        "  1. RK190321410CN (s10, s10) · lookalike: the 5th character is the letter O; "
        "the digit 0 was probably meant\n"
    )


def test_suggest_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "--json", "RK 190 321 401 CN", "--limit", "2"]) == 0
    obj = json.loads(capsys.readouterr().out)
    assert obj["input"] == "RK 190 321 401 CN"
    assert obj["valid"] is False
    assert [s["edit"] for s in obj["suggestions"]] == ["transpose", "transpose"]
    assert set(obj["suggestions"][0]) == {
        "code", "carrier", "format", "edit", "position", "description", "score"
    }  # fmt: skip


def test_valid_and_hopeless_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "RK190321410CN"]) == 0
    assert capsys.readouterr().out == "RK190321410CN: valid, nothing to correct\n"
    assert main(["suggest", "RK190321410CN", "hello"]) == 1
    assert capsys.readouterr().out.endswith("hello: no suggestion\n")


def test_bad_limit_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["suggest", "--limit", "0", "RK19O321410CN"]) == 2
    assert "limit must be at least 1" in capsys.readouterr().err
