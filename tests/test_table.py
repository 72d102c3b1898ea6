"""Whole-result columns: every row of ``classify_table`` is what ``classify`` and
``s10.parse`` say about that code, for every input kind; ``normalize_statuses`` is
``normalize_status`` row by row."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parcelkit import classify, normalize_status, s10
from parcelkit._table import CLASSIFY_SCHEMA, classify_table, normalize_statuses
from parcelkit.exceptions import ValidationError

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from gen_codes import generate

NULL_ROW = {
    "code": None, "carrier": None, "format": None, "valid": False, "confidence": None,
    "s10_valid": False, "country": None, "category": None, "tracked": None, "error": None,
    "fake": False,
}  # fmt: skip


def expected_row(code: object) -> dict[str, Any]:
    """The row, from the per-code answers."""
    if not isinstance(code, str):
        return NULL_ROW
    c = classify(code)
    top = c.best or (c.candidates[0] if c.candidates else None)
    row: dict[str, Any] = {
        "code": c.code if len(code) <= s10.MAX_INPUT_LENGTH else None,
        "carrier": c.carrier,
        "format": top and top.format,
        "valid": c.best is not None,
        "confidence": top and top.confidence,
        "s10_valid": s10.is_valid(code),
        "country": None, "category": None,
        "tracked": c.best and c.best.tracked,
        "error": None,
        "fake": bool(c.fakes),
    }  # fmt: skip
    try:
        parsed = s10.parse(code)
    except ValidationError as exc:
        row["error"] = exc.reason
    else:
        row["country"], row["category"] = parsed.country, parsed.category
        assert row["tracked"] == parsed.tracked or c.fakes
    return row


TRICKY: list[object] = [
    "RK190321410CN", "rk 190-321-410 cn", "ＲＫ１９０３２１４１０ＣＮ", "RK190321411CN",
    "RK190321410XX", "JA123456785CN", "RT123456785FI", "1Z879E930346834440",
    "62009147017544", "", "   ", "hello", "RK\x00190321410CN", "x" * 300,
    " " * 244 + "RK190321410CN", None, 42, b"RK190321410CN", float("nan"),
]  # fmt: skip


def test_schema_and_dictionaries() -> None:
    t = classify_table(["RK190321410CN"])
    assert t.schema == CLASSIFY_SCHEMA
    assert t.column_names == list(NULL_ROW)
    for name in ("carrier", "format", "country", "category", "error"):
        assert pa.types.is_dictionary(t.schema.field(name).type), name


def test_tricky_rows_equal_the_per_code_answers() -> None:
    assert classify_table(TRICKY).to_pylist() == [expected_row(c) for c in TRICKY]


def test_generated_mix_equals_the_per_code_answers() -> None:
    codes = generate(20_000)
    rows = classify_table(codes).to_pylist()
    mismatches = [(c, r) for c, r in zip(codes, rows, strict=True) if r != expected_row(c)]
    assert mismatches[:3] == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.none(), st.integers()), max_size=40))
def test_random_input_equals_the_per_code_answers(codes: list[object]) -> None:
    assert classify_table(codes).to_pylist() == [expected_row(c) for c in codes]


STRS = ["RK190321410CN", "rk190321411cn", "1Z879E930346834440", "RK190321410CN"]
KINDS: list[tuple[str, Any]] = [
    ("list", STRS),
    ("tuple", tuple(STRS)),
    ("generator", (c for c in STRS)),
    ("numpy U", np.array(STRS)),
    ("numpy S", np.array([c.encode() for c in STRS])),
    ("numpy object", np.array(STRS, dtype=object)),
    ("pandas object", pd.Series(STRS, dtype=object)),
    ("pandas string", pd.Series(STRS, dtype="string")),
    ("pandas arrow", pd.Series(STRS, dtype="string[pyarrow]")),
    ("arrow string", pa.array(STRS, pa.string())),
    ("arrow large_string", pa.array(STRS, pa.large_string())),
    ("arrow string_view", pa.array(STRS, pa.string_view())),
    ("arrow binary", pa.array([c.encode() for c in STRS], pa.binary())),
    ("arrow dictionary", pa.array(STRS).dictionary_encode()),
    ("arrow chunked", pa.chunked_array([STRS[:1], STRS[1:]])),
    ("arrow sliced", pa.array(["junk", *STRS]).slice(1)),
]


@pytest.mark.parametrize(("kind", "codes"), KINDS, ids=[k for k, _ in KINDS])
def test_every_input_kind_gives_the_same_rows(kind: str, codes: Any) -> None:
    assert classify_table(codes).to_pylist() == [expected_row(c) for c in STRS]


def test_non_string_arrays_and_bad_bytes_give_null_rows() -> None:
    assert classify_table(np.arange(3)).to_pylist() == [NULL_ROW] * 3
    assert classify_table(pa.array([1, None])).to_pylist() == [NULL_ROW] * 2
    assert classify_table([b"\xff"]).to_pylist() == [NULL_ROW]
    assert classify_table(np.array([b"\xff"])).to_pylist() == [NULL_ROW]
    assert classify_table([]).num_rows == 0


def test_a_single_string_is_not_a_batch() -> None:
    with pytest.raises(TypeError):
        classify_table("RK190321410CN")
    with pytest.raises(TypeError):
        normalize_statuses("Delivered")
    with pytest.raises(TypeError):
        normalize_statuses(["Delivered"], lang=5)  # type: ignore[arg-type]


STATUSES = ["Вручение адресату", "Delivered", None, "Delivered", "Objeto entregue", "", 7]


@pytest.mark.parametrize("lang", [None, "pt", "ru"])
def test_statuses_equal_normalize_status(lang: str | None) -> None:
    got = normalize_statuses(STATUSES, lang=lang)
    assert got.column_names == ["stage", "confidence", "lang", "detail", "location"]
    want = []
    for text in STATUSES:
        if not isinstance(text, str):
            want.append(dict.fromkeys(got.column_names))
            continue
        r = normalize_status(text, lang)
        want.append({"stage": r.stage.value, "confidence": r.confidence, "lang": r.lang,
                     "detail": r.detail, "location": r.location})  # fmt: skip
    assert got.to_pylist() == want


def test_each_distinct_status_is_normalised_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import parcelkit._table as table

    seen: list[str] = []

    def counting(text: str, lang: str | None = None) -> Any:
        seen.append(text)
        return normalize_status(text, lang)

    monkeypatch.setattr(table, "normalize_status", counting)
    table.normalize_statuses(["Delivered", "Delivered", "Вручение адресату"] * 50)
    assert sorted(seen) == ["Delivered", "Вручение адресату"]
