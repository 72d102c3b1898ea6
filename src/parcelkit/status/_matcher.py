"""The row matcher: compiled lexicon rows, an index by stem prefix, and scoring.

A row is compiled once into folded stems.  An :class:`Index` maps short keys (the first
letters of the row's longest stem, plus a key from its middle so that a typo near the
start still finds the row) to rows, so one call only tries the few rows whose keys occur
in the text; the stems those rows share are looked up once per call.  Every step is
linear in the number of tokens times the (small) number of candidate rows; no regular
expression is built from a pattern.

Matching runs in two passes: the exact pass (a stem is a prefix of a token) first, and the
typo pass (edits within :func:`max_edits`) only when the caller found nothing exactly.

>>> from parcelkit.status._lexicon import I
>>> from parcelkit.status._stage import Stage
>>> idx = Index.build([compile_row(I("deliver", Stage.DELIVERED, source="x"), "en", 0)])
>>> best_match(idx, ("parcel", "delivred"), "", fuzzy=False)
[]
>>> best_match(idx, ("parcel", "delivred"), "", fuzzy=True)[0].row.row.stage
<Stage.DELIVERED: 'delivered'>
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from parcelkit.status._fold import fold_tokens, translit_key, translit_ru
from parcelkit.status._lexicon import Row

__all__ = [
    "SUBSTRING_LANGS",
    "Compiled",
    "Index",
    "Match",
    "best_match",
    "compile_row",
    "compile_translit",
    "max_edits",
]

#: Languages written without spaces between words: their pattern pieces are substrings.
#: Thai puts spaces only between phrases (นำจ่ายสำเร็จ is one run of letters).  Korean is
#: written with spaces, but carriers glue its compounds (배달완료 / 배달 완료), so it is
#: matched the same way.
SUBSTRING_LANGS = frozenset({"zh", "ja", "ko", "th"})

#: One-letter words written joined to the next word (Hebrew ב ה ו כ ל מ ש "in, the, and,
#: as, to, from, that"; Arabic و ف ب ك ل س and the article ال).  A stem of these languages
#: also matches a token that starts with up to ``n`` of these letters.
PROCLITICS: dict[str, tuple[str, int]] = {"he": ("בהוכלמש", 2), "ar": ("وفبكلسا", 3)}
_PROCLITIC_LETTERS = frozenset("".join(letters for letters, _ in PROCLITICS.values()))

#: Largest number of other tokens allowed between two consecutive stems.
MAX_GAP = 3
#: Largest number of characters allowed between two consecutive substring pieces.
MAX_PIECE_GAP = 12
#: Characters a substring piece counts for, relative to a Latin letter.
PIECE_WEIGHT = 2
#: Score lost per typo corrected.
EDIT_COST = 2
#: Letters of a token the exact pass looks at (no stem is longer).
MAX_TOKEN = 40


def max_edits(stem: str) -> int:
    """Typos tolerated in a stem: 1 from 6 letters, 2 from 10."""
    n = len(stem)
    return 2 if n >= 10 else 1 if n >= 6 else 0


@attrs.frozen
class Compiled:
    """A lexicon row folded for matching."""

    row: Row
    lang: str
    order: int
    stems: tuple[str, ...]
    whole: tuple[bool, ...]
    substring: bool
    weight: int
    proclitics: tuple[str, int] = ("", 0)

    def index_keys(self) -> set[str]:
        """The index keys under which this row is found.

        Every stem must match for the row to match, so a few stems are enough to find
        the row: the two longest, each keyed by its first four letters and, when it is
        long enough to tolerate a typo, by letters 4-7 (a typo in the first letters of
        one, or a typo in both key places of the other, still finds the row).
        """
        if self.substring:
            return {"=" + self.stems[0][:2]}
        keys = set()
        for stem in sorted(self.stems, key=len, reverse=True)[:2]:
            keys.add("=" + stem[:4])
            if len(stem) >= 6:
                keys.add("~" + stem[3:7])
        return keys

    def exact_key(self) -> str:
        """The one key an exact match needs: the first letters of the longest stem."""
        if self.substring:
            return "=" + self.stems[0][:2]
        return "=" + max(self.stems, key=len)[:4]


def compile_row(row: Row, lang: str, order: int) -> Compiled:
    """Fold a row's pattern the way texts are folded."""
    substring = lang in SUBSTRING_LANGS
    stems: list[str] = []
    whole: list[bool] = []
    for word in row.pattern.split():
        is_whole = word.endswith("$")
        folded = fold_tokens(word.rstrip("$"))
        piece = "".join(folded) if substring else " ".join(folded)
        if not piece or (not substring and " " in piece):
            raise ValueError(f"{lang}: bad stem {word!r} in pattern {row.pattern!r}")
        stems.append(piece)
        whole.append(is_whole)
    if not stems:
        raise ValueError(f"{lang}: empty pattern")
    weight = sum(len(s) for s in stems) * (PIECE_WEIGHT if substring else 1)
    return Compiled(
        row, lang, order, tuple(stems), tuple(whole), substring, weight,
        PROCLITICS.get(lang, ("", 0)),
    )  # fmt: skip


