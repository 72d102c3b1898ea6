"""``normalize_status``: one raw carrier status in any supported language → a :class:`Stage`.

>>> r = normalize_status("Прибыло в место вручения, 101000, Москва")
>>> r.stage, r.lang, r.location
(<Stage.AT_DELIVERY_OFFICE: 'at_delivery_office'>, 'ru', '101000, Москва')
>>> normalize_status("Departed from facility [Guangzhou]").location
'Guangzhou'
>>> normalize_status("RK190321410CN").stage
<Stage.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import attrs
import regex

from parcelkit._normalize import require_str
from parcelkit.status import phrases
from parcelkit.status._fold import (
    MAX_STATUS_INPUT,
    fold,
    fold_tokens,
    scripts,
    strip_html,
    translit_key,
)
from parcelkit.status._matcher import (
    Compiled,
    Index,
    Match,
    best_match,
    compile_phrase,
    compile_translit,
)
from parcelkit.status._stage import Stage
from parcelkit.status.events import upu_event

__all__ = ["CACHE_SIZE", "StatusResult", "normalize_status"]

#: How many distinct (status, lang) pairs :func:`normalize_status` remembers, and how many
#: distinct word sequences its decision cache keeps (two bounded LRU caches).
CACHE_SIZE = 32768

#: How much better a transliterated-Russian reading must score than the best reading in a
#: Latin-script language to be considered at all.
TRANSLIT_MARGIN = 4

_LETTERS = regex.compile(r"\p{L}+")
_UK_LETTERS = frozenset("іїєґ")
_RU_LETTERS = frozenset("ыэъ")


@attrs.frozen
class StatusResult:
    """What a raw status means: stage, how sure, and the details found in it."""

    stage: Stage
    confidence: float
    lang: str | None
    detail: str | None = None
    leg: str | None = None
    location: str | None = None
    #: The phrase pattern (or event code) that decided the stage.
    matched: str | None = None


# ---------------------------------------------------------------- indexes, built lazily


@functools.cache
def _compiled(lang: str) -> tuple[Compiled, ...]:
    return tuple(compile_phrase(p, lang, i) for i, p in enumerate(phrases.load(lang)))


@functools.cache
def _lang_index(lang: str, latin: bool = False) -> Index:
    rows = _compiled(lang)
    if latin:  # Russian typed in Latin letters
        rows = tuple(compile_translit(r) for r in rows)
    return Index.build(rows)


@functools.cache
def _group_index(group: str) -> Index:
    rows: list[Compiled] = []
    for lang in phrases.available_languages():
        if phrases.SCRIPT_OF.get(lang, "Latn") == group:
            rows.extend(_compiled(lang))
    return Index.build(rows)


_GROUP_OF_SCRIPT = {
    "Latn": "Latn", "Cyrl": "Cyrl", "Hani": "Hani", "Kana": "Hani",
    "Hang": "Hang", "Arab": "Arab", "Hebr": "Hebr",
}  # fmt: skip


def _script_lang(present: frozenset[str], folded: str) -> str | None:
    """The language a text's script suggests when no phrase matched."""
    if "Hang" in present:
        return "ko"
    if "Kana" in present:
        return "ja"
    if "Hani" in present:
        return "zh"
    if "Cyrl" in present:
        return "uk" if _UK_LETTERS.intersection(folded) else "ru"
    if "Arab" in present:
        return "ar"
    if "Hebr" in present:
        return "he"
    return None


def _evidence(lang: str, present: frozenset[str], folded: str, tokens: Sequence[str]) -> int:
    """Score adjustment from letters only one language of a script uses (і є ґ; kana) and,
    for Latin-script languages, from how many other words of the text the language knows."""
    if phrases.SCRIPT_OF.get(lang, "Latn") == "Latn":
        return min(3, _lang_index(lang).vocabulary_hits(tokens))
    if lang in ("uk", "ru"):
        ukrainian = bool(_UK_LETTERS.intersection(folded)) and not _RU_LETTERS.intersection(
            folded
        )
        return (0 if ukrainian else -3) if lang == "uk" else (-3 if ukrainian else 0)
    if lang == "zh":
        return -3 if "Kana" in present else 0
    return 0


def _preference(lang: str, present: frozenset[str], folded: str, tokens: Sequence[str]) -> int:
    """Breaks ties between equally good rows of different languages."""
    if lang == "uk":
        return 2 if _UK_LETTERS.intersection(folded) else 0
    if lang == "ru":
        return 1 if not _UK_LETTERS.intersection(folded) else 0
    if lang == "ja":
        return 2 if "Kana" in present else 0
    if lang == "zh":
        return 1
    if phrases.SCRIPT_OF.get(lang, "Latn") == "Latn":
        hits = _lang_index(lang).vocabulary_hits(tokens)
        return 2 * hits + (1 if lang == "en" else 0)
    return 0


# ---------------------------------------------------------------- location

