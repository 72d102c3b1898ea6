""":func:`parcelkit.classify_many`'s NumPy path (the ``fast`` extra).

The cleaned codes made of ASCII digits and capital letters only are grouped by length;
each group is a matrix of bytes, one row per code.  The format rows are tried in the
engine's order, each on the codes still without a carrier.

A row's column test comes from one route: :func:`parcelkit.carriers._pattern.layout` lays
its pattern over the length (a fixed run of character classes), each position is tested
against its class, and the check digit is the column form of the row's algorithm
(:func:`parcelkit.carriers._checksums.column_checker`); the S10 row asks
:func:`parcelkit.batch.rows_ok`.  The rows whose patterns are no such run are declared in
:data:`CODE_BY_CODE`: they are run code by code with the engine's own test, on the codes
whose first two characters their pattern allows.  A test fails when a row outside that
list has no column test, or one inside it gains one.  Only ``classify_many`` imports this
module.
"""

from __future__ import annotations

import functools
import itertools
from typing import Final

import attrs
import numpy as np
import numpy.typing as npt

from parcelkit import batch
from parcelkit.carriers import _pattern
from parcelkit.carriers._checksums import ColumnCheck, column_checker
from parcelkit.carriers._engine import CompiledRow, length_rows

__all__ = ["CODE_BY_CODE", "ColumnRow", "carriers", "column_rows"]

_Bytes = npt.NDArray[np.uint8]
_Mask = npt.NDArray[np.bool_]

#: The formats run code by code, and why: their patterns have alternatives or
#: lookaheads (``4px``, ``dhl_ecommerce``, the USPS IMpb and 91 forms, ``old_dominion``,
#: ``russian_post_rpo``'s index-or-800/801 prefix)
#: or two counts that vary (``dhl_express_piece_id``).
CODE_BY_CODE: Final = frozenset(
    {
        "4px",
        "dhl_ecommerce",
        "dhl_express_piece_id",
        "old_dominion",
        "russian_post_rpo",
        "usps_impb_c",
        "usps_impb_n",
        "usps_legacy_91",
    }
)

#: Bytes that are ASCII digits or capital letters.
_IS_ALNUM: Final = np.zeros(256, dtype=np.bool_)
_IS_ALNUM[list(_pattern.ALPHABET.encode())] = True
_DIGITS: Final = frozenset("0123456789")


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


@attrs.frozen
class ColumnTest:
    """Pattern and check digit of one row on ``(m, n)`` matrices of code bytes."""

    #: ``(start, end, allowed bytes)`` per position run that is not any character.
    classes: tuple[tuple[int, int, _Mask], ...]
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
        if self.never:
            return np.zeros(len(d), dtype=np.bool_)
        ok = np.ones(len(d), dtype=np.bool_)
        for s, e, allowed in self.classes:
            ok &= allowed[d[:, s:e]].all(axis=1)
        for s, forbid in self.forbids:
            ok &= ~(d[:, s : s + len(forbid)] == forbid).all(axis=1)
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
                keep = (body[:, : len(self.unless)] == self.unless).all(axis=1)
            longer = np.hstack([np.broadcast_to(self.text, (len(d), len(self.text))), body])
            checked = np.where(keep, checked, self.check(longer, d[:, self.check_at]))
        ok &= checked
        return ok


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
        (s.start, s.end, _mask(s.chars))
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


@functools.cache
def column_rows(n: int) -> tuple[ColumnRow, ...]:
    """Every row a code of *n* characters can meet, in the engine's order, as this path
    runs it."""
    return tuple(
        ColumnRow(
            cr,
            column_test(cr, n),
            _mask(cr.row.first),
            _starts(cr.row.pattern) if n >= 2 else np.ones(1 << 16, dtype=np.bool_),
        )
        for cr in length_rows(n)
    )


