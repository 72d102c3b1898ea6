"""``parcelkit.classify`` per call: this tree against an older checkout of parcelkit, side
by side on the same input.

    git worktree add /tmp/old 011f26d            # the tree before issue 12's consolidation
    python benchmarks/bench_against.py --old /tmp/old
    python benchmarks/bench_against.py --old /tmp/old --same-rows

Each tree runs in its own Python process (both import ``parcelkit``, from their own
``src``), kept warm; the two take turns, round after round, classifying the same codes
(:func:`bench_classify.mixed_input` of this tree), and each one's best round counts.

Newer trees hold more format rows, so a code meets more rows.  ``--same-rows`` measures
the engine alone: this tree then runs only the rows whose format id the old tree has (as
this tree writes them), filed in a fresh plan before the first call.  Prints ns per call
and the ratio old / new (above 1: this tree is faster).
"""

from __future__ import annotations

import argparse
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent

# The worker: reads a command per line on stdin ("rows FILE", "codes FILE", "run", "quit")
# and answers each "run" with the seconds of one pass over the codes.
WORKER = r"""
import gc, sys, time
import parcelkit
from parcelkit.carriers import _engine
codes = []
for line in sys.stdin:
    cmd, _, arg = line.strip().partition(" ")
    if cmd == "formats":
        print(" ".join(sorted(r.format for r in _engine.ROWS)), flush=True)
    elif cmd == "rows":
        keep = set(open(arg, encoding="utf-8").read().split())
        _engine.ROWS = tuple(r for r in _engine.ROWS if r.format in keep)
        print(len(_engine.ROWS), flush=True)
    elif cmd == "codes":
        codes = open(arg, encoding="utf-8").read().split("\n")
        for c in codes:
            parcelkit.classify(c)
        print(len(codes), flush=True)
    elif cmd == "run":
        classify = parcelkit.classify
        gc.disable()
        t = time.perf_counter()
        for c in codes:
            classify(c)
        t = time.perf_counter() - t
        gc.enable()
        print(t, flush=True)
    else:
        break
"""


class Worker:
    """One tree's warm process."""

    def __init__(self, src: pathlib.Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"},
        )

    def ask(self, line: str) -> str:
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self.proc.stdout.readline().strip()

    def close(self) -> None:
        self.ask("quit")
        self.proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", type=pathlib.Path, required=True, help="an older checkout")
    ap.add_argument("--same-rows", action="store_true", help="run only the old tree's formats")
    ap.add_argument("-n", type=int, default=20_000, help="number of codes")
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "src"))
    from bench_classify import mixed_input

    with tempfile.TemporaryDirectory() as tmp:
        codes = pathlib.Path(tmp, "codes.txt")
        codes.write_text("\n".join(mixed_input(args.n)), encoding="utf-8")
        old, new = Worker(args.old / "src"), Worker(ROOT / "src")
        if args.same_rows:
            formats = pathlib.Path(tmp, "formats.txt")
            formats.write_text(old.ask("formats"), encoding="utf-8")
            print(f"this tree runs {new.ask(f'rows {formats}')} rows, the old tree's formats")
        for w in (old, new):
            w.ask(f"codes {codes}")
        best = {"old": float("inf"), "new": float("inf")}
        for _ in range(args.rounds):
            for label, w in (("old", old), ("new", new)):
                best[label] = min(best[label], float(w.ask("run")))
        old.close()
        new.close()
    per = {k: v / args.n * 1e9 for k, v in best.items()}
    print(f"{args.n:,} mixed codes, best of {args.rounds} interleaved rounds")
    print(f"old tree ({args.old}): {per['old']:8.0f} ns per classify call")
    print(f"this tree:{'':{len(str(args.old)) + 9}} {per['new']:8.0f} ns per classify call")
    print(f"old / new: {per['old'] / per['new']:.2f}x")


if __name__ == "__main__":
    main()
