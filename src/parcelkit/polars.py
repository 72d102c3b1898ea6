"""Polars support: ``import parcelkit.polars`` registers the ``parcel`` expression
namespace (the ``polars`` extra).

>>> import polars as pl
>>> import parcelkit.polars
>>> df = pl.DataFrame({"code": ["rk 190 321 410 cn", "RK190321411CN", "1Z879E930346834440", None]})
>>> df.select(pl.col("code").parcel.is_valid())["code"].to_list()
[True, False, False, False]
>>> df.select(pl.col("code").parcel.carrier())["code"].to_list()
['s10', None, 'ups', None]
>>> df.select(pl.col("code").parcel.classify()).unnest("code")["error"].dtype
String
>>> pl.DataFrame({"s": ["Вручение адресату"]}).select(pl.col("s").parcel.stage())["s"][0]
'delivered'

Each method hands the column's Arrow buffers to :mod:`parcelkit.batch` or
:func:`parcelkit._table.classify_table` without copying them into Python objects, and is
elementwise, so it runs lazily and in the streaming engine of a ``LazyFrame``.
``classify()`` gives a struct with :func:`~parcelkit._table.classify_table`'s columns
(strings where that table has dictionaries).
"""

from __future__ import annotations

from typing import Any

try:
    import polars as pl
except ImportError as exc:  # pragma: no cover  (polars is installed wherever tests run)
    raise ImportError("parcelkit.polars needs Polars: pip install 'parcelkit[polars]'") from exc

from parcelkit import batch
from parcelkit._table import (
    CLASSIFY_SCHEMA,
    carrier_column,
    classify_table,
    decoded,
    normalize_statuses,
)

__all__ = ["CLASSIFY_DTYPE", "ParcelNamespace"]

#: The struct ``classify()`` returns: ``classify_table``'s columns, dictionaries as strings.
CLASSIFY_DTYPE: pl.Struct = pl.Struct(
    {
        f.name: {"bool": pl.Boolean, "double": pl.Float64}.get(str(f.type), pl.String)
        for f in CLASSIFY_SCHEMA
    }
)


def _is_valid(s: pl.Series) -> pl.Series:
    return pl.Series(s.name, batch.s10_is_valid(s.to_arrow()), dtype=pl.Boolean)


def _carrier(s: pl.Series) -> pl.Series:
    return pl.Series(s.name, carrier_column(s.to_arrow()), dtype=pl.String)


def _classify(s: pl.Series) -> pl.Series:
    table: Any = decoded(classify_table(s.to_arrow()))
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame.to_struct(s.name)


def _stage(s: pl.Series) -> pl.Series:
    stages = normalize_statuses(s.to_arrow()).column("stage").cast("string")
    return pl.Series(s.name, stages, dtype=pl.String)


@pl.api.register_expr_namespace("parcel")
class ParcelNamespace:
    """``pl.col(...).parcel``: tracking-code and status methods of an expression."""

    def __init__(self, expr: pl.Expr) -> None:
        self._expr = expr

    def is_valid(self) -> pl.Expr:
        """Whether each value is a valid S10 code (``batch.s10_is_valid``)."""
        return self._expr.map_batches(_is_valid, pl.Boolean, is_elementwise=True)

    def carrier(self) -> pl.Expr:
        """The carrier id of each code (``classify(code).carrier``), null if none."""
        return self._expr.map_batches(_carrier, pl.String, is_elementwise=True)

    def classify(self) -> pl.Expr:
        """A struct of :data:`CLASSIFY_DTYPE`: the row of ``classify_table`` of each code."""
        return self._expr.map_batches(_classify, CLASSIFY_DTYPE, is_elementwise=True)

    def stage(self) -> pl.Expr:
        """The stage id (``delivered``, ``in_transit``…) of each raw status text."""
        return self._expr.map_batches(_stage, pl.String, is_elementwise=True)
