"""Lookups per second of ``normalize_event`` for a known code (no text), and of the
row lookup behind it: ``python benchmarks/bench_events.py``.

The target is 1,000,000 lookups/s: a dict lookup after a cached cleaning step.
"""

from __future__ import annotations

import timeit

from parcelkit import normalize_event
from parcelkit.status.events import lookup

CASES = [("russian_post", "8.2"), ("usps", "01"), ("aftership", "InTransit_003"),
         ("correios", "BDE 01"), ("17track", "Exception_Returning")]  # fmt: skip
N = 200_000


def rate(fn: object, label: str) -> float:
    def run() -> None:
        for carrier, code in CASES:
            fn(carrier, code)  # type: ignore[operator]

    run()  # warm the tables and caches
    best = min(timeit.repeat(run, number=N // len(CASES), repeat=5))
    per_second = N / best
    print(f"{label:<40} {per_second:>12,.0f} lookups/s")
    return per_second


if __name__ == "__main__":
    rate(normalize_event, "normalize_event(carrier, code)")
    rate(lookup, "events.lookup(carrier, code)")
