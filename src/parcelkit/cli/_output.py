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
import itertools
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
    sys.stdout.write(json_line(value))


def json_line(value: Any) -> str:
    """*value* as :func:`emit_json` prints it, line end included."""
    return json.dumps(jsonable(value), ensure_ascii=False) + "\n"


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

    def read1(self, limit: int) -> bytes:
        """At most *limit* bytes, as many as one read of the input gives (a pipe's
        reader gets each line as soon as it is written; a stream without ``read1``
        is read with ``read``)."""
        read = getattr(self.stream, "read1", self.stream.read)
        try:
            return read(limit)
        except OSError as exc:
            raise ReadError(self.source, exc.strerror or str(exc)) from None
        except ValueError:
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


#: Bytes read from the input at a time by :func:`iter_lines`.
READ_SIZE = 1 << 16


def _lines(reader: _Reader, max_bytes: int) -> Iterator[str]:
    """The lines of *reader*, read in blocks and split at C speed; a line's bytes past
    *max_bytes* are counted, not kept."""
    number = 0
    head = b""  # the start of a line not ended yet: at most max_bytes bytes
    over = 0  # bytes of that line past max_bytes
    over_cr = 0  # how many of those, at its end, are carriage returns
    try:
        while data := reader.read1(READ_SIZE):
            parts = data.split(b"\n")
            for part in itertools.islice(parts, len(parts) - 1):  # each one ends a line
                number += 1
                line = part
                if head or over or len(part) > max_bytes:
                    line, skipped = _line_end(head, over, over_cr, part, max_bytes)
                    head, over, over_cr = b"", 0, 0
                    if skipped:
                        _note_cut(reader.source, number, max_bytes, skipped)
                yield line.rstrip(b"\r").decode("utf-8", "replace")
            head, over, over_cr = _carry(head, over, over_cr, parts[-1], max_bytes)
        if head or over:  # the last line has no line end
            number += 1
            line, skipped = _line_end(head, over, over_cr, b"", max_bytes)
            if skipped:
                _note_cut(reader.source, number, max_bytes, skipped)
            yield line.rstrip(b"\r").decode("utf-8", "replace")
    finally:
        reader.finish()


def _carry(
    head: bytes, over: int, over_cr: int, piece: bytes, max_bytes: int
) -> tuple[bytes, int, int]:
    """The unfinished line with *piece* added: its first *max_bytes* bytes kept, the rest
    counted (and whether the counted bytes end in carriage returns)."""
    room = max_bytes - len(head)
    if len(piece) <= room and not over:
        return head + piece, 0, 0
    head, extra = head + piece[:room], piece[room:]
    if extra:
        stripped = extra.rstrip(b"\r")
        over_cr = len(extra) - len(stripped) + (over_cr if not stripped else 0)
        over += len(extra)
    return head, over, over_cr


def _line_end(
    head: bytes, over: int, over_cr: int, piece: bytes, max_bytes: int
) -> tuple[bytes, int]:
    """The kept bytes of a line that ends with *piece*, and how many were skipped
    (carriage returns before the line end are not counted)."""
    head, over, over_cr = _carry(head, over, over_cr, piece, max_bytes)
    return head, over - over_cr


def _note_cut(source: str, number: int, max_bytes: int, skipped: int) -> None:
    sys.stderr.write(
        f"{display_name(source)} line {number}: longer than {max_bytes} bytes; the first "
        f"{max_bytes} were read and the other {skipped} skipped\n"
    )


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
