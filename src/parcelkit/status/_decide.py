"""The decision: the events a folded text states in each candidate language, and the one
that decides.

1. Rows are matched exactly; the transliterated-Russian pass runs only when no Latin
   reading explains most of a Latin text, and the typo pass only when the exact pass
   found no event, or only a weak one explaining less than half of the text.
2. IDIOM matches are events as they stand; TERM matches of one clause form frames that
   :func:`parcelkit.status._compose.compose` reads.
3. An event whose words all lie inside a larger event's words is dropped ("delivered" in
   "not delivered"); events that only share some words both stay.
4. Events of different stages: :func:`parcelkit.status._precedence.prevails` decides.
5. Of the languages' readings, the one explaining the most text (plus letter evidence)
   is kept.

>>> from parcelkit.status._text import prepare
>>> decide(prepare("Refused, returning to sender"), None).claim.stage
<Stage.RETURN_TO_SENDER: 'return_to_sender'>
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Final

import attrs

from parcelkit.status import lexicon
from parcelkit.status._compose import Frame, compose
from parcelkit.status._detect import (
    GROUP_OF_SCRIPT,
    candidates,
    evidence,
    group_languages,
    tie_rank,
)
from parcelkit.status._fold import translit_key
from parcelkit.status._lexicon import Action, Direction, Idiom, Modality, Place, Term
from parcelkit.status._matcher import (
    PIECE_WEIGHT,
    Compiled,
    Index,
    Match,
    best_match,
    compile_row,
    compile_translit,
)
from parcelkit.status._precedence import prevails
from parcelkit.status._stage import Stage
from parcelkit.status._text import Text

__all__ = ["TRANSLIT_MARGIN", "Claim", "Decision", "decide"]

#: How much more a transliterated-Russian reading must explain than the best Latin-script
#: reading to be kept.
TRANSLIT_MARGIN: Final = 4

#: How far (in tokens, or characters for substring languages) after its action a
#: modality may stand and still be that action's ("acceptance pending").
_MODALITY_REACH: Final = 2

#: Places that name no particular kind of site: a frame takes any other place first.
_GENERIC_PLACES: Final = frozenset({Place.FACILITY, Place.COUNTRY})


@attrs.frozen
class Claim:
    """One event a text states: its reading and the words it stands on."""

    stage: Stage
    detail: str | None
    leg: str | None
    pattern: str
    #: Token positions (or, for substring languages, character positions) it covers.
    span: frozenset[int]
    start: int
    #: Characters of the text it explains (CJK characters count double).
    covered: int
    edits: int
    #: 0 for an IDIOM, else the composition lookup step (1-7) that read its frame.
    step: int
    #: An IDIOM, or a frame stating an action with a place, direction or modality; a bare
    #: verb ("received") or a bare place ("facility") is weak.
    strong: bool
    #: The clause its first word is in.
    clause: int
    #: An IDIOM, or a frame with an action: an event, not just a place or a modality.
    eventful: bool
    #: A frame whose modality announces the event ("will be delivered"): a plan, not news.
    announced: bool = False


@attrs.frozen
class Decision:
    """The deciding event of one language's reading, and what else the reading found."""

    lang: str
    claim: Claim
    claims: tuple[Claim, ...]
    #: Tokens (or substring pieces) any row matched: no location is taken from them.
    used: frozenset[str]
    substring: bool
    #: Two events with different stages were stated.
    conflict: bool
    translit: bool
    fuzzy: bool
    score: int


# ---------------------------------------------------------------- compiled rows


@functools.cache
def _compiled(lang: str) -> tuple[Compiled, ...]:
    module = lexicon.load(lang)
    rows: tuple[Term | Idiom, ...] = (*module.TERMS, *module.IDIOMS)
    return tuple(compile_row(r, lang, i) for i, r in enumerate(rows))


@functools.cache
def _lang_index(lang: str) -> Index:
    return Index.build(_compiled(lang))


@functools.cache
def _stem_starts(lang: str) -> frozenset[str]:
    """The first four letters of the two longest stems of every row of *lang*: how many
    of a text's words start like one is a hint of its language."""
    return frozenset(
        stem[:4] for row in _compiled(lang) for stem in sorted(row.stems, key=len)[-2:]
    )