_BRACKET = regex.compile(r"[\[(（【「]([^\[\]()（）【】「」]{2,80})[\])）】」]")
_POSTCODE_PLACE = regex.compile(
    r"(?<!\d)\d{5,6}(?!\d)[ \t]*,?[ \t]*\p{Lu}[\p{L}\p{M}.'’\- ]{1,40}?(?=\s*(?:$|[,;:()\[\]|]))"
)
_SEGMENT = regex.compile(r"\s*(?:[,;|]|:\s|\s[-–—]\s|\s{2,})\s*")
_BARE_POSTCODE = regex.compile(r"^\d{5,6}$")
# Words that make a fragment a date, a time, a field label or a recipient, not a place.
_NOT_PLACES = frozenset(
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct",
        "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "am", "pm", "utc", "gmt", "cst", "msk",
        "location", "date", "time", "status", "event", "details",
        "본인", "경비실", "문앞", "대리수령",
    }
)  # fmt: skip


def _is_place(segment: str, matched: frozenset[str]) -> bool:
    """Whether a fragment can be a place: short, not a date, not itself a status line."""
    toks = fold_tokens(segment)
    if not toks or len(toks) > 6 or len(segment) > 80:
        return False
    if matched.intersection(toks) or all(t in _NOT_PLACES or len(t) < 2 for t in toks):
        return False
    return _decide(toks, None) is None  # "(Arrived at the place of delivery)" is no place


def _location(text: str, matched: frozenset[str]) -> str | None:
    for m in _BRACKET.finditer(text):
        inner = m.group(1).strip()
        country_code = inner.isascii() and len(inner) <= 3  # "[CN]" is noise, not a place
        if not country_code and _is_place(inner, matched):
            return inner
    found = _POSTCODE_PLACE.search(text)
    if found and _is_place(found.group(0), matched):
        return found.group(0).strip()
    segments = [s.strip() for s in _SEGMENT.split(text) if s.strip()]
    places = [s for s in segments[1:] if _is_place(s, matched)]
    if places:
        return places[0]
    codes = [s for s in segments if _BARE_POSTCODE.match(s)]
    return codes[0] if codes else None


# ---------------------------------------------------------------- the normalizer


_CLAUSE = regex.compile(r"[,;:|()\[\]【】（）「」<>·•，：；]|\s[-–—/]\s|[.!?。！？](?:\s|$)")


def _confidence(match: Match, folded: str) -> float:
    """How much of its clause the match explains (a facility name or date after a comma or
    in brackets does not count against it); generic rows and typos lower it."""
    clauses = [tuple(_LETTERS.findall(c)) for c in _CLAUSE.split(folded)]
    if match.row.substring:
        joined = ["".join(c) for c in clauses]
        used = [c for c in joined if any(p in c for p in match.row.stems)][:1]
    else:
        owner: list[int] = []
        for k, clause in enumerate(clauses):
            owner.extend([k] * len(clause))
        mine = {owner[p] for p in match.tokens if p < len(owner)}
        used = [t for k in sorted(mine) for t in clauses[k]]
    total = sum(len(t) for t in used)
    ratio = min(1.0, match.covered / total) if total else 1.0
    value = 0.2 + 0.75 * ratio - 0.1 * match.edits
    if match.phrase.priority < 0:
        value -= 0.15
    return round(min(0.99, max(0.05, value)), 2)


def _result(
    match: Match, tokens: Sequence[str], joined: str, text: str
) -> StatusResult:
    phrase = match.phrase
    if match.row.substring:
        matched = frozenset(match.row.stems)
    else:
        matched = frozenset(tokens[p] for p in match.tokens)
    location = _location(strip_html(text), matched) if not match.row.substring else (
        _location_cjk(strip_html(text), match.row.stems)
    )
    if phrase.stage is Stage.UNKNOWN:
        return StatusResult(
            Stage.UNKNOWN, 0.0, match.row.lang, phrase.detail, None, location, phrase.pattern
        )
    return StatusResult(
        stage=phrase.stage,
        confidence=_confidence(match, fold(text)),
        lang=match.row.lang,
        detail=phrase.detail,
        leg=phrase.leg,
        location=location,
        matched=phrase.pattern,
    )


def _location_cjk(text: str, pieces: Sequence[str]) -> str | None:
    for m in _BRACKET.finditer(text):
        inner = m.group(1).strip()
        folded = "".join(fold_tokens(inner))
        if len(folded) >= 2 and folded not in _NOT_PLACES and not any(p in folded for p in pieces):
            return inner
    found = _POSTCODE_PLACE.search(text)
    return found.group(0).strip() if found else None


def _event(tokens: Sequence[str], folded: str, given: str | None) -> StatusResult | None:
    if len(tokens) != 1 or len(tokens[0]) != 3 or len(folded.strip(" .:-#()[]\t")) != 3:
        return None
    row = upu_event(tokens[0])
    if row is None:
        return None
    return StatusResult(row.stage, 0.9, given, row.detail, row.leg, None, row.code)


