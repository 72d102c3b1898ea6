"""How often ``parcelkit.suggest`` finds the code a user meant, per kind of mistake.

Valid codes come from ``gen_codes.py`` (S10 of every country, UPS, FedEx, USPS, Russian
Post, DHL…: every generated code that is valid for a format with a check digit).  Each is
corrupted with one mistake of each kind; a corruption that is itself valid is skipped (no
tool can tell it is wrong).  For every corrupted code an exhaustive search (every edit of
the model at every place with every digit, checked with ``classify``: slow and simple,
written apart from the library's fast path) lists all the valid codes one edit away.  From
it come two ceilings:

* *chance*: the best share any ranking in the issue's order (look-alikes, transpositions,
  substitutions, length one off, check digit; then the format's confidence) can reach when
  the rivals tied with the original are ordered by chance;
* *rule*: the same with the issue's abstention rule, under which an edit with more than
  ``limit`` fixes gives none.

Junk: random strings of letters, digits, spaces and dashes (gen_codes' random-text
junk), 1-40 characters, which should get no suggestion.

    python benchmarks/suggest_accuracy.py            # 300 codes per kind
    python benchmarks/suggest_accuracy.py -n 1000 --timing
"""

from __future__ import annotations

import argparse
import random
import statistics
import string
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import parcelkit
from gen_codes import generate
from parcelkit._lookalike_data import LOOKALIKES
from parcelkit._suggest import EDITS, suggest

KINDS = ("lookalike", "transpose", "substitute", "insert", "delete", "check_digit")
RANK = {"lookalike": 0, "transpose": 1, "substitute": 2, "insert": 3, "delete": 3,
        "check_digit": 4}  # fmt: skip
LIMIT = 5
TYPED_FOR: dict[str, list[str]] = defaultdict(list)
for _r in LOOKALIKES:
    TYPED_FOR[_r.meant].append(_r.typed)
TO_DIGIT = {r.typed: r.meant for r in LOOKALIKES if r.meant.isdigit()}
TO_LETTER = {r.typed: r.meant for r in LOOKALIKES if not r.meant.isdigit()}


def checked(code: str) -> parcelkit.Candidate | None:
    return next((c for c in parcelkit.classify(code).candidates if c.valid and c.checksum), None)


def check_at(code: str) -> int:
    if len(code) == 13 and code[:2].isalpha() and code[11:].isalpha():
        return 10
    return len(code) - 1


def corrupt(code: str, kind: str, rng: random.Random) -> str | None:  # noqa: PLR0911  (one branch per mistake kind)
    n = len(code)
    cd = check_at(code)
    digits = [i for i, ch in enumerate(code) if ch.isdigit() and i != cd]
    if kind == "lookalike":
        spots = [i for i, ch in enumerate(code) if TYPED_FOR.get(ch)]
        if not spots:
            return None
        i = rng.choice(spots)
        return code[:i] + rng.choice(TYPED_FOR[code[i]]) + code[i + 1 :]
    if kind == "transpose":
        spots = [i for i in range(n - 1) if code[i] != code[i + 1]]
        i = rng.choice(spots)
        return code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    if kind == "substitute":
        i = rng.choice(digits)
        return code[:i] + rng.choice([d for d in string.digits if d != code[i]]) + code[i + 1 :]
    if kind == "insert":  # a digit left out: the fix inserts it
        i = rng.choice(digits)
        return code[:i] + code[i + 1 :]
    if kind == "delete":  # a digit typed twice: the fix deletes it
        i = rng.choice(digits)
        return code[:i] + code[i] + code[i:]
    if rng.random() < 0.5:  # check_digit: wrong, or left out
        return code[:cd] + rng.choice([d for d in string.digits if d != code[cd]]) + code[cd + 1 :]
    return code[:cd] + code[cd + 1 :]


def all_fixes(x: str) -> dict[str, dict[str, float]]:  # noqa: PLR0912  (one branch per edit kind)
    """Every valid code one edit of the model away from *x*: edit → {code: confidence}."""
    by_edit: dict[str, set[str]] = defaultdict(set)
    n = len(x)
    for i, ch in enumerate(x):
        for r in LOOKALIKES:
            if r.typed == ch:
                by_edit["lookalike"].add(x[:i] + r.meant + x[i + 1 :])
    layouts = [lambda i, p=p: i >= p for p in (0, 1, 2)]
    if n == 13:
        layouts.append(lambda i: 2 <= i <= 10)
    for digit_at in layouts:
        chars = list(x)
        for i, ch in enumerate(x):
            table = TO_DIGIT if digit_at(i) else TO_LETTER
            if ch in table:
                chars[i] = table[ch]
        by_edit["lookalike"].add("".join(chars))
    for i in range(n - 1):
        by_edit["transpose"].add(x[:i] + x[i + 1] + x[i] + x[i + 2 :])
    cd = check_at(x)
    for i, ch in enumerate(x):
        if ch.isdigit() or not (ch.isascii() and ch.isalnum()):
            edit = "check_digit" if i == cd and ch.isdigit() else "substitute"
            for d in string.digits:
                by_edit[edit].add(x[:i] + d + x[i + 1 :])
    for i in range(n + 1):
        for d in string.digits:
            y = x[:i] + d + x[i:]
            by_edit["check_digit" if i == check_at(y) else "insert"].add(y)
    for i in range(1, n):
        if x[i] == x[i - 1]:
            by_edit["delete"].add(x[:i] + x[i + 1 :])
    out: dict[str, dict[str, float]] = {}
    for edit in KINDS:
        fixes = out.setdefault(edit, {})
        for y in by_edit[edit] - {x}:
            cand = checked(y)
            if cand is not None:
                fixes[y] = cand.confidence
    return out


