"""Text for people: labels, explanations, warnings and error messages in many languages.

Every language is one table module (``en.py``, ``ru.py``, ``zh_hant.py`` …) mapping a stable
key to a short text with ``{placeholders}``.  Tables are imported on first use; a test checks
that every key exists in every language, that no value is empty or left in English, and that
placeholders match.

>>> text("stage.delivered.label", "ru")
'Вручено'
>>> resolve("pt-BR"), resolve("zh-Hant-TW"), resolve("zh_TW"), resolve("xx")
('pt', 'zh-Hant', 'zh-Hant', 'en')
>>> text("error.check_digit", "en", found="1", expected="0", position=12)
'the check digit is 1, expected 0'
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Mapping

from parcelkit.i18n._countries import country_name
from parcelkit.i18n._lang import LANGUAGES, resolve

__all__ = ["LANGUAGES", "country_name", "keys", "resolve", "table", "text"]

@functools.cache
def table(lang: str) -> Mapping[str, str]:
    """The table of one language of :data:`LANGUAGES` (imported on first use)."""
    if lang not in LANGUAGES:
        raise LookupError(f"no text table for {lang!r}")
    module = importlib.import_module(f"{__name__}.{lang.lower().replace('-', '_')}")
    texts: Mapping[str, str] = module.TEXTS
    return texts


def keys() -> frozenset[str]:
    """Every key the English table defines (the reference every other table follows)."""
    return frozenset(table("en"))


def text(key: str, lang: str | None = "en", /, **params: object) -> str:
    """The text for *key* in *lang*, placeholders filled from *params*.

    A key unknown to the language's table falls back to English; an unknown key raises
    ``KeyError`` (keys are part of the code, not of the input).
    """
    chosen = resolve(lang)
    template = table(chosen).get(key)
    if template is None:
        template = table("en")[key]
    return template.format(**params) if params else template

