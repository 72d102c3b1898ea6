"""Deterministic mixed input for the batch benchmarks: one tracking code per line.

Shares (of ``n``): 40 % valid S10 codes from every ISO country and every allocated service
range, 20 % S10 codes with a wrong check digit, 20 % other carriers' numbers (UPS 1Z…,
FedEx 12/15 digits, USPS 22 digits, DHL 10 digits, Russian Post 14 digits), 20 % junk:
half of it valid codes written lower-case, spaced, dashed or padded (so 50 % of all rows
are valid), the other half truncated codes, punctuation, random text, doubled codes.
Everything is ASCII, so that the NumPy reference in ``bench_batch.py`` can read it.

    python benchmarks/gen_codes.py            # writes benchmarks/data/codes_1000000.txt
    python benchmarks/gen_codes.py -n 10000 --stdout | head
"""

from __future__ import annotations

import argparse
import random
import string
import sys
from pathlib import Path

from parcelkit import s10
from parcelkit._s10_data import SERVICE_ROWS

DATA = Path(__file__).with_name("data")
SEED = 20261123


def _services() -> list[str]:
    pairs = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
    return [p for p in pairs for r in SERVICE_ROWS if r.covers(p) and r.status == "allocated"]


def _countries() -> list[str]:
    import pycountry

    return sorted(c.alpha_2 for c in pycountry.countries)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choices(string.digits, k=n))


def generate(n: int = 1_000_000, seed: int = SEED) -> list[str]:
    """``n`` codes in a fixed shuffled order; the same ``n`` and ``seed`` give the same list."""
    rng = random.Random(seed)
    services, countries = _services(), _countries()

    def s10_code(wrong: bool = False) -> str:
        serial = _digits(rng, 8)
        check = int(s10.calc_check_digit(serial))
        if wrong:
            check = (check + rng.randint(1, 9)) % 10
        return f"{rng.choice(services)}{serial}{check}{rng.choice(countries)}"

    def other() -> str:
        kind = rng.randrange(6)
        if kind == 0:  # UPS
            alnum = string.ascii_uppercase + string.digits
            return "1Z" + "".join(rng.choices(alnum, k=6)) + _digits(rng, 10)
        if kind == 1:
            return _digits(rng, 12)  # FedEx Express
        if kind == 2:
            return "96" + _digits(rng, 20) if rng.random() < 0.3 else _digits(rng, 15)
        if kind == 3:
            return "9400" + _digits(rng, 18)  # USPS
        if kind == 4:
            return _digits(rng, 10)  # DHL Express
        return rng.choice(["1", "2", "8"]) + _digits(rng, 13)  # Russian Post RPO

    def junk() -> str:  # noqa: PLR0911 (a table: one return per kind of junk)
        kind = rng.randrange(8)
        code = s10_code()
        if kind == 0:
            return code.lower()
        if kind == 1:
            return f"{code[:2]} {code[2:5]} {code[5:8]} {code[8:11]} {code[11:]}"
        if kind == 2:
            return f"{code[:2]}-{code[2:11]}-{code[11:]}".lower()
        if kind == 3:
            return f"  {code}\t"
        if kind == 4:
            return code[: rng.randrange(13)]
        if kind == 5:
            return code[:5] + rng.choice("#.,/_*") + code[6:]
        if kind == 6:
            alphabet = string.ascii_letters + string.digits + " -"
            return "".join(rng.choices(alphabet, k=rng.randrange(1, 40)))
        return rng.choice(["", " ", "n/a", "TBD", "-", code + code])

    out: list[str] = []
    for i in range(n):
        r = (i * 5) // n  # exact shares: 2/5 valid, 1/5 each of the rest
        if r <= 1:
            out.append(s10_code())
        elif r == 2:
            out.append(s10_code(wrong=True))
        elif r == 3:
            out.append(other())
        else:
            out.append(junk())
    rng.shuffle(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--stdout", action="store_true", help="print instead of writing a file")
    args = parser.parse_args()
    codes = generate(args.n, args.seed)
    if args.stdout:
        sys.stdout.writelines(c + "\n" for c in codes)
        return
    DATA.mkdir(exist_ok=True)
    path = DATA / f"codes_{args.n}.txt"
    path.write_text("".join(c + "\n" for c in codes), encoding="utf-8")
    print(f"wrote {len(codes)} codes to {path}")


if __name__ == "__main__":
    main()