def compile_translit(row: Compiled) -> Compiled:
    """The Latin-letter twin of a Russian row, for texts typed in transliteration."""
    stems = tuple(translit_key(translit_ru(s)) for s in row.stems)
    return attrs.evolve(row, stems=stems, weight=sum(len(s) for s in stems))


@attrs.frozen
class Match:
    """The best way one row matched a text."""

    row: Compiled
    score: int
    edits: int
    tokens: tuple[int, ...]  # positions of matched tokens (token mode) or chars (substring)
    covered: int  # characters of the text the match covers


@attrs.frozen(eq=False)
class Index:
    """Rows and the key → rows tables used to pick candidates (hashed by identity)."""

    rows: tuple[Compiled, ...]
    table: dict[str, tuple[int, ...]]
    substring: bool
    #: The key → rows table of the exact pass (one key per row).
    exact: dict[str, tuple[int, ...]] = attrs.field(factory=dict)
    #: Exact pass, token languages: prefix stem → its stem ids, whole-word stem → ids.
    prefix_stems: dict[str, int] = attrs.field(factory=dict)
    whole_stems: dict[str, int] = attrs.field(factory=dict)
    #: stem id → the rows anchored on it; row → the stem id of each of its stems.
    stem_rows: tuple[tuple[int, ...], ...] = ()
    row_stems: tuple[tuple[int, ...], ...] = ()
    longest_stem: int = 0
    #: Stems of 5+ letters: a token that is one of these words (give or take an ending)
    #: is taken as that word, not as a typo of another (Spanish "pedido" is no "perdido").
    vocabulary: frozenset[str] = frozenset()

    @classmethod
    def build(cls, rows: Iterable[Compiled]) -> Index:
        rows = tuple(rows)
        table: dict[str, list[int]] = {}
        exact: dict[str, list[int]] = {}
        for i, row in enumerate(rows):
            for key in row.index_keys():
                table.setdefault(key, []).append(i)
            exact.setdefault(row.exact_key(), []).append(i)
        substring = bool(rows) and rows[0].substring
        vocabulary = frozenset(
            stem for row in rows if not row.substring for stem in row.stems if len(stem) >= 5
        )
        ids: dict[tuple[str, bool], int] = {}
        row_stems = []
        for row in rows:
            row_stems.append(tuple(
                ids.setdefault((stem, whole), len(ids))
                for stem, whole in zip(row.stems, row.whole, strict=True)
            ))  # fmt: skip
        # each row is found under one anchor: its stem used by the fewest rows
        uses = [0] * len(ids)
        for keys in row_stems:
            for k in set(keys):
                uses[k] += 1
        stem_rows: list[list[int]] = [[] for _ in ids]
        for i, keys in enumerate(row_stems):
            stem_rows[min(keys, key=lambda k: uses[k])].append(i)
        return cls(
            rows, {k: tuple(v) for k, v in table.items()}, substring,
            exact={k: tuple(v) for k, v in exact.items()},
            prefix_stems={s: k for (s, whole), k in ids.items() if not whole},
            whole_stems={s: k for (s, whole), k in ids.items() if whole},
            stem_rows=tuple(map(tuple, stem_rows)), row_stems=tuple(row_stems),
            longest_stem=max((len(s) for s, _ in ids), default=0), vocabulary=vocabulary,
        )  # fmt: skip

    def known(self, token: str) -> bool:
        """Whether *token* is a stem of this index plus at most two more letters."""
        vocabulary = self.vocabulary
        return any(
            token[:k] in vocabulary for k in range(max(5, len(token) - 2), len(token) + 1)
        )

    def candidates(self, tokens: Sequence[str], joined: str, fuzzy: bool) -> list[int]:
        """Rows that may match: those with a key found in the text (the middle-of-stem
        keys, which only a typo needs, in the typo pass only)."""
        found: set[int] = set()
        table = self.table if fuzzy else self.exact
        if self.substring:
            for i in range(len(joined)):
                for key in ("=" + joined[i], "=" + joined[i : i + 2]):
                    hit = table.get(key)
                    if hit:
                        found.update(hit)
            return sorted(found)
        for t in set(tokens):
            for key in _token_keys(t, fuzzy):
                hit = table.get(key)
                if hit:
                    found.update(hit)
        return sorted(found)

    def vocabulary_hits(self, tokens: Sequence[str]) -> int:
        """How many tokens start like some stem of this index (a language hint)."""
        return sum(1 for t in tokens if len(t) >= 3 and ("=" + t[:4]) in self.table)


