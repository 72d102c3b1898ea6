"""How ``parcelkit.find`` does on chat-like text: false positives on text that holds no
code, and recall of real codes pasted after a tracking word (issue 14's two targets).

    python benchmarks/find_accuracy.py              # 4,000 texts of each kind
    python benchmarks/find_accuracy.py -n 1000 --misses

*Texts without a code* are short Russian, English and Chinese chat lines carrying the
digit runs chats are full of: timestamps and dates in several spellings, mobile numbers
with and without a country prefix, Russian tax ids (ИНН, 10 and 12 digits), card numbers
with a valid Luhn digit in groups of four, 20-digit Russian bank accounts, marketplace
order numbers and prices.  A text counts as a false positive when ``find`` reports any
code in it.

*Texts with a code* put one real tracking number after a tracking word ("мой трек",
"tracking number is", "运单号") inside the same kind of line, compact or, for long digit
numbers, half of the time in groups of four.  The numbers are the
valid public test numbers of tracking_number_data (``../shared/corpora``) and the valid
examples of parcelkit's own format rows, which come from other projects' fixtures.
Recall is reported twice: over all of them, and over those ``classify`` accepts on their
own (the finder cannot report a format parcelkit does not know).

Both figures are printed for the default leniency (``"valid"``) and for ``"strict"``.
The templates were written from the issue's description of the problem, before the
figures were first looked at; they are not tuned to the finder.
"""

from __future__ import annotations

import argparse
import pathlib
import random
from collections import Counter
from collections.abc import Callable

import parcelkit
from parcelkit.carriers._engine import ROWS

_CASES = (
    pathlib.Path(__file__).resolve().parents[2]
    / "shared/corpora/tracking_number_data/cases.tsv"
)


def _d(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _luhn_card(rng: random.Random) -> str:
    body = rng.choice(["4276", "5469", "2200", "4111", "5536"]) + _d(rng, 11)
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    card = body + str((10 - total % 10) % 10)
    return " ".join(card[i : i + 4] for i in range(0, 16, 4))


def _timestamp(rng: random.Random) -> str:
    y, mo, day = rng.randint(2023, 2027), rng.randint(1, 12), rng.randint(1, 28)
    h, mi, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([
        f"{y}-{mo:02d}-{day:02d} {h:02d}:{mi:02d}",
        f"{y}-{mo:02d}-{day:02d} {h:02d}:{mi:02d}:{s:02d}",
        f"{day:02d}.{mo:02d}.{y} {h:02d}:{mi:02d}",
        f"{day:02d}/{mo:02d}/{y}, {h:02d}:{mi:02d}",
        f"[{day:02d}.{mo:02d}.{y % 100:02d}, {h:02d}:{mi:02d}]",
        f"{y}{mo:02d}{day:02d} {h:02d}{mi:02d}{s:02d}",
        f"{y}年{mo}月{day}日 {h:02d}:{mi:02d}",
    ])


def _phone(rng: random.Random) -> str:
    return rng.choice([
        f"+7 9{_d(rng, 2)} {_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
        f"+79{_d(rng, 9)}",
        f"89{_d(rng, 9)}",
        f"8 (9{_d(rng, 2)}) {_d(rng, 3)} {_d(rng, 2)} {_d(rng, 2)}",
        f"+1 ({_d(rng, 3)}) {_d(rng, 3)}-{_d(rng, 4)}",
        f"+86 13{_d(rng, 1)} {_d(rng, 4)} {_d(rng, 4)}",
        f"+8613{_d(rng, 9)}",
        f"+44 7{_d(rng, 3)} {_d(rng, 6)}",
        f"+380 {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 4)}",
    ])


#: (kind, template) of texts without a code; ``{x}`` is filled by the kind's maker.
_NEGATIVE: tuple[tuple[str, str, Callable[[random.Random], str]], ...] = (
    ("timestamp", "ок, созвонимся {x}", _timestamp),
    ("timestamp", "{x} Вы: спасибо, жду", _timestamp),
    ("timestamp", "see you {x} then", _timestamp),
    ("timestamp", "{x} 好的，谢谢", _timestamp),
    ("phone", "Мой тел {x}, звоните после шести", _phone),
    ("phone", "call me on {x} please", _phone),
    ("phone", "我的电话 {x}", _phone),
    ("tax id", "ИНН {x}, КПП 770701001", lambda r: _d(r, r.choice([10, 12]))),
    ("tax id", "ИП Иванов, ИНН {x}", lambda r: _d(r, 12)),
    ("card", "переведите на карту {x}", _luhn_card),
    ("card", "card number {x} exp 08/27", _luhn_card),
    ("bank account", "р/с {x} в ПАО Сбербанк", lambda r: "40817810" + _d(r, 12)),
    ("bank account", "Счёт {x}, БИК 044525225", lambda r: "40702810" + _d(r, 12)),
    ("order", "Номер заказа {x}, оплатила 1 299 ₽", lambda r: _d(r, r.choice([8, 10, 15, 16]))),
    ("order", "заказ № {x} от 12.03", lambda r: _d(r, r.choice([9, 12, 14]))),
    ("order", "order #{x} total $34.99", lambda r: _d(r, r.choice([10, 12, 13]))),
    ("order", "Order {x} has shipped", lambda r: f"{_d(r, 3)}-{_d(r, 7)}-{_d(r, 7)}"),
    ("order", "订单号 {x}，付款 129 元", lambda r: _d(r, r.choice([16, 18, 19]))),
    ("price", "итого {x} ₽, доставка 0", lambda r: f"{r.randint(1, 99)} {_d(r, 3)}"),
    ("price", "it was ${x} incl. tax", lambda r: f"{r.randint(1, 9999)}.{_d(r, 2)}"),
)

_POSITIVE: tuple[str, ...] = (
    "мой трек {x}",
    "Мой трек-номер: {x}, посмотрите пожалуйста",
    "вот трек {x} спасибо",
    "tracking number is {x}",
    "Your tracking number: {x}. Thanks!",
    "运单号 {x}",
    "快递单号：{x}，请查收",
)


def real_codes() -> list[tuple[str, str]]:
    """(code, carrier) of the valid public test numbers and the rows' valid examples."""
    out: list[tuple[str, str]] = []
    if _CASES.is_file():
        for line in _CASES.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) == 4 and parts[3] == "1":
                out.append((parts[2], parts[0]))
    out += [(e, r.carrier) for r in ROWS for e in r.valid_examples]
    return list(dict.fromkeys(out))


