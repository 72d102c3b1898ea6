"""The progress bar of ``check --batch``, ``scan`` and ``status``: on a terminal only,
never with ``CI`` set, never in a pipe, and only after some seconds of work."""

from __future__ import annotations

import io
import pathlib
import subprocess
import sys

import pytest

from _fake_tqdm import fake_tqdm
from parcelkit.cli import main
from parcelkit.cli._progress import DELAY


def terminal(monkeypatch: pytest.MonkeyPatch, tty: bool) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty)
    monkeypatch.setattr(sys, "stdout", io.StringIO())


def run(tmp_path: pathlib.Path, command: str) -> None:
    if command == "scan":
        source = tmp_path / "text.txt"
        source.write_text("track RK190321410CN please\n" * 30)
        main(["scan", str(source)])
    else:
        main(["status", *["Delivered"] * 30])


@pytest.mark.parametrize("command", ["scan", "status"])
@pytest.mark.parametrize(("tty", "ci", "drawn"), [(True, None, True), (False, None, False),
                                                   (True, "true", False)])  # fmt: skip
def test_bar_on_a_terminal_outside_ci(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch,
    command: str, tty: bool, ci: str | None, drawn: bool,
) -> None:  # fmt: skip
    bars = fake_tqdm(monkeypatch)
    if ci:
        monkeypatch.setenv("CI", ci)
    terminal(monkeypatch, tty)
    run(tmp_path, command)
    if drawn:
        [bar] = bars
        # scan counts the windows it reads (one here), status the lines
        expected = 1 if command == "scan" else 30
        assert (bar.n, bar.closed, bar.kwargs["delay"]) == (expected, True, DELAY)
        assert bar.kwargs["file"] is sys.stderr
    else:
        assert bars == []


def test_never_in_a_pipe(tmp_path: pathlib.Path) -> None:
    source = tmp_path / "codes.txt"
    source.write_text("RK190321410CN\n" * 1000)
    done = subprocess.run(
        [sys.executable, "-m", "parcelkit", "check", "--batch", str(source)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0
    assert done.stderr.startswith("checked 1000 codes")
