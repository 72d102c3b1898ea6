"""``parcelkit.classify`` and ``classify_many`` against the ``tracking-numbers`` package
(PyPI, ``pip install tracking-numbers``; the ``bench`` extra) on the same mixed input.

    python benchmarks/bench_classify.py            # 20 000 codes
    python benchmarks/bench_classify.py -n 5000

The input mixes, in fixed proportions: the 280 public test numbers of
tracking_number_data (with their spaces), every example of parcelkit's rows, S10 codes
with random serials, and random digit and letter strings of length 8-34 (garbage a
tracker also receives).  Prints codes/s of each contender and the ratios.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import time
from collections.abc import Callable, Sequence

import parcelkit
from parcelkit import s10
from parcelkit.carriers._engine import ROWS

_CORPUS = pathlib.Path(__file__).resolve().parents[2] / "shared/corpora/tracking_number_data"
_CASES = _CORPUS / "cases.tsv"


def mixed_input(n: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    known: list[str] = []
    if _CASES.is_file():
        lines = _CASES.read_text(encoding="utf-8").split("\n")[1:]
        known += [line.split("\t")[2] for line in lines if line]
    known += [e for r in ROWS for e in r.valid_examples + r.invalid_examples]
    out: list[str] = []
    while len(out) < n:
        kind = rng.random()
        if kind < 0.4:
            out.append(rng.choice(known))
        elif kind < 0.6:
            serial = f"{rng.randrange(10**8):08d}"
            si = rng.choice(["RA", "RK", "LP", "EE", "CP", "UA"])
            country = rng.choice(["CN", "RU", "US"])
            out.append(f"{si}{serial}{s10.calc_check_digit(serial)}{country}")
        elif kind < 0.85:
            out.append("".join(rng.choice("0123456789") for _ in range(rng.randint(8, 34))))
        else:
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(8, 34))))
    return out


def rate(fn: Callable[[Sequence[str]], object], codes: Sequence[str], repeat: int) -> float:
    """Best codes/s over *repeat* runs."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(codes)
        best = min(best, time.perf_counter() - t0)
    return len(codes) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="number of codes")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    codes = mixed_input(args.n)

    import tracking_numbers

    def peer(cs: Sequence[str]) -> list[object]:
        return [tracking_numbers.get_tracking_number(c) for c in cs]

    def ours(cs: Sequence[str]) -> list[object]:
        return [parcelkit.classify(c) for c in cs]

    ours(codes[:100])  # warm up: the S10 module loads its country table on first use
    peer(codes[:100])
    r_peer = rate(peer, codes, args.repeat)
    r_ours = rate(ours, codes, args.repeat)
    r_many = rate(parcelkit.classify_many, codes, args.repeat)
    print(f"mixed input: {len(codes)} codes, best of {args.repeat} runs")
    for label, r in (
        ("tracking-numbers get_tracking_number", r_peer),
        ("parcelkit.classify", r_ours),
        ("parcelkit.classify_many", r_many),
    ):
        print(f"{label:38}: {r:12,.0f} codes/s  ({r / r_peer:5.1f}x the peer)")


if __name__ == "__main__":
    main()
