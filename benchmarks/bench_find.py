"""``parcelkit.find`` on text of 1 KB to 10 MB: time per character, with and without codes.

    python benchmarks/bench_find.py              # 1 KB, 10 KB, 100 KB, 1 MB, 10 MB
    python benchmarks/bench_find.py --max 1000000

The text is made of chat-like lines in Russian, English and Chinese: words, timestamps,
phone numbers, prices and order numbers (no codes).  The second column puts one real
code (from the format rows' examples) after a tracking word on every 50th line.  Each
size is timed with :func:`parcelkit.finditer` (streamed, nothing kept) and the best of
three rounds counts.  Linear time shows as a flat µs/char column.
"""

from __future__ import annotations

import argparse
import random
import time

import parcelkit
from parcelkit.carriers._engine import ROWS

_LINES = (
    "Привет! Созвонимся {ts}? Мой тел +7 9{d3} {d3}-{d2}-{d2}",
    "Номер заказа {d15}, оплатила {d4} ₽, доставка до {date}",
    "ok, see you at {ts}, call me on +1 {d3} {d3} {d4}",
    "order #{d12} total ${d3}.{d2}, thanks a lot for the quick reply",
    "订单号 {d15}，付款 {d3} 元，{ts} 发货，请注意查收",
    "just checking in, the weather is lovely and the train was {d2} minutes late",
)
_CODE_LINES = ("мой трек {code}", "tracking number is {code}", "运单号 {code}")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_text(size: int, *, codes: bool, seed: int = 14) -> str:
    """About *size* characters of chat lines; with *codes*, a code every 50th line."""
    rng = random.Random(seed)
    examples = [e for r in ROWS for e in r.valid_examples]
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        i += 1
        if codes and i % 50 == 0:
            line = rng.choice(_CODE_LINES).format(code=rng.choice(examples))
        else:
            line = rng.choice(_LINES).format(
                ts=f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} "
                f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                date=f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2026",
                d2=_digits(rng, 2), d3=_digits(rng, 3), d4=_digits(rng, 4),
                d12=_digits(rng, 12), d15=_digits(rng, 15),
            )  # fmt: skip
        out.append(line)
        total += len(line) + 1
    return "\n".join(out)[:size]


def _best(text: str, rounds: int = 3) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(rounds):
        t0 = time.perf_counter()
        found = sum(1 for _ in parcelkit.finditer(text))
        best = min(best, time.perf_counter() - t0)
    return best, found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=10_000_000, help="largest size in characters")
    args = ap.parse_args()
    print(f"{'size':>10}  {'no codes µs/char':>16}  {'with codes µs/char':>18}  {'found':>6}")
    size = 1000
    while size <= args.max:
        plain, _ = _best(make_text(size, codes=False))
        mixed, found = _best(make_text(size, codes=True))
        print(f"{size:>10,}  {plain / size * 1e6:>16.3f}  {mixed / size * 1e6:>18.3f}  {found:>6}")
        size *= 10


if __name__ == "__main__":
    main()
