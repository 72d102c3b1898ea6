"""Top-1 agreement of ``parcelkit.classify`` on real tracking numbers written down blind.

    python benchmarks/classify_holdout.py                       # tests/data/numbers_holdout.tsv
    python benchmarks/classify_holdout.py FILE.tsv --misses

Each line of the file is ``number, carrier, source, note``: a real number from public
material (other projects' fixtures, carriers' documentation, issue threads) and the
carrier its source ties it to, collected by someone who had not read parcelkit's rows.
The rules of the count, fixed before the first score:

* S10 numbers (``s10`` in the note) are right when parcelkit says ``s10`` or names the
  issuing post;
* Deutsche Post numbers are ``dhl`` (parcelkit's id for DHL Paket and Deutsche Post),
  Correios Brazil is ``correios``, La Poste is ``colissimo``;
* a carrier parcelkit has no id for is right only as an abstention (``carrier=None``):
  naming another carrier is wrong;
* an abstention that lists the expected carrier among the valid candidates is right
  (the number alone cannot tell those carriers apart), as issue 14 counts it.
"""

from __future__ import annotations

import argparse
import pathlib
from collections import Counter

import parcelkit
from parcelkit.carriers._info_data import by_id

DEFAULT = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "numbers_holdout.tsv"
ALIASES = {"deutsche_post": "dhl", "correios_brazil": "correios", "la_poste": "colissimo"}


def verdict(number: str, expected: str, note: str) -> str:
    """``right``, ``listed`` (abstained, expected among the candidates), ``abstained``
    or ``wrong``."""
    expected = ALIASES.get(expected, expected)
    known = expected in by_id()
    result = parcelkit.classify(number)
    got = result.carrier
    if got is not None:
        if got == expected or ("s10" in note and got == "s10"):
            return "right"
        return "wrong"
    if not known and "s10" not in note:
        return "right"  # no id for this carrier: abstaining is the right answer
    if any(c.valid and c.carrier == expected for c in result.candidates):
        return "listed"
    return "abstained"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=pathlib.Path, default=DEFAULT)
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    rows = [line.split("\t") for line in args.file.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r) == 4]
    counts: Counter[str] = Counter()
    by_carrier: dict[str, Counter[str]] = {}
    for number, expected, _source, note in rows:
        v = verdict(number, expected, note)
        counts[v] += 1
        by_carrier.setdefault(expected, Counter())[v] += 1
        if args.misses and v in ("wrong", "abstained"):
            c = parcelkit.classify(number)
            print(f"{v.upper()}\t{number}\t{expected}\tgot={c.carrier}\t"
                  f"{[(x.format, x.confidence) for x in c.candidates if x.valid][:3]}")
    n = len(rows)
    agree = counts["right"] + counts["listed"]
    print(f"{args.file.name}: {n} numbers; top-1 agreement {agree}/{n} = {100 * agree / n:.1f} %"
          f" (right {counts['right']}, abstained listing it {counts['listed']}); "
          f"abstained {counts['abstained']}, wrong carrier {counts['wrong']} "
          f"({100 * counts['wrong'] / n:.1f} %)")
    bad = {k: dict(v) for k, v in sorted(by_carrier.items()) if v["wrong"] or v["abstained"]}
    print("carriers with misses:", bad)


if __name__ == "__main__":
    main()
