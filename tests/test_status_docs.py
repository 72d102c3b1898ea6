"""docs/statuses.md is generated from the code: every stage, detail and event code is in it."""

from __future__ import annotations

import pathlib
import sys

from parcelkit import Stage
from parcelkit.status._phrase import DETAILS
from parcelkit.status.events import table

EVENTS = {row.code: row for row in table("upu").rows}

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "statuses.md").read_text(encoding="utf-8")


def test_doc_lists_the_vocabularies() -> None:
    for stage in Stage:
        assert f"| `{stage.value}` | " in DOC, stage
    for detail in DETAILS:
        assert f"| `{detail}` | " in DOC, detail
    for code in EVENTS:
        assert f"| `{code}` | " in DOC, code


def test_doc_static_sections_are_current() -> None:
    """Everything above the accuracy tables is what the script writes today."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import status_accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rows = status_accuracy.load()
    fresh = status_accuracy.document(rows, status_accuracy.measure(rows))
    cut = "## Accuracy on the public corpus"
    assert DOC.split(cut)[0].split("## Stages")[0] == fresh.split(cut)[0].split("## Stages")[0]
    assert DOC.split("## Details")[1].split(cut)[0] == fresh.split("## Details")[1].split(cut)[0]
