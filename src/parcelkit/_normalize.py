"""One input-cleaning path for every part of parcelkit.

Codes arrive pasted from chats, PDFs, SMS and Russian-layout keyboards.  :func:`clean`
turns such a paste into the plain upper-case ASCII a validator reads:

* NFKC (fullwidth letters and digits, ideographic space, ligatures);
* white space of every kind, invisible characters and dashes are removed;
* ASCII letters are upper-cased; Cyrillic and Greek letters that look like Latin
  capitals are mapped to those capitals.

Case is mapped character by character from a fixed table, never with ``str.upper()``
on the whole string (``'ß'.upper() == 'SS'`` would turn garbage into a valid code).
Everything else (other punctuation, control characters, other scripts, combining marks,
emoji, look-alike digits) is left in place so that the validator rejects it.

>>> clean("rk 190-321 410\u00a0cn")
'RK190321410CN'
>>> clean("\uff32\uff2b\u3000190321410\uff23\uff2e")   # fullwidth, ideographic space
'RK190321410CN'
>>> clean("КК190321410СN")   # Cyrillic К and С typed on a Russian layout
'KK190321410CN'
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = [
    "CODE_CHARS",
    "MAX_CODE_INPUT",
    "ascii_dropped",
    "bad_char_message",
    "clean",
    "first_bad_char",
    "require_str",
]

#: Longest raw input (in characters, before cleaning) a code validator looks at.  Longer
#: input is rejected with ``InvalidLength`` before any other work, so no call is slow.
MAX_CODE_INPUT: Final = 256

#: The characters a cleaned code may consist of.
CODE_CHARS: Final = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

# Unicode White_Space characters.  Most of them become U+0020 under NFKC already; they are
# all listed so that the table says what it does without relying on that.
_WHITESPACE: Final = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
# Zero-width space, zero-width non-joiner and joiner, word joiner, BOM / zero-width
# no-break space, soft hyphen, and the bidirectional marks that copying from
# right-to-left pages leaves behind (LRM, RLM, ALM).
_INVISIBLE: Final = "\u200b\u200c\u200d\u2060\ufeff\xad\u200e\u200f\u061c"
# Hyphen-minus, the hyphens and dashes of General Punctuation, minus signs and the small
# and fullwidth forms (the last two are folded to '-' by NFKC anyway).
_DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"

# Cyrillic and Greek letters whose capital form is drawn like a Latin capital.
_HOMOGLYPHS: Final = {
    # Cyrillic capitals, then small letters
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
    "С": "C", "Т": "T", "Х": "X", "У": "Y", "І": "I", "Ѕ": "S", "Ј": "J",
    "а": "A", "в": "B", "е": "E", "к": "K", "м": "M", "н": "H", "о": "O", "р": "P",
    "с": "C", "т": "T", "х": "X", "у": "Y", "і": "I", "ѕ": "S", "ј": "J",
    # Greek capitals, then small letters
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
    "α": "A", "β": "B", "ε": "E", "ζ": "Z", "η": "H", "ι": "I", "κ": "K", "μ": "M",
    "ν": "N", "ο": "O", "ρ": "P", "τ": "T", "υ": "Y", "χ": "X",
}  # fmt: skip

_ASCII_TABLE: Final = str.maketrans(
    {**dict.fromkeys("\t\n\x0b\x0c\r -"), **{chr(o): chr(o - 32) for o in range(97, 123)}}
)
_TABLE: Final = str.maketrans(
    {
        **dict.fromkeys(_WHITESPACE + _INVISIBLE + _DASHES),
        **{chr(o): chr(o - 32) for o in range(97, 123)},
        **_HOMOGLYPHS,
    }
)


def ascii_dropped() -> frozenset[int]:
    """The ASCII characters (as code points) :func:`clean` removes (for the NumPy paths)."""
    return frozenset(k for k, v in _ASCII_TABLE.items() if v is None)


def require_str(value: object, what: str = "code") -> str:
    """Return *value* if it is a ``str``, else raise ``TypeError`` naming its type."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be str, not {type(value).__name__}")
    return value


def clean(text: str) -> str:
    """Return *text* with separators removed and letters mapped to upper-case Latin.

    Never raises for a ``str``; characters that are not separators or letters it knows
    are kept, so that validators can report them.  Linear in ``len(text)``.
    """
    if text.isascii():
        upper = text.upper()  # safe: only a-z change for ASCII input
        return upper if upper.isalnum() else upper.translate(_ASCII_TABLE)
    out = unicodedata.normalize("NFKC", text).translate(_TABLE)
    # Removing a separator can bring a combining mark next to a new base letter (NFKC
    # turns U+00AF MACRON into a space and U+0304), which a second NFKC would compose.
    # Repeat until stable so that clean() is idempotent; each round only shortens.
    while not out.isascii():
        again = unicodedata.normalize("NFKC", out).translate(_TABLE)
        if again == out:
            break
        out = again
    return out


def first_bad_char(cleaned: str) -> str | None:
    """The first character of a cleaned string that cannot be part of a code, if any."""
    if cleaned.isascii() and cleaned.isalnum():
        return None
    for ch in cleaned:
        if ch not in CODE_CHARS:
            return ch
    return None


def bad_char_message(ch: str) -> str:
    """A message naming a character that is not allowed, readable even if it is invisible."""
    name = unicodedata.name(ch, "") or unicodedata.category(ch)
    shown = f"{ch!r} " if ch.isprintable() and not ch.isspace() else ""
    return (
        f"character {shown}(U+{ord(ch):04X} {name}) is not allowed: "
        "only Latin letters, digits, spaces and dashes"
    )