def _token_keys(t: str, fuzzy: bool) -> tuple[str, ...]:
    """The index keys a text token can hit (see :meth:`Compiled.index_keys`)."""
    return _keys_of_prefix(t[:8], fuzzy)


@functools.lru_cache(maxsize=65536)
def _keys_of_prefix(t: str, fuzzy: bool) -> tuple[str, ...]:
    keys = ["=" + t[:1], "=" + t[:2], "=" + t[:3], "=" + t[:4]]
    if fuzzy and len(t) >= 5:
        keys += ["~" + t[2:6], "~" + t[3:7], "~" + t[4:8]]
    if t[0] in _PROCLITIC_LETTERS:
        for form in _bare(t, ("".join(sorted(_PROCLITIC_LETTERS)), 3))[1:]:
            keys += ["=" + form[:1], "=" + form[:2], "=" + form[:3], "=" + form[:4]]
    return tuple(dict.fromkeys(keys))


@functools.lru_cache(maxsize=65536)
def _fuzzy(stem: str, token: str, whole: bool, limit: int) -> int | None:
    """Edits (with transpositions) turning *stem* into *token* or a prefix of it, if ≤ limit."""
    m = len(stem)
    if token[:1] != stem[:1] or len(token) < m - limit:
        return None
    if whole and abs(len(token) - m) > limit:
        return None
    n = min(len(token), m + limit)
    # rows over token prefixes; prev2/prev/cur are columns over the stem
    prev2: list[int] = []
    prev = list(range(m + 1))
    best = prev[m] if not whole else limit + 1
    for j in range(1, n + 1):
        cur = [j] + [0] * m
        tj = token[j - 1]
        for i in range(1, m + 1):
            cost = 0 if stem[i - 1] == tj else 1
            v = min(prev[i] + 1, cur[i - 1] + 1, prev[i - 1] + cost)
            if i > 1 and j > 1 and stem[i - 1] == token[j - 2] and stem[i - 2] == tj:
                v = min(v, prev2[i - 2] + 1)
            cur[i] = v
        if min(cur) > limit:  # no longer prefix can get back within the limit
            break
        if not whole or j == len(token):
            best = min(best, cur[m])
        prev2, prev = prev, cur
    return best if best <= limit else None


