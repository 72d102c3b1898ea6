"""The ``parcelkit`` command line: the only part of parcelkit that reads input or prints.

Each sub-command lives in a module ``cmd_<name>.py`` of this package that defines
``register(subparsers)``; the modules are discovered, so adding a command touches no
other file.  Exit codes: 0 success (every code valid), 1 some input invalid, 2 usage error,
an input that cannot be read, or output that cannot be written.  Output is UTF-8 where
the terminal allows, and a character the output cannot encode (an argument that is not
valid UTF-8 arrives as a lone surrogate) is printed as a backslash escape, never an error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence

import parcelkit
from parcelkit.cli._output import ReadError

__all__ = ["main"]


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="parcelkit",
        description="Offline answers about parcel tracking codes and statuses.",
    )
    parser.add_argument("--version", action="version", version=f"parcelkit {parcelkit.__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if info.name.startswith("cmd_"):
            importlib.import_module(f"{__name__}.{info.name}").register(sub)
    return parser, sub.choices


def _escape_unencodable() -> None:
    """Print what the output encoding cannot hold as backslash escapes."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def _say(message: str) -> None:
    if sys.stderr is not None:
        sys.stderr.write(message + "\n")


def _drop_output() -> None:
    """After a write error, point standard output at the null device, so that the
    interpreter's last flush at exit cannot fail a second time."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError, AttributeError):  # not a real file: nothing to flush later
        pass


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default ``sys.argv[1:]``); return the exit code."""
    if sys.stdout is None:  # started with `>&-`: every answer would be lost
        _say("parcelkit: error: standard output is closed")
        return 2
    _escape_unencodable()
    parser, commands = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    name = f"parcelkit {args.command}"
    try:
        code: int = args.run(args)
        sys.stdout.flush()
    except ReadError as exc:  # an input that cannot be read: a usage error
        commands[args.command].error(str(exc))
    except BrokenPipeError:  # e.g. `parcelkit scan big.txt | head`: the reader had enough
        _drop_output()
        return 1
    except OSError as exc:  # only output is left: reads raise ReadError
        _drop_output()
        _say(f"{name}: error: cannot write standard output: {exc.strerror or exc}")
        return 2
    return code
