"""Columns side by side in one run: S10 batch validation against a simple NumPy reference,
``classify_many`` / ``classify_table`` against ``tracking-numbers``, cost per code by size,
peak memory per code, and the Polars and DuckDB functions against ``classify_table``.

    python benchmarks/bench_columns.py                   # sizes 10k, 100k, 1M
    python benchmarks/bench_columns.py --sizes 10000 100000 1000000 5000000

Input is ``gen_codes.py``'s mix.  ``tracking-numbers`` (the ``bench`` extra) is timed on a
sample and extrapolated.  Each line keeps the best of ``--repeat`` rounds.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
import pyarrow as pa

import parcelkit
from bench_batch import numpy_reference
from gen_codes import generate
from parcelkit import batch


def best(fn: Callable[[], Any], repeat: int) -> float:
    t = float("inf")
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        t = min(t, time.perf_counter() - start)
    return t


def peak_bytes(fn: Callable[[], Any]) -> int:
    """Peak memory of ``fn()`` above what was in use before, less its result: Python and
    NumPy allocations by tracemalloc (pyarrow's own pool is not traced, see
    :func:`peak_rss_bytes`)."""
    gc.collect()
    tracemalloc.start()
    result = fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    out_size = result.nbytes if hasattr(result, "nbytes") else 0
    return int(peak - out_size)


_CHILD = """
import gc, sys
sys.path[:0] = {paths!r}
import parcelkit
from parcelkit import batch
from gen_codes import generate
codes = generate({n})
fn = {{"classify_many": parcelkit.classify_many, "classify_table": batch.classify_table}}[{name!r}]
fn(codes[:20000])  # load every table before the baseline
gc.collect()
def status(key):
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith(key))
before = status("VmRSS:")
with open("/proc/self/clear_refs", "w") as f:
    f.write("5")  # resets the peak resident size (Linux)
