"""A hostile shell: closed streams, bad bytes, huge and deep input, full disks, long lines.

Each test is one reproduction from the reliability review (issue 13, CLI items 1-10): the
command gives a one-line message and exits 0, 1 or 2, never a traceback, and loses no data.
"""

from __future__ import annotations

import io
import json
import os
import pathlib
import random
import subprocess
import sys

import pytest

from parcelkit import find
from parcelkit.cli import _output, main
from parcelkit.cli.cmd_scan import found_codes

CODE = "RK190321410CN"
NOW = "2026-05-15T12:00:00+03:00"
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs a POSIX shell and /dev")


def _shell(
    command: str, *, stdin: bytes | None = None, **env: str
) -> subprocess.CompletedProcess[bytes]:
    """Run ``python -m parcelkit`` inside a shell command line (for `<&-`, `>&-`)."""
    line = command.replace("PK", f"'{sys.executable}' -m parcelkit")
    return subprocess.run(
        ["/bin/sh", "-c", line],
        input=stdin,
        capture_output=True,
        check=False,
        env={**os.environ, **env},
    )


def _no_traceback(proc: subprocess.CompletedProcess[bytes]) -> str:
    err = proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err, err
    return err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- 1. standard input closed --------------------------------------------------------------


@posix_only
@pytest.mark.parametrize(
    "command",
    ["check --batch -", "scan -", "scan", "status -", "status", f"assess - --now {NOW}"],
)
def test_closed_stdin_is_a_usage_error(command: str) -> None:
    proc = _shell(f"PK {command} <&-")
    err = _no_traceback(proc)
    assert proc.returncode == 2
    name = command.split(maxsplit=1)[0]
    assert f"parcelkit {name}: error: cannot read standard input: it is closed" in err


# --- 2. standard output closed -------------------------------------------------------------


@posix_only
def test_closed_stdout_is_an_error_not_a_traceback() -> None:
    proc = _shell(f"PK check {CODE} >&-")
    assert _no_traceback(proc).strip() == "parcelkit: error: standard output is closed"
    assert proc.returncode == 2


# --- 3. an argument that is not UTF-8, with strict UTF-8 output ----------------------------


@posix_only
@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "utf-8"}, {"LC_ALL": "en_US.UTF-8"}])
@pytest.mark.parametrize("argv", [["check"], ["check", "--json"], ["classify"], ["status"]])
def test_undecodable_argument_is_printed_escaped(argv: list[str], env: dict[str, str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "parcelkit", *argv, b"RK\xff".decode("utf-8", "surrogateescape")],
        capture_output=True,
        check=False,
        env={**os.environ, **env},
    )
    _no_traceback(proc)
    assert proc.returncode == 1
    assert b"RK\\udcff" in proc.stdout


# --- 4. invalid UTF-8 on standard input ----------------------------------------------------


@posix_only
def test_assess_reads_invalid_utf8_on_stdin_as_replacement_characters() -> None:
    history = b'[{"time": "2026-05-14T12:00:00+03:00", "status": "delivered \xff"}]'
    proc = _shell(f"PK assess - --now {NOW}", stdin=history, PYTHONIOENCODING="utf-8")
    _no_traceback(proc)
    assert proc.returncode == 0
    assert b"stage:     delivered" in proc.stdout
    proc = _shell(f"PK assess - --now {NOW}", stdin=b"\xff[]", PYTHONIOENCODING="utf-8")
    assert "parcelkit assess: error: not JSON" in _no_traceback(proc)
    assert proc.returncode == 2


