"""Per-language lexicons (TERMS and IDIOMS), imported only when a language is first needed.

Each module ``<lang>.py`` (ISO 639-1) defines ``LANG``, ``SCRIPT``, ``TERMS`` and
``IDIOMS`` (see :mod:`parcelkit.status._lexicon`).  This package finds the modules and
reads each one's ``SCRIPT`` line from its source without importing it, so adding a
language is adding its module and nothing else.

>>> "ru" in available_languages()
True
>>> script_of("uk")
'Cyrl'
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
import pkgutil
from types import ModuleType

import regex

__all__ = ["available_languages", "load", "script_of"]

_SCRIPT_LINE = regex.compile(r'^SCRIPT = "(\w+)"$', regex.M)


@functools.cache
def available_languages() -> tuple[str, ...]:
    """The languages that have a lexicon module, sorted; found without importing them."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.ispkg))


@functools.cache
def script_of(lang: str) -> str:
    """The ISO 15924 script a language module declares (read from its source)."""
    if lang not in available_languages():
        raise LookupError(f"no lexicon for language {lang!r}")
    source = importlib.resources.files(__name__).joinpath(f"{lang}.py").read_text("utf-8")
    found = _SCRIPT_LINE.search(source)
    if found is None:
        raise LookupError(f"lexicon {lang!r} declares no SCRIPT")
    return found.group(1)


@functools.cache
def load(lang: str) -> ModuleType:
    """The lexicon module of *lang* (imported on first use)."""
    if lang not in available_languages():
        raise LookupError(f"no lexicon for language {lang!r}")
    return importlib.import_module(f"{__name__}.{lang}")
