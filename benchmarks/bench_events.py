"""Lookups per second of ``normalize_event`` for a known code (no text), and the speed
of the output layer: ``python benchmarks/bench_events.py``.

The target is 1,000,000 lookups/s: a dict lookup after a cached cleaning step.  The
baseline cleans every code afresh before the same dict lookup, to show what the cache buys.

The output part times ``label`` (every Stage, Flag and Advice in four language tags;
target 1,000,000 labels/s, a dict lookup once a tag was seen) and ``to_dict`` of each
result type, in µs a call (target 5 µs for a ``Classification``).  Both are printed as
wall time and as this thread's CPU time (``time.thread_time``): on a shared machine the
wall time also counts the moments another job had the CPU.
"""

from __future__ import annotations

import datetime as dt
import time
import timeit
from collections.abc import Callable

from parcelkit import (
    Advice,
    Event,
    Flag,
    Stage,
    assess,
    classify,
    normalize_event,
    normalize_status,
    s10,
)
from parcelkit._normalize import clean
from parcelkit.status.events import lookup, table

CASES = [("russian_post", "8.2"), ("usps", "01"), ("aftership", "InTransit_003"),
         ("correios", "BDE 01"), ("17track", "Exception_Returning")]  # fmt: skip
N = 200_000


def uncached(carrier: str, code: str) -> object:
    """The baseline: the same table, the code cleaned on every call."""
    return table(carrier).index.get(clean(code))


def rate(fn: Callable[[str, str], object], label: str) -> float:
    def run() -> None:
        for carrier, code in CASES:
            fn(carrier, code)

    run()  # load the tables, warm the caches
    best = min(timeit.repeat(run, number=N // len(CASES), repeat=5))
    per_second = N / best
    print(f"{label:<44} {per_second:>12,.0f} lookups/s")
    return per_second


def _best(fn: Callable[[], object], calls: int) -> tuple[float, float]:
    """Seconds per call of *fn*, best of 7 rounds: wall time and this thread's CPU time."""
    wall = min(timeit.repeat(fn, number=calls, repeat=7)) / calls
    cpu = min(timeit.repeat(fn, number=calls, repeat=7, timer=time.thread_time)) / calls
    return wall, cpu


def label_rate() -> tuple[float, float]:
    """Labels per second (wall, CPU) for every Stage, Flag and Advice in four tags."""
    pairs = [(m, lang) for m in (*Stage, *Flag, *Advice) for lang in ("en", "ru", "zh", "pt-BR")]

    def run() -> None:
        for member, lang in pairs:
            member.label(lang)

    run()  # load the text tables
    wall, cpu = _best(run, max(1, N // len(pairs)))
    rates = len(pairs) / wall, len(pairs) / cpu
    name = f"label(lang), {len(pairs) // 4} members x 4 tags"
    print(f"{name:<44} {rates[0]:>12,.0f} labels/s  (CPU time: {rates[1]:,.0f}/s)")
    return rates


def to_dict_times() -> dict[str, tuple[float, float]]:
    """µs per ``to_dict`` call of each result type (wall, CPU)."""
    utc = dt.timezone.utc
    history = [Event(dt.datetime(2026, 3, 1, tzinfo=utc), Stage.ACCEPTED),
               Event(dt.datetime(2026, 3, 9, tzinfo=utc), Stage.EXPORT)]  # fmt: skip
    results = {
        "Classification (S10 code)": classify("RA123456785RU"),
        "Classification (UPS code)": classify("1Z999AA10123456784"),
        "Classification (fake service)": classify("RT123456785FI"),
        "S10Code": s10.parse("RA123456785RU"),
        "StatusResult": normalize_status("Прибыло в место вручения, 101000, Москва"),
        "Event": history[0],
        "Assessment": assess(history, now=dt.datetime(2026, 5, 1, tzinfo=utc)),
    }
    times = {}
    for name, result in results.items():
        result.to_dict()  # warm: field lists, carrier facts
        wall, cpu = _best(result.to_dict, 20_000)
        times[name] = wall * 1e6, cpu * 1e6
        print(f"{'to_dict: ' + name:<44} {wall * 1e6:>9.2f} µs  (CPU time: {cpu * 1e6:.2f} µs)")
    return times


if __name__ == "__main__":
    fast = rate(normalize_event, "normalize_event(carrier, code)")
    rate(lookup, "events.lookup(carrier, code)")
    slow = rate(uncached, "baseline: clean() every call + dict lookup")
    print(f"normalize_event / baseline: {fast / slow:.1f}x; target 1,000,000/s: "
          f"{'met' if fast >= 1_000_000 else 'NOT met'}")  # fmt: skip
    labels = label_rate()
    times = to_dict_times()
    wall, cpu = times["Classification (S10 code)"]
    print(f"label target 1,000,000/s: {'met' if labels[0] >= 1_000_000 else 'NOT met'}; "
          f"Classification.to_dict target 5 µs: {'met' if wall <= 5 else 'NOT met'} "
          f"(CPU time: {'met' if cpu <= 5 else 'NOT met'})")  # fmt: skip