def _stem_edits(stem: str, whole: bool, token: str, fuzzy: bool) -> int | None:
    if (token == stem) if whole else token.startswith(stem):
        return 0
    if not fuzzy:
        return None
    limit = min(1, max_edits(stem)) if whole else max_edits(stem)
    if not limit or len(token) < len(stem) - limit:
        return None
    if whole and abs(len(token) - len(stem)) > limit:
        return None
    return _fuzzy(stem, token[: len(stem) + limit], whole, limit)


_Hits = dict[tuple[str, bool, str], list[tuple[int, int]]]


def _bare(token: str, proclitics: tuple[str, int]) -> list[str]:
    """*token* and its forms without up to n leading proclitic letters."""
    letters, n = proclitics
    forms = [token]
    while n and len(token) > 2 and token[0] in letters:
        token = token[1:]
        forms.append(token)
        n -= 1
    return forms


def _hits(
    stem: str,
    whole: bool,
    tokens: Sequence[str],
    memo: _Hits,
    proclitics: tuple[str, int],
    known: Sequence[bool],
    fuzzy: bool,
) -> list[tuple[int, int]]:
    """(position, edits) of every token the stem matches; shared by the rows of one call."""
    key = (stem, whole, proclitics[0])
    found = memo.get(key)
    if found is None:
        first = stem[0]
        found = []
        for pos, tok in enumerate(tokens):
            if not proclitics[1]:
                if tok[0] == first:  # exact and fuzzy matches keep the first letter
                    e = _stem_edits(stem, whole, tok, fuzzy)
                    if e is not None and not (e and known[pos]):
                        found.append((pos, e))
                continue
            edits = [
                e
                for form in _bare(tok, proclitics)
                if form[0] == first and (e := _stem_edits(stem, whole, form, fuzzy)) is not None
            ]
            if edits:
                found.append((pos, min(edits)))
        memo[key] = found
    return found


@functools.lru_cache(maxsize=65536)
def _token_stems(index: Index, token: str) -> tuple[int, ...]:
    """The stem ids of *index* that *token* (or, for Hebrew and Arabic, the token without
    its proclitic letters) matches exactly: a prefix stem, or the whole word."""
    found: list[int] = []
    proclitics = index.rows[0].proclitics if index.rows else ("", 0)
    prefix, whole = index.prefix_stems, index.whole_stems
    for form in _bare(token, proclitics) if proclitics[1] else (token,):
        for k in range(1, min(len(form), index.longest_stem) + 1):
            hit = prefix.get(form[:k])
            if hit is not None:
                found.append(hit)
        hit = whole.get(form)
        if hit is not None:
            found.append(hit)
    return tuple(dict.fromkeys(found))


def _exact_matches(index: Index, tokens: Sequence[str]) -> list[Match]:
    """Every row matching *tokens* exactly (token languages): stems found per token by
    lookup, rows kept when all their stems occur, in order (see :func:`_ordered`)."""
    where: dict[int, list[int]] = {}
    for pos, tok in enumerate(tokens):
        for sid in _token_stems(index, tok[:MAX_TOKEN]):
            where.setdefault(sid, []).append(pos)
    rows: set[int] = set()
    for sid in where:
        rows.update(index.stem_rows[sid])
    found = []
    for i in sorted(rows):
        keys = index.row_stems[i]
        if not all(k in where for k in keys):
            continue
        got = _ordered([[(p, 0) for p in where[k]] for k in keys])
        if got is None:
            continue
        row = index.rows[i]
        covered = sum(len(tokens[p]) for p in got[1])
        found.append(Match(row, row.weight, 0, got[1], covered))
    return found


