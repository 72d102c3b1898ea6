""":func:`parcelkit.classify_many`'s NumPy path (the ``fast`` extra).

The cleaned codes made of ASCII digits and capital letters only are grouped by length;
each group is a matrix of bytes, one row per code.  The format rows are tried in the
engine's order, each on the codes still without a carrier.  A row whose pattern is a
fixed run of character classes (read from the pattern itself) is tested column-wise,
check digit included; the S10 row asks :func:`parcelkit.batch.s10_is_valid`; any other
row is run code by code with the engine's own test, on the codes whose first two
characters its pattern allows.  Only ``classify_many`` imports this module.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable
from typing import Any, Final

import numpy as np
import numpy.typing as npt
import regex

from parcelkit import batch
from parcelkit.carriers._checksums import _DOUBLED, _MINUS_48, _STEP_37_36, _VALUE
from parcelkit.carriers._row import FormatRow
from parcelkit.s10 import LENGTH as S10_LENGTH

__all__ = ["Candidate", "carriers"]

_Bytes = npt.NDArray[np.uint8]
_Ints = npt.NDArray[np.int64]
_Mask = npt.NDArray[np.bool_]
#: A row's whole test (pattern and check digit) on a matrix of code bytes, given the
#: codes themselves too (for the S10 row).
_Vector = Callable[[_Bytes, list[str]], _Mask]

#: One row as this path runs it: its carrier, the row, and the engine's per-code test.
Candidate = tuple[str, FormatRow, Callable[[str], bool]]

_ALNUM: Final = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS: Final = frozenset(_ALNUM[:10])
#: Bytes that are ASCII digits or capital letters.
_IS_ALNUM: Final = np.zeros(256, dtype=np.bool_)
_IS_ALNUM[list(_ALNUM.encode())] = True

#: The pattern pieces read here: named groups, a class, a character, a count, and a
#: "not followed by" these characters.
_TOKEN: Final = re.compile(
    r"\(\?P<(?P<open>body|check)>|(?P<close>\))"
    r"|\[(?P<set>(?:[0-9A-Z]-[0-9A-Z]|[0-9A-Z])+)\]|(?P<char>[0-9A-Z])"
    r"|\{(?P<min>[0-9]+)(?:,(?P<max>[0-9]+))?\}|\(\?!(?P<not>[0-9A-Z]+)\)"
)
_RANGE: Final = re.compile(r"([0-9A-Z])-([0-9A-Z])|([0-9A-Z])")
#: ``(chars, min, max, group, forbid)``: *min* to *max* of *chars*, in the named
#: *group*; or, with *forbid*, a zero-width "not followed by *forbid*".
_Atom = tuple[str, int, int, str, str]
#: ``(start, end, chars, group, forbid)``: an atom laid out over a code.
_Span = tuple[int, int, str, str, str]


def _chars(spec: str) -> str:
    out = []
    for m in _RANGE.finditer(spec):
        lo, hi = (m[1], m[2]) if m[1] else (m[3], m[3])
        out += [chr(c) for c in range(ord(lo), ord(hi) + 1)]
    return "".join(sorted(set(out)))


@functools.cache
def _atoms(pattern: str) -> tuple[_Atom, ...] | None:
    """The pattern as character classes (see :data:`_Atom`), or None when it uses
    anything else (alternatives, lookaheads, nested groups…)."""
    atoms: list[list[Any]] = []
    group, pos = "", 0
    while pos < len(pattern):
        m = _TOKEN.match(pattern, pos)
        if m is None:
            return None
        pos = m.end()
        if m["open"]:
            if group:
                return None
            group = m["open"]
        elif m["close"]:
            if not group:
                return None
            group = ""
        elif m["min"] is not None:
            if not atoms or atoms[-1][1:3] != [1, 1] or atoms[-1][4]:
                return None
            low = int(m["min"])
            atoms[-1][1:3] = [low, int(m["max"]) if m["max"] is not None else low]
        elif m["not"] is not None:
            atoms.append(["", 0, 0, group, m["not"]])
        else:
            atoms.append([_chars(m["set"]) if m["set"] else m["char"], 1, 1, group, ""])
    if group:
        return None
    return tuple((c, a, b, g, f) for c, a, b, g, f in atoms)


def _positions(pattern: str, n: int) -> list[_Span] | None:
    """The pattern's atoms laid out over *n* characters (see :data:`_Span`); None when
    the pattern is not such a run or has more than one variable count.  An empty list:
    no code of *n* characters matches."""
    atoms = _atoms(pattern)
    if atoms is None or sum(a != b for _, a, b, _, _ in atoms) > 1:
        return None
    spare = n - sum(a for _, a, _, _, _ in atoms)
    if spare < 0:
        return []
    out: list[_Span] = []
    at = 0
    for chars, a, b, g, f in atoms:
        width = a
        if a != b:
            if spare > b - a:
                return []
            width, spare = a + spare, 0
        out.append((at, at + width, chars, g, f))
        at += width
    return out if spare == 0 else []


def _lut(table: bytes) -> _Ints:
    return np.frombuffer(table, dtype=np.uint8).astype(np.int64)


_VALUES: Final = _lut(_VALUE)
_MINUS: Final = _lut(_MINUS_48)
_TWICE: Final = _lut(_DOUBLED)
_BASE36: Final = np.frombuffer(_ALNUM.encode(), dtype=np.uint8)
_INDEX36: Final = np.zeros(256, dtype=np.int64)
_INDEX36[_BASE36] = np.arange(36)
_STEPS: Final = np.array([[s[ch] for ch in _ALNUM] for s in _STEP_37_36], dtype=np.int64)


def _check(
    name: str | None, params: dict[str, Any], body: _Bytes, check: _Bytes, digits_only: bool
) -> _Mask | None:
    """The check digit *name* on columns of code bytes, following the per-code function
    of the same name in :mod:`._checksums`; None for one not done here (or not on
    bodies that may hold letters, when the per-code function reads digits only)."""
    if name is None:
        return np.ones(len(check), dtype=np.bool_)
    if name == "mod10":
        values = _VALUES[body]
        if params.get("reverse", False):
            values = values[:, ::-1]
        evens, odds = params.get("evens", 1), params.get("odds", 1)
        total = evens * values[:, 0::2].sum(axis=1) + odds * values[:, 1::2].sum(axis=1)
        ok: _Mask = check == 48 + (-total % 10)
        return ok
    if name == "sum_product":
        weights = np.asarray(params["weights"], dtype=np.int64)
        k = min(len(weights), body.shape[1])
        expected = _MINUS[body[:, :k]] @ weights[:k] % params["mod1"] % params["mod2"]
        ok = (expected < 10) & (check == 48 + expected)  # str() of 10+ is two characters
        return ok
    if name == "luhn":
        rev = body[:, ::-1]
        total = _TWICE[rev[:, 0::2]].sum(axis=1) + _MINUS[rev[:, 1::2]].sum(axis=1)
        ok = check == 48 + (-total % 10)
        return ok
    if name == "mod7" and digits_only:
        rest = np.zeros(len(check), dtype=np.int64)
        for j in range(body.shape[1]):
            rest = (rest * 10 + body[:, j] - 48) % 7
        ok = check == 48 + rest
        return ok
    if name == "mod_37_36":
        running = np.full(len(check), 36, dtype=np.int64)
        for j in range(body.shape[1]):
            running = _STEPS[running, _INDEX36[body[:, j]]]
        expected = 37 - running
        ok = check == _BASE36[np.where(expected == 36, 0, expected)]
        return ok
    return None


#: (format, length) → the row's column-wise test or None, built on first use.
_VECTORS: Final[dict[tuple[str, int], _Vector | None]] = {}


def _vector(r: FormatRow, n: int) -> _Vector | None:
    """Row *r*'s test on the matrix of *n*-character codes, or None (code by code)."""
    key = r.format, n
    if key not in _VECTORS:
        _VECTORS[key] = _build(r, n)
    return _VECTORS[key]


