"""The command line's argument parsing and input handling, in process.  Contract
(docs/reliability.md): any argument list and any bytes on standard input give an exit
code of 0, 1 or 2 (argparse's own exits: 0 for --help and --version, 2 for usage errors),
never another exception; errors are one ``parcelkit ...: error:`` message, never a
traceback; a full disk gives exit 2 and says it could not write."""

from __future__ import annotations

import contextlib
import errno
import functools
import io
import os
import sys
import tempfile

from _harness import ContractBreak, Reader, expect, fuzz

from parcelkit.cli import main

_FILE = "{file}"  # stands for the harness's input file in the word lists

_COMMANDS = {
    "check": ("--json", "--batch", "-", _FILE, "RK190321410CN", "rk 190 321 410 cn"),
    "classify": ("--json", "1Z5R89390357567127", "RK190321411CN"),
    "scan": ("--json", "--lenient", "-", _FILE),
    "status": ("--json", "--lang", "ru", "en", "-", "Delivered", "Вручение адресату"),
    "assess": (
        "--json", "-", _FILE, "--now", "2026-05-15T12:00:00+03:00", "2026-05-15",
        "--ordered-at", "--track-issued-at", "--protection-days", "10", "nan", "1e400",
        "--method", "express", "--help",
    ),
}
_HISTORY = (
    '[{"time": "2026-05-01T10:00:00+03:00", "status": "export", "weight_g": 120}, '
    '{"time": "2026-05-03T10:00:00Z", "status": "Вручение адресату"}]'
).encode()


class _FullDisk(io.RawIOBase):
    def writable(self) -> bool:
        return True

    def write(self, _b: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")


@functools.cache
def _input_file() -> str:
    return os.path.join(tempfile.mkdtemp(prefix="parcelkit-fuzz-cli-"), "input.txt")


def _names_a_real_path(token: str) -> bool:
    """Whether *token* (or the value of ``--opt=value``) names an existing path other
    than the harness's own input: such argument lists are not run (/dev/zero never ends)."""
    for part in {token, token.partition("=")[2]}:
        if part and part not in ("-", _input_file()):
            with contextlib.suppress(ValueError, OSError):
                if os.path.lexists(part):
                    return True
    return False


def _argv(r: Reader) -> list[str]:
    command = r.choice((*_COMMANDS, r.text(8))) if r.byte() % 16 else r.text(8)
    words = _COMMANDS.get(command, ("--help",))
    argv = [command]
    for _ in range(r.int(6)):
        argv.append(r.choice(words) if r.byte() % 3 else r.text(30))
    return [_input_file() if a == _FILE else a for a in argv]


def one_input(data: bytes) -> None:
    r = Reader(data)
    argv = _argv(r)
    if any(_names_a_real_path(a) for a in argv) or "--version" in argv:
        return
    full_disk = r.byte() % 8 == 0
    stdin = r.choice((_HISTORY, b"RK190321410CN\n\nDelivered\n")) if r.flag() else r.rest()
    with open(_input_file(), "wb") as fh:
        fh.write(stdin)
    out_buffer: io.RawIOBase | io.BytesIO = _FullDisk() if full_disk else io.BytesIO()
    streams = (
        io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"),
        io.TextIOWrapper(out_buffer, encoding="utf-8", write_through=True),  # type: ignore[arg-type]
        io.TextIOWrapper(io.BytesIO(), encoding="utf-8", write_through=True),
    )
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = streams
    try:
        try:
            code: object = main(argv)
        except SystemExit as exc:
            code = exc.code
            expect(code in (0, 2), f"argparse exit {code!r} for {argv!r}")
        except Exception as exc:
            raise ContractBreak(f"{argv!r} raised {type(exc).__name__}: {exc!s:.200}") from exc
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
    expect(code in (0, 1, 2), f"exit code {code!r} for {argv!r}")
    err_buffer = streams[2].buffer
    assert isinstance(err_buffer, io.BytesIO)
    err = err_buffer.getvalue().decode("utf-8", "replace")
    expect("Traceback" not in err, f"a traceback for {argv!r}")
    if full_disk and "cannot write standard output" in err:
        expect(code == 2, "a write error did not exit 2")


if __name__ == "__main__":
    fuzz(one_input, "cli")
