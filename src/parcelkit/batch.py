"""S10 validation by the million with NumPy (the ``parcelkit[fast]`` extra).

:func:`s10_is_valid` takes a list, a NumPy array of ``str`` or bytes, a pandas Series or
a pyarrow array and returns a NumPy bool array with the answer of
:func:`parcelkit.s10.is_valid` for every element:

>>> s10_is_valid(['RK190321410CN', 'rk 190-321-410 cn', 'RK190321411CN', None, 42])
array([ True,  True, False, False, False])
>>> import numpy as np
>>> s10_is_valid(np.array([b'EE123456785CN', b'EE 123 456 785']))
array([ True, False])

Bad elements never stop a batch: ``None``, numbers, bytes inside a list, missing values
(``NaN``, ``pd.NA``, arrow nulls) and strings longer than
:data:`parcelkit.s10.MAX_INPUT_LENGTH` give ``False``.  The elements of a bytes array
(NumPy ``S`` or arrow binary) are read as UTF-8; bytes that are not UTF-8 give ``False``.

The codes are packed into one byte buffer per block of rows and checked column-wise:
13-byte rows are read in place, separators and case are normalised in bulk, and only rows
with non-ASCII characters (or more than 32 bytes that hold a code once cleaned) take the
exact per-code path.  Importing this module imports NumPy; ``import parcelkit`` does not.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final

try:
    import numpy as np
    import numpy.typing as npt
except ImportError as exc:  # pragma: no cover  (numpy is installed wherever tests run)
    raise ImportError("parcelkit.batch needs NumPy: pip install 'parcelkit[fast]'") from exc

from parcelkit._normalize import MAX_CODE_INPUT, ascii_dropped
from parcelkit._s10_fast import is_valid_many
from parcelkit._s10_rules import LENGTH, NOT_DIGITS, WEIGHTS, is_valid, tables

if TYPE_CHECKING:
    from parcelkit._table import classify_table, normalize_statuses

__all__ = ["classify_table", "normalize_statuses", "s10_is_valid"]


def __getattr__(name: str) -> object:
    """``classify_table`` and ``normalize_statuses`` (:mod:`parcelkit._table`, which needs
    pyarrow and calls this module), loaded on first use."""
    if name in ("classify_table", "normalize_statuses"):
        from parcelkit import _table  # noqa: PLC0415  (imports this module)

        return getattr(_table, name)
    raise AttributeError(f"module 'parcelkit.batch' has no attribute {name!r}")

BoolArray = npt.NDArray[np.bool_]
_Bytes = npt.NDArray[np.uint8]
_Index = npt.NDArray[np.intp]

#: Rows per block: big enough to amortise NumPy calls, small enough to stay in cache.
_BLOCK: Final = 1 << 14


@functools.cache
def _luts() -> tuple[BoolArray, BoolArray, _Bytes]:
    """Look-up tables from :mod:`parcelkit._s10_rules`: allocated service indicators and
    accepted countries by their two raw bytes (either case), and the expected check digit
    (as an ASCII byte) by weighted serial sum."""
    t = tables()

    def pairs(allowed: frozenset[str]) -> BoolArray:
        lut = np.zeros(1 << 16, dtype=np.bool_)
        for pair in allowed:  # already in every mix of case
            lut[ord(pair[0]) << 8 | ord(pair[1])] = True
        return lut

    # digits are read as (byte - 48) & 0xFF, so sums of non-digit rows reach 255 * 44;
    # those rows are rejected by the digit test, the table only has to be long enough.
    check = np.zeros(255 * sum(WEIGHTS) + 1, dtype=np.uint8)
    check[:NOT_DIGITS] = [ord(c) if c else 0 for c in t.check[:NOT_DIGITS]]
    return pairs(t.services), pairs(t.countries), check


_WEIGHTS16: Final = tuple(np.uint16(w) for w in WEIGHTS)


def rows_ok(g: _Bytes) -> BoolArray:
    """:func:`parcelkit._s10_rules.valid13` on NumPy rows: the validity of clean
    candidate rows, an ``(m, 13)`` array (or view) of the bytes left after removing
    separators (letters may still be lower-case).  The classifier's column path uses it
    too.  Column by column: each step is one pass over *m* values."""
    services, countries, check = _luts()
    total = np.zeros(len(g), dtype=np.uint16)
    bad = np.zeros(len(g), dtype=np.bool_)
    for j, w in enumerate(_WEIGHTS16, start=2):
        digit = g[:, j] - np.uint8(48)  # wraps around for bytes below '0'
        bad |= digit > 9
        total += digit * w  # at most 255 * 44: fits
    ok: BoolArray = check[total] == g[:, 10]  # a non-digit check byte matches no entry
    ok &= ~bad
    ok &= services[(g[:, 0].astype(np.intp) << 8) | g[:, 1]]
    ok &= countries[(g[:, 11].astype(np.intp) << 8) | g[:, 12]]
    return ok


def _strided(buf: _Bytes, rows: int, width: int, step: int = 1) -> _Bytes:
    """A view of the contiguous bytes *buf* as *rows* rows of *width* bytes, each *step*
    bytes after the previous one (``step=1``: every window).  Built directly: NumPy's
    ``as_strided`` and ``sliding_window_view`` cost far more per call."""
    view: _Bytes = np.ndarray((rows, width), np.uint8, buffer=buf, strides=(step, 1))
    return view


@functools.cache
def dropped_ranges() -> tuple[tuple[np.uint8, np.uint8], ...]:
    """The ASCII bytes ``clean`` drops (tab to CR, space, '-'), as ``(first, count - 1)``
    runs, read from :mod:`parcelkit._normalize`'s own table (the classifier's column path
    cleans with them too)."""
    runs: list[list[int]] = []
    for b in sorted(ascii_dropped()):
        if runs and b == runs[-1][1] + 1:
            runs[-1][1] = b
        else:
            runs.append([b, b])
    return tuple((np.uint8(first), np.uint8(last - first)) for first, last in runs)


def _removable(buf: _Bytes) -> BoolArray:
    """Which bytes of *buf* ``clean`` drops (a few passes over bytes: cheaper than a
    look-up table, whose index NumPy would widen)."""
    rm: BoolArray | None = None
    for first, span in dropped_ranges():
        run = (buf - first) <= span  # wraps around below *first*
        rm = run if rm is None else rm | run
    assert rm is not None
    return rm


#: Rows up to this many bytes are cleaned column-wise; longer ones that may hold a code
#: once cleaned (rare: a code padded with many separators) take the exact path.
_CLEAN_WIDTH: Final = 32


def _check_flat(
    buf: _Bytes, starts: _Index, ends: _Index, find_wide: bool = True
) -> tuple[BoolArray, _Index]:
    """Validate the rows ``buf[starts[i]:ends[i]]`` (sorted, non-overlapping); also return
    the rows that the caller must answer on the exact path: the ones holding non-ASCII
    bytes (not looked for when not *find_wide*: the caller knows them, or that there are
    none) and the few long ones that :func:`_cleaned_rows_ok` leaves.

    An ASCII row of 13 bytes is valid exactly when :func:`rows_ok` accepts its bytes as
    they are (a separator in it leaves fewer than 13 characters, and fails every column
    test), so those rows are read in place.  Only rows longer than 13 bytes are cleaned.
    A shorter ASCII row is never valid.
    """
    lens = ends - starts
    out = np.zeros(len(starts), dtype=np.bool_)
    exact: _Index = np.empty(0, dtype=np.intp)
    if len(buf) >= LENGTH:
        at = np.flatnonzero(lens == LENGTH)
        if len(at) == len(starts) and len(at) > 1 and starts[1] - starts[0] > LENGTH - 1:
            step = int(starts[1] - starts[0])
            evenly = bool((np.diff(starts) == step).all())
        else:
            evenly = False
        if evenly:  # every row is 13 bytes at a fixed step: a strided view, no copy
            out[:] = rows_ok(_strided(buf[starts[0] :], len(at), LENGTH, step))
        elif len(at):
            out[at] = rows_ok(_strided(buf, len(buf) - LENGTH + 1, LENGTH)[starts[at]])
        longer = np.flatnonzero((lens > LENGTH) & (lens <= MAX_CODE_INPUT))
        if len(longer):
            ok, left = _cleaned_rows_ok(buf, starts[longer], ends[longer])
            out[longer] = ok
            exact = longer[left]
    if find_wide and len(buf) and buf.max() >= 0x80:
        wide = np.searchsorted(ends, np.flatnonzero(buf >= 0x80), side="right")
        exact = np.union1d(exact, wide)
    return out, exact


def _cleaned_rows_ok(buf: _Bytes, starts: _Index, ends: _Index) -> tuple[BoolArray, _Index]:
    """:func:`rows_ok` of the rows ``buf[starts[i]:ends[i]]`` (each longer than 13 bytes)
    once ``clean`` has removed their separators; rows left with a length other than 13
    are not valid.  Also returns the rows not answered (longer than :data:`_CLEAN_WIDTH`
    bytes with 13 left, or too near the end of *buf* for a window)."""
    out = np.zeros(len(starts), dtype=np.bool_)
    removable = _removable(buf)
    # separators per row, counted from their positions (noise is rare: few of them)
    at = np.flatnonzero(removable)
    row = np.searchsorted(ends, at, side="right")
    inside = row < len(ends)
    at, row = at[inside], row[inside]
    row = row[starts[row] <= at]
    lens = ends - starts
    hit = np.flatnonzero(lens - np.bincount(row, minlength=len(starts)) == LENGTH)
    if not len(hit):
        return out, hit
    width = int(min(lens[hit].max(), _CLEAN_WIDTH))
    fits = (lens[hit] <= width) & (starts[hit] + width <= len(buf))
    left, hit = hit[~fits], hit[fits]
    if len(hit):
        # each row hit as a window of *width* bytes; its kept bytes are 13, in order
        windows = len(buf) - width + 1
        rows = _strided(buf, windows, width)[starts[hit]]
        keep = ~_strided(removable.view(np.uint8), windows, width)[starts[hit]].view(np.bool_)
        keep &= np.arange(width) < lens[hit][:, None]
        out[hit] = rows_ok(rows[keep].reshape(len(hit), LENGTH))
    return out, left


def _joined_block(items: Sequence[Any], binary: bool) -> BoolArray:
    """One block of a list of ``str`` (or of ``bytes`` when *binary*), joined on NUL."""
    n = len(items)
    try:
        if binary:
            raw = b"\0".join(items)
            ascii_only = False
        else:
            text = "\0".join(items)
            ascii_only = text.isascii()  # constant time: str knows its widest character
            raw = text.encode("ascii" if ascii_only else "utf-8", "surrogatepass")
    except TypeError:  # an element is not str (bytes)
        return _mixed_block(items, binary)
    if raw.count(b"\0") != n - 1:  # an element contains NUL, which no code may
        return _mixed_block(items, binary)
    buf = np.frombuffer(raw, dtype=np.uint8)
    step = LENGTH + 1
    if ascii_only and len(raw) == step * n - 1 and not buf[LENGTH::step].any():
        # the n - 1 NULs sit every 14 bytes, so every element is 13 ASCII characters:
        # a strided view of the buffer, no copy, no cleaning
        return rows_ok(_strided(buf, n, LENGTH, step))
    seps = np.flatnonzero(buf == 0)
    starts = np.empty(n, dtype=np.intp)
    ends = np.empty(n, dtype=np.intp)
    starts[0] = 0
    starts[1:] = seps + 1
    ends[:-1] = seps
    ends[-1] = len(buf)
    out, wide = _check_flat(buf, starts, ends, find_wide=not ascii_only)
    if len(wide):
        out[wide] = _exact([items[i] for i in wide], binary)
    return out


def _mixed_block(items: Sequence[Any], binary: bool) -> BoolArray:
    """A block with elements of the wrong type or containing NUL: those are False."""
    kind = bytes if binary else str
    sep: Any = b"\0" if binary else "\0"
    good = [isinstance(c, kind) and sep not in c for c in items]
    empty: Any = b"" if binary else ""
    out = _joined_block([c if ok else empty for c, ok in zip(items, good, strict=True)], binary)
    out &= np.asarray(good, dtype=np.bool_)
    return out


def _exact(items: list[Any], binary: bool) -> list[bool]:
    """The exact path, for the few rows with non-ASCII characters."""
    if not binary:
        return is_valid_many(items)
    out = []
    for c in items:
        try:
            text = c.decode("utf-8")
        except UnicodeDecodeError:
            out.append(False)
        else:
            out.append(is_valid(text))
    return out


def _from_list(items: Sequence[Any], binary: bool = False) -> BoolArray:
    out = np.zeros(len(items), dtype=np.bool_)
    for i in range(0, len(items), _BLOCK):
        out[i : i + _BLOCK] = _joined_block(items[i : i + _BLOCK], binary)
    return out


def _from_fixed(arr: npt.NDArray[Any]) -> BoolArray:
    """A 1-D NumPy ``U`` or ``S`` array, read in place as a matrix of code points or bytes.

    NumPy pads with NUL and drops trailing NULs when an element is read back, so a row ends
    after its last non-NUL; a NUL inside a row stays and makes the code invalid."""
    binary = arr.dtype.kind == "S"
    width = arr.dtype.itemsize if binary else arr.dtype.itemsize // 4
    n = len(arr)
    out = np.zeros(n, dtype=np.bool_)
    if width == 0:
        return out
    units = np.ascontiguousarray(arr).view(np.uint8 if binary else np.uint32).reshape(n, width)
    block_rows = max(1, _BLOCK * 16 // width)
    for i in range(0, n, block_rows):
        rows = units[i : i + block_rows]
        wide: _Index = np.empty(0, dtype=np.intp)
        if rows.max(initial=0) >= 0x80:
            wide = np.flatnonzero((rows >= 0x80).any(axis=1))
        # exact for ASCII rows; the others are redone below
        mat = rows if binary else rows.astype(np.uint8)
        lens = np.full(len(mat), width, dtype=np.intp)
        short = np.flatnonzero(mat[:, -1] == 0)  # rows that NumPy padded
        if len(short):
            filled = mat[short] != 0
            lens[short] = np.where(
                filled.any(axis=1), width - filled[:, ::-1].argmax(axis=1), 0
            )
        starts = np.arange(len(mat), dtype=np.intp) * width
        block, left = _check_flat(mat.ravel(), starts, starts + lens, find_wide=False)
        wide = np.union1d(wide, left)
        if len(wide):
            block[wide] = _exact(arr[i + wide].tolist(), binary)
        out[i : i + len(block)] = block
    return out


def _from_arrow_chunk(arr: Any) -> BoolArray:
    """A pyarrow ``string``/``binary`` array (or their ``large_`` forms) read in place."""
    pa: Any = sys.modules["pyarrow"]  # only reached with a pyarrow array in hand
    t = arr.type
    if not (
        pa.types.is_string(t)
        or pa.types.is_large_string(t)
        or pa.types.is_binary(t)
        or pa.types.is_large_binary(t)
    ):
        return _from_list(arr.to_pylist())
    n = len(arr)
    _, offsets_buf, data_buf = arr.buffers()
    wide_offsets = pa.types.is_large_string(t) or pa.types.is_large_binary(t)
    offsets = np.frombuffer(offsets_buf, dtype=np.int64 if wide_offsets else np.int32)
    offsets = offsets[arr.offset : arr.offset + n + 1].astype(np.intp)
    data = (
        np.frombuffer(data_buf, dtype=np.uint8)
        if data_buf is not None
        else np.empty(0, dtype=np.uint8)
    )
    out = np.zeros(n, dtype=np.bool_)
    for i in range(0, n, _BLOCK):
        o = offsets[i : i + _BLOCK + 1]
        base = o[0]
        buf = data[base : o[-1]]
        block, wide = _check_flat(buf, o[:-1] - base, o[1:] - base)
        if len(wide):
            block[wide] = _exact([bytes(buf[o[j] - base : o[j + 1] - base]) for j in wide], True)
        out[i : i + len(block)] = block
    if arr.null_count:
        out &= ~arr.is_null().to_numpy(zero_copy_only=False)
    return out


def s10_is_valid(codes: Iterable[Any]) -> BoolArray:
    """``numpy.array([parcelkit.s10.is_valid(c) for c in codes])``, computed column-wise.

    *codes* is a list or other iterable, a NumPy array (its shape is kept), a pandas
    Series or a pyarrow ``Array``/``ChunkedArray``.  A single ``str`` is not a batch and
    raises ``TypeError``.
    """
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a collection of codes, not a single string")
    if isinstance(codes, np.ndarray):
        flat = codes.ravel()
        kind = flat.dtype.kind
        if kind in "biufcmM":
            return np.zeros(codes.shape, dtype=np.bool_)  # numbers, dates…: never codes
        if kind not in "SUOT":  # T: NumPy 2's variable-width StringDType
            raise TypeError(f"cannot read codes from a NumPy array of dtype {flat.dtype}")
        out = _from_fixed(flat) if kind in "SU" else _from_list(flat.tolist())
        out.shape = codes.shape
        return out
    pa = sys.modules.get("pyarrow")
    if pa is not None and isinstance(codes, (pa.Array, pa.ChunkedArray)):
        chunks = codes.chunks if isinstance(codes, pa.ChunkedArray) else [codes]
        joined: BoolArray = np.concatenate(
            [np.zeros(0, np.bool_)] + [_from_arrow_chunk(c) for c in chunks]
        )
        return joined
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(codes, pd.Series):
        values = codes.array
        if pa is not None and hasattr(values, "__arrow_array__"):
            try:
                return s10_is_valid(values.__arrow_array__())
            except (UnicodeEncodeError, pa.ArrowException):
                pass  # a lone surrogate cannot go to arrow: read the elements one by one
        return _from_list(codes.to_numpy(dtype=object).tolist())
    return _from_list(codes if isinstance(codes, (list, tuple)) else list(codes))
