"""The fuzz harnesses' contracts, checked in every test run: each harness's stored seed
corpus is replayed through its checks, and hypothesis feeds it fresh bytes.  (Fuzzing
itself, coverage-guided with atheris, is ``python tests/fuzz/run.py --seconds N``.)"""

from __future__ import annotations

import importlib
import importlib.util
import pathlib
import sys
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = pathlib.Path(__file__).parent / "fuzz"
NAMES = ("s10", "classify", "status", "events", "assess", "batch", "pandas", "cli")


def _harness(name: str) -> Callable[[bytes], None]:
    if str(FUZZ) not in sys.path:
        sys.path.insert(0, str(FUZZ))
    one_input: Callable[[bytes], None] = importlib.import_module(f"fuzz_{name}").one_input
    return one_input


def test_every_harness_is_run_and_has_seeds() -> None:
    spec = importlib.util.spec_from_file_location("fuzz_run", FUZZ / "run.py")
    assert spec is not None
    assert spec.loader is not None
    run = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(run)
    assert run.NAMES == NAMES
    assert sorted(p.stem.removeprefix("fuzz_") for p in FUZZ.glob("fuzz_*.py")) == sorted(NAMES)
    for name in NAMES:
        assert len(list((FUZZ / "corpus" / name).iterdir())) >= 5, name


@pytest.mark.parametrize("name", NAMES)
def test_seed_corpus_keeps_the_contract(name: str) -> None:
    one_input = _harness(name)
    for seed in sorted((FUZZ / "corpus" / name).iterdir()):
        one_input(seed.read_bytes())


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600))
def test_fresh_bytes_keep_the_contract(name: str, data: bytes) -> None:
    _harness(name)(data)
