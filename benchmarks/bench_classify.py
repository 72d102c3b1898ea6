"""``parcelkit.classify`` and ``classify_many`` against the ``tracking-numbers`` package
(PyPI, ``pip install tracking-numbers``; the ``bench`` extra) on the same mixed input.

    python benchmarks/bench_classify.py            # 20 000 codes, 200 000 for the batch line
    python benchmarks/bench_classify.py -n 5000 --many-n 50000

The input mixes, in fixed proportions: the 280 public test numbers of
tracking_number_data (with their spaces), every example of parcelkit's rows, S10 codes
with random serials, and random digit and letter strings of length 8-34 (garbage a
tracker also receives).  The contenders run in turn, round after round, so that a busy
machine slows them alike; each one's best round counts.  Prints codes/s and the ratios.

``classify`` keeps no cache: every call does the whole work, so repeated codes in the
input are not cheaper than distinct ones.  ``classify_many`` runs twice: on its
pure-Python path and on its NumPy path (the ``fast`` extra; ``classify_many`` takes it
when NumPy is installed), on the same input and on a larger input of the same mix
(against the peer's rate on the smaller one).  The floor line
is what any ``classify`` must spend per code here: cleaning it and building a result
object (an empty ``Classification``); it is a reference, not a contender.
"""

from __future__ import annotations

import argparse
import pathlib
import random
import time
from collections.abc import Callable, Sequence

import parcelkit
from parcelkit import s10
from parcelkit._normalize import clean
from parcelkit.carriers import Classification
from parcelkit.carriers._engine import ROWS, _classify_many

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


def best_rates(
    contenders: dict[str, tuple[Callable[[Sequence[str]], object], Sequence[str]]], repeat: int
) -> dict[str, float]:
    """Best codes/s of each contender over *repeat* rounds, the contenders taking turns."""
    best = dict.fromkeys(contenders, float("inf"))
    for _ in range(repeat):
        for label, (fn, codes) in contenders.items():
            t0 = time.perf_counter()
            fn(codes)
            best[label] = min(best[label], time.perf_counter() - t0)
    return {label: len(contenders[label][1]) / t for label, t in best.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="number of codes")
    ap.add_argument("--many-n", type=int, default=200_000, help="codes for the batch line")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    codes = mixed_input(args.n)
    many_codes = mixed_input(args.many_n, seed=6)

    import tracking_numbers

    def peer(cs: Sequence[str]) -> list[object]:
        return [tracking_numbers.get_tracking_number(c) for c in cs]

    def ours(cs: Sequence[str]) -> list[object]:
        return [parcelkit.classify(c) for c in cs]

    def floor(cs: Sequence[str]) -> list[object]:
        return [Classification(clean(c), (), None) for c in cs]

    def many_pure(cs: Sequence[str]) -> list[str | None]:
        return _classify_many(cs, columnar=False)

    def many_numpy(cs: Sequence[str]) -> list[str | None]:
        return _classify_many(cs, columnar=True)

    ours(codes[:100])  # warm up: the rows compile and the S10 tables load on first use
    peer(codes[:100])
    many_numpy(codes)  # and NumPy's tables
    rates = best_rates(
        {
            "tracking-numbers get_tracking_number": (peer, codes),
            "parcelkit.classify": (ours, codes),
            "parcelkit.classify_many, pure Python": (many_pure, codes),
            "parcelkit.classify_many, NumPy": (many_numpy, codes),
            f"classify_many, pure Python ({len(many_codes):,} codes)": (many_pure, many_codes),
            f"classify_many, NumPy ({len(many_codes):,} codes)": (many_numpy, many_codes),
            "floor: clean + empty Classification": (floor, codes),
        },
        args.repeat,
    )
    r_peer = rates["tracking-numbers get_tracking_number"]
    print(f"mixed input: {len(codes):,} codes, best of {args.repeat} interleaved rounds")
    for label, r in rates.items():
        print(f"{label:48}: {r:12,.0f} codes/s  ({r / r_peer:5.1f}x the peer)")


if __name__ == "__main__":
    main()
