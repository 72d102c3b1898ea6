"""How much of a pasted tracking history ``parcelkit.parse_history`` reads, per page shape.

Reads every ``tests/data/histories/*.txt`` with the zone and ``now`` of its ``.json``
sidecar and compares the events with the sidecar's, matched by time:

* *events found*: parsed events / expected events (extra events are counted apart);
* *dates right*: expected events whose exact moment (date, time, offset) was parsed;
* *stage*, *location*, *weight*: of the events whose moment is right, the share with the
  expected stage, a location containing the expected one (or contained in it; case and
  spacing ignored), and the expected weight (±0.5 g, over the events that have one).

    python benchmarks/history_accuracy.py
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections import defaultdict
from pathlib import Path
from zoneinfo import ZoneInfo

from parcelkit import parse_history

_REPEAT = 5
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "histories"


def _same_place(expected: str | None, got: str | None) -> bool:
    if expected is None:
        return True
    if got is None:
        return False
    e, g = " ".join(expected.casefold().split()), " ".join(got.casefold().split())
    return e in g or g in e


def score(path: Path) -> dict[str, int]:
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    tz = ZoneInfo(meta["tz"]) if meta["tz"] else None
    now = dt.datetime.fromisoformat(meta["now"])
    events = parse_history(text, tz=tz, now=now, lang=meta["lang"])
    start = time.perf_counter()
    for _ in range(_REPEAT):  # statuses are cached after the first call, as in a bot
        parse_history(text, tz=tz, now=now, lang=meta["lang"])
    microseconds = int((time.perf_counter() - start) / _REPEAT * 1e6)
    got = {e.time.isoformat(): e for e in events}
    out = defaultdict(int)
    out["files"] = 1
    out["expected"] = len(meta["events"])
    out["found"] = len(events)
    for want in meta["events"]:
        hit = got.get(want["time"])
        if hit is None:
            continue
        out["dates"] += 1
        out["stage"] += hit.status.value == want["stage"]
        out["location"] += _same_place(want["location"], hit.location)
        if want["weight_g"] is not None:
            out["weighed"] += 1
            out["weight"] += (
                hit.weight_g is not None and abs(hit.weight_g - want["weight_g"]) <= 0.5
            )
    out["extra"] = max(0, len(events) - out["dates"])
    out["us"] = microseconds
    return out


def main() -> None:
    for title, paths in (
        ("Generated (scripts/make_histories.py)", sorted(CORPUS.glob("[!h]*.txt"))),
        ("Hand-written (hand_*.txt)", sorted(CORPUS.glob("hand_*.txt"))),
        ("Hand-written, second batch (hand2_*.txt)", sorted(CORPUS.glob("hand2_*.txt"))),
        ("Hand-written, third batch (hand3_*.txt)", sorted(CORPUS.glob("hand3_*.txt"))),
    ):
        print(f"\n{title}\n")
        table(paths)


def table(paths: list[Path]) -> None:
    totals: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for path in paths:
        shape = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["shape"]
        for key, value in score(path).items():
            totals[shape][key] += value
            totals["all"][key] += value
    print(
        "| shape | files | events | found | dates right | stage | location | weight | extra "
        "| ms per page |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for shape in [*sorted(s for s in totals if s != "all"), "all"]:
        t = totals[shape]
        dates = t["dates"] or 1
        weight = f"{t['weight'] / t['weighed']:.0%}" if t["weighed"] else "—"
        print(
            f"| {shape} | {t['files']} | {t['expected']} | {t['found'] / t['expected']:.1%} | "
            f"{t['dates'] / t['expected']:.1%} | {t['stage'] / dates:.1%} | "
            f"{t['location'] / dates:.1%} | {weight} | {t['extra']} | "
            f"{t['us'] / t['files'] / 1000:.2f} |"
        )


if __name__ == "__main__":
    main()
