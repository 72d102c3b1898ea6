"""The suggestion and pasted-history benchmarks measure what they claim (small inputs;
nothing is timed)."""

from __future__ import annotations

import pathlib
import random
import sys
import types
from typing import Any

import pytest

BENCH = pathlib.Path(__file__).resolve().parent.parent / "benchmarks"
KINDS = ("lookalike", "transpose", "substitute", "insert", "delete", "check_digit")


@pytest.fixture(scope="module")
def bench() -> Any:
    sys.path.insert(0, str(BENCH))
    try:
        import history_accuracy
        import suggest_accuracy
    finally:
        sys.path.remove(str(BENCH))
    return types.SimpleNamespace(suggest=suggest_accuracy, history=history_accuracy)


@pytest.mark.parametrize("kind", KINDS)
def test_each_corruption_is_one_mistake_the_exhaustive_search_undoes(bench: Any, kind: str) -> None:
    rng = random.Random(3)
    for code in ("RK190321410CN", "1Z879E930346834440", "9400111206206406260787",
                 "62009147017544"):  # fmt: skip
        x = bench.suggest.corrupt(code, kind, rng)
        assert x is not None
        assert x != code
        assert abs(len(x) - len(code)) <= 1
        fixes = bench.suggest.all_fixes(x)
        if bench.suggest.checked(x) is None:
            assert any(code in found for found in fixes.values()), (kind, code, x)


def test_ceilings_follow_the_number_of_tied_rivals(bench: Any) -> None:
    fixes = {"transpose": {"A": 0.95, "B": 0.95}, "substitute": {f"S{i}": 0.95 for i in range(9)}}
    # two tied swaps: 1/2 at #1, both in the top 3; the nine substitutions exceed the limit
    assert bench.suggest.ceilings(fixes, "A") == [0.5, 1.0, 0.5, 1.0]
    assert bench.suggest.ceilings(fixes, "S0")[2:] == [0.0, 0.0]


def test_history_scores_count_moments_found(bench: Any) -> None:
    path = pathlib.Path(__file__).parent / "data" / "histories" / "hand_usps_01.txt"
    result = bench.history.score(path)
    assert result["expected"] == result["dates"] == 4
    assert result["extra"] == 0


@pytest.fixture(scope="module")
def families(bench: Any) -> dict[str, list[str]]:
    found: dict[str, list[str]] = bench.suggest.valid_codes(20)
    return found


@pytest.mark.parametrize("kind", KINDS)
def test_the_fast_path_finds_what_the_exhaustive_search_keeps(
    bench: Any, families: dict[str, list[str]], kind: str
) -> None:
    """Differential: suggest()'s shortcuts (S10 check first, one shape probe per place,
    leading digits only for codes of no shape) lose no fix the plain search finds."""
    from parcelkit import suggest

    rng = random.Random(11)
    codes = families["S10"][:25] + families["other formats"][:25]
    for code in codes:
        x = bench.suggest.corrupt(code, kind, rng)
        if x is None or bench.suggest.checked(x) is not None:
            continue
        kept = bench.suggest.explained(bench.suggest.all_fixes(x), rule=True)
        if len(kept) <= 5:
            assert {s.code for s in suggest(x)} == set(kept), (code, x)
