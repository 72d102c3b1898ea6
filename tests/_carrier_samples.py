"""Strings that exercise every format row: examples, digit-substituted variants of them
and random digit runs; shared by the carrier, overlap and finder tests."""

from __future__ import annotations

import random

from parcelkit._normalize import clean
from parcelkit.carriers._engine import ROWS

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def samples(per_example: int = 40, per_length: int = 200, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    for r in ROWS:
        for ex in r.valid_examples + r.invalid_examples:
            code = clean(ex)
            out.add(code)
            for _ in range(per_example):
                # new digits; new digits after a kept prefix; new letters
                out.add("".join(rng.choice(DIGITS) if ch.isdigit() else ch for ch in code))
                out.add(
                    code[:4]
                    + "".join(rng.choice(DIGITS) if ch.isdigit() else ch for ch in code[4:])
                )
                out.add("".join(rng.choice(LETTERS) if ch.isalpha() else ch for ch in code))
    for length in range(8, 35):
        for _ in range(per_length):
            out.add("".join(rng.choice(DIGITS) for _ in range(length)))
    return sorted(out)
