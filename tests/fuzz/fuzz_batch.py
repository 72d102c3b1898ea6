"""batch.s10_is_valid.  Contract (docs/scale.md): for a list or other iterable, a NumPy
array (shape kept), a pandas Series or a pyarrow array it returns a NumPy bool array with
``s10.is_valid`` of every element (bytes in an ``S`` or arrow binary array read as UTF-8,
bytes that are not UTF-8 False; numbers, None and missing values False); a bare ``str`` or
``bytes`` raises ``TypeError``; nothing else raises."""

from __future__ import annotations

import numpy as np
from _harness import ContractBreak, Reader, expect, fuzz, only_errors

from parcelkit import batch, s10

_CODES = (
    "RK190321410CN",
    "rk 190 321 410 cn",
    "ＲＫ１９０３２１４１０ＣＮ",
    "EE123456785CN",
    "RK190321411CN",
)


def _element(r: Reader) -> object:
    kind = r.byte() % 8
    if kind < 3:
        return r.choice(_CODES)
    if kind == 3:
        return r.choice((None, 7, 2.5, float("nan"), b"RK190321410CN", ("RK",)))
    return r.text(40)


def _utf8(b: bytes) -> str | None:
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _same(got: object, want: list[bool], what: str) -> None:
    expect(isinstance(got, np.ndarray) and got.dtype == np.bool_, f"{what}: not a bool array")
    assert isinstance(got, np.ndarray)
    expect(got.ravel().tolist() == want, f"{what}: differs from s10.is_valid")


def check(items: list[object], r: Reader) -> None:
    want = [s10.is_valid(x) for x in items]
    _same(batch.s10_is_valid(items), want, "list")
    _same(batch.s10_is_valid(tuple(items)), want, "tuple")
    _same(batch.s10_is_valid(iter(items)), want, "iterator")
    _same(batch.s10_is_valid(np.array(items, dtype=object)), want, "object array")
    texts = [x for x in items if isinstance(x, str)]
    if texts:
        arr = np.array(texts)
        _same(batch.s10_is_valid(arr), [s10.is_valid(x) for x in arr.tolist()], "U array")
        if len(texts) % 2 == 0:
            square = arr.reshape(2, -1)
            expect(batch.s10_is_valid(square).shape == square.shape, "shape not kept")
        if hasattr(np, "dtypes") and hasattr(np.dtypes, "StringDType"):
            try:
                tarr = np.array(texts, dtype=np.dtypes.StringDType())
            except UnicodeEncodeError:
                pass  # NumPy cannot hold a lone surrogate in a StringDType
            else:
                want_t = [s10.is_valid(x) for x in texts]
                _same(batch.s10_is_valid(tarr), want_t, "StringDType")
        raw = [x.encode("utf-8", "surrogatepass") for x in texts]
        if r.flag():
            raw = [b[: r.int(len(b) + 1)] for b in raw]  # cut inside a character too
        sarr = np.array(raw, dtype="S")
        want_s = [(t := _utf8(b)) is not None and s10.is_valid(t) for b in sarr.tolist()]
        _same(batch.s10_is_valid(sarr), want_s, "S array")
    numbers = np.arange(r.int(5), dtype=r.choice((np.int64, np.float32, np.uint8)))
    _same(batch.s10_is_valid(numbers), [False] * len(numbers), "numeric array")
    for single in ("RK190321410CN", b"RK190321410CN"):
        with only_errors(TypeError):
            batch.s10_is_valid(single)  # type: ignore[arg-type]
            raise ContractBreak("a bare str or bytes was taken as a batch")


def check_arrow(items: list[object]) -> None:
    import pyarrow as pa

    texts = [x if isinstance(x, str) else None for x in items]
    try:
        arr = pa.array(texts, type=pa.string())
    except (UnicodeEncodeError, pa.ArrowException):
        return  # arrow cannot hold a lone surrogate: nothing to check
    want = [s10.is_valid(x) for x in texts]
    _same(batch.s10_is_valid(arr), want, "arrow string")
    _same(batch.s10_is_valid(arr.cast(pa.large_string())), want, "arrow large_string")
    _same(batch.s10_is_valid(pa.chunked_array([arr, arr])), want * 2, "arrow chunked")
    binary = pa.array([x.encode() if x is not None else None for x in texts], type=pa.binary())
    _same(batch.s10_is_valid(binary), want, "arrow binary")


def one_input(data: bytes) -> None:
    r = Reader(data)
    items = [_element(r) for _ in range(r.int(12))]
    check(items, r)
    check_arrow(items)


if __name__ == "__main__":
    fuzz(one_input, "batch")
