"""Speed of ``normalize_status`` on a realistic mixed-language sample.

Prints strings/s with the bounded caches (a tracker sees the same status strings over and
over), for new lines whose words were seen before, without any cache (every line decided
afresh), and against a baseline that tries every phrase row instead of using the index;
then the import time of ``parcelkit`` (with the proof that no phrase table is loaded by
the import) and the one-off cost of loading each table.

    python benchmarks/bench_status.py [--n 200000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random
import statistics
import subprocess
import sys
import time

CORPUS = pathlib.Path(__file__).resolve().parent.parent / "tests" / "data" / "status_cases.tsv"
NOISE = ["", " 101000, Москва", " [Guangzhou]", " 2024-03-12 10:05", "【北京】", " (LONDON)"]


def _rows() -> list[list[str]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()[1:]
    return [parts for parts in (line.split("\t") for line in lines) if len(parts) == 4]


def _statuses() -> list[str]:
    return [raw for raw, lang, _, _ in _rows() if lang != "-"]


def _sample(n: int, seed: int) -> list[str]:
    """*n* statuses drawn Zipf-like from the corpus, with location/date noise appended."""
    rng = random.Random(seed)
    base = _statuses()
    rng.shuffle(base)
    weights = [1 / (rank + 1) for rank in range(len(base))]
    picks = rng.choices(base, weights=weights, k=n)
    return [p + rng.choice(NOISE) for p in picks]


def _rate(fn: object, items: list[str]) -> float:
    call = fn  # a callable taking one str
    start = time.perf_counter()
    for s in items:
        call(s)  # type: ignore[operator]
    return len(items) / (time.perf_counter() - start)


def _import_time(runs: int = 7) -> tuple[float, list[str]]:
    code = (
        "import time, sys, json; t = time.perf_counter(); import parcelkit; "
        "d = time.perf_counter() - t; "
        "print(json.dumps([d, [m for m in sys.modules "
        "if m.startswith('parcelkit.status.phrases.')]]))"
    )
    times = []
    loaded: list[str] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
        elapsed, loaded = json.loads(out)
        times.append(elapsed)
    return statistics.median(times), loaded


def _first_use_costs() -> dict[str, float]:
    code = (
        "import time, json, parcelkit\n"
        "probes = {'en': 'Delivered', 'ru': 'Вручение адресату', 'zh': '已签收',\n"
        "          'ja': '配達完了', 'ko': '배달완료'}\n"
        "out = {}\n"
        "for lang, text in probes.items():\n"
        "    t = time.perf_counter(); parcelkit.normalize_status(text)\n"
        "    out[lang] = time.perf_counter() - t\n"
        "print(json.dumps(out))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    costs: dict[str, float] = json.loads(out)
    return costs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000, help="strings in the sample")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    from parcelkit.status import _normalizer
    from parcelkit.status._fold import fold_tokens
    from parcelkit.status._matcher import Index, best_match

    sample = _sample(args.n, args.seed)
    distinct = len(set(sample))
    for text in set(sample):  # load every table once, outside the timings
        _normalizer.normalize_status(text)

    _normalizer._cached.cache_clear()
    cached = _rate(_normalizer.normalize_status, sample)
    uncached_items = sample[: min(len(sample), 50_000)]
    # A new raw line whose letters were seen before (another date or postcode): the
    # decision comes from the token-level cache, location and confidence are recomputed.
    token_cached = _rate(lambda s: _normalizer._analyse(s, None), uncached_items)
    # Nothing cached at all: the decision is recomputed for every line.
    decide = _normalizer._decide
    _normalizer._decide = decide.__wrapped__  # type: ignore[assignment]
    try:
        uncached = _rate(lambda s: _normalizer._analyse(s, None), uncached_items[:20_000])
    finally:
        _normalizer._decide = decide

    # Baseline: the same matcher, but every row of every loaded language is tried.
    from parcelkit.status import phrases

    rows = []
    for lang in phrases.available_languages():
        rows.extend(_normalizer._compiled(lang))
    flat = Index.build(rows)
    everything = list(range(len(flat.rows)))

    def no_index(text: str) -> object:
        tokens = fold_tokens(text)
        joined = "".join(tokens)
        index = Index(flat.rows, {"": tuple(everything)}, False)
        return [best_match(Index((r,), {}, r.substring), tokens, joined) for r in index.rows]

    baseline = _rate(no_index, uncached_items[:300])

    cache = _normalizer._cached.cache_info()
    langs = len({lang for _, lang, _, _ in _rows() if lang != "-"})
    print(f"sample: {len(sample)} statuses, {distinct} distinct, {langs} languages; "
          f"{len(rows)} phrase rows")
    print(f"cached   (lru_cache maxsize={_normalizer.CACHE_SIZE}): {cached:12,.0f} strings/s"
          f"   hits {cache.hits:,} misses {cache.misses:,}")
    print(f"new line, letters seen (token cache):    {token_cached:12,.0f} strings/s")
    print(f"uncached (every line decided afresh):     {uncached:12,.0f} strings/s"
          f"   x{cached / uncached:.1f} slower than cached")
    print(f"no index (every row tried, uncached):    {baseline:12,.0f} strings/s"
          f"   index is x{uncached / baseline:.1f} faster")

    seconds, loaded = _import_time()
    print(f"import parcelkit: {seconds * 1000:.1f} ms median of 7 fresh processes; "
          f"phrase modules loaded by the import: {loaded or 'none'}")
    costs = _first_use_costs()
    print("first call per script (loads and indexes the tables of that script; en = all "
          "Latin-script languages): "
          + ", ".join(f"{k} {v * 1000:.1f} ms" for k, v in costs.items()))


if __name__ == "__main__":
    main()
