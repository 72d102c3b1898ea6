"""Write docs/carriers.md from the format rows: ``python scripts/gen_carriers_md.py``."""

from __future__ import annotations

import pathlib

from parcelkit.carriers._doc import render

PAGE = pathlib.Path(__file__).resolve().parents[1] / "docs" / "carriers.md"

if __name__ == "__main__":
    PAGE.write_text(render(), encoding="utf-8")