result = fn(codes)
size = result.nbytes if hasattr(result, "nbytes") else 8 * len(result)
print(status("VmHWM:") - before - size)
"""


def peak_rss_bytes(name: str, n: int) -> int | None:
    """Peak resident memory of ``classify_many`` or ``classify_table`` on *n* codes, in a
    fresh process, above the memory held before the call (input included), less the
    result's size: everything, pyarrow's pool too.  None where Linux's peak reset is
    missing."""
    if not os.path.exists("/proc/self/clear_refs"):
        return None
    here = os.path.dirname(os.path.abspath(__file__))
    code = _CHILD.format(paths=[here, *sys.path], n=n, name=name)
    done = subprocess.run(
        [sys.executable, "-c", code], check=False, capture_output=True, text=True
    )
    return int(done.stdout) if done.returncode == 0 else None


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds / 1e6:8.2f} M/s  {seconds / n * 1e9:9.0f} ns/code"


def interleaved(fns: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """Best seconds of each function over *repeat* rounds, the functions taking turns in
    every round, so that a busy moment of a shared machine does not fall on one only."""
    out = dict.fromkeys(fns, float("inf"))
    for _ in range(repeat):
        for name, fn in fns.items():
            gc.collect()
            start = time.perf_counter()
            fn()
            out[name] = min(out[name], time.perf_counter() - start)
    return out


def s10_section(codes: list[str], repeat: int) -> None:
    clean = [c for c in codes if parcelkit.s10.is_valid(c) and c.isupper() and len(c) == 13]
    clean_np = np.array(clean, dtype="S13")
    clean_pa = pa.array(clean)
    m = len(clean)
    print(f"\n== S10 on {m:,} clean upper-case ASCII codes, best of {repeat} interleaved rounds")
    times = interleaved(
        {
            "NumPy reference (S13 array)": lambda: numpy_reference(clean_np),
            "s10_is_valid, NumPy S13": lambda: batch.s10_is_valid(clean_np),
            "s10_is_valid, Arrow string": lambda: batch.s10_is_valid(clean_pa),
            "s10_is_valid, Python list": lambda: batch.s10_is_valid(clean),
            "s10_is_valid, mixed list (all)": lambda: batch.s10_is_valid(codes),
        },
        repeat,
    )
    ref = times["NumPy reference (S13 array)"]
    for name, t in times.items():
        rows = len(codes) if "mixed" in name else m
        print(f"{name:<31} {rate(rows, t)}   {ref / t * rows / m:5.2f}x the reference")


def per_code_share(codes: list[str]) -> float:
    """The share of *codes* that ``classify_many``'s NumPy path leaves to the pure-Python
    one (non-ASCII, characters other than separators, lengths with few codes)."""
    from parcelkit.carriers import _columnar, _engine

    rest = 0
    for i in range(0, len(codes), _engine._BLOCK):
        found = _columnar.carriers(list(codes[i : i + _engine._BLOCK]), _engine._MIN_GROUP)
        rest += len(codes[i : i + _engine._BLOCK]) if found is None else len(found[1])
    return rest / max(len(codes), 1)


def memory_section(part: list[str], sizes: list[int], table_max: int) -> None:
    size = len(part)
    # tracemalloc does not see pyarrow's pool, so classify_table is measured below only
    print(f"\n== peak memory above input and output, {size:,} codes (tracemalloc)")
    many = peak_bytes(lambda: parcelkit.classify_many(part))
    print(f"{'classify_many':<31} {many / size:8.0f} bytes/code")
    print("\n== peak resident memory above input and output, fresh process (pyarrow included)")
    for name in ("classify_many", "classify_table"):
        for m in sorted(sizes):
            if name == "classify_table" and m > table_max:
                continue
            got = peak_rss_bytes(name, m)
            shown = "n/a" if got is None else f"{max(got, 0) / m:8.0f} bytes/code"
            print(f"{name + f' {m:>9,}':<31} {shown}")


def classify_section(codes: list[str], args: argparse.Namespace) -> None:
    n = len(codes)
    print(f"\n== classify on gen_codes' mix (tracking-numbers on {args.peer_sample:,} codes)")
    from tracking_numbers import get_tracking_number

    sample = codes[: args.peer_sample]
    for c in sample:  # warm every lazy table and cache before timing
        get_tracking_number(c)
        parcelkit.classify(c)
    for size in sorted(args.sizes):
        part = codes[:size]
        rounds = args.repeat if size <= 100_000 else max(1, args.repeat // 2)
        fns: dict[str, Callable[[], Any]] = {
            "peer": lambda: [get_tracking_number(c) for c in sample],
            "per call": lambda: [parcelkit.classify(c) for c in sample],
            "classify_many": lambda p=part: parcelkit.classify_many(p),
        }
        if size <= args.table_max:
            fns["classify_table"] = lambda p=part: batch.classify_table(p)
        times = interleaved(fns, rounds)
        peer = times["peer"] / len(sample)
        print(f"-- {size:,} codes, best of {rounds} interleaved rounds")
        print(f"tracking-numbers                {rate(1, peer)}")
        per_call = times["per call"] / len(sample)
        print(f"classify, per call              {rate(1, per_call)}   {peer / per_call:5.1f}x peer")
        for name in ("classify_many", "classify_table"):
            if name not in times:
                continue
            t = times[name] / size
            print(f"{name + f' {size:>9,}':<31} {rate(1, t)}   {peer / t:5.1f}x peer")
    distinct = len(set(codes))
    print(
        f"rows classify_table answers code by code: {distinct:,} distinct of {n:,} "
        f"({distinct / n:.0%}); the S10 check of each is column-wise"
    )
    print(
        f"rows classify_many leaves to its pure-Python path: {per_code_share(codes):.1%} "
        "(the rest is answered column-wise)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--peer-sample", type=int, default=5_000)
    ap.add_argument(
        "--table-max", type=int, default=1_000_000, help="largest size classify_table runs on"
    )
    args = ap.parse_args()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, NumPy {np.__version__}, pyarrow {pa.__version__}"
    )

    n = max(args.sizes)
    codes = generate(n)
    s10_section(codes, args.repeat)

    classify_section(codes, args)

    size = min(100_000, n)
    part = codes[:size]
    memory_section(part, args.sizes, args.table_max)

    print(f"\n== engines on {size:,} codes")
    import duckdb
    import polars as pl

    from parcelkit import duckdb as pk_duckdb
    from parcelkit import polars as _registers_the_namespace  # noqa: F401

    arrow = pa.array(part)
    base = best(lambda: batch.classify_table(arrow), args.repeat)
    print(f"classify_table (Arrow input)    {rate(size, base)}")
    df = pl.DataFrame({"code": part})
    t = best(lambda: df.select(pl.col("code").parcel.classify()), args.repeat)
    print(f"Polars .parcel.classify()       {rate(size, t)}   {base / t:5.2f}x classify_table")
    con = duckdb.connect()
    pk_duckdb.register(con)
    con.register("codes", pa.table({"code": arrow}))
    sql = "SELECT parcel_classify(code) FROM codes"
    t = best(lambda: con.sql(sql).to_arrow_table(), args.repeat)
    print(f"DuckDB parcel_classify          {rate(size, t)}   {base / t:5.2f}x classify_table")


if __name__ == "__main__":
    main()
