"""docs/carriers.md is generated from the rows: it must equal what the generator renders."""

from __future__ import annotations

import pathlib

from parcelkit.carriers._doc import render
from parcelkit.carriers._engine import ROWS
from parcelkit.carriers.fakes import FAKE_SERVICES

PAGE = pathlib.Path(__file__).resolve().parents[1] / "docs" / "carriers.md"


def test_committed_page_matches_the_rows() -> None:
    assert PAGE.read_text(encoding="utf-8") == render(), (
        "docs/carriers.md is stale: run python scripts/gen_carriers_md.py"
    )


def test_page_lists_every_format_and_fake_service() -> None:
    text = render()
    for r in ROWS:
        assert f"| `{r.carrier}` | `{r.format}` |" in text
    for s in FAKE_SERVICES:
        assert f"| {s.name} |" in text
