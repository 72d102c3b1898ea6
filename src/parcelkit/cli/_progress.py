"""The progress bar of long CLI runs (``check --batch``, ``scan``, ``status``).

A tqdm bar on standard error, only when standard error is a terminal, ``CI`` is not set
and tqdm is installed (the ``cli`` extra); it shows up only after :data:`DELAY` seconds,
so short runs never draw one.  Pipes and CI logs never get one.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Iterable, Iterator
from typing import Any, Final, TypeVar

__all__ = ["DELAY", "progress", "tracked"]

T = TypeVar("T")

#: Seconds of work before the bar appears.
DELAY: Final = 2.0


def progress(desc: str, unit: str) -> Any:
    """A tqdm bar, or None where none may be drawn."""
    if not sys.stderr.isatty() or os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return None
    try:
        tqdm = importlib.import_module("tqdm")  # optional: parcelkit[cli]
    except ImportError:
        return None
    return tqdm.tqdm(file=sys.stderr, unit=unit, unit_scale=True, desc=desc, delay=DELAY)


def tracked(items: Iterable[T], desc: str, unit: str) -> Iterator[T]:
    """*items*, counted on a progress bar where one may be drawn."""
    bar = progress(desc, unit)
    if bar is None:
        yield from items
        return
    try:
        for item in items:
            yield item
            bar.update(1)
    finally:
        bar.close()