def explained(fixes: dict[str, dict[str, float]], rule: bool) -> dict[str, tuple[int, float]]:
    """code → (rank, -confidence) of its likeliest edit; with *rule*, edits with more
    than LIMIT fixes are left out."""
    best: dict[str, tuple[int, float]] = {}
    for edit, found in fixes.items():
        if rule and len(found) > LIMIT:
            continue
        for y, conf in found.items():
            key = (RANK[edit], -conf)
            if y not in best or key < best[y]:
                best[y] = key
    return best


def ceilings(fixes: dict[str, dict[str, float]], original: str) -> list[float]:
    """[chance top 1, chance top 3, rule top 1, rule top 3] for *original*."""
    out = []
    for rule in (False, True):
        best = explained(fixes, rule)
        if original not in best:
            out += [0.0, 0.0]
            continue
        key = best[original]
        ahead = sum(k < key for k in best.values())
        tied = sum(k == key for k in best.values())
        out.append((ahead == 0) / tied)
        out.append(max(0, min(tied, 3 - ahead)) / tied)
    return out


def valid_codes(n: int) -> dict[str, list[str]]:
    """Valid codes of gen_codes.py, by family: S10, and every other format with a check
    digit (UPS, FedEx, USPS, Russian Post, DHL, DPD, Purolator)."""
    out: dict[str, list[str]] = {"S10": [], "other formats": []}
    for raw in generate(max(40 * n, 20_000), seed=17):
        c = parcelkit.s10.compact(raw)
        cand = checked(c) if c.isascii() else None
        if cand is not None:
            out["S10" if cand.format == "s10" else "other formats"].append(c)
    return out


def junk(rng: random.Random, n: int) -> list[str]:
    alphabet = string.ascii_letters + string.digits + " -"
    return ["".join(rng.choices(alphabet, k=rng.randrange(1, 41))) for _ in range(n)]


def measure(codes: list[str], kind: str, n: int, rng: random.Random) -> list[float] | None:
    """[n, #1, top 3, chance #1, chance top 3, rule #1, rule top 3, fast = exhaustive]."""
    got1 = got3 = same = total = 0
    ceil = [0.0] * 4
    for code in rng.sample(codes, min(n, len(codes))):
        x = corrupt(code, kind, rng)
        if x is None or checked(x) is not None:
            continue
        total += 1
        fixes = all_fixes(x)
        ceil = [a + b for a, b in zip(ceil, ceilings(fixes, code), strict=True)]
        found = [s.code for s in suggest(x, limit=LIMIT)]
        got1 += found[:1] == [code]
        got3 += code in found[:3]
        kept = explained(fixes, rule=True)
        ranked = sorted(kept, key=lambda y: (kept[y], y))
        same += set(found) == set(ranked[:LIMIT]) or len(kept) > LIMIT
    if not total:
        return None
    return [total, got1 / total, got3 / total, *(v / total for v in ceil), same / total]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=300, help="corrupted codes per kind and family")
    parser.add_argument("--timing", action="store_true", help="also time suggest per length")
    args = parser.parse_args()
    assert EDITS == KINDS
    rng = random.Random(20261202)
    families = valid_codes(args.n)
    for family, codes in families.items():
        formats = sorted({checked(c).format for c in codes})  # type: ignore[union-attr]
        print(f"{family}: {len(codes)} valid codes ({', '.join(formats)})")
    print(
        "\n| mistake | codes | n | #1 | top 3 | chance ceiling #1 / top 3 "
        "| rule ceiling #1 / top 3 | ÷ rule ceiling #1 / top 3 | fast = exhaustive |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    for kind in KINDS:
        for family, codes in families.items():
            m = measure(codes, kind, args.n, rng)
            if m is None:
                continue
            total, top1, top3, c1, c3, r1, r3, same = m
            ratio1 = f"{top1 / r1:.0%}" if r1 else "—"
            ratio3 = f"{top3 / r3:.0%}" if r3 else "—"
            print(
                f"| {kind} | {family} | {int(total)} | {top1:.1%} | {top3:.1%} | "
                f"{c1:.1%} / {c3:.1%} | {r1:.1%} / {r3:.1%} | {ratio1} / {ratio3} | "
                f"{same:.1%} |"
            )
    strings = junk(rng, 5 * args.n)
    none = sum(not suggest(s) for s in strings)
    print(f"\njunk strings with no suggestion: {none}/{len(strings)} = {none / len(strings):.1%}")
    if args.timing:
        by_len: dict[int, list[float]] = defaultdict(list)
        for codes in families.values():
            for code in codes[: args.n]:
                for kind in KINDS:
                    x = corrupt(code, kind, rng)
                    if x is None:
                        continue
                    by_len[len(x)].append(min(_time(x) for _ in range(3)))
        print("\n| length | codes | median ms | p95 ms | max ms |")
        print("|---:|---:|---:|---:|---:|")
        for n in sorted(by_len):
            v = sorted(by_len[n])
            print(
                f"| {n} | {len(v)} | {statistics.median(v):.3f} | "
                f"{v[int(0.95 * (len(v) - 1))]:.3f} | {v[-1]:.3f} |"
            )


def _time(x: str) -> float:
    t = time.perf_counter()
    suggest(x)
    return (time.perf_counter() - t) * 1e3


if __name__ == "__main__":
    main()