def carriers(codes: list[str], min_group: int) -> tuple[list[str | None], list[int]]:
    """The carrier of each cleaned code of *codes* made of ASCII digits and capital
    letters only, when at least *min_group* codes have its length (None for the
    others), and the positions of the others, which the caller answers.

    Every row a code of *n* characters can meet is tried (:func:`column_rows`), most
    confident first; a row applies to the codes whose first character it allows.  Codes
    whose first accepting row ties with another carrier's row are left to the caller.
    """
    joined = "".join(codes)
    lengths = np.fromiter(map(len, codes), dtype=np.intp, count=len(codes))
    if joined.isascii():
        # a code is taken when none of its bytes is outside 0-9 and A-Z
        other = (~_IS_ALNUM[np.frombuffer(joined.encode("ascii"), dtype=np.uint8)]).view(
            np.uint8
        )
        filled = np.flatnonzero(lengths)
        taken = np.zeros(len(codes), dtype=np.bool_)
        if len(filled):
            starts = (np.cumsum(lengths) - lengths)[filled]
            taken[filled] = np.maximum.reduceat(other, starts) == 0
    else:
        taken = np.array([c.isascii() and c.isalnum() and c.upper() == c for c in codes])
        taken &= lengths > 0
    # a length with few codes is left to the caller: NumPy's per-call cost would not pay
    sizes = np.bincount(lengths[taken], minlength=1)
    taken &= (sizes >= min_group)[np.minimum(lengths, len(sizes) - 1)]
    out = np.full(len(codes), None, dtype=object)
    if taken.any():
        # the codes taken, shortest first: each length's codes are one block of bytes
        where = np.flatnonzero(taken)
        where = where[np.argsort(lengths[where], kind="stable")]
        group = list(map(codes.__getitem__, where.tolist()))
        buf = np.frombuffer("".join(group).encode("ascii"), dtype=np.uint8)
        sizes, counts = np.unique(lengths[where], return_counts=True)
        first, at = 0, 0
        for n, m in zip(sizes.tolist(), counts.tolist(), strict=True):
            candidates = column_rows(n)
            if candidates:
                d = buf[at : at + n * m].reshape(m, n)
                found = _first_rows(d, group[first : first + m], candidates)
                carrier_of = [c.compiled.candidate.carrier for c in candidates]
                labels = np.array([None, *carrier_of], dtype=object)
                out[where[first : first + m]] = labels[found + 1]
                # a row that ties with another carrier's: the caller decides code by code
                tied = _tied(n)[found + 1]
                if tied.any():
                    back = where[first : first + m][tied]
                    out[back] = None
                    taken[back] = False
            first, at = first + m, at + n * m
    rest: list[int] = np.flatnonzero(~taken).tolist()
    found_all: list[str | None] = out.tolist()
    return found_all, rest


@functools.cache
def _tied(n: int) -> _Mask:
    """Indexed by 1 + a row's place in :func:`column_rows` (0: no row): whether a row of
    another carrier with the same confidence can meet an *n*-character code too."""
    rows = [c.compiled.row for c in column_rows(n)]
    out = np.zeros(len(rows) + 1, dtype=np.bool_)
    for k, r in enumerate(rows):
        out[k + 1] = any(
            o.confidence == r.confidence and o.carrier != r.carrier for o in rows if o is not r
        )
    return out


def _first_rows(
    d: _Bytes, group: list[str], candidates: tuple[ColumnRow, ...]
) -> npt.NDArray[np.intp]:
    """For each code of *group* (its bytes a row of *d*), the index of the first of
    *candidates* that accepts it, or -1."""
    found = np.full(len(d), -1, dtype=np.intp)
    open_ = np.ones(len(d), dtype=np.bool_)
    firsts = d[:, 0]
    for k, row in enumerate(candidates):
        todo = open_ & row.first[firsts]
        if not todo.any():
            continue
        hit = np.zeros(len(d), dtype=np.bool_)
        if row.test is not None:
            at = np.flatnonzero(todo)
            hit[at] = row.test(d[at])
        else:
            if d.shape[1] >= 2:
                todo &= row.starts[(d[:, 0].astype(np.intp) << 8) | d[:, 1]]
            accepts = row.compiled.accepts
            for j in np.flatnonzero(todo).tolist():
                hit[j] = accepts(group[j])
        found[hit] = k
        open_ &= ~hit
    return found
