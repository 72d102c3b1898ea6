""":func:`parcelkit.classify_many`'s NumPy path (the ``fast`` extra).

Each block of ASCII input is cleaned on bytes (separators dropped, lower case raised);
the codes then made of digits and capital letters only are grouped by length, and each
group is a matrix of bytes, one row per code.  The format rows are tried in the
engine's order, each on the codes still without a carrier.

A row's column test comes from one route: :func:`parcelkit.carriers._pattern.layout` lays
its pattern over the length (a fixed run of character classes), each position is tested
against its class, and the check digit is the column form of the row's algorithm
(:func:`parcelkit.carriers._checksums.column_checker`); the S10 row asks
:func:`parcelkit.batch.rows_ok`.  The rows whose patterns are no such run are declared in
:data:`CODE_BY_CODE`: their pattern is matched code by code, on the codes whose first
two characters it allows, and the check digit of the matches is checked column-wise where
the algorithm has a column form (else with the engine's own test).  A test fails when a
row outside that list has no column test, or one inside it gains one.  Only
``classify_many`` imports this module.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final, cast

import attrs
import numpy as np
import numpy.typing as npt

from parcelkit import batch
from parcelkit._normalize import MAX_CODE_INPUT
from parcelkit.carriers import _pattern
from parcelkit.carriers._checksums import ColumnCheck, column_checker
from parcelkit.carriers._engine import CompiledRow, length_rows, ties

__all__ = ["CODE_BY_CODE", "ColumnRow", "carriers", "column_rows"]

_Bytes = npt.NDArray[np.uint8]
_Mask = npt.NDArray[np.bool_]
_Index = npt.NDArray[np.intp]

#: The formats run code by code, and why: their patterns have alternatives or
#: lookaheads (``4px``, ``dhl_ecommerce``, the USPS IMpb and 91 forms, ``old_dominion``,
#: ``russian_post_rpo``'s index-or-800/801 prefix, ``fedex_smartpost_20``'s 61/7489/4199)
#: or two counts that vary (``dhl_express_piece_id``).
CODE_BY_CODE: Final = frozenset(
    {
        "4px",
        "dhl_ecommerce",
        "dhl_express_piece_id",
        "fedex_smartpost_20",
        "old_dominion",
        "russian_post_rpo",
        "usps_impb_c",
        "usps_impb_n",
        "usps_legacy_91",
    }
)

_DIGITS: Final = frozenset("0123456789")
#: The ASCII bytes ``clean`` drops, as ``(first, count - 1)`` runs.
_DROPPED: Final = batch.dropped_ranges()


@attrs.frozen
class ColumnRow:
    """A compiled row as this path runs it on the codes of one length."""

    compiled: CompiledRow
    #: The row's test on a matrix of code bytes; None: code by code.
    test: ColumnTest | None
    #: The codes' first bytes (and, for rows run code by code, the two-byte starts
    #: ``256 * first + second``) the row's pattern allows.
    first: _Mask
    starts: _Mask
    #: For a row run code by code: its pattern, matched on each code, and the column
    #: form of its check digit, run on the ``body`` and ``check`` groups of the matches
    #: (None: the engine's own test on each code).
    regex: re.Pattern[str] | None = None
    span_check: ColumnCheck | None = None


@attrs.frozen
class ColumnTest:
    """Pattern and check digit of one row on ``(m, n)`` matrices of code bytes."""

    #: ``(start, end, allowed bytes, kind)`` per position run that is not any character;
    #: *kind* (:func:`_kind`) says how the run is tested.
    classes: tuple[tuple[int, int, _Mask, str], ...]
    #: ``(start, bytes)``: the code must not continue with these bytes at *start*.
    forbids: tuple[tuple[int, _Bytes], ...]
    #: The check digit on ``(body, check)`` columns; None without one.
    check: ColumnCheck | None = None
    body: tuple[int, int] = (0, 0)
    check_at: int = 0
    #: ``prepend_if``: the bytes put before a body that does not start with ``unless``.
    unless: _Bytes | None = None
    text: _Bytes | None = None
    #: The S10 row: ``batch.rows_ok`` decides after the classes.
    s10: bool = False
    #: No code of this length matches.
    never: bool = False

    def __call__(self, d: _Bytes) -> _Mask:
        """The rows of *d* (bytes 0-9 and A-Z only) that match the pattern and whose
        check digit holds.  Every test runs column by column: NumPy reduces a short row
        far more slowly than it combines whole columns."""
        if self.never:
            return np.zeros(len(d), dtype=np.bool_)
        ok = np.ones(len(d), dtype=np.bool_)
        for s, e, allowed, kind in self.classes:
            _all_in(d, s, e, allowed, kind, ok)
        for s, forbid in self.forbids:
            ok &= ~_equal(d, s, forbid)
        if self.s10:
            where = np.flatnonzero(ok)
            ok[where] = batch.rows_ok(d[where])
            return ok
        if self.check is None:
            return ok
        b0, b1 = self.body
        body = d[:, b0:b1]
        checked = self.check(body, d[:, self.check_at])
        if self.unless is not None and self.text is not None:
            if len(self.unless) > b1 - b0:
                keep = np.zeros(len(d), dtype=np.bool_)
            else:
                keep = _equal(body, 0, self.unless)
            longer = np.hstack([np.broadcast_to(self.text, (len(d), len(self.text))), body])
            checked = np.where(keep, checked, self.check(longer, d[:, self.check_at]))
        ok &= checked
        return ok


#: A class of bytes as the rows of a matrix of digits and capital letters meet it.
_DIGIT_BYTES: Final = frozenset(b"0123456789")
_LETTER_BYTES: Final = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _kind(chars: str) -> str:
    """How :func:`_all_in` tests a run of *chars* on bytes 0-9 and A-Z: ``digits`` and
    ``letters`` (every one of them, and nothing else that such bytes hold), or ``table``."""
    held = frozenset(chars.encode()) & (_DIGIT_BYTES | _LETTER_BYTES)
    return "digits" if held == _DIGIT_BYTES else "letters" if held == _LETTER_BYTES else "table"


def _all_in(d: _Bytes, s: int, e: int, allowed: _Mask, kind: str, ok: _Mask) -> None:
    """``ok &= every byte of d[:, s:e] is allowed``, for *d* made of 0-9 and A-Z: digits
    are the bytes up to '9' and letters those from 'A', so those two classes are one
    running maximum or minimum; any other class is one table look-up per column."""
    if kind == "digits":
        top = d[:, s].copy()
        for j in range(s + 1, e):
            np.maximum(top, d[:, j], out=top)
        ok &= top <= ord("9")
    elif kind == "letters":
        low = d[:, s].copy()
        for j in range(s + 1, e):
            np.minimum(low, d[:, j], out=low)
        ok &= low >= ord("A")
    else:
        for j in range(s, e):
            ok &= allowed[d[:, j]]


def _equal(d: _Bytes, s: int, text: _Bytes) -> _Mask:
    """Which rows of *d* hold *text* from column *s* on."""
    eq: _Mask = d[:, s] == text[0]
    for k in range(1, len(text)):
        eq &= d[:, s + k] == text[k]
    return eq


def _mask(chars: str) -> _Mask:
    out = np.zeros(256, dtype=np.bool_)
    out[list(chars.encode())] = True
    return out


def _codes(text: str) -> _Bytes:
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


def column_test(cr: CompiledRow, n: int) -> ColumnTest | None:  # noqa: PLR0911  (one column test per pattern element kind)
    """Row *cr*'s test on the matrix of *n*-character codes, or None (code by code)."""
    r = cr.row
    spans = _pattern.layout(r.pattern, n)
    if spans is None:
        return None
    if not spans:
        return ColumnTest((), (), never=True)
    classes = tuple(
        (s.start, s.end, _mask(s.chars), _kind(s.chars))
        for s in spans
        if not s.forbid and set(s.chars) != set(_pattern.ALPHABET)
    )
    # a "not followed by" that runs past the end always holds
    forbids = tuple(
        (s.start, _codes(s.forbid)) for s in spans if s.forbid and s.start + len(s.forbid) <= n
    )
    if r.s10:
        return ColumnTest(classes, forbids, s10=True)
    if r.checksum is None:
        return ColumnTest(classes, forbids)
    body = [s for s in spans if s.group == "body" and not s.forbid]
    check = [s for s in spans if s.group == "check" and not s.forbid]
    if (
        not body
        or len(check) != 1
        or check[0].end - check[0].start != 1
        or any(a.end != b.start for a, b in itertools.pairwise(body))
    ):
        return None
    unless, text = r.prepend or ("", "")
    if r.prepend is not None and not (
        (unless + text).isascii() and unless.isalnum() and text.isalnum()
    ):
        return None  # a prepend_if test that is more than plain characters
    digits = all(set(s.chars) <= _DIGITS for s in body) and set(text) <= _DIGITS
    column = column_checker(r.checksum, r.params, digits=digits)
    if column is None:
        return None
    return ColumnTest(
        classes,
        forbids,
        column,
        (body[0].start, body[-1].end),
        check[0].start,
        _codes(unless) if r.prepend else None,
        _codes(text) if r.prepend else None,
    )


