"""``parcelkit status``: arguments, standard input, --lang, --json and exit codes."""

from __future__ import annotations

import io
import json

import pytest

from parcelkit.cli import main


def test_text_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "Прибыло в место вручения, 101000, Москва", "Delivered"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("at_delivery_office ")
    assert "location=101000, Москва" in lines[0]
    assert lines[0].endswith("\tПрибыло в место вручения, 101000, Москва")
    assert lines[1].startswith("delivered ")


def test_json_and_lang(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--lang", "ru", "--json", "Pribylo v mesto vrucheniya"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["input"] == "Pribylo v mesto vrucheniya"
    assert record["stage"] == "at_delivery_office"
    assert record["lang"] == "ru"
    assert set(record) == {
        "input", "stage", "confidence", "lang", "detail", "leg", "location", "matched",
    }  # fmt: skip


@pytest.mark.parametrize("argv", [["status"], ["status", "-"]])
def test_stdin_one_status_per_line(
    argv: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = "Вручение адресату\n已签收\nhello world\n".encode()
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert main([*argv, "--json"]) == 1  # one line has no stage
    stages = [json.loads(line)["stage"] for line in capsys.readouterr().out.splitlines()]
    assert stages == ["delivered", "delivered", "unknown"]