def _analyse(raw: str, lang: str | None) -> StatusResult:
    """The work behind :func:`normalize_status` for one raw string.

    The decision depends only on the letters of the text, so it is cached on the token
    tuple: lines that differ in dates, postcodes or punctuation share it; the location
    and the confidence are computed from the raw line each time.
    """
    text = raw[:MAX_STATUS_INPUT]
    folded = fold(text)
    tokens = tuple(_LETTERS.findall(folded))
    if lang is not None and lang not in phrases.available_languages():
        lang = None
    if not tokens:
        return StatusResult(Stage.UNKNOWN, 0.0, lang)
    event = _event(tokens, folded, lang)
    if event is not None:
        return event
    match = _decide(tokens, lang)
    if match is None:
        joined = "".join(tokens)
        return StatusResult(Stage.UNKNOWN, 0.0, lang or _script_lang(scripts(joined), joined))
    return _result(match, tokens, "".join(tokens), text)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _decide(tokens: tuple[str, ...], lang: str | None) -> Match | None:
    """The deciding match for a token sequence (hint language first), if any."""
    joined = "".join(tokens)
    present = scripts(joined)
    if lang is not None:
        if lang == "ru" and "Cyrl" not in present:
            found = _translit_matches(tokens)
        else:
            found = best_match(_lang_index(lang), tokens, joined)
        if found:
            return _pick(found, present, joined, tokens)
    matches: list[Match] = []
    latin_top: int | None = None
    for group in sorted({_GROUP_OF_SCRIPT[s] for s in present}):
        found = best_match(_group_index(group), tokens, joined)[:8]
        if group == "Latn" and found:
            latin_top = found[0].score
        matches.extend(found)
    if "Latn" in present and "ru" in phrases.available_languages():
        # Transliterated Russian only where no Latin-script language reads the text
        # nearly as well (Czech "zásilka" is not Russian "засылка").
        translit = _translit_matches(tokens)[:8]
        if translit and (latin_top is None or translit[0].score >= latin_top + TRANSLIT_MARGIN):
            matches.extend(translit)
    return _pick(matches, present, joined, tokens) if matches else None


def _translit_matches(tokens: Sequence[str]) -> list[Match]:
    """Russian rows matched against Latin text, transliteration variants merged.

    A row's positive priority is not counted here: it ranks Russian wordings against each
    other, and must not lift a Latin look-alike above a real Latin-script reading.
    """
    keyed = tuple(translit_key(t) for t in tokens)
    found = [
        attrs.evolve(m, score=m.score - max(0, m.phrase.priority))
        for m in best_match(_lang_index("ru", latin=True), keyed, "".join(keyed))
    ]
    found.sort(key=lambda m: (-m.score, -m.row.weight, m.edits, m.row.order))
    return found


def _pick(
    matches: list[Match], present: frozenset[str], folded: str, tokens: Sequence[str]
) -> Match:
    """The deciding match: best score; a stated return beats a failure, hold or notice,
    and a stated customs release beats a plain move (leaving the exchange office)."""
    scored = [(m.score + _evidence(m.row.lang, present, folded, tokens), m) for m in matches]
    top = max(score for score, _ in scored)
    tied = [m for score, m in scored if score == top]
    if len({m.row.lang for m in tied}) > 1:
        tied.sort(key=lambda m: -_preference(m.row.lang, present, folded, tokens))
    best = tied[0]
    if best.phrase.stage in _YIELDS_TO_RETURN:
        returns = [m for m in matches if m.phrase.stage is Stage.RETURN_TO_SENDER]
        if returns:
            return returns[0]
    if best.phrase.stage is Stage.IN_TRANSIT:
        # "left the exchange office, released by customs": the stated release decides
        released = [m for m in matches if m.phrase.detail == "customs_released"]
        if released:
            return released[0]
    return best


#: Stages that a return stated in the same string overrides ("refused, returning").
_YIELDS_TO_RETURN = frozenset(
    {Stage.DELIVERY_FAILED, Stage.READY_FOR_PICKUP, Stage.EXCEPTION, Stage.UNKNOWN}
)


@functools.lru_cache(maxsize=CACHE_SIZE)
def _cached(raw: str, lang: str | None) -> StatusResult:
    return _analyse(raw, lang)


def normalize_status(raw: str, lang: str | None = None) -> StatusResult:
    """The stage a raw carrier status names, with confidence, language and details.

    *lang* (ISO 639-1; a region or script suffix such as ``pt-BR`` is ignored) is tried
    first; when nothing matches in it, or it is ``None`` or unknown, the language is
    detected.  Only the first :data:`MAX_STATUS_INPUT`
    characters are read.  Garbage gives ``Stage.UNKNOWN`` with confidence 0; a non-``str``
    raises ``TypeError``; nothing else raises.

    >>> normalize_status("Objeto entregue ao destinatario").stage
    <Stage.DELIVERED: 'delivered'>
    >>> normalize_status("EMI").stage
    <Stage.DELIVERED: 'delivered'>
    >>> normalize_status("").confidence
    0.0
    """
    require_str(raw, "status")
    if lang is not None:
        # "pt-BR", "zh_Hant_TW" → the ISO 639-1 primary subtag
        lang = require_str(lang, "lang")[:16].strip().lower().replace("_", "-").split("-")[0]
        lang = lang or None
    return _cached(raw[:MAX_STATUS_INPUT], lang)