def _starts(pattern: str) -> _Mask:
    out = np.zeros(1 << 16, dtype=np.bool_)
    for start in _pattern.starts(pattern, 2):
        out[ord(start[0]) << 8 | ord(start[1])] = True
    return out


def _span_check(cr: CompiledRow) -> ColumnCheck | None:
    """The column form of a code-by-code row's check digit, when the row has one, adds
    no prefix to the body, and the form reads bodies of digits and letters."""
    r = cr.row
    if r.checksum is None or r.prepend is not None or r.s10:
        return None
    return column_checker(r.checksum, r.params, digits=False)


@functools.cache
def column_rows(n: int) -> tuple[ColumnRow, ...]:
    """Every row a code of *n* characters can meet, in the engine's order, as this path
    runs it."""
    out = []
    for cr in length_rows(n):
        test = column_test(cr, n)
        out.append(
            ColumnRow(
                cr,
                test,
                _mask(cr.row.first),
                _starts(cr.row.pattern) if n >= 2 else np.ones(1 << 16, dtype=np.bool_),
                None if test is not None else re.compile(cr.row.pattern),
                None if test is not None else _span_check(cr),
            )
        )
    return tuple(out)


def _bytes_of(block: list[object]) -> tuple[_Bytes, _Index, _Index] | None:
    """The elements of *block* joined on NUL as bytes, with each one's start and end; a
    non-str element counts as empty.  None when an element contains NUL (the caller
    takes the code-by-code path)."""
    try:
        text = "\0".join(cast("list[str]", block))
    except TypeError:  # an element is not str
        text = "\0".join([c if isinstance(c, str) else "" for c in block])
    raw = text.encode("ascii") if text.isascii() else text.encode("utf-8", "surrogatepass")
    if raw.count(b"\0") != len(block) - 1:
        return None
    buf = np.frombuffer(raw, dtype=np.uint8)
    ends = np.empty(len(block), dtype=np.intp)
    ends[:-1] = np.flatnonzero(buf == 0)
    ends[-1] = len(buf)
    starts = np.empty(len(block), dtype=np.intp)
    starts[0] = 0
    starts[1:] = ends[:-1] + 1
    return buf, starts, ends


