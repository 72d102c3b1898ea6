"""`parcelkit assess`: JSON history in, human or JSON assessment out, clear input errors."""

from __future__ import annotations

import io
import json
import pathlib

import pytest

from parcelkit.cli import main

HISTORY = [
    {"time": "2026-03-10T12:00:00+03:00", "status": "export"},
    {"time": "2026-03-02T10:00:00+03:00", "status": "accepted", "weight_g": 429},
]
NOW = "2026-05-15T12:00:00+03:00"


def _run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    code = main(["assess", "-", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_human_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(monkeypatch, capsys, json.dumps(HISTORY), "--now", NOW)
    assert code == 0
    assert "stage:     export" in out
    assert "silent:    66.0 days" in out
    assert "advice:    contact_post" in out
    assert "Failures in 30-50 days after export" in out


def test_json_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(
        monkeypatch, capsys, json.dumps(HISTORY),
        "--now", NOW, "--json", "--protection-days", "2", "--method", "express",
        "--ordered-at", "2026-03-05T09:00:00Z",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["stage"] == "export"
    assert data["flags"] == ["protection_expiring", "stalled"]
    assert data["advice"] == ["open_dispute", "extend_protection", "contact_post"]
    assert data["eta"] == ["2026-03-10", "2026-03-15"]
    assert data["days_silent"] == 66.0
    assert len(data["reasons"]) == 5


def test_file_argument_and_track_issued_at(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "history.json"
    path.write_text("[]", encoding="utf-8")
    code = main(
        ["assess", str(path), "--now", NOW, "--track-issued-at", "2026-05-01T12:00+03:00", "--json"]
    )
    assert code == 0
    assert json.loads(capsys.readouterr().out)["flags"] == ["no_first_scan"]


def test_now_defaults_to_the_clock(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run(monkeypatch, capsys, json.dumps(HISTORY))
    assert code == 0
    assert "stage:     export" in out


@pytest.mark.parametrize(
    ("stdin", "args", "message"),
    [
        ("not json", (), "not JSON"),
        ('{"time": 1}', (), "expected a JSON list"),
        ("[1]", (), "event 0: expected an object"),
        ('[{"time": "2026-03-01T10:00:00+03:00"}]', (), "time and status must be strings"),
        ('[{"time": "2026-03-01T10:00:00", "status": "export"}]', (), "has no UTC offset"),
        ('[{"time": "yesterday", "status": "export"}]', (), "not an ISO 8601"),
        ('[{"time": "2026-03-01T10:00+03:00", "status": "export", "weight_g": "5"}]', (),
         "weight_g must be a number"),
        ('[{"time": "2026-03-01T10:00+03:00", "status": "export", "location": 5}]', (),
         "location must be a string"),
        ("[]", ("--now", "2026-03-01T10:00"), "--now"),
        (json.dumps(HISTORY), ("--now", "2026-03-01T10:00+03:00"), "before the first event"),
        ("[]", ("--now", NOW, "--protection-days", "400"), "protection_days"),
        ("[]", ("--now", NOW, "--ordered-at", "2027-01-01T00:00Z"), "is after now"),
    ],
)
def test_input_errors(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str,
    args: tuple[str, ...],
    message: str,
) -> None:
    code, out, err = _run(monkeypatch, capsys, stdin, *args)
    assert code == 2
    assert out == ""
    assert message in err


def test_unreadable_file(capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path) -> None:
    assert main(["assess", str(tmp_path / "missing.json"), "--now", NOW]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_unknown_method_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["assess", "-", "--now", NOW, "--method", "air"])
    assert exc.value.code == 2


def test_raw_carrier_text_goes_through_the_normalizer(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = [
        {"time": "2026-03-01T12:00:00+03:00", "status": "Export from the country of departure"},
        {"time": "2026-03-10T12:00:00+03:00", "status": "Прибыло в место вручения"},
    ]
    code, out, err = _run(monkeypatch, capsys, json.dumps(raw), "--now", NOW, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["stage"] == "at_delivery_office"
    assert data["advice"][0] == "pick_up"


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (NOW, "act after: now"),  # 66 days in export: the 50 days ran out on 29 April
        ("2026-04-29T12:00+03:00", "act after: now"),  # the very moment is already due
        ("2026-04-19T12:00:00+03:00", "act after: 2026-04-29T12:00+03:00"),
        ("2026-04-19T09:00:00Z", "act after: 2026-04-29T09:00+00:00"),  # in the zone of --now
    ],
)
def test_act_after_already_past_is_now(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], now: str, shown: str
) -> None:
    code, out, _ = _run(monkeypatch, capsys, json.dumps(HISTORY), "--now", now)
    assert code == 0
    assert shown + "\n" in out


@pytest.mark.parametrize("option", ["--now", "--ordered-at", "--track-issued-at"])
def test_a_bare_date_is_midnight_utc(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], option: str
) -> None:
    args = ("--now", "2026-05-15") if option == "--now" else (
        "--now", "2026-05-15T00:00Z", option, "2026-03-05")  # fmt: skip
    code, out, err = _run(monkeypatch, capsys, json.dumps(HISTORY), *args, "--json")
    assert code == 0, err
    midnight = ["--now", "2026-05-15T00:00:00+00:00"]
    if option != "--now":
        midnight += [option, "2026-03-05T00:00:00+00:00"]
    assert _run(monkeypatch, capsys, json.dumps(HISTORY), *midnight, "--json")[1] == out
    assert json.loads(out)["days_silent"] == 65.625  # from 09:00 UTC on 10 March


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2026-1-011"])
def test_a_bad_bare_date(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    code, out, err = _run(monkeypatch, capsys, "[]", "--now", text)
    assert (code, out) == (2, "")
    assert "--now" in err
    assert "Traceback" not in err
