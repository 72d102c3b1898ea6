"""docs/statuses.md is generated from the code: every stage, detail and event code is in it."""

from __future__ import annotations

import pathlib
import sys

from parcelkit import Stage
from parcelkit.status._lexicon import DETAILS
from parcelkit.status.events import table as _event_table

EVENTS = {row.code: row for row in _event_table("upu").rows}

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOC = (ROOT / "docs" / "statuses.md").read_text(encoding="utf-8")


def test_doc_lists_the_vocabularies() -> None:
    for stage in Stage:
        assert f"| `{stage.value}` | " in DOC, stage
    for detail in DETAILS:
        assert f"| `{detail}` | " in DOC, detail
    for code in EVENTS:
        assert f"| `{code}` | " in DOC, code


def _script():  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import status_accuracy
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return status_accuracy


def test_doc_is_what_the_script_writes() -> None:
    """docs/statuses.md is regenerated from the tables and the stored held-out rounds."""
    script = _script()
    fresh = script.document(script.load(script.DEV), script.stored_rounds())
    assert fresh == DOC


def test_doc_reports_no_development_figures_as_accuracy() -> None:
    """Accuracy figures come only from stored held-out rounds, never from the dev corpus."""
    accuracy = DOC.split("## Accuracy (held-out rounds only)")[1]
    rounds = _script().stored_rounds()
    assert accuracy.count("Overall:") == len(rounds)
