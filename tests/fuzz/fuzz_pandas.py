"""parcelkit.pandas (the ``.parcel`` accessor).  Contract (docs/scale.md): for a Series of
any dtype holding anything, ``is_valid`` is ``s10.is_valid`` per element, ``carrier`` is
``classify_many``, ``compact`` is ``s10.compact`` for strings and None otherwise; the
index and name are kept; one bad element never stops the batch."""

from __future__ import annotations

import pandas as pd
from _harness import Reader, expect, fuzz

import parcelkit
import parcelkit.pandas
from parcelkit import s10

_CODES = ("RK190321410CN", "rk 190 321 410 cn", "1Z5R89390357567127", "RK190321411CN")


def _values(r: Reader) -> list[object]:
    out: list[object] = []
    for _ in range(r.int(10)):
        kind = r.byte() % 6
        if kind < 2:
            out.append(r.choice(_CODES))
        elif kind == 2:
            out.append(r.choice((None, pd.NA, float("nan"), 3)))
        else:
            out.append(r.text(30))
    return out


def _dtypes(values: list[object]) -> list[object]:
    if all(v is None or v is pd.NA or isinstance(v, str) for v in values):
        return [object, "string[python]", "string[pyarrow]"]
    return [object]


def check(values: list[object], name: object) -> None:
    for dtype in _dtypes(values):
        try:
            series = pd.Series(values, dtype=dtype, name=name, index=range(10, 10 + len(values)))
        except (TypeError, ValueError, UnicodeError):
            continue  # pandas itself refuses these values for this dtype
        elements = series.tolist()
        valid = series.parcel.is_valid()
        expect(valid.tolist() == [s10.is_valid(v) for v in elements], f"is_valid {dtype}")
        carriers = series.parcel.carrier()
        expect(carriers.tolist() == parcelkit.classify_many(elements), f"carrier {dtype}")
        compact = series.parcel.compact()
        want = [s10.compact(v) if isinstance(v, str) else None for v in elements]
        expect(compact.tolist() == want, f"compact {dtype}")
        for out in (valid, carriers, compact):
            expect(out.index.equals(series.index) and out.name == name, "index or name lost")


def one_input(data: bytes) -> None:
    r = Reader(data)
    check(_values(r), r.choice((None, "codes", 3)))


if __name__ == "__main__":
    fuzz(one_input, "pandas")