@functools.cache
def _group_index(group: str) -> Index:
    return Index.build(row for lang in group_languages(group) for row in _compiled(lang))


@functools.cache
def _translit_index() -> Index:
    return Index.build(compile_translit(r) for r in _compiled("ru"))


# ---------------------------------------------------------------- events of one reading


def _span(m: Match, text: Text) -> frozenset[int]:
    if m.row.substring:
        return frozenset(
            p for start, piece in zip(m.tokens, m.row.stems, strict=True)
            for p in range(start, start + len(piece))
        )  # fmt: skip
    return frozenset(m.tokens)


def _covered(m: Match) -> int:
    return m.covered * (PIECE_WEIGHT if m.row.substring else 1)


def _clause(m: Match, text: Text) -> int:
    first = m.tokens[0]
    if m.row.substring:
        first = text.token_at[first] if first < len(text.token_at) else 0
    return text.clause_of[first] if first < len(text.clause_of) else 0


def _frames(terms: list[Match], text: Text) -> list[Claim]:
    """The events the TERM matches state: one frame per action.

    In a clause, a modality goes with the next action (or with the action right before
    it: "acceptance pending"), a place or direction with the nearest action.  A clause
    with places but no action continues the last earlier clause that has one
    ("Delivered, Parcel Locker"); what is left forms a frame without an action (one
    frame for the whole text when it names no action at all).
    """
    terms = _no_overlap(terms, text)
    by_clause: dict[int, list[Match]] = {}
    for m in terms:
        by_clause.setdefault(_clause(m, text), []).append(m)
    groups: dict[int, list[Match]] = {}
    last_action: Match | None = None
    loose_groups: list[list[Match]] = []
    for clause in sorted(by_clause):
        members = sorted(by_clause[clause], key=lambda m: m.tokens[0])
        actions = [m for m in members if isinstance(_concept(m), Action)]
        for a in actions:
            groups[id(a)] = [a]
        loose: list[Match] = []
        for m in members:
            if isinstance(_concept(m), Action):
                continue
            target = _attach(m, actions, last_action)
            if target is None:
                loose.append(m)
            else:
                groups[id(target)].append(m)
        if loose:
            loose_groups.append(loose)
        if actions:
            last_action = actions[-1]
    if not groups and loose_groups:  # no action anywhere: the words form one frame
        loose_groups = [[m for group in loose_groups for m in group]]
    claims = []
    for group in [*groups.values(), *loose_groups]:
        claim = _frame_claim(group, text)
        if claim is not None:
            claims.append(claim)
    return claims


def _attach(m: Match, actions: list[Match], earlier: Match | None) -> Match | None:
    """The action a place, direction or modality hit belongs to, if any."""
    at = m.tokens[0]
    if isinstance(_concept(m), Modality):
        inside = [a for a in actions if a.tokens[0] < at < a.tokens[-1]]
        if inside:  # "entrega não efetuada": within the action's own words
            return inside[0]
        after = [a for a in actions if a.tokens[0] > at]
        if after:
            return after[0]
        before = [a for a in actions if _end(a) < at]
        return before[-1] if before and at - _end(before[-1]) <= _MODALITY_REACH else None
    if actions:
        return min(actions, key=lambda a: (abs(a.tokens[0] - at), a.tokens[0] > at))
    return earlier


#: Modalities that deny the event of words around them.
_NEGATIONS: Final = frozenset({Modality.NOT, Modality.FAILED})


def _negated_inside(m: Match, negations: list[int]) -> bool:
    """Whether a negation stands between an idiom's own words ("consegna non
    effettuata" is no "consegna effettuata"): the idiom does not hold."""
    if m.row.substring or len(m.tokens) < 2:
        return False
    first, last = m.tokens[0], m.tokens[-1]
    return any(first < p < last and p not in m.tokens for p in negations)


def _end(m: Match) -> int:
    """Where a match ends: its last token, or in substring languages the position just
    before the end of its last piece (お受け取り|いただけます: the reach is counted from
    the end of the verb, not from its first letter)."""
    if m.row.substring:
        return m.tokens[-1] + len(m.row.stems[-1]) - 1
    return m.tokens[-1]