def _never(d: _Bytes, codes: list[str]) -> _Mask:
    return np.zeros(len(d), dtype=np.bool_)


def _build(r: FormatRow, n: int) -> _Vector | None:
    spans = _positions(r.pattern, n)
    if spans is None:
        return None
    if not spans:
        return _never
    body = [(s, e, c) for s, e, c, g, f in spans if g == "body" and not f]
    check = [(s, e) for s, e, _, g, f in spans if g == "check" and not f]
    if r.checksum is not None and (
        not body
        or len(check) != 1
        or check[0][1] - check[0][0] != 1
        or any(e != s for (_, e, _), (s, _, _) in itertools.pairwise(body))
    ):
        return None
    classes = []
    for s, e, chars, _, f in spans:
        if not f and set(chars) != set(_ALNUM):
            allowed = np.zeros(256, dtype=np.bool_)
            allowed[list(chars.encode())] = True
            classes.append((s, e, allowed))
    # a "not followed by" that runs past the end always holds
    forbids = [(s, _codes(f)) for s, _, _, _, f in spans if f and s + len(f) <= n]
    b0, b1 = (body[0][0], body[-1][1]) if body else (0, 0)
    c0 = check[0][0] if check else 0
    digits_only = all(set(c) <= _DIGITS for _, _, c in body)
    # the row's prepend_if, when both its test and its text are plain characters: the
    # text goes before a body that does not start with the test's characters
    unless, text = r.prepend or ("", "")
    if r.prepend is not None and not (
        (unless + text).isascii() and unless.isalnum() and text.isalnum()
    ):
        return None
    probe = np.full((1, n), 48, dtype=np.uint8)
    s10, s10_length = r.s10, S10_LENGTH
    if not s10 and _check(r.checksum, r.params, probe[:, b0:b1], probe[:, c0], digits_only) is None:
        return None
    if s10 and r.checksum not in (None, "s10"):
        return None

    def test(d: _Bytes, codes: list[str]) -> _Mask:
        ok = np.ones(len(d), dtype=np.bool_)
        for s, e, allowed in classes:
            ok &= allowed[d[:, s:e]].all(axis=1)
        for s, chars in forbids:
            ok &= ~(d[:, s : s + len(chars)] == chars).all(axis=1)
        if s10:  # what parcelkit.s10 says, as the engine's S10 row asks it
            where = np.flatnonzero(ok)
            if n == s10_length:  # batch's own test of clean 13-character rows
                ok[where] = batch._rows_ok(d[where])
            else:
                ok[where] = batch.s10_is_valid([codes[i] for i in where.tolist()])
            return ok
        checked = _check(r.checksum, r.params, d[:, b0:b1], d[:, c0], digits_only)
        assert checked is not None  # probed above
        if text:
            body_ = d[:, b0:b1]
            if len(unless) > b1 - b0:
                keep = np.zeros(len(d), dtype=np.bool_)
            else:
                keep = (body_[:, : len(unless)] == _codes(unless)).all(axis=1)
            longer = np.hstack([np.broadcast_to(_codes(text), (len(d), len(text))), body_])
            prepended = _check(r.checksum, r.params, longer, d[:, c0], digits_only)
            assert prepended is not None
            checked = np.where(keep, checked, prepended)
        ok &= checked
        return ok

    return test


