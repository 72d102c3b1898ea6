"""PySpark columns in local mode, over several partitions, equal the single-machine answers.

Needs pyspark (the ``test`` extra) and a Java runtime (``.ci/run`` installs Debian's
headless JRE when ``java`` is missing).  One session serves the whole module."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from parcelkit import batch, classify_many, normalize_status
from parcelkit._table import classify_table, decoded

sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
from gen_codes import generate

if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip(
        "no Java runtime: Spark local mode needs one (apt-get install default-jre-headless)",
        allow_module_level=True,
    )

CODES: list[str | None] = [*generate(600), None, "", "ＲＫ１９０３２１４１０ＣＮ"]
STATUSES = ["Вручение адресату", "Delivered", None, "In transit", "Objeto entregue"] * 20


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # workers run this interpreter
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("parcelkit-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "500")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_columns_over_partitions_equal_one_machine(spark: Any) -> None:
    import parcelkit.spark as pks

    rows = [(i, c) for i, c in enumerate(CODES)]
    df = spark.createDataFrame(rows, "i long, code string").repartition(4)
    assert df.rdd.getNumPartitions() == 4
    got = (
        df.select(
            "i",
            pks.is_valid("code").alias("ok"),
            pks.carrier("code").alias("carrier"),
            pks.classify("code").alias("k"),
        )
        .orderBy("i")
        .collect()
    )
    assert [r["ok"] for r in got] == batch.s10_is_valid(CODES).tolist()
    assert [r["carrier"] for r in got] == classify_many(CODES)
    assert [r["k"].asDict() for r in got] == decoded(classify_table(CODES)).to_pylist()


def test_stage_column(spark: Any) -> None:
    import parcelkit.spark as pks

    rows = [(i, t) for i, t in enumerate(STATUSES)]
    df = spark.createDataFrame(rows, "i long, s string").repartition(3)
    got = df.select("i", pks.stage("s").alias("stage")).orderBy("i").collect()
    assert [r["stage"] for r in got] == [
        normalize_status(t).stage.value if t is not None else None for t in STATUSES
    ]