# --- 5 and 6. JSON nested too deeply, integers too long -------------------------------------


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),
        ('[{"a": ' * 50_000 + "1" + "}]" * 50_000, "JSON nested too deeply"),
        (
            '[{"time": "2026-05-14T12:00:00Z", "status": "delivered", "weight_g": '
            + "9" * 5000
            + "}]",
            "a number has 5000 digits; at most 4300 are read",
        ),
        ("[" + "-" + "1" * 4301 + "]", "a number has 4302 digits"),
    ],
    ids=["deep-lists", "deep-objects", "long-int", "long-negative-int"],
)
def test_assess_refuses_hostile_json_with_a_message(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    data: str,
    message: str,
) -> None:
    _stdin(monkeypatch, data.encode())
    assert main(["assess", "-", "--now", NOW]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("parcelkit assess: error: ")
    assert message in err
    assert len(err.splitlines()) == 1


# --- 7. read and write errors name the file and what failed -------------------------------


@posix_only
@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize(
    ("command", "stdin"),
    [
        (f"check {CODE}", b""),
        (f"classify {CODE}", b""),
        ("status delivered", b""),
        (f"assess - --now {NOW}", b"[]"),
        ("scan -", CODE.encode()),
        ("check --batch -", CODE.encode()),
    ],
)
def test_write_error_says_write_and_exits_2(command: str, stdin: bytes) -> None:
    proc = _shell(f"PK {command} > /dev/full", stdin=stdin)
    err = _no_traceback(proc)
    name = command.split(maxsplit=1)[0]
    assert err.strip() == (
        f"parcelkit {name}: error: cannot write standard output: No space left on device"
    )
    assert proc.returncode == 2


@pytest.mark.parametrize(
    "argv", [["scan", "{}"], ["check", "--batch", "{}"], ["status", "-"], ["assess", "{}"]]
)
def test_read_error_names_the_file(
    tmp_path: pathlib.Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    """A directory given as the input: the message names it and says it could not be read."""
    argv = [a.format(tmp_path) for a in argv]
    if argv == ["status", "-"]:
        monkeypatch.setattr("sys.stdin", _Unreadable())
        expected = "cannot read standard input: Input/output error"
    else:
        expected = f"cannot read {tmp_path}: Is a directory"
    try:
        code = main([*argv, "--now", NOW] if argv[0] == "assess" else argv)
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    err = capsys.readouterr().err
    assert f"parcelkit {argv[0]}: error: {expected}" in err
    assert "None" not in err


class _Unreadable:
    """A standard input whose reads fail as a broken disk would."""

    class buffer:
        @staticmethod
        def readline(_limit: int) -> bytes:
            raise OSError(5, "Input/output error")

        read = readline


@pytest.mark.parametrize("argv", [["scan"], ["check", "--batch"], ["assess"]])
def test_a_file_name_with_nul_is_a_read_error(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """Found by the CLI fuzz harness: ``main(["assess", "a\\0"])`` raised ValueError."""
    try:
        code = main([*argv, "a\0b"])
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    assert "cannot read a\x00b: a file name cannot contain NUL" in capsys.readouterr().err


# --- 8 and 9. scan loses nothing: long lines, long line pairs, codes at window edges -------


def _scan(path: pathlib.Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    main(["scan", "--json", str(path)])
    out, err = capsys.readouterr()
    assert err == ""
    return [json.loads(line) for line in out.splitlines()]


def test_scan_keeps_a_line_whose_pair_with_the_next_is_over_the_limit(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pair.txt"
    path.write_text(f"{'x ' * 30_000}{CODE}\n{'y ' * 30_000}\n", encoding="utf-8")
    rows = _scan(path, capsys)
    assert [(r["line"], r["column"], r["code"]) for r in rows] == [(1, 60_001, CODE)]


def test_scan_reads_a_line_of_any_length(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line of 2 MB with the code at the start, past 100,000 bytes and at the very end."""
    filler = ("x" * 40 + " ") * 25_000
    path = tmp_path / "long.txt"
    path.write_text(f"{CODE} {filler}{CODE} {filler}{CODE}\nnext {CODE}\n", encoding="utf-8")
    rows = _scan(path, capsys)
    assert [(r["line"], r["column"]) for r in rows] == [
        (1, 1),
        (1, 15 + len(filler)),
        (1, 29 + 2 * len(filler)),
        (2, 6),
    ]


def test_scan_reports_codes_across_every_window_edge_once(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Codes every 17 characters on one 400,000-character line: every window edge cuts
    through some; each is still reported exactly once."""
    line = f"{CODE}, " * 26_000
    path = tmp_path / "dense.txt"
    path.write_text(line + "\n", encoding="utf-8")
    rows = _scan(path, capsys)
    assert [r["column"] for r in rows] == [1 + 15 * i for i in range(26_000)]
    assert all(r["raw"] == CODE and r["start"] == r["column"] - 1 for r in rows)


@pytest.mark.parametrize(("size", "context"), [(200, 40), (257, 61), (1000, 100)])
def test_small_windows_find_what_find_finds(size: int, context: int) -> None:
    """The window reader in miniature: on text with codes cut by every kind of edge, the
    codes found are exactly those ``find`` finds in the whole text, lines counted right."""
    pieces = [f"trk {CODE} ", "rk 190 321\n410 cn ", "x" * 37, "\n\n", "1Z5R89390357567127 "]
    text = "".join(pieces[i % len(pieces)] for i in range(120))
    chunks = [text[i : i + 97] for i in range(0, len(text), 97)]
    found = found_codes(chunks, strict=True, size=size, context=context)
    got = [(line, f.code) for line, f in found]
    want = [(text.count("\n", 0, f.start) + 1, f.code) for f in find(text)]
    assert got == want


def test_status_notes_a_cut_line_on_stderr(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A status line longer than the line limit is cut, and never silently."""
    _stdin(monkeypatch, b"delivered " + b"x" * 150_000 + b"\ndelivered\n")
    main(["status", "-"])
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 2
    assert err == (
        "standard input line 1: longer than 100000 bytes; "
        "the first 100000 were read and the other 50010 skipped\n"
    )


def _lines_by_readline(data: bytes, max_bytes: int) -> tuple[list[str], list[int]]:
    """What reading line by line with ``readline(max_bytes)`` gives: the lines; and, of
    each cut line, the bytes past the first *max_bytes* that are not its line end."""
    stream, lines, cuts = io.BytesIO(data), [], []
    while line := stream.readline(max_bytes):
        if len(line) == max_bytes and not line.endswith(b"\n"):
            rest = b""
            while part := stream.readline(max_bytes):
                rest += part
                if part.endswith(b"\n"):
                    break
            skipped = len((line + rest).rstrip(b"\r\n")) - max_bytes
            if skipped > 0:
                cuts.append(skipped)
        lines.append(line.rstrip(b"\r\n").decode("utf-8", "replace"))
    return lines, cuts


@pytest.mark.parametrize("seed", range(40))
def test_block_reading_gives_the_lines_of_readline(
    seed: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Lines read in blocks (a pipe giving a few bytes per read) are the lines a
    line-by-line reader gives, cut lines and their notes included."""
    rng = random.Random(seed)
    data = b"".join(
        rng.choice([b"RK190321410CN", b"x" * rng.randint(0, 40), b"\r", b"\r\r", "ж".encode()])
        + rng.choice([b"\n", b"\r\n", b""])
        for _ in range(rng.randint(0, 30))
    )
    max_bytes = rng.randint(1, 20)
    want, cuts = _lines_by_readline(data, max_bytes)
    pipe = io.BytesIO(data)
    step = rng.randint(1, 7)
    monkeypatch.setattr(_output, "READ_SIZE", step)
    reader = _output._Reader.__new__(_output._Reader)
    reader.source, reader.stream, reader.close = "-", pipe, False
    assert list(_output._lines(reader, max_bytes)) == want
    notes = capsys.readouterr().err.splitlines()
    assert [int(n.split("other ")[1].split()[0]) for n in notes] == cuts


# --- 10. one behaviour for every command --------------------------------------------------


@pytest.mark.parametrize("argv", [["scan"], ["check", "--batch"], ["assess"]])
def test_usage_errors_name_the_sub_command(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    try:
        code = main([*argv, "nofile"])
    except SystemExit as exc:
        code = exc.code  # type: ignore[assignment]
    assert code == 2
    err = capsys.readouterr().err
    assert f"parcelkit {argv[0]}: error: cannot read nofile: No such file or directory" in err
    assert "usage: parcelkit [-h]" not in err


def test_status_skips_blank_lines_like_check_batch(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"delivered\n\n   \n\t\ndelivered\n")
    assert main(["status", "-"]) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == [
        "delivered",
        "delivered",
    ]
    _stdin(monkeypatch, f"{CODE}\n\n   \n{CODE}\n".encode())
    assert main(["check", "--batch", "-"]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[1:] == [f"{CODE},true,s10,"] * 2
    assert "2 blank lines skipped" in err
