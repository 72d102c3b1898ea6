"""Scaling out: the pandas functions run per partition under Dask and give the
single-machine answer."""

from __future__ import annotations

import random
import string

import dask
import dask.dataframe as dd
import pandas as pd
import pytest

import parcelkit.pandas as pkpd
from parcelkit import s10


def _codes(n: int) -> list[str | None]:
    rng = random.Random(5)
    out: list[str | None] = []
    for i in range(n):
        serial = "".join(rng.choices(string.digits, k=8))
        code = f"R{rng.choice(string.ascii_uppercase)}{serial}{s10.calc_check_digit(serial)}CN"
        out.append(
            [code, code.lower(), f"{code[:2]} {code[2:11]} {code[11:]}", code[:-1] + "X",
             "1Z5R89390357567127", None, "ЕЕ123456785СN", ""][i % 8]
        )  # fmt: skip
    return out


@pytest.mark.parametrize("scheduler", ["synchronous", "threads"])
def test_dask_map_partitions_equals_pandas(scheduler: str) -> None:
    df = pd.DataFrame({"order": range(400), "code": _codes(400)})
    expected = pd.DataFrame(
        {
            "valid": pkpd.is_valid(df["code"]),
            "carrier": pkpd.carrier(df["code"]),
            "compact": pkpd.compact(df["code"]),
        }
    )
    ddf = dd.from_pandas(df, npartitions=4)
    assert ddf.npartitions == 4
    ddf["valid"] = ddf["code"].map_partitions(pkpd.is_valid, meta=("code", "bool"))
    ddf["carrier"] = ddf["code"].map_partitions(pkpd.carrier, meta=("code", "object"))
    ddf["compact"] = ddf["code"].map_partitions(
        lambda s: s.parcel.compact(), meta=("code", "object")
    )
    with dask.config.set(scheduler=scheduler):
        got = ddf.compute()
    assert got["valid"].tolist() == expected["valid"].tolist()
    assert got["carrier"].tolist() == expected["carrier"].tolist()
    assert got["compact"].tolist() == expected["compact"].tolist()
    assert got["valid"].tolist() == [s10.is_valid(c) for c in df["code"]]
    assert 0 < got["valid"].sum() < len(got)
