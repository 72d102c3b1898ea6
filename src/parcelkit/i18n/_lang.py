"""Output-language tags: the languages parcelkit writes in, and how a tag resolves to one."""

from __future__ import annotations

import functools

from parcelkit._normalize import require_str

__all__ = ["LANGUAGES", "resolve"]

#: The languages parcelkit writes its human output in (BCP 47 tags).
LANGUAGES: tuple[str, ...] = (
    "en", "ru", "uk", "zh", "zh-Hant", "es", "pt", "fr", "de", "it", "pl", "tr", "ja",
    "ko", "ar", "he",
)  # fmt: skip

#: Regions written in traditional Chinese characters.
_HANT_REGIONS = frozenset({"tw", "hk", "mo"})


@functools.lru_cache(maxsize=256)
def _resolve(tag: str) -> str:
    parts = [p for p in tag.strip().replace("_", "-").lower().split("-") if p]
    if not parts:
        return "en"
    base = parts[0]
    if base == "zh" and ("hant" in parts[1:] or _HANT_REGIONS.intersection(parts[1:])):
        return "zh-Hant"
    return base if base in LANGUAGES else "en"


def resolve(lang: str | None) -> str:
    """The output language for a tag: a region tag uses its base language (``pt-BR`` →
    ``pt``) unless a table for it exists (``zh-Hant``, ``zh-TW``); an unknown one is English."""
    if lang is None:
        return "en"
    return _resolve(require_str(lang, "lang")[:35])
