"""A stand-in for tqdm that records the bars the CLI draws (shared by the CLI tests)."""

from __future__ import annotations

import sys
import types
from typing import Any

import pytest


def fake_tqdm(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    bars: list[Any] = []

    class Bar:
        def __init__(self, **kwargs: Any) -> None:
            self.kwargs, self.n, self.closed = kwargs, 0, False
            bars.append(self)

        def update(self, n: int) -> None:
            self.n += n

        def close(self) -> None:
            self.closed = True

    monkeypatch.setitem(sys.modules, "tqdm", types.SimpleNamespace(tqdm=Bar))
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("TERM", raising=False)
    return bars
