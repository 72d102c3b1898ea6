"""Small helpers shared by the sub-commands: reading input, printing JSON, and ``--lang``.

JSON output has one rule: a result is printed as its ``to_dict()`` (``parcelkit._json``),
with the fields a command adds (``input``, ``line``…) in front.  Human output is written
in the language of ``--lang`` (every command has it; default English), from the text
tables of :mod:`parcelkit.i18n`.

Every read goes through :func:`open_input`, so a file or standard input that cannot be
read (missing, a directory, closed with ``<&-``, an I/O error halfway) raises one
:class:`ReadError` that names it; :func:`parcelkit.cli.main` turns that into a usage error.
Input is decoded as UTF-8 and a byte that is not UTF-8 becomes U+FFFD, the same for
every command and for files and standard input alike.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from parcelkit import i18n
from parcelkit._json import jsonable

__all__ = [
    "MAX_LINE_BYTES",
    "ReadError",
    "add_lang",
    "emit_json",
    "iter_chunks",
    "iter_lines",
    "open_input",
    "read_text",
    "word",
]


class ReadError(Exception):
    """An input that cannot be read; the message names it and says why."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        super().__init__(f"cannot read {display_name(source)}: {reason}")


def display_name(source: str) -> str:
    """How an input is named in messages: ``-`` is standard input."""
    return "standard input" if source == "-" else source


def emit_json(value: Any) -> None:
    """Print *value* as one line of JSON: a result as its ``to_dict()``, a dict of results
    with each written the same way."""
    sys.stdout.write(json.dumps(jsonable(value), ensure_ascii=False) + "\n")


def add_lang(parser: Any, meaning: str | None = None) -> None:
    """The ``--lang L`` option every command has, for its human output."""
    parser.add_argument(
        "--lang",
        metavar="L",
        default=None,
        help=meaning
        or "language of the human output: " + ", ".join(i18n.LANGUAGES)
        + " (a region tag such as pt-BR uses its language; default English)",
    )


def word(key: str, lang: str | None, **params: object) -> str:
    """The command line's text *key* (``cli.*``) in *lang*."""
    return i18n.text(key, lang, **params)


#: Longest line read by default, in bytes; the rest of a longer line is skipped, and a
#: note on standard error says so.  Long enough for any status.
MAX_LINE_BYTES = 100_000


class _Reader:
    """A binary input opened now (so a missing file fails before anything is written),
    whose read errors become :class:`ReadError`."""

    def __init__(self, source: str) -> None:
        self.source = source
        if source == "-":
            if sys.stdin is None:  # started with `<&-`
                raise ReadError(source, "it is closed")
            self.stream: IO[bytes] = sys.stdin.buffer
            self.close = False
        else:
            try:
                self.stream = open(source, "rb")  # noqa: SIM115  (closed by finish)
            except OSError as exc:
                raise ReadError(source, exc.strerror or str(exc)) from None
            except ValueError:  # only main(argv) can pass one: a real argv holds no NUL
                raise ReadError(source, "a file name cannot contain NUL") from None
            self.close = True

    def readline(self, limit: int) -> bytes:
        try:
            return self.stream.readline(limit)
        except OSError as exc:
            raise ReadError(self.source, exc.strerror or str(exc)) from None
        except ValueError:  # a stream closed underneath us
            raise ReadError(self.source, "it is closed") from None

    def read(self, limit: int) -> bytes:
        try:
            return self.stream.read(limit)
        except OSError as exc:
            raise ReadError(self.source, exc.strerror or str(exc)) from None
        except ValueError:
            raise ReadError(self.source, "it is closed") from None

    def finish(self) -> None:
        if self.close:
            self.stream.close()


def open_input(source: str) -> _Reader:
    """The file *source*, or standard input for ``-``, opened for reading bytes."""
    return _Reader(source)


def read_text(source: str, max_bytes: int) -> str:
    """The whole of *source* decoded, or :class:`ReadError` if it has over *max_bytes*."""
    reader = open_input(source)
    try:
        data = reader.read(max_bytes + 1)
    finally:
        reader.finish()
    if len(data) > max_bytes:
        raise ReadError(source, f"more than {max_bytes} bytes")
    return data.decode("utf-8", "replace")


def iter_lines(source: str, max_bytes: int = MAX_LINE_BYTES) -> Iterator[str]:
    """Lines of a file, or of standard input for ``-``, without their line ends, decoded
    as UTF-8, streamed; a line is cut after *max_bytes* bytes and the rest of it skipped,
    with a note on standard error, so one huge line never fills memory.  The input is
    opened now, so a missing file raises :class:`ReadError` before anything is written."""
    return _lines(open_input(source), max_bytes)


def _lines(reader: _Reader, max_bytes: int) -> Iterator[str]:
    number = 0
    try:
        while line := reader.readline(max_bytes):
            number += 1
            if len(line) == max_bytes and not line.endswith(b"\n"):
                skipped = 0
                while rest := reader.readline(max_bytes):
                    skipped += len(rest.rstrip(b"\r\n"))
                    if rest.endswith(b"\n"):
                        break
                if skipped:
                    sys.stderr.write(
                        f"{display_name(reader.source)} line {number}: longer than "
                        f"{max_bytes} bytes; the first {max_bytes} were read and the "
                        f"other {skipped} skipped\n"
                    )
            yield line.rstrip(b"\r\n").decode("utf-8", "replace")
    finally:
        reader.finish()


def iter_chunks(source: str, size: int = 1 << 16) -> Iterator[str]:
    """The text of *source* in pieces of at most *size* bytes' worth, decoded as UTF-8
    across piece boundaries: for readers that handle lines of any length."""
    reader = open_input(source)
    return _chunks(reader, size)


def _chunks(reader: _Reader, size: int) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    try:
        while data := reader.read(size):
            if text := decoder.decode(data):
                yield text
        if tail := decoder.decode(b"", final=True):
            yield tail
    finally:
        reader.finish()
