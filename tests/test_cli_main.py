"""The command line's frame: version, usage errors, `python -m parcelkit`."""

from __future__ import annotations

import subprocess
import sys

import pytest

import parcelkit
from parcelkit.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"parcelkit {parcelkit.__version__}"


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "usage" in capsys.readouterr().err


def test_unknown_command_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["no-such-command"])
    assert exc.value.code == 2


def test_check_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "RK 190 321 410 CN"]) == 0
    assert "RK 190 321 410 CN" in capsys.readouterr().out
    assert main(["check", "RK190321410CN", "RK190321411CN"]) == 1
    out = capsys.readouterr().out
    assert "check digit is 1, expected 0" in out


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "parcelkit", "check", "--json", "RK190321410CN"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"country_name": "China"' in proc.stdout


def test_unreadable_file_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["scan", "/nonexistent/x.txt"], ["check", "--batch", "/nonexistent/x.txt"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2, argv
        assert "cannot read /nonexistent/x.txt" in capsys.readouterr().err
