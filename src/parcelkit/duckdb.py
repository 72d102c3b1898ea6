"""DuckDB support: :func:`register` adds parcelkit's SQL functions to a connection (the
``duckdb`` extra).

>>> import duckdb
>>> import parcelkit.duckdb
>>> con = duckdb.connect()
>>> parcelkit.duckdb.register(con)
>>> con.sql("SELECT parcel_is_valid('rk 190 321 410 cn') AS ok, "
...         "parcel_carrier('1Z879E930346834440') AS carrier").fetchall()
[(True, 'ups')]
>>> con.sql("SELECT (parcel_classify('RK190321410CN')).category").fetchall()
[('registered',)]
>>> con.sql("SELECT parcel_stage('Вручение адресату')").fetchall()
[('delivered',)]

The functions are vectorised: DuckDB hands each batch of rows as an Arrow array, and the
answer goes back as one.  ``parcel_classify`` returns a ``STRUCT`` with the columns of
:func:`parcelkit._table.classify_table`.  ``docs/scale.md`` shows them over a Parquet file.
"""

from __future__ import annotations

from typing import Any

try:
    import duckdb
    import pyarrow as pa
    from duckdb.func import FunctionNullHandling, PythonUDFType
except ImportError as exc:  # pragma: no cover  (duckdb is installed wherever tests run)
    raise ImportError("parcelkit.duckdb needs DuckDB: pip install 'parcelkit[duckdb]'") from exc

from parcelkit import batch
from parcelkit._table import (
    CLASSIFY_SCHEMA,
    carrier_column,
    classify_table,
    decoded,
    normalize_statuses,
)

__all__ = ["CLASSIFY_SQL_TYPE", "register"]

#: The SQL type of ``parcel_classify``'s result.
CLASSIFY_SQL_TYPE = "STRUCT({})".format(
    ", ".join(
        f"{f.name} {({'bool': 'BOOLEAN', 'double': 'DOUBLE'}).get(str(f.type), 'VARCHAR')}"
        for f in CLASSIFY_SCHEMA
    )
)


def _is_valid(codes: Any) -> pa.Array:
    return pa.array(batch.s10_is_valid(codes), pa.bool_())


def _classify(codes: Any) -> pa.Array:
    table = decoded(classify_table(codes)).combine_chunks()
    columns = [c.chunk(0) if c.num_chunks else pa.array([], c.type) for c in table.columns]
    return pa.StructArray.from_arrays(columns, fields=list(table.schema))


def _stage(texts: Any) -> pa.Array:
    return normalize_statuses(texts).column("stage").cast(pa.string())


def register(con: duckdb.DuckDBPyConnection) -> None:
    """Create ``parcel_is_valid``, ``parcel_carrier``, ``parcel_classify`` and
    ``parcel_stage`` on *con* (each takes one ``VARCHAR``)."""
    functions: list[tuple[str, Any, str]] = [
        ("parcel_is_valid", _is_valid, "BOOLEAN"),
        ("parcel_carrier", carrier_column, "VARCHAR"),
        ("parcel_classify", _classify, CLASSIFY_SQL_TYPE),
        ("parcel_stage", _stage, "VARCHAR"),
    ]
    for name, function, returns in functions:
        con.create_function(
            name,
            function,
            ["VARCHAR"],
            duckdb.sqltype(returns),
            type=PythonUDFType.ARROW,
            null_handling=FunctionNullHandling.SPECIAL,
            side_effects=False,
        )
