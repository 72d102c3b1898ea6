"""Run the fuzz harnesses: ``python tests/fuzz/run.py --seconds N [NAME ...]``.

Each harness (``fuzz_<name>.py``) runs in its own process under atheris/libFuzzer for
*N* seconds, starting from its stored seeds (``corpus/<name>/``, never written to: new
inputs go to a scratch folder).  A contract break, a crash, a hang over ``--timeout``
seconds or a process over ``--rss-mb`` stops that harness, keeps the failing input and
makes the run exit 1.  The summary gives the executions and the result per harness.
Where atheris cannot be imported, the run says why and exits 0 without fuzzing.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
NAMES = ("s10", "classify", "status", "events", "assess", "batch", "pandas", "cli")
_EXECS = re.compile(r"stat::number_of_executed_units:\s*(\d+)")


def _atheris_missing() -> str | None:
    try:
        import atheris  # noqa: F401
    except ImportError as exc:
        return str(exc)
    return None


def _run_one(name: str, args: argparse.Namespace, scratch: pathlib.Path) -> tuple[int, str]:
    """(executions, "ok" or what broke) for one harness."""
    work = scratch / name
    work.mkdir()
    artifacts = pathlib.Path(args.artifacts) / name
    artifacts.mkdir(parents=True, exist_ok=True)
    command = [
        sys.executable,
        str(HERE / f"fuzz_{name}.py"),
        str(work),
        str(HERE / "corpus" / name),
        f"-max_total_time={args.seconds}",
        f"-timeout={args.timeout}",
        f"-rss_limit_mb={args.rss_mb}",
        "-max_len=4096",
        "-print_final_stats=1",
        f"-artifact_prefix={artifacts}{os.sep}",
    ]
    proc = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    log = proc.stdout + proc.stderr
    (artifacts / "log.txt").write_text(log, encoding="utf-8")
    for line in proc.stdout.splitlines():
        if line.startswith(("SKIP:", "normalize_event:")):
            print(f"  {name}: {line}")
    found = _EXECS.findall(log)
    executions = int(found[-1]) if found else 0
    if proc.returncode == 0:
        return executions, "ok"
    tail = "\n".join(log.strip().splitlines()[-25:])
    print(f"--- {name}: exit {proc.returncode}; last lines of {artifacts / 'log.txt'}:\n{tail}")
    return executions, f"BROKEN (exit {proc.returncode}; input kept in {artifacts})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"harnesses to run (default all: {' '.join(NAMES)})")
    parser.add_argument("--seconds", type=int, default=10, help="time per harness")
    parser.add_argument("--timeout", type=int, default=20, help="seconds one input may take")
    parser.add_argument("--rss-mb", type=int, default=2048, help="memory limit per harness")
    parser.add_argument("--artifacts", default=os.path.join(tempfile.gettempdir(),
                        "parcelkit-fuzz"), help="where failing inputs and logs are kept")
    args = parser.parse_args()
    if unknown := sorted(set(args.names) - set(NAMES)):
        parser.error(f"no harness {', '.join(unknown)}; the harnesses are {' '.join(NAMES)}")
    missing = _atheris_missing()
    if missing is not None:
        print(f"SKIP: fuzzing needs atheris, which cannot be imported here ({missing}); "
              "the seed corpora are still replayed by tests/test_fuzz_corpus.py")
        return 0
    names = args.names or list(NAMES)
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="parcelkit-fuzz-corpus-"))
    results = []
    try:
        for name in names:
            print(f"fuzzing {name} for {args.seconds} s", flush=True)
            results.append((name, *_run_one(name, args, scratch)))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    width = max(len(n) for n in names)
    print(f"\n{'harness':<{width}}  {'executions':>11}  result")
    for name, executions, result in results:
        print(f"{name:<{width}}  {executions:>11,}  {result}")
    total = sum(r[1] for r in results)
    print(f"{'total':<{width}}  {total:>11,}")
    return 0 if all(r[2] == "ok" for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
