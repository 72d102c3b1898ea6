"""PySpark support: ``pandas_udf`` columns for data beyond one machine (the ``spark``
extra).

::

    from pyspark.sql import functions as F
    from parcelkit import spark as pks

    df = session.read.parquet("codes.parquet")
    df.select(
        "code",
        pks.is_valid("code").alias("ok"),
        pks.carrier("code").alias("carrier"),
        pks.classify("code").alias("k"),
    ).select("code", "ok", "carrier", "k.country", "k.error")
    statuses.withColumn("stage", pks.stage("status"))

Each UDF gets a partition's rows in Arrow batches as a pandas Series and answers with
:mod:`parcelkit.batch` and :func:`parcelkit._table.classify_table`, so an executor works
column-wise like one machine does; ``classify`` gives a struct (:data:`CLASSIFY_TYPE`).
Executors need parcelkit installed (``docs/scale.md`` has the cluster recipe); a worker that
unpickles these functions imports this module by itself.
"""

from __future__ import annotations

from typing import Any

try:
    import pandas as pd
    from pyspark.sql import types as T
    from pyspark.sql.pandas.functions import pandas_udf
except ImportError as exc:  # pragma: no cover  (pyspark is installed wherever tests run)
    raise ImportError("parcelkit.spark needs PySpark: pip install 'parcelkit[spark]'") from exc

from parcelkit import batch
from parcelkit._table import (
    CLASSIFY_SCHEMA,
    carrier_column,
    classify_table,
    decoded,
    normalize_statuses,
)

__all__ = ["CLASSIFY_TYPE", "carrier", "classify", "is_valid", "stage"]

#: The Spark type of ``classify``'s struct: ``classify_table``'s columns, dictionaries as
#: strings.  (Types, not DDL text: parsing DDL needs a running session.)
CLASSIFY_TYPE = T.StructType(
    [
        T.StructField(
            f.name,
            {"bool": T.BooleanType(), "double": T.DoubleType()}.get(str(f.type), T.StringType()),
            nullable=True,  # pandas hands every column over as nullable
        )
        for f in CLASSIFY_SCHEMA
    ]
)


def _is_valid(codes: pd.Series) -> pd.Series:
    valid: pd.Series = pd.Series(batch.s10_is_valid(codes), index=codes.index)
    return valid


def _carrier(codes: pd.Series) -> pd.Series:
    carriers: pd.Series = pd.Series(
        carrier_column(codes).to_pylist(), index=codes.index, dtype=object
    )
    return carriers


def _classify(codes: pd.Series) -> pd.DataFrame:
    frame: pd.DataFrame = decoded(classify_table(codes)).to_pandas()
    frame.index = codes.index
    return frame


def _stage(texts: pd.Series) -> pd.Series:
    stages = normalize_statuses(texts).column("stage").cast("string").to_pylist()
    out: pd.Series = pd.Series(stages, index=texts.index, dtype=object)
    return out


#: Column functions: ``is_valid(col)``, ``carrier(col)``, ``classify(col)`` and ``stage(col)``.
#: (PySpark's stubs type a struct-returning UDF too narrowly, so they are Any here.)
_udf: Any = pandas_udf
is_valid: Any = _udf(_is_valid, T.BooleanType())
carrier: Any = _udf(_carrier, T.StringType())
classify: Any = _udf(_classify, CLASSIFY_TYPE)
stage: Any = _udf(_stage, T.StringType())
