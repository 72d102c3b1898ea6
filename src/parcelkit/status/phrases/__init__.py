"""Per-language phrase tables, imported only when a language is first needed.

Each module ``<lang>.py`` (ISO 639-1) defines ``LANG`` and ``PHRASES``.  This package only
knows which modules exist and which writing system each language uses; importing it
imports no table.

>>> "ru" in available_languages()
True
>>> SCRIPT_OF["uk"]
'Cyrl'
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from parcelkit.status._phrase import Phrase

__all__ = ["SCRIPT_OF", "available_languages", "load"]

#: The script group each language is matched in (``Hani`` holds Chinese and Japanese,
#: whose statuses share characters).  A module not listed here is taken to be Latin.
SCRIPT_OF: dict[str, str] = {
    "ru": "Cyrl", "uk": "Cyrl",
    "zh": "Hani", "ja": "Hani",
    "ko": "Hang",
    "ar": "Arab",
    "he": "Hebr",
}  # fmt: skip


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The languages that have a phrase module, sorted; found without importing them."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.ispkg))


@functools.cache
def load(lang: str) -> tuple[Phrase, ...]:
    """The phrase rows of *lang* (imports its module on first use)."""
    if lang not in available_languages():
        raise LookupError(f"no phrase table for language {lang!r}")
    module = importlib.import_module(f"{__name__}.{lang}")
    phrases: tuple[Phrase, ...] = module.PHRASES
    return phrases