def _concept(m: Match) -> object:
    row = m.row.row
    return row.concept if isinstance(row, Term) else None


def _frame_claim(group: list[Match], text: Text) -> Claim | None:
    def first(kind: type, ms: Sequence[Match]) -> Match | None:
        found = [m for m in ms if isinstance(_concept(m), kind)]
        if kind is Place:
            found.sort(key=lambda m: _concept(m) in _GENERIC_PLACES)
        return found[0] if found else None

    parts = [first(k, group) for k in (Action, Place, Direction, Modality)]
    action, place, direction, modality = (_concept(m) if m else None for m in parts)
    frame = Frame(action, place, direction, modality)  # type: ignore[arg-type]
    reading = compose(frame)
    if reading is None:
        return None
    used = [m for m in parts if m is not None]
    span = frozenset().union(*(_span(m, text) for m in used))
    return Claim(
        reading.stage, reading.detail, reading.leg,
        "+".join(str(_concept(m)) for m in used), span,
        min(min(_span(m, text)) for m in used), sum(_covered(m) for m in used),
        sum(m.edits for m in used), reading.step,
        action is not None and len(used) > 1,
        _clause(used[0], text), action is not None, modality is Modality.FUTURE,
    )  # fmt: skip


def _no_overlap(matches: list[Match], text: Text) -> list[Match]:
    """The matches left when, of two on the same words, the one covering more stays."""
    kept: list[Match] = []
    taken: set[int] = set()
    for m in sorted(matches, key=lambda m: (-_covered(m), m.edits, m.row.order)):
        span = _span(m, text)
        if taken.isdisjoint(span):
            kept.append(m)
            taken |= span
    return kept


def _idiom_claim(m: Match, text: Text) -> Claim:
    row = m.row.row
    assert isinstance(row, Idiom)
    span = _span(m, text)
    # an UNKNOWN idiom without a detail is a generic word ("zásilka"), not a notice
    strong = row.stage is not Stage.UNKNOWN or row.detail is not None
    return Claim(row.stage, row.detail, row.leg, row.pattern, span, min(span), _covered(m),
                 m.edits, 0, strong, _clause(m, text), True)  # fmt: skip


def _reading(
    lang: str, matches: list[Match], text: Text, *, translit: bool, fuzzy: bool
) -> Decision | None:
    terms = [m for m in matches if isinstance(m.row.row, Term)]
    negations = [m.tokens[0] for m in terms if _concept(m) in _NEGATIONS]
    idioms = [
        m for m in matches
        if isinstance(m.row.row, Idiom) and not _negated_inside(m, negations)
    ]  # fmt: skip
    claims = [_idiom_claim(m, text) for m in idioms] + _frames(terms, text)
    kept: list[Claim] = []
    for c in sorted(claims, key=lambda c: (-c.covered, c.step, c.edits, c.start)):
        if not any(c.span <= k.span for k in kept):  # a reading inside a larger one goes
            kept.append(c)
    if not kept:
        return None
    kept.sort(key=lambda c: (c.start, -c.covered))
    best = kept[0]
    conflict = False
    for c in kept[1:]:
        if c.stage is best.stage:
            if c.strong and not best.strong:  # the same event, stated more fully
                best = attrs.evolve(c, detail=c.detail or best.detail, leg=c.leg or best.leg)
            elif best.detail is None and c.detail is not None:
                best = attrs.evolve(best, detail=c.detail, leg=best.leg or c.leg)
            continue
        conflict = True
        if prevails(best, c):
            best = c
    substring = matches[0].row.substring
    if substring:
        used = frozenset(s for m in matches for s in m.row.stems)
    else:
        used = frozenset(text.tokens[p] for m in matches for p in m.tokens)
    score = sum(c.covered for c in kept) - 2 * sum(c.edits for c in kept)
    return Decision(lang, best, tuple(kept), used, substring, conflict, translit, fuzzy, score)


# ---------------------------------------------------------------- choosing a reading


