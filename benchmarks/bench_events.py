"""Lookups per second of ``normalize_event`` for a known code (no text):
``python benchmarks/bench_events.py``.

The target is 1,000,000 lookups/s: a dict lookup after a cached cleaning step.  The
baseline cleans every code afresh before the same dict lookup, to show what the cache buys.
"""

from __future__ import annotations

import timeit
from collections.abc import Callable

from parcelkit import normalize_event
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


if __name__ == "__main__":
    fast = rate(normalize_event, "normalize_event(carrier, code)")
    rate(lookup, "events.lookup(carrier, code)")
    slow = rate(uncached, "baseline: clean() every call + dict lookup")
    print(f"normalize_event / baseline: {fast / slow:.1f}x; target 1,000,000/s: "
          f"{'met' if fast >= 1_000_000 else 'NOT met'}")  # fmt: skip
