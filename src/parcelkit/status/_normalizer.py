"""``normalize_status``: one raw carrier status in any supported language → a :class:`Stage`.

The steps, one module each: fold once (:mod:`._text`), detect and decide
(:mod:`._detect`, :mod:`._decide` with :mod:`._compose` and :mod:`._precedence`), then
confidence (:mod:`._confidence`) and location (:mod:`._location`, from the words the
decision did not use).

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

import attrs

from parcelkit._normalize import require_str
from parcelkit.status import lexicon
from parcelkit.status._confidence import confidence
from parcelkit.status._decide import Decision, decide
from parcelkit.status._detect import script_language
from parcelkit.status._fold import MAX_STATUS_INPUT, strip_html
from parcelkit.status._location import location
from parcelkit.status._stage import Stage
from parcelkit.status._text import Text, from_tokens, prepare
from parcelkit.status.events import upu_event

__all__ = ["CACHE_SIZE", "StatusResult", "normalize_status"]

#: How many distinct (status, lang) pairs :func:`normalize_status` remembers, and how many
#: decisions (keyed on a line's words and clause breaks) are remembered.  The first cache
#: is keyed on the raw text cut to :data:`MAX_STATUS_INPUT` characters; the second only
#: on lines of at most :data:`DECISION_KEY_LETTERS` letters, so no entry of either holds
#: more than a few KB whatever the input.
CACHE_SIZE = 32768

#: Longest line (in letters, and in words) whose decision is cached by its words.
DECISION_KEY_LETTERS = 160
DECISION_KEY_WORDS = 32


@attrs.frozen
class StatusResult:
    """What a raw status means: stage, how sure, and the details found in it."""

    stage: Stage
    confidence: float
    lang: str | None
    detail: str | None = None
    leg: str | None = None
    location: str | None = None
    #: The row pattern, the frame's concepts (``arrive+customs``) or the event code that
    #: decided the stage.
    matched: str | None = None


def _event(text: Text, given: str | None) -> StatusResult | None:
    """A bare UPU EMSEVT code ("EMI") is read from the event table."""
    tokens = text.tokens
    if len(tokens) != 1 or len(tokens[0]) != 3 or len(text.folded.strip(" .:-#()[]\t")) != 3:
        return None
    row = upu_event(tokens[0])
    if row is None:
        return None
    return StatusResult(row.stage, 0.9, given, row.detail, row.leg, None, row.code)


def _analyse(raw: str, lang: str | None) -> StatusResult:
    """The work behind :func:`normalize_status` for one bounded raw string."""
    text = prepare(raw)
    if lang is not None and lang not in lexicon.available_languages():
        lang = None
    if not text.tokens:
        return StatusResult(Stage.UNKNOWN, 0.0, lang)
    event = _event(text, lang)
    if event is not None:
        return event
    if len(text.joined) <= DECISION_KEY_LETTERS and len(text.tokens) <= DECISION_KEY_WORDS:
        decision = _decide_cached(text.tokens, text.clause_of, lang)
    else:
        decision = decide(text, lang)
    if decision is None:
        return StatusResult(
            Stage.UNKNOWN, 0.0, lang or script_language(text.present, text.joined)
        )
    claim = decision.claim
    place = location(strip_html(raw), decision.used, decision.substring)
    if claim.stage is Stage.UNKNOWN:
        return StatusResult(
            Stage.UNKNOWN, 0.0, decision.lang, claim.detail, None, place, claim.pattern
        )
    return StatusResult(
        stage=claim.stage,
        confidence=confidence(decision, text),
        lang=decision.lang,
        detail=claim.detail,
        leg=claim.leg,
        location=place,
        matched=claim.pattern,
    )


@functools.lru_cache(maxsize=CACHE_SIZE)
def _decide_cached(
    tokens: tuple[str, ...], clauses: tuple[int, ...], lang: str | None
) -> Decision | None:
    """:func:`decide`, remembered by a short line's words and clause breaks (a new date,
    postcode or punctuation reuses the decision; location and confidence are per line)."""
    return decide(from_tokens(tokens, clauses), lang)


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