def _compact(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _as_pasted(code: str, rng: random.Random) -> str:
    """The code as people paste it: compact, or a long digit number in groups of four as
    carriers print it (tracking_number_data's own spellings, one character per group,
    test the cleaner, not a paste)."""
    compact = _compact(code)
    if compact.isdigit() and len(compact) >= 16 and rng.random() < 0.5:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def score_corpus(path: pathlib.Path, show: bool) -> None:
    """Score a written corpus: text, expected codes (compact, comma-separated), lang,
    kind, source per line."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    rows = [r for r in rows if len(r) == 5 and r[0] != "text"]
    for level in ("valid", "strict"):
        fp = negatives = found = wanted = 0
        kinds: Counter[str] = Counter()
        for text, expected, _lang, kind, _source in rows:
            want = [c for c in expected.split(",") if c]
            got = {h.code for h in parcelkit.find(text, leniency=level)}  # type: ignore[arg-type]
            if not want:
                negatives += 1
                if got:
                    fp += 1
                    kinds[kind] += 1
                    if show:
                        print(f"FP {level}\t{text}\t{sorted(got)}")
            for code in want:
                wanted += 1
                found += code in got
                if show and code not in got:
                    print(f"MISS {level}\t{code}\t{text}\t{sorted(got)}")
        print(f"{path.name}, leniency {level!r}: false positives {fp}/{negatives} = "
              f"{100 * fp / max(negatives, 1):.2f} % {dict(kinds)}; recall {found}/{wanted} = "
              f"{100 * found / max(wanted, 1):.2f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=4000, help="texts of each kind")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--misses", action="store_true", help="print what went wrong")
    parser.add_argument("--corpus", type=pathlib.Path,
                        help="score this written corpus instead (tests/data/find_holdout.tsv)")
    args = parser.parse_args()
    if args.corpus is not None:
        score_corpus(args.corpus, args.misses)
        return
    rng = random.Random(args.seed)

    negatives = []
    for _ in range(args.n):
        kind, template, make = rng.choice(_NEGATIVE)
        negatives.append((kind, template.format(x=make(rng))))
    codes = real_codes()
    alone = {c for c, _ in codes if parcelkit.classify(c).carrier is not None}
    positives = []
    for _ in range(args.n):
        code, carrier = rng.choice(codes)
        pasted = _as_pasted(code, rng)
        positives.append((code, carrier, rng.choice(_POSITIVE).format(x=pasted)))

    for level in ("valid", "strict"):
        flagged: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        for kind, text in negatives:
            kinds[kind] += 1
            hits = parcelkit.find(text, leniency=level)  # type: ignore[arg-type]
            if hits:
                flagged[kind] += 1
                if args.misses:
                    print(f"FP {level}\t{text}\t{[h.code for h in hits]}")
        found = found_known = known = 0
        missed: Counter[str] = Counter()
        for code, carrier, text in positives:
            want = _compact(code)
            got = {h.code for h in parcelkit.find(text, leniency=level)}  # type: ignore[arg-type]
            ok = want in got
            found += ok
            if want in alone or code in alone:
                known += 1
                found_known += ok
                if not ok:
                    missed[carrier] += 1
                    if args.misses:
                        print(f"MISS {level}\t{text}\t{sorted(got)}")
        fp = sum(flagged.values())
        print(f"leniency {level!r}:")
        print(f"  false positives: {fp}/{len(negatives)} texts = {100 * fp / len(negatives):.2f} %"
              "  (" + ", ".join(f"{k} {flagged[k]}/{kinds[k]}" for k in sorted(kinds)) + ")")
        print(f"  recall, all real codes: {found}/{len(positives)} = "
              f"{100 * found / len(positives):.2f} %")
        print(f"  recall, codes classify() accepts alone: {found_known}/{known} = "
              f"{100 * found_known / max(known, 1):.2f} %"
              + (f"  (missed: {dict(missed.most_common(8))})" if missed else ""))
    print(f"{len(codes)} distinct real codes, {len(alone)} accepted by classify() alone")


if __name__ == "__main__":
    main()
