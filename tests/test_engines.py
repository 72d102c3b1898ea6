"""Polars, DuckDB and pandas columns give ``classify_table``'s rows; no engine is imported
by ``import parcelkit``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import parcelkit.duckdb
import parcelkit.pandas
import parcelkit.polars
from parcelkit import batch, classify_many, normalize_status
from parcelkit._table import classify_table, decoded

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from gen_codes import generate

CODES: list[str | None] = [*generate(3000), None, "", "ＲＫ１９０３２１４１０ＣＮ"]
STATUSES = ["Вручение адресату", "Delivered", None, "In transit", "Objeto entregue"]


def plain_rows(codes: list[str | None]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = decoded(classify_table(codes)).to_pylist()
    return rows


def stages(texts: list[str | None]) -> list[str | None]:
    return [normalize_status(t).stage.value if isinstance(t, str) else None for t in texts]


def test_polars_namespace_eager_lazy_and_streaming() -> None:
    df = pl.DataFrame({"code": CODES})
    exprs = [
        pl.col("code").parcel.is_valid().alias("ok"),
        pl.col("code").parcel.carrier().alias("carrier"),
        pl.col("code").parcel.classify().alias("k"),
    ]
    eager = df.select(exprs)
    streamed = df.lazy().select(exprs).collect(engine="streaming")
    for got in (eager, streamed):
        assert got["ok"].to_list() == batch.s10_is_valid(CODES).tolist()
        assert got["carrier"].to_list() == classify_many(CODES)
        assert got["k"].struct.unnest().to_dicts() == plain_rows(CODES)
    assert eager["k"].dtype == parcelkit.polars.CLASSIFY_DTYPE


def test_polars_stage_and_zero_copy_input() -> None:
    got = pl.DataFrame({"s": STATUSES}).select(pl.col("s").parcel.stage())["s"].to_list()
    assert got == stages(STATUSES)


def test_duckdb_functions_over_a_parquet_file(tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "codes.parquet"
    pq.write_table(pa.table({"code": CODES}), path)
    con = duckdb.connect()
    parcelkit.duckdb.register(con)
    rows = con.sql(
        f"SELECT parcel_is_valid(code), parcel_carrier(code), parcel_classify(code) "
        f"FROM '{path}'"
    ).fetchall()
    assert [r[0] for r in rows] == batch.s10_is_valid(CODES).tolist()
    assert [r[1] for r in rows] == classify_many(CODES)
    assert [r[2] for r in rows] == plain_rows(CODES)
    con.register("statuses", pa.table({"s": STATUSES}))
    statuses = con.sql("SELECT parcel_stage(s) FROM statuses").fetchall()
    assert [r[0] for r in statuses] == stages(STATUSES)


def test_pandas_classify_and_stage_keep_the_index() -> None:
    s = pd.Series(CODES[:50], index=range(100, 150), name="code")
    frame = s.parcel.classify()
    assert list(frame.index) == list(s.index)
    want = classify_table(CODES[:50]).to_pandas()
    want.index = s.index
    pd.testing.assert_frame_equal(frame, want)
    t = pd.Series(STATUSES, index=list("abcde"), name="status")
    assert t.parcel.stage().tolist() == stages(STATUSES)
    assert list(t.parcel.stage().index) == list("abcde")


ENGINES = ["numpy", "pyarrow", "pandas", "polars", "duckdb", "pyspark", "tqdm"]


@pytest.mark.parametrize(
    "statement",
    ["import parcelkit", "import parcelkit; parcelkit.classify('RK190321410CN')"],
)
def test_import_parcelkit_imports_no_engine(statement: str) -> None:
    code = f"{statement}; import sys; print([m for m in {ENGINES!r} if m in sys.modules])"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