@functools.cache
def _starts(pattern: str) -> _Mask:
    """Which two-character starts (as ``256 * first + second`` byte) a code of *pattern*
    may have, asked of the pattern as a partial match: others need not be tried."""
    may_start = regex.compile(pattern).fullmatch
    out = np.zeros(1 << 16, dtype=np.bool_)
    for a in _ALNUM:
        if may_start(a, partial=True):
            for b in _ALNUM:
                out[ord(a) << 8 | ord(b)] = may_start(a + b, partial=True) is not None
    return out


def _codes(text: str) -> _Bytes:
    return np.frombuffer(text.encode("ascii"), dtype=np.uint8)


def carriers(
    codes: list[str], rows: Callable[[int], tuple[Candidate, ...]], min_group: int
) -> tuple[list[str | None], list[int]]:
    """The carrier of each cleaned code of *codes* made of ASCII digits and capital
    letters only, when at least *min_group* codes have its length (None for the
    others), and the positions of the others, which the caller answers.

    ``rows(n)`` gives, most confident first, every row a code of *n* characters can meet
    (the rows of the engine's buckets ``(n, c)`` for every first character ``c``); a row
    applies to the codes whose first character it allows.
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
            candidates = rows(n)
            if candidates:
                d = buf[at : at + n * m].reshape(m, n)
                found = _first_rows(d, group[first : first + m], candidates, n)
                labels = np.array([None] + [c for c, _, _ in candidates], dtype=object)
                out[where[first : first + m]] = labels[found + 1]
            first, at = first + m, at + n * m
    rest: list[int] = np.flatnonzero(~taken).tolist()
    found_all: list[str | None] = out.tolist()
    return found_all, rest


def _first_rows(
    d: _Bytes, group: list[str], candidates: tuple[Candidate, ...], n: int
) -> npt.NDArray[np.intp]:
    """For each code of *group* (its bytes a row of *d*), the index of the first of
    *candidates* that accepts it, or -1."""
    found = np.full(len(d), -1, dtype=np.intp)
    open_ = np.ones(len(d), dtype=np.bool_)
    firsts = d[:, 0]
    for k, (_, r, scalar) in enumerate(candidates):
        todo = open_ & _first_chars(r.first)[firsts]
        if not todo.any():
            continue
        vector = _vector(r, n)
        if vector is not None:
            at = np.flatnonzero(todo)
            hit = np.zeros(len(d), dtype=np.bool_)
            hit[at] = vector(d[at], [group[i] for i in at.tolist()] if r.s10 else [])
        else:
            if n >= 2:
                todo &= _starts(r.pattern)[(d[:, 0].astype(np.intp) << 8) | d[:, 1]]
            hit = np.zeros(len(d), dtype=np.bool_)
            for j in np.flatnonzero(todo).tolist():
                hit[j] = scalar(group[j])
        found[hit] = k
        open_ &= ~hit
    return found


@functools.cache
def _first_chars(first: str) -> _Mask:
    """The characters a row's codes may begin with, as a mask over bytes."""
    out = np.zeros(256, dtype=np.bool_)
    out[list(first.encode())] = True
    return out
