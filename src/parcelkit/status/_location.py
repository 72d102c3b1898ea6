"""The place a status names, taken from the words no lexicon row used.

A bracketed name, a postcode followed by a town, or a later comma-separated fragment is a
place when none of its words was matched by a row of the deciding reading (so a bracketed
status such as "(Arrived at the place of delivery)" is no place) and it is not a date.

>>> location("Departed from facility [Guangzhou]", frozenset({"departed", "facility"}), False)
'Guangzhou'
"""

from __future__ import annotations

from collections.abc import Set
from typing import Final

import regex

from parcelkit.status._fold import fold_tokens

__all__ = ["location"]

_BRACKET: Final = regex.compile(r"[\[(（【「]([^\[\]()（）【】「」]{2,80})[\])）】」]")
_POSTCODE_PLACE: Final = regex.compile(
    r"(?<!\d)\d{5,6}(?!\d)[ \t]*,?[ \t]*\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}?(?=\s*(?:$|[,;:()\[\]|]))"
)
_SEGMENT: Final = regex.compile(r"\s*(?:[,;|]|:\s|\s[-–—]\s|\s{2,})\s*")
_BARE_POSTCODE: Final = regex.compile(r"^\d{5,6}$")
# Words that make a fragment a date, a time, a field label or a recipient, not a place.
_NOT_PLACES: Final = frozenset(
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "utc", "gmt", "cst", "msk",
        "location", "date", "time", "status", "event", "details",
        "본인", "경비실", "문앞", "대리수령",
    }
)  # fmt: skip


def _is_place(segment: str, used: Set[str], substring: bool) -> bool:
    toks = fold_tokens(segment)
    if not toks or len(toks) > 6 or len(segment) > 80:
        return False
    if all(t in _NOT_PLACES or len(t) < 2 for t in toks):
        return False
    if substring:
        joined = "".join(toks)
        return not any(piece in joined for piece in used)
    return used.isdisjoint(toks)


def location(text: str, used: Set[str], substring: bool) -> str | None:
    """The place named in *text* (HTML already stripped), given the words rows *used*."""
    for m in _BRACKET.finditer(text):
        inner = m.group(1).strip()
        country_code = inner.isascii() and len(inner) <= 3  # "[CN]" is noise, not a place
        if not country_code and _is_place(inner, used, substring):
            return inner
    found = _POSTCODE_PLACE.search(text)
    if found and (substring or _is_place(found.group(0), used, substring)):
        return found.group(0).strip()
    if substring:
        return None
    segments = [s.strip() for s in _SEGMENT.split(text) if s.strip()]
    places = [s for s in segments[1:] if _is_place(s, used, substring)]
    if places:
        return places[0]
    codes = [s for s in segments if _BARE_POSTCODE.match(s)]
    return codes[0] if codes else None
