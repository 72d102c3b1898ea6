"""Import time of parcelkit and its optional batch modules, each in a fresh interpreter.

    python benchmarks/bench_import.py            # 15 runs each, median
    python benchmarks/bench_import.py --runs 5

Each run starts a new ``python`` process that times one ``import`` statement with
``time.perf_counter``, so interpreter start-up is left out and nothing is cached in
``sys.modules``; the first warm-up run of each is dropped.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

STATEMENTS = [
    ("parcelkit", "import parcelkit"),
    ("parcelkit + first is_valid_many call", "import parcelkit; parcelkit.s10.is_valid_many([''])"),
    ("numpy alone (for scale)", "import numpy"),
    ("parcelkit.batch (imports numpy)", "import parcelkit.batch"),
    ("parcelkit.pandas (imports pandas)", "import parcelkit.pandas"),
]

_TIMER = (
    "import time; t0 = time.perf_counter(); {stmt}; "
    "print(time.perf_counter() - t0); "
    "import sys; print(int('numpy' in sys.modules))"
)


def _once(stmt: str) -> tuple[float, bool]:
    out = subprocess.run(
        [sys.executable, "-c", _TIMER.format(stmt=stmt)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return float(out[0]), out[1] == "1"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}; median of {args.runs} fresh processes\n")
    print(f"{'import':42} {'median ms':>10} {'min ms':>8} {'numpy loaded':>13}")
    for name, stmt in STATEMENTS:
        _once(stmt)  # warm the file-system cache
        times, numpy_loaded = [], False
        for _ in range(args.runs):
            secs, numpy_loaded = _once(stmt)
            times.append(secs * 1000)
        print(
            f"{name:42} {statistics.median(times):10.1f} {min(times):8.1f}"
            f" {'yes' if numpy_loaded else 'no':>13}"
        )


if __name__ == "__main__":
    main()
