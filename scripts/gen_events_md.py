"""Write docs/events.md from the event code tables: ``python scripts/gen_events_md.py``."""

from __future__ import annotations

import pathlib

from parcelkit.status.events._doc import render

PAGE = pathlib.Path(__file__).resolve().parents[1] / "docs" / "events.md"

if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