def carriers(block: list[object], min_group: int) -> tuple[list[str | None], list[int]] | None:
    """The carrier of each element of *block* that is a ``str`` of ASCII text which
    ``clean`` turns into digits and capital letters only, when at least *min_group*
    codes have its cleaned length (None for the other elements), and the positions of
    the others, which the caller answers; None when an element contains NUL.

    Cleaning is done here on bytes (separators dropped, lower case raised), as
    ``clean`` does it for ASCII text, so no cleaned ``str`` is made.  Every row a code
    of *n* characters can meet is tried (:func:`column_rows`), most confident first; a
    row applies to the codes whose first character it allows.  Codes whose first
    accepting row ties with another carrier's row are left to the caller.
    """
    packed = _bytes_of(block)
    if packed is None:
        return None
    buf, starts, ends = packed
    n_codes = len(block)
    # elements the caller answers: non-ASCII text, non-str (empty here), too long
    rest = (ends - starts) > MAX_CODE_INPUT
    wide = np.flatnonzero(buf >= 0x80)
    if len(wide):
        rest[np.searchsorted(ends, wide, side="right")] = True
    # cleaned: separators dropped, NULs kept, so the rows stay apart
    removable = np.zeros(len(buf), dtype=np.bool_)
    for first, span in _DROPPED:
        removable |= (buf - first) <= span
    kept = buf[~removable] if removable.any() else buf.copy()
    kept -= ((kept - np.uint8(97)) <= 25).view(np.uint8) * np.uint8(32)  # a-z to A-Z
    cends = np.empty(n_codes, dtype=np.intp)
    cends[:-1] = np.flatnonzero(kept == 0)
    cends[-1] = len(kept)
    cstarts = np.empty(n_codes, dtype=np.intp)
    cstarts[0] = 0
    cstarts[1:] = cends[:-1] + 1
    lengths = cends - cstarts
    # a row with a byte outside 0-9 and A-Z (NUL aside) is the caller's
    alnum = ((kept - np.uint8(48)) <= 9) | ((kept - np.uint8(65)) <= 25)
    other = np.flatnonzero(~alnum & (kept != 0))
    if len(other):
        rest[np.searchsorted(cends, other, side="right")] = True
    # an element cleaned to nothing has no carrier; a length with few codes is left to
    # the caller: NumPy's per-call cost would not pay
    taken = ~rest & (lengths > 0)
    sizes = np.bincount(lengths[taken], minlength=1)
    small = (sizes < min_group)[np.minimum(lengths, len(sizes) - 1)]
    rest |= taken & small
    taken &= ~small
    out = np.full(n_codes, None, dtype=object)
    for n in np.flatnonzero(sizes >= min_group).tolist():
        candidates = column_rows(n)
        if not candidates:
            continue
        where = np.flatnonzero(taken & (lengths == n))
        d = _windows(kept, n)[cstarts[where]]
        found = _first_rows(d, candidates)
        labels = np.array([None, *(c.compiled.candidate.carrier for c in candidates)], dtype=object)
        out[where] = labels[found + 1]
        # a row that ties with another carrier's: the caller decides code by code
        tied = _tied(n)[found + 1]
        if tied.any():
            back = where[tied]
            out[back] = None
            rest[back] = True
    found_all: list[str | None] = out.tolist()
    return found_all, np.flatnonzero(rest).tolist()