def _ordered(hits: list[list[tuple[int, int]]]) -> tuple[int, tuple[int, ...]] | None:
    """The cheapest way to take one (position, edits) hit per stem in the pattern's order,
    at most :data:`MAX_GAP` tokens apart, if any."""
    if len(hits) == 1:
        return min((e, (pos,)) for pos, e in hits[0])
    # prev: token position where the previous stem matched → (edits so far, positions)
    prev: dict[int, tuple[int, tuple[int, ...]]] = {pos: (e, (pos,)) for pos, e in hits[0]}
    for stem_hits in hits[1:]:
        cur: dict[int, tuple[int, tuple[int, ...]]] = {}
        for pos, e in stem_hits:
            best = None
            for p in range(max(0, pos - MAX_GAP - 1), pos):
                got = prev.get(p)
                if got is not None and (best is None or got < best):
                    best = got
            if best is not None:
                cur[pos] = (best[0] + e, (*best[1], pos))
        if not cur:
            return None
        prev = cur
    return min(prev.values())


def _match_tokens(
    row: Compiled, tokens: Sequence[str], memo: _Hits, known: Sequence[bool], fuzzy: bool
) -> tuple[int, tuple[int, ...]] | None:
    hits = []
    for stem, whole in zip(row.stems, row.whole, strict=True):
        found = memo.get((stem, whole, row.proclitics[0]))
        if found is None:
            found = _hits(stem, whole, tokens, memo, row.proclitics, known, fuzzy)
        if not found:
            return None
        hits.append(found)
    got = _ordered(hits)
    if got is None and fuzzy and min(map(len, row.stems)) >= 3:
        return _unordered(hits)  # out of order: typo pass only, every stem a real word
    return got


def _unordered(hits: list[list[tuple[int, int]]]) -> tuple[int, tuple[int, ...]] | None:
    """All stems near each other but not in the pattern's order ("address is incomplete"
    for "incomplete address"): accepted at the cost of two edits."""
    window = MAX_GAP + len(hits)
    best: tuple[int, tuple[int, ...]] | None = None
    for anchor, first_edits in hits[0]:
        used = {anchor}
        total = first_edits
        for stem_hits in hits[1:]:
            near = [(e, abs(p - anchor), p) for p, e in stem_hits
                    if p not in used and abs(p - anchor) <= window]  # fmt: skip
            if not near:
                break
            e, _, pos = min(near)
            used.add(pos)
            total += e
        else:
            found = (total + 2, tuple(sorted(used)))
            if best is None or found < best:
                best = found
    return best


def _match_pieces(row: Compiled, joined: str) -> tuple[int, tuple[int, ...]] | None:
    first = row.stems[0]
    start = joined.find(first)
    while start >= 0:
        spans = [start]
        end = start + len(first)
        for piece in row.stems[1:]:
            at = joined.find(piece, end, end + MAX_PIECE_GAP + len(piece))
            if at < 0:
                break
            spans.append(at)
            end = at + len(piece)
        else:
            return 0, tuple(spans)
        start = joined.find(first, start + 1)
    return None


def best_match(index: Index, tokens: Sequence[str], joined: str, *, fuzzy: bool) -> list[Match]:
    """Every candidate row's match, best first (score, then coverage, then table order);
    with ``fuzzy`` false only exact stems count (the typo pass is the caller's fallback)."""
    if not fuzzy and not index.substring:
        found = _exact_matches(index, tokens)
        found.sort(key=lambda m: (-m.score, -m.row.weight, m.edits, m.row.order))
        return found
    found = []
    memo: _Hits = {}
    known: list[bool] = []
    for i in index.candidates(tokens, joined, fuzzy):
        row = index.rows[i]
        if row.substring:
            got = _match_pieces(row, joined)
        else:
            if fuzzy and not known and tokens:
                known = [index.known(t) for t in tokens]
            got = _match_tokens(row, tokens, memo, known, fuzzy)
        if got is None:
            continue
        edits, where = got
        if row.substring:
            covered = sum(len(s) for s in row.stems)
        else:
            covered = sum(len(tokens[p]) for p in where)
        score = row.weight - EDIT_COST * edits
        found.append(Match(row, score, edits, where, covered))
    found.sort(key=lambda m: (-m.score, -m.row.weight, m.edits, m.row.order))
    return found
