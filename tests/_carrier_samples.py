"""Strings that exercise every format row, shared by the carrier and finder tests:
random strings generated from each row's own pattern, the examples, variants of them and
random digit runs.  Seeded, so every run sees the same strings."""

from __future__ import annotations

import random
import re
import sys
from typing import Any

from parcelkit._normalize import clean
from parcelkit.carriers._engine import ROWS

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

DIGITS = "0123456789"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ALPHABET = DIGITS + LETTERS


def _gen(items: Any, rng: random.Random) -> str:
    """A random string for a parsed pattern; lookaheads are skipped (callers filter)."""
    out = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            out.append(chr(arg))
        elif op is sre_constants.IN:
            choices: list[str] = []
            for kind, val in arg:
                if kind is sre_constants.LITERAL:
                    choices.append(chr(val))
                elif kind is sre_constants.RANGE:
                    choices.extend(chr(c) for c in range(val[0], val[1] + 1))
                elif kind is sre_constants.CATEGORY:
                    choices.extend(DIGITS)
            out.append(rng.choice(choices))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, high, sub = arg
            count = rng.randint(low, min(high, low + 25))
            out.extend(_gen(sub, rng) for _ in range(count))
        elif op is sre_constants.SUBPATTERN:
            out.append(_gen(arg[-1], rng))
        elif op is sre_constants.BRANCH:
            out.append(_gen(rng.choice(arg[1]), rng))
        elif op is sre_constants.ANY:
            out.append(rng.choice(_ALPHABET))
    return "".join(out)


def generated(pattern: str, count: int, rng: random.Random) -> list[str]:
    """Up to *count* distinct strings that *pattern* matches in full."""
    parsed = sre_parse.parse(pattern)
    rx = re.compile(pattern)
    found = set()
    for _ in range(count * 3):
        s = _gen(parsed, rng)
        if rx.fullmatch(s):
            found.add(s)
            if len(found) == count:
                break
    return sorted(found)


def samples(per_example: int = 40, per_length: int = 200, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: set[str] = set()
    for r in ROWS:
        out.update(generated(r.pattern, per_example * 5, rng))
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
