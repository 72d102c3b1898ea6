"""``parcelkit status``: arguments, standard input, --lang, --json and exit codes."""

from __future__ import annotations

import io
import json
import pathlib

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


def test_carrier_and_code(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["status", "--carrier", "russian_post", "--code", "8.2", "--json"]
    argv.append("Прибыло в место вручения")
    assert main(argv) == 0
    record = json.loads(capsys.readouterr().out)
    assert (record["stage"], record["matched"]) == ("at_delivery_office", "russian_post:8.2")
    assert main(["status", "--carrier", "usps", "--code", "01"]) == 0
    assert capsys.readouterr().out.startswith("delivered 0.90")


def test_carrier_lines_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = b"01\tDelivered, In/At Mailbox\nOF\nZZ\thello world\n"
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines)))
    assert main(["status", "--carrier", "usps", "--json"]) == 1  # the last line has no stage
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["stage"] for r in records] == ["delivered", "out_for_delivery", "unknown"]
    assert records[0]["input"] == "01\tDelivered, In/At Mailbox"


def test_carrier_lines_from_a_file(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    events = tmp_path / "events.tsv"
    events.write_text("8.2\tПрибыло в место вручения\n2.1\n", encoding="utf-8")
    assert main(["status", "--carrier", "russian_post", str(events)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("at_delivery_office 0.98")
    assert lines[1].startswith("delivered 0.90")


def test_carrier_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["status", "--carrier", "nope", "--code", "1"]) == 2
    assert "usps" in capsys.readouterr().err
    assert main(["status", "--code", "1"]) == 2
    assert "--carrier" in capsys.readouterr().err
