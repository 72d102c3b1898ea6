"""Speed of ``normalize_status`` on a realistic mixed-language sample.

Prints strings/s in five modes: with the bounded result cache (a tracker sees the same
status strings over and over), from an empty cache and with every line already in it;
distinct lines never seen before whose words were seen (another date, postcode or facility
number: the decision cache is keyed on the words); distinct lines decided afresh (every
cache of the decision cleared and bypassed); and the one-off cost of the first call per
script group (loading and indexing its lexicons), in fresh processes that may write and
read bytecode as an installed package does, with the proof that ``import parcelkit``
loads no lexicon.

    python benchmarks/bench_status.py [--n 200000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "status_dev.tsv"
NOISE = ["", " 101000, Москва", " [Guangzhou]", " 2024-03-12 10:05", "【北京】", " (LONDON)"]
PROBES = {
    "Latin (all Latin-script languages)": "Delivered",
    "Cyrillic (ru, uk)": "Вручение адресату",
    "Han (zh, ja)": "已签收",
    "Hangul (ko)": "배달완료",
    "Hebrew (he)": "נמסר",
    "Arabic (ar)": "تم التسليم",
    "de, with the hint": ("Zugestellt", "de"),
}


def _statuses() -> list[str]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[1:]
    rows = [parts for parts in (line.split("\t") for line in lines) if len(parts) == 4]
    return [raw for raw, lang, _, _ in rows if lang != "-"]


def _sample(n: int, seed: int) -> list[str]:
    """*n* statuses drawn Zipf-like from the corpus, with location/date noise appended."""
    rng = random.Random(seed)
    base = _statuses()
    rng.shuffle(base)
    weights = [1 / (rank + 1) for rank in range(len(base))]
    picks = rng.choices(base, weights=weights, k=n)
    return [p + rng.choice(NOISE) for p in picks]


def _distinct(sample: list[str], seed: int) -> list[str]:
    """The distinct lines of *sample*, each given a new date so that no line repeats."""
    rng = random.Random(seed)
    return [
        f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.2024 {rng.randint(0, 23):02d}:"
        f"{rng.randint(0, 59):02d} {line}"
        for line in dict.fromkeys(sample)
    ]


def _rate(fn: Callable[[str], object], items: list[str]) -> float:
    start = time.perf_counter()
    for s in items:
        fn(s)
    return len(items) / (time.perf_counter() - start)


def _first_use_costs(runs: int = 5) -> tuple[dict[str, float], list[str]]:
    code = (
        "import json, sys, time, parcelkit, parcelkit.status\n"
        "loaded = [m for m in sys.modules if m.startswith('parcelkit.status.lexicon.')]\n"
        "probe = json.loads(sys.argv[1])\n"
        "args = probe if isinstance(probe, list) else [probe]\n"
        "t = time.perf_counter(); parcelkit.normalize_status(*args)\n"
        "print(json.dumps([time.perf_counter() - t, loaded]))\n"
    )
    costs: dict[str, float] = {}
    loaded: list[str] = []
    # An installed package has its bytecode (pip compiles it); a process that may not
    # write bytecode would time the compiling of every lexicon module instead.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run([sys.executable, "-c", code, json.dumps("x")], env=env, check=True,
                   capture_output=True)  # fmt: skip
    for name, probe in PROBES.items():
        times = []
        for _ in range(runs):
            out = subprocess.run(
                [sys.executable, "-c", code, json.dumps(probe)],
                capture_output=True, text=True, check=True, env=env,
            ).stdout  # fmt: skip
            elapsed, loaded = json.loads(out)
            times.append(elapsed)
        costs[name] = statistics.median(times)
    return costs, loaded


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="strings in the sample")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from parcelkit.status import _matcher, _normalizer
    from parcelkit.status._decide import decide
    from parcelkit.status._text import from_tokens

    sample = _sample(args.n, args.seed)
    distinct = _distinct(sample, args.seed)
    for text in dict.fromkeys(sample):  # load every lexicon once, outside the timings
        _normalizer.normalize_status(text)
    # the same lines with other dates: their words and clause breaks are seen before
    for text in _distinct(sample, args.seed + 1):
        _normalizer.normalize_status(text)

    _normalizer._cached.cache_clear()
    cached = _rate(_normalizer.normalize_status, sample)  # a first sight of each line misses
    hits = _rate(_normalizer.normalize_status, sample)  # every line is in the cache now
    # New lines (a date no line had) whose words were seen: the decision cache answers.
    words_seen = _rate(lambda s: _normalizer._analyse(s, None), distinct)

    # Nothing remembered: every decision is made afresh, token lookups start cold.
    cached_decide = _normalizer._decide_cached
    _matcher._token_stems.cache_clear()
    _normalizer._decide_cached = (  # type: ignore[assignment]
        lambda tokens, clauses, lang: decide(from_tokens(tokens, clauses), lang)
    )
    try:
        fresh = _rate(lambda s: _normalizer._analyse(s, None), distinct)
    finally:
        _normalizer._decide_cached = cached_decide

    langs = len(set(_statuses()))
    print(f"sample: {len(sample)} statuses, {len(set(sample))} distinct ({langs} corpus rows)")
    print(f"cached (lru_cache maxsize={_normalizer.CACHE_SIZE}):   {cached:12,.0f} strings/s")
    print(f"every line already in the cache:           {hits:12,.0f} strings/s")
    print(f"distinct unseen lines, words seen before:  {words_seen:12,.0f} strings/s")
    print(f"distinct unseen lines, decided afresh:     {fresh:12,.0f} strings/s")
    costs, loaded = _first_use_costs()
    print(f"lexicon modules loaded by `import parcelkit`: {loaded or 'none'}")
    print("first call per script group (loads and indexes its lexicons; median of 5 fresh "
          "processes): " + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in costs.items()))


if __name__ == "__main__":
    main()
