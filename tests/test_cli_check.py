"""``parcelkit check --batch FILE|-``: streamed rows, CSV and JSON lines, summary, exit codes."""

from __future__ import annotations

import csv
import io
import json
import pathlib
import subprocess
import sys
import types

import pytest

from _fake_tqdm import fake_tqdm
from parcelkit import s10
from parcelkit.cli import cmd_check, main

LINES = [
    "RK190321410CN",
    "rk 190 321 410 cn",
    "",
    "RK190321411CN",
    "1Z5R89390357567127",
    'foo,"bar',
    "  ",
    "JA123456785CN",
]
ROWS = [
    ["RK190321410CN", "true", "s10", ""],
    ["rk 190 321 410 cn", "true", "s10", ""],
    ["RK190321411CN", "false", "", "InvalidChecksum"],
    ["1Z5R89390357567127", "false", "ups", "InvalidLength"],
    ['foo,"bar', "false", "", "InvalidFormat"],
    ["JA123456785CN", "false", "", "InvalidComponent"],
]


def _file(tmp_path: pathlib.Path, data: bytes) -> str:
    path = tmp_path / "codes.txt"
    path.write_bytes(data)
    return str(path)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_csv_from_a_file(tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _file(tmp_path, "\n".join(LINES).encode() + b"\n")
    assert main(["check", "--batch", source]) == 1
    captured = capsys.readouterr()
    rows = list(csv.reader(io.StringIO(captured.out)))
    assert rows[0] == ["code", "valid", "carrier", "error"]
    assert rows[1:] == ROWS
    assert captured.err.splitlines() == [
        "checked 6 codes: 2 valid S10, 4 invalid, 2 blank lines skipped",
        "by carrier: (none) 3, s10 2, ups 1",
        "by error: InvalidChecksum 1, InvalidComponent 1, InvalidFormat 1, InvalidLength 1",
    ]


def test_json_lines_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "\r\n".join(LINES).encode())
    assert main(["check", "--batch", "-", "--json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"code": c, "valid": v == "true", "carrier": k or None, "error": e or None}
        for c, v, k, e in ROWS
    ]


def test_exit_zero_only_when_every_code_is_valid(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--batch", _file(tmp_path, b"RK190321410CN\nEE123456785CN\n\n")]) == 0
    assert "checked 2 codes: 2 valid S10, 0 invalid" in capsys.readouterr().err
    assert main(["check", "--batch", _file(tmp_path, b"")]) == 0
    assert capsys.readouterr().out == "code,valid,carrier,error\n"
    assert main(["check", "--batch", _file(tmp_path, b"RK190321410CN\nx")]) == 1


def test_bad_lines_never_stop_the_run(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = (
        b"\xff\xfeRK\n"
        + b"R" * 20_000
        + b"\nRK19032\x001410CN\n"
        + "ＲＫ１９０３２１４１０ＣＮ\n".encode()
    )
    assert main(["check", "--batch", _file(tmp_path, data), "--json"]) == 1
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["valid"], r["error"]) for r in rows] == [
        (False, "InvalidFormat"),
        (False, "InvalidLength"),  # cut at 4096 bytes: still far over 256 characters
        (False, "InvalidFormat"),
        (True, None),
    ]
    assert rows[0]["code"] == "\ufffd\ufffdRK"
    assert len(rows[1]["code"]) == cmd_check._MAX_LINE


def test_usage_errors_exit_2(tmp_path: pathlib.Path) -> None:
    for argv in (
        ["check"],
        ["check", "--batch", "-", "RK190321410CN"],
        ["check", "--batch", str(tmp_path / "missing.txt")],
        ["check", "--batch"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2, argv


def test_rows_are_streamed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first block is written before the input is read to its end."""
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    total = 3 * cmd_check._BLOCK

    class Lazy(io.RawIOBase):
        """A pipe that gives one line per read."""

        read_lines = 0

        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            self.read_lines += 1
            if self.read_lines == 2 * cmd_check._BLOCK + 2:
                assert out.getvalue().count("\n") > cmd_check._BLOCK
            line = b"RK190321410CN\n" if self.read_lines <= total else b""
            memoryview(buffer)[: len(line)] = line  # type: ignore[arg-type]
            return len(line)

    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=Lazy()))
    assert main(["check", "--batch", "-"]) == 0
    assert out.getvalue().count("\n") == total + 1


@pytest.mark.parametrize("tty", [True, False])
def test_progress_bar_only_on_a_terminal(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, tty: bool
) -> None:
    bars = fake_tqdm(monkeypatch)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    source = _file(tmp_path, b"RK190321410CN\n" * 10_000)
    assert main(["check", "--batch", source]) == 0
    if tty:
        [bar] = bars
        assert (bar.n, bar.closed, bar.kwargs["file"]) == (10_000, True, sys.stderr)
    else:
        assert bars == []


def test_progress_without_tqdm_is_silent(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # import fails
    err = io.StringIO()
    monkeypatch.setattr(sys, "stderr", err)
    monkeypatch.setattr(err, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    assert main(["check", "--batch", _file(tmp_path, b"RK190321410CN\n")]) == 0
    assert err.getvalue().startswith("checked 1 codes")


def test_agrees_with_the_library_on_mixed_lines(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    codes = [f"RK19032141{d}CN" for d in range(10)] + ["ee 123 456 785 cn", "QQ", "ЕЕ123456785СN"]
    assert main(["check", "--batch", _file(tmp_path, "\n".join(codes).encode())]) == 1
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
    assert [r[1] == "true" for r in rows] == [s10.is_valid(c) for c in codes]


def test_stdin_through_a_real_pipe() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "parcelkit", "check", "--batch", "-"],
        input=b"RK190321410CN\nRK190321411CN\n",
        capture_output=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stdout.decode().splitlines()[1:] == [
        "RK190321410CN,true,s10,",
        "RK190321411CN,false,,InvalidChecksum",
    ]
    assert b"checked 2 codes" in proc.stderr


def test_single_codes_still_work(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "RK 190 321 410 CN"]) == 0
    assert "valid S10" in capsys.readouterr().out
    assert main(["check", "--json", "RK190321411CN"]) == 1
    assert json.loads(capsys.readouterr().out)["error"] == "InvalidChecksum"


def test_check_reads_a_carriers_own_use_of_an_unallocated_s10_pair() -> None:
    # Chronopost prints XP…FR on its own items: S10-12 rejects the pair, Chronopost's
    # format accepts the code, so the verdict is Chronopost's and the S10 error is kept.
    ok, record, line = cmd_check.judge("XP696982485FR")
    assert ok
    assert record["carrier"] == "chronopost"
    assert record["s10_error"]["reason"] == "service_indicator"
    assert "Chronopost" in line
    # A reserved pair nobody is known to use stays an invalid S10 code.
    ok, record, _ = cmd_check.judge("TT123456785GB")
    assert not ok
    assert record["reason"] == "service_indicator"