def _readings(
    index: Index, text: Text, langs: Sequence[str] | None, *, fuzzy: bool
) -> list[Decision]:
    found = best_match(index, text.tokens, text.joined, fuzzy=fuzzy)
    by_lang: dict[str, list[Match]] = {}
    for m in found:
        if langs is None or m.row.lang in langs:
            by_lang.setdefault(m.row.lang, []).append(m)
    out = []
    for lang, ms in by_lang.items():
        got = _reading(lang, ms, text, translit=False, fuzzy=fuzzy)
        if got is not None:
            out.append(got)
    return out


def _translit(text: Text, *, fuzzy: bool) -> Decision | None:
    keyed = tuple(translit_key(t) for t in text.tokens)
    view = attrs.evolve(text, tokens=keyed, joined="".join(keyed))
    found = best_match(_translit_index(), keyed, view.joined, fuzzy=fuzzy)
    if not found:
        return None
    got = _reading("ru", found, view, translit=True, fuzzy=fuzzy)
    if got is None:
        return None
    original = frozenset(t for t, k in zip(text.tokens, keyed, strict=True) if k in got.used)
    return attrs.evolve(got, used=original)


def _rank(d: Decision, text: Text) -> tuple[int, int, tuple[int, str]]:
    points = evidence(d.lang, text.folded, text.present)
    hits = 0
    if not d.substring and lexicon.script_of(d.lang) == "Latn":
        starts = _stem_starts(d.lang)
        hits = min(3, sum(1 for t in text.tokens if len(t) >= 3 and t[:4] in starts))
    rank = tie_rank(d.lang)
    return (d.score + points + hits, hits, (-rank[0], rank[1]))


def _best(readings: list[Decision], text: Text) -> Decision | None:
    if not readings:
        return None
    ranked = sorted(readings, key=lambda d: _rank(d, text), reverse=True)
    top = _rank(ranked[0], text)[:2]
    tied = [d for d in ranked if _rank(d, text)[:2] == top]
    return min(tied, key=lambda d: tie_rank(d.lang))


def _pass(text: Text, hint: str | None, *, fuzzy: bool) -> Decision | None:
    if hint is not None:
        if hint == "ru" and "Cyrl" not in text.present and "Latn" in text.present:
            return _translit(text, fuzzy=fuzzy)
        return _best(_readings(_lang_index(hint), text, None, fuzzy=fuzzy), text)
    readings: list[Decision] = []
    for group in sorted({GROUP_OF_SCRIPT.get(s, s) for s in text.present}):
        if group_languages(group):
            readings.extend(_readings(_group_index(group), text, None, fuzzy=fuzzy))
    best = _best(readings, text)
    if "Latn" in text.present and "ru" in lexicon.available_languages():
        latin = max((d.score for d in readings if not d.substring), default=None)
        letters = sum(len(t) for t in text.tokens)
        if latin is None or latin * 2 < letters:
            translit = _translit(text, fuzzy=fuzzy)
            margin = TRANSLIT_MARGIN + (latin or 0)
            if translit is not None and (latin is None or translit.score >= margin):
                return translit
    return best


def _settled(exact: Decision, text: Text) -> bool:
    """Whether the exact pass found enough that the typo pass is not tried: an event that
    is strong, or that explains at least half of the text's letters."""
    claim = exact.claim
    if not claim.eventful:
        return False
    letters = sum(len(t) for t in text.tokens) * (2 if exact.substring else 1)
    return claim.strong or 2 * exact.score >= letters


def decide(text: Text, hint: str | None) -> Decision | None:
    """The deciding reading of *text* (the *hint* language first), or ``None``."""
    if not text.tokens:
        return None
    if hint is not None:
        exact = _pass(text, hint, fuzzy=False)
        if exact is None or not _settled(exact, text):
            typo = _pass(text, hint, fuzzy=True)
            if typo is not None and (exact is None or typo.claim.eventful):
                exact = typo
        if exact is not None:
            return exact
    if not candidates(text.present) and "Latn" not in text.present:
        return None
    exact = _pass(text, None, fuzzy=False)
    if exact is not None and _settled(exact, text):
        return exact
    typo = _pass(text, None, fuzzy=True)
    if typo is not None and (exact is None or typo.claim.eventful):
        return typo
    return exact
