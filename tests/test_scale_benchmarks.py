"""The benchmark inputs and baselines are what they claim to be, so the ratios they print
compare like with like (run on small inputs; timing is never asserted)."""

from __future__ import annotations

import pathlib
import sys
import types
from collections import Counter
from typing import Any

import numpy as np
import pytest

from parcelkit import batch, s10

BENCH = pathlib.Path(__file__).resolve().parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import bench_batch
        import gen_codes
    finally:
        sys.path.remove(str(BENCH))
    return types.SimpleNamespace(gen=gen_codes, batch=bench_batch)


def test_gen_codes_is_deterministic_and_mixed(bench: Any) -> None:
    gen = bench.gen
    codes = gen.generate(5000)
    assert codes == gen.generate(5000)
    assert codes != gen.generate(5000, seed=1)
    assert all(isinstance(c, str) and c.isascii() for c in codes)
    valid = sum(s10.is_valid_many(codes))
    assert 0.47 <= valid / len(codes) <= 0.53  # 40 % clean, 10 % noisy (half the junk)
    kinds = Counter(
        "s10-shaped" if len(c) == 13 and c[:2].isupper() and c[2:11].isdigit() else "other"
        for c in codes
    )
    assert kinds["s10-shaped"] / len(codes) >= 0.6
    assert len({c[11:] for c in codes if s10.is_valid(c)}) > 150  # many countries


def test_naive_baseline_is_a_correct_validator(bench: Any) -> None:
    codes = bench.gen.generate(5000)
    assert bench.batch.naive(codes) == s10.is_valid_many(codes)


def test_numpy_reference_is_right_on_clean_input(bench: Any) -> None:
    codes = [c for c in bench.gen.generate(5000) if len(c) == 13 and c == c.upper()]
    got = bench.batch.numpy_reference(codes)
    assert got.tolist() == s10.is_valid_many(codes)
    assert np.array_equal(got, batch.s10_is_valid(codes))
