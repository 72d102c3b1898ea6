"""Language detection: which lexicons may read a text, and which of their readings to keep.

A text's scripts select the candidate languages (by each module's declared ``SCRIPT``);
letters only one language of a script uses, and how many of a Latin text's words a
language knows, are the evidence that separates readings of equal coverage.

>>> candidates(frozenset({"Cyrl"}))
('bg', 'ru', 'uk')
>>> script_language(frozenset({"Hang"}), "배달")
'ko'
"""

from __future__ import annotations

import functools
from typing import Final

import regex

from parcelkit.status import lexicon

__all__ = [
    "GROUP_OF_SCRIPT",
    "LETTER_EVIDENCE",
    "TIE_ORDER",
    "candidates",
    "evidence",
    "group_languages",
    "script_language",
]

#: The text script (``Kana`` is Japanese kana) → the group of lexicons that read it.  A
#: module declaring ``Jpan`` is read with the ``Hani`` group (kanji are shared).
GROUP_OF_SCRIPT: Final = {
    "Latn": "Latn", "Cyrl": "Cyrl", "Hani": "Hani", "Kana": "Hani", "Jpan": "Hani",
    "Hang": "Hang", "Arab": "Arab", "Hebr": "Hebr", "Grek": "Grek", "Thai": "Thai",
}  # fmt: skip

#: What only one language of its group writes: letters, or Bulgarian ъ as a vowel
#: ("към", "връщане"; Russian writes ъ only as a hard sign before е, ю, я: "объявлен").
LETTER_EVIDENCE: Final = {
    "uk": regex.compile("[іїєґ]"), "ru": regex.compile("[ыэ]"),
    "bg": regex.compile("ъ(?![еюя])"),
}  # fmt: skip

#: Points a reading gains from its own letters, or loses from a sibling's.
LETTER_POINTS: Final = 3

#: Ties between readings of equal score go to the language listed first here, then to
#: the alphabetically first language.
TIE_ORDER: Final = ("en", "ru", "zh")

#: The language a script alone suggests when nothing matched.
_SCRIPT_LANG: Final = (("Hang", "ko"), ("Kana", "ja"), ("Hani", "zh"), ("Arab", "ar"),
                       ("Hebr", "he"), ("Grek", "el"), ("Thai", "th"))  # fmt: skip


@functools.cache
def group_languages(group: str) -> tuple[str, ...]:
    """The languages whose modules are read in *group*."""
    return tuple(
        lang
        for lang in lexicon.available_languages()
        if GROUP_OF_SCRIPT.get(lexicon.script_of(lang), lexicon.script_of(lang)) == group
    )


def candidates(present: frozenset[str]) -> tuple[str, ...]:
    """The languages that may read a text written in the *present* scripts."""
    groups = sorted({GROUP_OF_SCRIPT.get(s, s) for s in present})
    return tuple(lang for g in groups for lang in group_languages(g))


def evidence(lang: str, folded: str, present: frozenset[str]) -> int:
    """Points for *lang* from letters: its own letters, a sibling's letters, kana."""
    if lang == "ja":
        return LETTER_POINTS if "Kana" in present else 0
    if lang == "zh":
        return -LETTER_POINTS if "Kana" in present else 0
    points = 0
    own = LETTER_EVIDENCE.get(lang)
    if own is not None:
        if own.search(folded):
            points += LETTER_POINTS
        siblings = (
            letters
            for other, letters in LETTER_EVIDENCE.items()
            if other != lang and lexicon.script_of(other) == lexicon.script_of(lang)
        )
        if any(letters.search(folded) for letters in siblings):
            points -= LETTER_POINTS
    return points


def tie_rank(lang: str) -> tuple[int, str]:
    """Sort key that orders equally good readings (see :data:`TIE_ORDER`)."""
    return (TIE_ORDER.index(lang) if lang in TIE_ORDER else len(TIE_ORDER), lang)


def script_language(present: frozenset[str], folded: str) -> str | None:
    """The language a text's script suggests when no row matched."""
    if "Cyrl" in present:
        return next((lang for lang in ("uk", "bg") if LETTER_EVIDENCE[lang].search(folded)), "ru")
    for script, lang in _SCRIPT_LANG:
        if script in present:
            return lang
    return None