@functools.cache
def _tied(n: int) -> _Mask:
    """Indexed by 1 + a row's place in :func:`column_rows` (0: no row): whether a row of
    another carrier with the same confidence can meet an *n*-character code too."""
    rows = [c.compiled.row for c in column_rows(n)]
    out = np.zeros(len(rows) + 1, dtype=np.bool_)
    for k, r in enumerate(rows):
        out[k + 1] = any(ties(o, r) for o in rows if o is not r)
    return out


def _windows(buf: _Bytes, n: int) -> _Bytes:
    """Every run of *n* bytes of the contiguous *buf*, as rows of a view (no copy)."""
    view: _Bytes = np.ndarray((len(buf) - n + 1, n), np.uint8, buffer=buf, strides=(1, 1))
    return view


def _first_rows(d: _Bytes, candidates: tuple[ColumnRow, ...]) -> _Index:
    """For each code (a row of bytes of *d*), the index of the first of *candidates*
    that accepts it, or -1.  Each row is tried on the codes still open whose first
    character it allows, so the work shrinks as codes are claimed."""
    found = np.full(len(d), -1, dtype=np.intp)
    open_ = np.arange(len(d), dtype=np.intp)
    firsts = d[:, 0]
    for k, row in enumerate(candidates):
        if not len(open_):
            break
        todo = open_[row.first[firsts[open_]]]
        if not len(todo):
            continue
        if row.test is not None:
            hit = todo[row.test(d[todo])]
        else:
            if d.shape[1] >= 2:
                pair = (firsts[todo].astype(np.intp) << 8) | d[todo, 1]
                todo = todo[row.starts[pair]]
            hit = todo[_code_by_code(row, d[todo])]
        if len(hit):
            found[hit] = k
            open_ = open_[found[open_] < 0]
    return found


def _code_by_code(row: ColumnRow, d: _Bytes) -> _Index:
    """The rows of *d* that *row* accepts, matched one by one on the group's text (no
    ``str`` per code); the check digit of the matches is checked column-wise on their
    ``body`` and ``check`` groups when the row allows it."""
    n = d.shape[1]
    text = d.tobytes().decode("ascii")
    rx = row.regex
    assert rx is not None
    if row.span_check is None and row.compiled.check is None and not row.compiled.row.s10:
        fullmatch = rx.fullmatch
        return np.array([i for i in range(len(d)) if fullmatch(text, i * n, i * n + n)],
                        dtype=np.intp)  # fmt: skip
    if row.span_check is None:
        accepts = row.compiled.accepts
        return np.array([i for i in range(len(d)) if accepts(text[i * n : i * n + n])],
                        dtype=np.intp)  # fmt: skip
    body, check = rx.groupindex["body"], rx.groupindex["check"]
    matched = [
        (m.start(), m.start(body), m.end(body), m.start(check))
        for i in range(len(d))
        if (m := rx.fullmatch(text, i * n, i * n + n)) is not None
    ]
    if not matched:
        return np.empty(0, dtype=np.intp)
    where = np.array(matched, dtype=np.intp)
    where[:, 1:] -= where[:, :1]  # groups from the code's start
    rows = where[:, 0] // n
    shapes, group = np.unique(where[:, 1:], axis=0, return_inverse=True)
    ok = np.zeros(len(where), dtype=np.bool_)
    for g, (b0, b1, c) in enumerate(shapes.tolist()):
        at = np.flatnonzero(group.ravel() == g)
        sel = d[rows[at]]
        ok[at] = row.span_check(sel[:, b0:b1], sel[:, c])
    hit: _Index = rows[ok]
    return hit
