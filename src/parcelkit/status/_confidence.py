"""How sure a decision is: how much of its clauses the stated events explain, less what
made it uncertain (typos, a transliteration, two conflicting events, a loose frame).

The constants are declared here once; ``benchmarks/status_accuracy.py`` prints the
reliability table they produce (confidence bins against measured precision).
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._decide import Claim, Decision
from parcelkit.status._text import Text

__all__ = ["confidence"]

FLOOR: Final = 0.2
SPREAD: Final = 0.75
PER_EDIT: Final = 0.1
CONFLICT: Final = 0.15
TRANSLIT: Final = 0.1
#: A frame read only through a wildcard step (4 or later) of the composition table.
LOOSE_FRAME: Final = 0.1
#: The most a reading with any of the doubts above (a typo, a transliteration, two
#: conflicting events, a loose frame) may reach: on the first blind held-out round such
#: readings were right about 70 times in 100, so none of them may claim 0.8.
DOUBTFUL_CAP: Final = 0.7
#: Below this share of the text explained, a reading stays under 0.8: on the first blind
#: round, readings explaining less were right 80-90 times in 100, those explaining at
#: least this share without a doubt 99 times in 100.
SURE_RATIO: Final = 0.9
#: The cap of a clean reading that explains less than :data:`SURE_RATIO` of the text.
PARTIAL_CAP: Final = 0.79


def _clauses(claim: Claim, text: Text, substring: bool) -> set[int]:
    out = set()
    for p in claim.span:
        tok = text.token_at[p] if substring and p < len(text.token_at) else p
        if tok < len(text.clause_of):
            out.add(text.clause_of[tok])
    return out


def confidence(decision: Decision, text: Text) -> float:
    """A number in [0.05, 0.99]; 0.8 and above is meant to be right 99 times in 100."""
    winner = decision.claim
    agree = [c for c in decision.claims if c.stage is winner.stage] or [winner]
    clauses: set[int] = set()
    for c in agree:
        clauses |= _clauses(c, text, decision.substring)
    total = sum(text.clause_letters[k] for k in clauses if k < len(text.clause_letters))
    if decision.substring:
        total *= 2
    covered = sum(c.covered for c in agree)
    ratio = min(1.0, covered / total) if total else 1.0
    value = FLOOR + SPREAD * ratio - PER_EDIT * sum(c.edits for c in agree)
    if decision.conflict:
        value -= CONFLICT
    if decision.translit:
        value -= TRANSLIT
    if winner.step >= 4:
        value -= LOOSE_FRAME
    if decision.conflict or decision.translit or winner.step >= 4 or any(c.edits for c in agree):
        value = min(value, DOUBTFUL_CAP)
    if ratio < SURE_RATIO:
        value = min(value, PARTIAL_CAP)
    return round(min(0.99, max(0.05, value)), 2)
