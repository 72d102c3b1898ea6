"""Batch S10 validation, side by side on one mixed input (see ``gen_codes.py``).

    python benchmarks/bench_batch.py                 # 1 M codes
    python benchmarks/bench_batch.py -n 100000 --repeat 1

Prints codes/s for each contender and its ratio to ``tracking-numbers`` (PyPI, timed on a
sample and extrapolated), to the naive per-code loop and to a NumPy reference that handles
only clean upper-case input; then how often each one agrees with ``s10.is_valid`` and the
peak memory of the batch paths above the input (tracemalloc).  Every contender keeps its
best of ``--repeat`` rounds; the rounds run the contenders in turn.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import re
import time
import tracemalloc
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

import parcelkit
from gen_codes import generate
from parcelkit import batch, s10
from parcelkit._s10_rules import tables

_SEP = re.compile(r"[\s\-]+")
_SHAPE = re.compile(r"[A-Z]{2}[0-9]{9}[A-Z]{2}")
_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def naive(codes: Sequence[Any]) -> list[bool]:
    """What one writes first: strip separators, upper-case, a regex, the check-digit sum."""
    t = tables()
    out = []
    for c in codes:
        if not isinstance(c, str) or len(c) > s10.MAX_INPUT_LENGTH:
            out.append(False)
            continue
        u = _SEP.sub("", c).upper()
        if not _SHAPE.fullmatch(u):
            out.append(False)
            continue
        check = 11 - sum(w * int(d) for w, d in zip(_WEIGHTS, u[2:10], strict=True)) % 11
        check = 0 if check == 10 else 5 if check == 11 else check
        out.append(check == int(u[10]) and u[:2] in t.services and u[11:] in t.countries)
    return out


def numpy_reference(codes: Sequence[Any]) -> np.ndarray:
    """The check-digit formula over a fixed-width byte array; right only for clean
    upper-case ASCII input (longer strings are cut to 13 bytes, lower case fails)."""
    t = tables()
    a = np.array(codes, dtype="S13").view(np.uint8).reshape(len(codes), 13)
    letters = np.zeros(256 * 256, dtype=bool)
    svc, cty = letters.copy(), letters.copy()
    for pair in t.services:
        svc[ord(pair[0]) << 8 | ord(pair[1])] = pair.isupper()
    for pair in t.countries:
        cty[ord(pair[0]) << 8 | ord(pair[1])] = pair.isupper()
    digits = a[:, 2:11].astype(np.int16) - 48
    total = digits[:, :8] @ np.array(_WEIGHTS, dtype=np.int16)
    check = 11 - total % 11
    check = np.where(check == 10, 0, np.where(check == 11, 5, check))
    return (
        svc[a[:, 0].astype(np.intp) << 8 | a[:, 1]]
        & cty[a[:, 11].astype(np.intp) << 8 | a[:, 12]]
        & ((digits >= 0) & (digits <= 9)).all(axis=1)
        & (check == digits[:, 8])
    )


def tracking_numbers_loop(codes: Sequence[Any]) -> list[bool]:
    from tracking_numbers import get_tracking_number

    out = []
    for c in codes:
        found = get_tracking_number(c)
        out.append(found is not None and found.courier.code == "s10")
    return out


def best_time(fn: Callable[[Any], Any], arg: Any, repeat: int) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        result = fn(arg)
        best = min(best, time.perf_counter() - t0)
    return best, result


def peak_mb(fn: Callable[[Any], Any], arg: Any) -> float:
    gc.collect()
    tracemalloc.start()
    fn(arg)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def print_table(rows: list[tuple[str, float, float | None]], n: int) -> None:
    """One line per contender: its rate, its ratios to the peer, the naive loop and the
    NumPy reference, and how often it agrees with s10.is_valid."""
    base = {name.split(" (")[0]: secs for name, secs, _ in rows}
    peer = base.get("tracking-numbers")
    print(
        f"{'contender':44} {'codes/s':>12} {'× peer':>8} {'× naive':>8} {'× NumPy ref':>11}"
        f" {'agrees':>8}"
    )
    for name, secs, agree in rows:
        rate = n / secs
        x_peer = f"{peer / secs:8.1f}" if peer else f"{'-':>8}"
        shown = "-" if agree is None else f"{agree:.2%}"
        print(
            f"{name:44} {rate:12,.0f} {x_peer} {base['naive regex loop'] / secs:8.1f}"
            f" {base['NumPy reference'] / secs:11.2f} {shown:>8}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--sample", type=int, default=20_000, help="tracking-numbers sample")
    args = parser.parse_args()

    codes = generate(args.n)
    n = len(codes)
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}")
    print(
        f"python {platform.python_version()}, numpy {np.__version__}, parcelkit "
        f"{parcelkit.__version__}; {n} mixed codes (gen_codes.py)\n"
    )

    truth = np.array(s10.is_valid_many(codes))
    rows: list[tuple[str, float, float | None]] = []  # name, seconds for n, agreement

    sample = codes[: args.sample]
    try:
        secs, got = best_time(tracking_numbers_loop, sample, 1)
    except ImportError:
        print("tracking-numbers is not installed: pip install tracking-numbers\n")
    else:
        agree = float(np.mean(np.array(got) == truth[: len(sample)]))
        rows.append((f"tracking-numbers ({len(sample)} sampled)", secs * n / len(sample), agree))

    # (name, function, input, compare with s10.is_valid?)
    contenders: list[tuple[str, Callable[[Any], Any], Any, bool]] = [
        ("naive regex loop", naive, codes, True),
        ("s10.is_valid_many", s10.is_valid_many, codes, True),
        ("NumPy reference (clean input only)", numpy_reference, codes, True),
        ("batch.s10_is_valid (list)", batch.s10_is_valid, codes, True),
    ]
    if hasattr(parcelkit, "classify_many"):
        contenders.append(("classify_many", parcelkit.classify_many, codes, False))
    contenders.append(
        ("batch.s10_is_valid (numpy str array)", batch.s10_is_valid, np.array(codes), True)
    )
    try:
        import pandas as pd
        import pyarrow as pa
    except ImportError:
        pass
    else:
        series = pd.Series(codes, dtype="string[pyarrow]")
        contenders.append(
            ("batch.s10_is_valid (pyarrow array)", batch.s10_is_valid, pa.array(codes), True)
        )
        contenders.append(("batch.s10_is_valid (pandas Series)", batch.s10_is_valid, series, True))
    # Rounds interleave the contenders, so that a busy moment on the machine does not
    # fall on one of them only; each keeps its best round.
    best = dict.fromkeys((c[0] for c in contenders), float("inf"))
    agrees: dict[str, float | None] = {}
    for _ in range(args.repeat):
        for name, fn, arg, compare in contenders:
            if name not in best:
                continue
            try:
                secs, got = best_time(fn, arg, 1)
            except Exception as exc:  # a contender under construction must not stop the rest
                print(f"{name} failed and is left out: {type(exc).__name__}: {exc}\n")
                del best[name]
                continue
            best[name] = min(best[name], secs)
            agrees[name] = float(np.mean(np.asarray(got) == truth)) if compare else None
    rows += [(name, best[name], agrees[name]) for name in best]
    print_table(rows, n)

    print(f"\npeak memory above the input, {n} codes (tracemalloc):")
    for name, fn in [
        ("batch.s10_is_valid", batch.s10_is_valid),
        ("s10.is_valid_many", s10.is_valid_many),
    ]:
        print(f"  {name:20} {peak_mb(fn, codes):8.1f} MB")


if __name__ == "__main__":
    main()
