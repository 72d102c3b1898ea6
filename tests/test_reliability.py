"""Promises of docs/reliability.md that are not about one input: time grows linearly with
the input, and 16 threads sharing inputs get the answers one thread gets.

The growth tests time the same work at 1x and 10x the input and check only the shape: the
10x run takes less than 30 times as long (linear would be 10, quadratic 100).  No
absolute time is ever asserted.
"""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import pathlib
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from parcelkit import Event, Stage, assess, classify, classify_many, find, normalize_status, s10

#: 10x the input may take at most this many times as long.
GROWTH = 30
T0 = dt.datetime(2026, 3, 1, 10, tzinfo=dt.timezone.utc)
CASES = pathlib.Path(__file__).parent / "data" / "status_dev.tsv"


def _word(n: int) -> str:
    """A distinct Latin word for each number (``a``, ``b``, … ``ba``)."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters = chr(97 + r) + letters
        if not n:
            return "zq" + letters


def _best_time(work: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def _grows_linearly(make: Callable[[int], Callable[[], object]], unit: int) -> None:
    small, large = make(unit), make(10 * unit)
    small()  # warm up: lazy tables, caches of the shared parts
    ratio = _best_time(large, repeat=3) / _best_time(small, repeat=5)
    assert ratio < GROWTH, f"10x the input took {ratio:.1f}x the time"


# --- growth --------------------------------------------------------------------------


_CHAT = "Ваш трек: rk 190 321 410 cn, second 1Z5R89390357567127; call 8 800 555 35 35. "
_HOSTILE = " ".join("1234567890")  # spaced digits: every word starts ten runs
_IBANS = "DE89 3704 0044 0532 0130 00 "


@pytest.mark.parametrize(
    ("piece", "unit"),
    [(_CHAT, 9_000), (_HOSTILE + " ", 3_000), (_IBANS, 9_000)],
    ids=["chat", "spaced-digits", "ibans"],
)
def test_find_is_linear(piece: str, unit: int) -> None:
    def make(n: int) -> Callable[[], object]:
        text = (piece * (n // len(piece) + 1))[:n]
        return lambda: find(text, strict=False)

    _grows_linearly(make, unit)


@pytest.mark.parametrize(
    "piece", ["Прибыло в место вручения ", "\ufdfa", "delivered "], ids=["ru", "fdfa", "en"]
)
def test_normalize_status_is_linear_in_the_text(piece: str) -> None:
    counter = itertools.count()

    def make(n: int) -> Callable[[], object]:
        def work() -> object:
            # distinct words every call, so that neither cache answers (the decision cache
            # is keyed on a short line's words)
            tag = _word(next(counter))
            body = piece * (n // len(piece))
            return [normalize_status(f"{tag} {_word(i)} {body}") for i in range(20)]

        return work

    _grows_linearly(make, 90)


def test_classify_many_is_linear() -> None:
    pool = ["RK190321410CN", "1Z5R89390357567127", "62009147017544", "garbage", None, "EE12"]

    def make(n: int) -> Callable[[], object]:
        codes = [pool[i % len(pool)] for i in range(n)]
        return lambda: classify_many(codes)

    _grows_linearly(make, 20_000)


def test_assess_is_linear_in_the_history() -> None:
    stages = [Stage.ACCEPTED, Stage.EXPORT, Stage.IN_TRANSIT, Stage.IMPORT, Stage.CUSTOMS]

    def make(n: int) -> Callable[[], object]:
        history = [
            Event(T0 + dt.timedelta(hours=i), stages[i % len(stages)], weight_g=100 + i % 7)
            for i in range(n)
        ]
        now = T0 + dt.timedelta(hours=n + 24)
        return lambda: assess(history[::-1], now=now, protection_days=10)

    _grows_linearly(make, 300)


# --- threads ---------------------------------------------------------------------------


def _statuses() -> list[str]:
    with CASES.open(encoding="utf-8", newline="") as fh:
        rows = [row["raw"] for row in csv.DictReader(fh, delimiter="\t")]
    # the cases and variants of them that no earlier test has put in a cache
    return rows[:400] + [f"{raw} (thread test)" for raw in rows[:400]]


def _histories() -> list[tuple[list[Event], dt.datetime]]:
    out = []
    for n in range(40):
        events = [
            Event(T0 + dt.timedelta(days=d), stage, weight_g=100 + n)
            for d, stage in enumerate(
                [Stage.ACCEPTED, Stage.EXPORT, Stage.CUSTOMS, Stage.READY_FOR_PICKUP][: n % 5]
            )
        ]
        out.append((events, T0 + dt.timedelta(days=5 + n)))
    return out


WORK: dict[str, tuple[Callable[[Any], object], Callable[[], list[Any]]]] = {
    "s10": (
        lambda code: (s10.is_valid(code), s10.compact(code)),
        lambda: [f"RK{i:08d}{s10.calc_check_digit(f'{i:08d}')}CN" for i in range(500)]
        + ["RK190321411CN", "", "ＲＫ１９０３２１４１０ＣＮ"],
    ),
    "classify": (
        classify,
        lambda: [f"1Z5R8939035756{i:04d}" for i in range(300)] + ["RK190321410CN", "x" * 300],
    ),
    "normalize_status": (normalize_status, _statuses),
    "assess": (lambda item: assess(item[0], now=item[1], protection_days=3), _histories),
}


@pytest.mark.parametrize("name", list(WORK))
def test_sixteen_threads_get_the_sequential_answers(name: str) -> None:
    work, inputs = WORK[name]
    shared = inputs()
    with ThreadPoolExecutor(max_workers=16) as pool:
        # every thread walks the whole shared list, each from another starting point
        starts = [k * 7 % len(shared) for k in range(16)]
        futures = [
            pool.submit(lambda k: [work(x) for x in shared[k:] + shared[:k]], start)
            for start in starts
        ]
        answers = [f.result() for f in futures]
    sequential = [work(x) for x in shared]
    for k, (start, got) in enumerate(zip(starts, answers, strict=True)):
        assert got == sequential[start:] + sequential[:start], f"thread {k}"



def test_status_caches_stay_small_on_worst_case_lines() -> None:
    """Issue 13: 1,000 distinct lines of U+FDFA (each folds to thousands of letters) grow the
    process by less than 30 MB: the caches are keyed on the bounded raw text."""
    import gc
    import tracemalloc

    normalize_status("\ufdfa" * 10)  # load the tables first
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for i in range(1000):
            normalize_status(f"{_word(i)} " + "\ufdfa" * 1000)
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 30 * 2**20, f"grew by {grown / 2**20:.1f} MB"
