"""How often random digit strings look like a tracking code, per length, against
``tracking-numbers`` (PyPI) when it is installed.

    python benchmarks/false_positives.py            # 10 000 strings per length
    python benchmarks/false_positives.py -n 2000

For each length 8-34 prints the share of random digit strings that get a parcelkit
candidate with confidence >= 0.5 (the issue's bound: 1 %), the share with any valid
candidate however weak, and the share the peer accepts as a valid tracking number.
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Callable

import parcelkit

THRESHOLD = 0.5


def _peer() -> Callable[[str], bool] | None:
    try:
        import tracking_numbers
    except ImportError:
        return None
    return lambda s: tracking_numbers.get_tracking_number(s) is not None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=10_000, help="strings per length")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    peer = _peer()
    print(f"{args.n} random digit strings per length; confident = confidence >= {THRESHOLD}")
    print(f"{'length':>6} {'confident':>10} {'any valid':>10} {'peer':>8}  formats (confident)")
    worst = 0.0
    for length in range(8, 35):
        confident = weak = accepted = 0
        formats: dict[str, int] = {}
        for _ in range(args.n):
            s = "".join(rng.choice("0123456789") for _ in range(length))
            c = parcelkit.classify(s)
            strong = [x.format for x in c.candidates if x.confidence >= THRESHOLD]
            confident += bool(strong)
            weak += c.carrier is not None
            for f in strong:
                formats[f] = formats.get(f, 0) + 1
            if peer is not None:
                accepted += peer(s)
        share = confident / args.n
        worst = max(worst, share)
        peer_col = f"{accepted / args.n:8.2%}" if peer is not None else f"{'-':>8}"
        shown = ", ".join(f"{k} {v}" for k, v in sorted(formats.items()))
        print(f"{length:>6} {share:10.2%} {weak / args.n:10.2%} {peer_col}  {shown}")
    print(f"worst length: {worst:.2%} confident (bound 1 %)")


if __name__ == "__main__":
    main()
