"""Folding raw status text and phrase patterns into comparable tokens.

Both sides of a match go through :func:`fold`: HTML tags and entities removed, casefolded,
combining marks stripped (except the Japanese voicing marks, which change the letter), a
few letters without a decomposition mapped to their base (``ł`` → ``l``), and every run
of characters that are not letters treated as one separator.

>>> fold_tokens("Objeto <b>ENTREGUE</b> ao destinat&aacute;rio")
('objeto', 'entregue', 'ao', 'destinatario')
>>> fold_tokens("Прибыло в место вручения, 101000, Москва")
('прибыло', 'в', 'место', 'вручения', 'москва')
>>> fold_tokens("ｼｮｳ 配達完了")
('ショウ', '配達完了')
"""

from __future__ import annotations

import functools
import html
import unicodedata
from typing import Final

import regex

__all__ = [
    "MAX_STATUS_INPUT",
    "fold",
    "fold_tokens",
    "scripts",
    "strip_html",
    "translit_key",
    "translit_ru",
]

#: Longest raw status (in characters) that is looked at; the rest is ignored.  Real
#: carrier statuses are far shorter; the bound keeps every call cheap.
MAX_STATUS_INPUT: Final = 1000

_TAG: Final = regex.compile(r"<[^<>]{0,400}>")
_MARKS: Final = regex.compile(r"[^\P{Mn}\u3099\u309a]+")
_LETTERS: Final = regex.compile(r"\p{L}+")
_EXTRA: Final = str.maketrans(
    {
        "ł": "l", "ı": "i", "ø": "o", "đ": "d", "ħ": "h", "ŀ": "l", "ß": "ss",
        # Arabic: alef variants, alef maqsura, teh marbuta and tatweel fold to one form
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None,
    }
)  # fmt: skip

_SCRIPT_TESTS: Final = (
    ("Hang", regex.compile(r"\p{Hangul}")),
    ("Kana", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("Hani", regex.compile(r"\p{Han}")),
    ("Cyrl", regex.compile(r"\p{Cyrillic}")),
    ("Arab", regex.compile(r"\p{Arabic}")),
    ("Hebr", regex.compile(r"\p{Hebrew}")),
    ("Latn", regex.compile(r"\p{Latin}")),
)

_RU_LATIN: Final = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
        "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    }
)  # fmt: skip


def strip_html(text: str) -> str:
    """*text* with HTML tags removed and entities decoded (tags become spaces)."""
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
        if "<" in text:
            text = _TAG.sub(" ", text)
    return text


def fold(text: str) -> str:
    """Casefolded *text* without HTML, combining marks or letters' regional variants."""
    text = strip_html(text).casefold()
    if text.isascii():
        return text
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", text).translate(_EXTRA)


def fold_tokens(text: str) -> tuple[str, ...]:
    """The letter runs of ``fold(text)``: digits, punctuation and spaces separate them."""
    return tuple(_LETTERS.findall(fold(text)))


def scripts(folded: str) -> frozenset[str]:
    """The writing systems (ISO 15924 codes; ``Kana`` for Japanese kana) in folded text."""
    if folded.isascii():
        return frozenset({"Latn"}) if _LETTERS.search(folded) else frozenset()
    return frozenset(name for name, test in _SCRIPT_TESTS if test.search(folded))


def translit_ru(token: str) -> str:
    """A folded Russian token in the Latin spelling trackers and SMS use (``вручен`` → ``vruchen``).

    >>> translit_ru("прибыло")
    'pribylo'
    """
    return token.translate(_RU_LATIN)


# Spellings of the same Russian letters in the transliterations people use (GOST, BGN,
# passport, SMS): each group is reduced to one form, on the text and on the stems alike.
_TRANSLIT_FOLD: Final = (
    (regex.compile(r"shch|sch|ŝ"), "sh"),
    (regex.compile(r"kh"), "h"),
    (regex.compile(r"ts|tz"), "c"),
    (regex.compile(r"zh"), "z"),
    (regex.compile(r"[yj]o"), "e"),
    (regex.compile(r"[yj]a"), "a"),
    (regex.compile(r"[yj]u"), "u"),
    (regex.compile(r"[yj]"), "i"),
    (regex.compile(r"ii+"), "i"),
)


@functools.lru_cache(maxsize=16384)
def translit_key(token: str) -> str:
    """A Latin token with the transliteration variants of Russian letters merged.

    >>> translit_key("khranenie"), translit_key("hranenie")
    ('hranenie', 'hranenie')
    >>> translit_key(translit_ru("прием")), translit_key("priyom")
    ('priem', 'priem')
    >>> translit_key("vrucheniya") == translit_key(translit_ru("вручения"))
    True
    """
    for pattern, replacement in _TRANSLIT_FOLD:
        token = pattern.sub(replacement, token)
    return token
