"""A raw status folded once: its bounded tokens, their clauses and the scripts present.

>>> t = prepare("Arrived at facility, SHANGHAI")
>>> t.tokens, t.clause_of
(('arrived', 'at', 'facility', 'shanghai'), (0, 0, 0, 1))
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat
from typing import Final

import attrs
import regex

from parcelkit.status._fold import fold, scripts

__all__ = ["MAX_TOKENS", "MAX_TOKEN_LETTERS", "Text", "from_tokens", "prepare"]

#: Tokens of a text that are read (the rest is ignored): real statuses have a few dozen.
MAX_TOKENS: Final = 200
#: Letters of a token that are read: no word of any lexicon is longer.
MAX_TOKEN_LETTERS: Final = 40

_LETTERS: Final = regex.compile(r"\p{L}+")
# Clause breaks: punctuation, brackets, a dash or slash between spaces, a sentence end.
_CLAUSE: Final = regex.compile(
    r"[,;:|()\[\]【】（）「」<>·•，：；]|\s[-–—/]\s|[.!?。！？](?:\s|$)"
)


@attrs.frozen
class Text:
    """The folded view of one raw status that every later step reads."""

    folded: str
    tokens: tuple[str, ...]
    #: The clause index of each token (clauses are split by punctuation).
    clause_of: tuple[int, ...]
    #: Letters in each clause.
    clause_letters: tuple[int, ...]
    #: The tokens joined without separators (what substring rows are matched against).
    joined: str
    #: For each character of :attr:`joined`, the token it belongs to.
    token_at: tuple[int, ...]
    present: frozenset[str]


def _token_at(tokens: Sequence[str]) -> tuple[int, ...]:
    return tuple(chain.from_iterable(repeat(i, len(t)) for i, t in enumerate(tokens)))


def prepare(raw: str) -> Text:
    """Fold *raw* once and cut it into bounded tokens and clauses."""
    folded = fold(raw)
    tokens: list[str] = []
    clause_of: list[int] = []
    clause_letters: list[int] = []
    for k, clause in enumerate(_CLAUSE.split(folded)):
        letters = 0
        for word in _LETTERS.findall(clause):
            if len(tokens) < MAX_TOKENS:
                tokens.append(word[:MAX_TOKEN_LETTERS])
                clause_of.append(k)
            letters += len(word)
        clause_letters.append(letters)
        if len(tokens) >= MAX_TOKENS:
            break
    joined = "".join(tokens)
    token_at = _token_at(tokens)
    return Text(
        folded, tuple(tokens), tuple(clause_of), tuple(clause_letters),
        joined, token_at, scripts(joined),
    )  # fmt: skip


def from_tokens(tokens: tuple[str, ...], clause_of: tuple[int, ...]) -> Text:
    """The view :func:`prepare` gives of a text with these words and clause breaks (what
    a decision depends on; the folded text is its letters)."""
    letters = [0] * (max(clause_of, default=-1) + 1)
    for token, k in zip(tokens, clause_of, strict=True):
        letters[k] += len(token)
    joined = "".join(tokens)
    token_at = _token_at(tokens)
    return Text(joined, tokens, clause_of, tuple(letters), joined, token_at, scripts(joined))
