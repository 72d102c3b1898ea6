"""The ``parcelkit`` command line: the only part of parcelkit that reads input or prints.

Each sub-command lives in a module ``cmd_<name>.py`` of this package that defines
``register(subparsers)``; the modules are discovered, so adding a command touches no
other file.  Exit codes: 0 success (every code valid), 1 some input invalid, 2 usage error.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

import parcelkit

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="parcelkit",
        description="Offline answers about parcel tracking codes and statuses.",
    )
    parser.add_argument("--version", action="version", version=f"parcelkit {parcelkit.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = args.run(args)
    except BrokenPipeError:  # e.g. `parcelkit scan big.txt | head`
        sys.stderr.close()
        return 1
    except OSError as exc:  # an input file that cannot be read: a usage error
        parser.error(f"cannot read {exc.filename}: {exc.strerror}")
    return code
