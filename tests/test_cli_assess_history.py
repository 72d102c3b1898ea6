"""``parcelkit assess --history PASTED --tz ZONE``: a pasted tracking page, assessed."""

from __future__ import annotations

import io
import json
import pathlib

import pytest

from parcelkit.cli import main

PAGE = """Трек-номер RA644000035RU  Скопировать
Прибыло в место вручения
3 декабря 2026, 08:15
101000, Москва
Вес: 0,118 кг
Покинуло сортировочный центр
1 декабря 2026, 23:02
140961, Подольск
"""
NOW = "2026-12-20T10:00:00+03:00"


def test_pasted_history_is_assessed(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "pasted.txt"
    page.write_text(PAGE, encoding="utf-8")
    argv = ["assess", "--history", str(page), "--tz", "Europe/Moscow", "--now", NOW, "--json"]
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["stage"] == "at_delivery_office"
    assert "awaiting_pickup" in result["flags"]


def test_pasted_history_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["assess", "--history", "-", "--tz", "Europe/Moscow", "--now", NOW]) == 0
    assert capsys.readouterr().out.startswith("stage:     at_delivery_office")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--now", NOW], "has no UTC offset: pass tz"),
        (["--tz", "Mars/Olympus", "--now", NOW], "--tz: unknown time zone 'Mars/Olympus'"),
    ],
)
def test_pasted_history_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PAGE.encode())))
    assert main(["assess", "--history", "-", *args]) == 2
    assert message in capsys.readouterr().err


def test_nothing_to_assess(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["assess"]) == 2
    assert "give a JSON history FILE, or --history" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Copy\nShow more\n")))
    assert main(["assess", "--history", "-", "--tz", "UTC", "--now", NOW]) == 2
    assert "no tracking events found" in capsys.readouterr().err
