"""Find codes of every known format in free text (chats, e-mails, stripped pages).

The text is cut into *words*: maximal runs of Latin letters and digits (ASCII or
fullwidth).  A code is one word or several consecutive words separated by at most three
spaces or dashes, or one line break, so codes written in groups are found.  Words are
never split, and a run glued to other letters or digits (Cyrillic too: Russian words are
never read as codes) is skipped.  Every run no longer than the longest code of any row is
classified; overlapping hits are resolved to the most confident, then the longest.
Linear in the length of the text: each word starts a bounded number of runs (a code is
written in at most :data:`MAX_WORDS` groups), a run met twice is classified once, and text
longer than :data:`MAX_TEXT` characters is rejected with ``InvalidLength``.
"""

from __future__ import annotations

import re
from typing import Final

from parcelkit._normalize import require_str
from parcelkit.carriers import fakes
from parcelkit.carriers._engine import classify, has_rows, plan
from parcelkit.carriers._model import Classification, Found
from parcelkit.exceptions import InvalidLength

__all__ = ["MAX_TEXT", "MAX_WORDS", "MIN_CONFIDENCE", "find"]

#: Shortest cleaned code of any format.
MIN_LENGTH: Final = 8
#: Most groups a code is written in (a 34-digit FedEx barcode in groups of four has nine).
MAX_WORDS: Final = 10
#: Longest text scanned, in characters; longer text raises ``InvalidLength`` (split it).
MAX_TEXT: Final = 100_000
#: In strict mode a hit needs a valid candidate at least this confident: bare digit
#: runs without a check digit (phone numbers, prices) are not reported as codes.
MIN_CONFIDENCE: Final = 0.3
#: In lenient mode any candidate at least this confident, valid or not, is reported.
MIN_LENIENT_CONFIDENCE: Final = 0.08

_WORD: Final = re.compile("[A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+")
_SEP: Final = re.compile(
    "(?:[ \\t\u00a0\u2007\u2009\u202f\u3000\\-\u2010-\u2015\u2212]{1,3}|[ \\t]*\\r?\\n[ \\t]*)"
)
_GLUE_BEFORE: Final = "+"


def _score(cl: Classification, strict: bool) -> float | None:
    """How good a hit this classification is, or None if it is not one."""
    if strict:
        best = next((c for c in cl.candidates if c.valid), None)
        return best.confidence if best and best.confidence >= MIN_CONFIDENCE else None
    top = max((c.confidence for c in cl.candidates), default=0.0)
    if cl.fakes:
        top = max(top, MIN_CONFIDENCE)
    return top if top >= MIN_LENIENT_CONFIDENCE else None


def _worth_classifying(text: str, start: int, length: int, strict: bool) -> bool:
    """Cheap test: can any row (or, leniently, any fake shape) match this window?"""
    head = text[start]
    if not head.isascii():
        return True  # fullwidth: let classify clean it
    if has_rows(length, head.upper()):
        return True
    return not strict and length in fakes.lengths()


def _glued(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return (bool(before) and (before.isalnum() or before in _GLUE_BEFORE)) or after.isalnum()


def find(text: str, *, strict: bool = True) -> list[Found]:
    """Every code of every known format in *text*, in order of appearance.

    *strict* (default) reports only valid codes whose best candidate reaches
    :data:`MIN_CONFIDENCE`; ``strict=False`` also near misses, such as codes whose check
    digit fails, and codes of fake tracking services.
    """
    require_str(text, "text")
    if len(text) > MAX_TEXT:
        raise InvalidLength(
            f"text is {len(text)} characters long; find() scans at most {MAX_TEXT}"
        )
    words = list(_WORD.finditer(text))
    hits: list[tuple[float, int, int, Classification]] = []
    seen: dict[str, Classification] = {}
    n = len(words)
    longest = plan().longest
    for i in range(n):
        first = words[i]
        length = 0
        has_digit = False
        for j in range(i, min(n, i + MAX_WORDS)):
            w = words[j]
            if j > i and not _SEP.fullmatch(text, words[j - 1].end(), w.start()):
                break
            length += w.end() - w.start()
            if length > longest:
                break
            has_digit = has_digit or any(ch.isdigit() for ch in w.group())
            if length < MIN_LENGTH or not has_digit:
                continue
            start, end = first.start(), w.end()
            if _glued(text, start, end) or not _worth_classifying(text, start, length, strict):
                continue
            raw = text[start:end]
            cl = seen.get(raw) or seen.setdefault(raw, classify(raw))
            score = _score(cl, strict)
            if score is not None:
                hits.append((score, start, end, cl))
    hits.sort(key=lambda h: (-h[0], -(h[2] - h[1]), h[1]))
    taken = bytearray(len(text))
    chosen: list[Found] = []
    for _, start, end, cl in hits:
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        chosen.append(Found(start, end, text[start:end], cl.code, cl))
    chosen.sort(key=lambda f: f.start)
    return chosen
