"""A "did you mean" for tracking codes: the valid codes a mistyped one was probably meant to be.

>>> [(s.code, s.edit, s.position) for s in suggest('RK19O321410CN')]
[('RK190321410CN', 'lookalike', 4)]
>>> suggest('RK19O321410CN')[0].description
'the 5th character is the letter O; the digit 0 was probably meant'
>>> [(s.code, s.edit) for s in suggest('RK190321401CN')]   # two swaps give valid codes
[('RK910321401CN', 'transpose'), ('RK190321410CN', 'transpose'), ('RK190321406CN', 'check_digit')]
>>> [(s.code, s.edit) for s in suggest('RK19032141CN')]
[('RK190321410CN', 'check_digit')]
>>> suggest('RK190321410CN'), suggest('hello')
([], [])

Only codes valid for a format with a check digit are suggested: without one, every
variant would be "valid".  The edits are tried in a fixed order of likelihood
(:data:`EDITS`); an edit that gives more than *limit* different valid codes gives none,
because picking one of many equally likely fixes would be a guess.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from typing import Final

import attrs

from parcelkit import s10
from parcelkit._json import as_dict
from parcelkit._lookalike_data import alternatives
from parcelkit.carriers import Candidate, classify
from parcelkit.exceptions import InvalidComponent

__all__ = ["CONFIDENT", "EDITS", "MAX_CODE_LENGTH", "Suggestion", "suggest"]

#: The edit ids, most likely mistake first; ``insert`` and ``delete`` (the length is one
#: off) are equally likely.  A changed or missing check digit comes last: it explains any
#: code, so it is the answer only when nothing likelier does.
EDITS: Final = ("lookalike", "transpose", "substitute", "insert", "delete", "check_digit")
_RANK: Final = {"lookalike": 0, "transpose": 1, "substitute": 2, "insert": 3, "delete": 3,
                "check_digit": 4}  # fmt: skip
_RANKS: Final = max(_RANK.values()) + 1

#: Compact codes longer than this are too far from every format (the longest format with
#: a check digit has 34 characters); they get no suggestion.
MAX_CODE_LENGTH: Final = 40

#: A code valid for a format without a check digit is left alone when that format is at
#: least this confident (docs/carriers.md); below it, a near-miss of a format with a
#: check digit is likelier (``RX2289874983UY`` has the shape of a DHL eCommerce number,
#: confidence 0.4, and is an S10 code with a doubled digit).
CONFIDENT: Final = 0.5

#: Edits of this many leading characters can change which format a code has the shape
#: of (fixed prefixes such as ``1Z``, ``94``, ``420`` + ZIP): they are tried even when the
#: typed code has the shape of no format with a check digit.
_PREFIX: Final = 6

_DIGITS: Final = "0123456789"


@attrs.frozen
class Suggestion:
    """A valid code the typed one was probably meant to be, and the mistake that explains it.

    ``position`` is the 0-based index, in the compact typed code, of the first character
    the edit changes (for ``insert`` and a missing check digit: where the character goes).
    ``score`` (0-1) orders the suggestions: the edit's likelihood first, then the
    format's confidence.
    """

    code: str
    carrier: str
    format: str
    #: One of :data:`EDITS`.
    edit: str
    position: int
    description: str
    score: float

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of the fields."""
        return as_dict(self)


@functools.lru_cache(maxsize=64)
def _ordinal(i: int) -> str:
    n = i + 1
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _char_name(ch: str, raw: str | None) -> str:
    """'the letter O', 'the digit 0', 'the Cyrillic letter О' (from the raw input)."""
    shown = raw if raw is not None else ch
    if shown.isascii():
        if not shown.isalnum():
            return f"the character {shown}"
        return f"the digit {shown}" if shown.isdigit() else f"the letter {shown}"
    name = unicodedata.name(shown, "")
    script = name.split(" ", 1)[0].capitalize() if name else ""
    kind = "digit" if "DIGIT" in name else "letter"
    return f"the {script} {kind} {shown}" if script else f"the character {shown}"


def _meant_name(ch: str) -> str:
    return f"the digit {ch}" if ch.isdigit() else f"the letter {ch}"


def _raw_chars(raw: str, code: str) -> list[str | None]:
    """For each character of the compact *code*, the raw character it came from, when
    cleaning maps the input one character at a time (else None everywhere)."""
    out: list[str | None] = []
    for ch in raw:
        piece = s10.compact(ch)
        if len(piece) > 1:
            return [None] * len(code)
        if piece:
            out.append(ch)
    if len(out) != len(code) or s10.compact("".join(c for c in out if c)) != code:
        return [None] * len(code)
    return out


class _Search:
    """One call's state: the typed code, a cache of verdicts, and the fixes per edit."""

    def __init__(self, code: str, raw: list[str | None], limit: int) -> None:
        self.code = code
        self.raw = raw
        self.limit = limit
        self.verdicts: dict[str, Candidate | None] = {}
        self.shapes: dict[str, bool] = {}
        #: edit → {fixed code: (candidate, position, description)}
        self.found: dict[str, dict[str, tuple[Candidate, int, str]]] = {e: {} for e in EDITS}
        #: Edits with more fixes than the limit: they give none.
        self.over: set[str] = set()

    def typed(self, i: int) -> str:
        """The character at place *i* as the user typed it."""
        return self.raw[i] or self.code[i]

    def verdict(self, code: str) -> Candidate | None:
        """The most confident valid candidate of *code* that has a check digit."""
        if code in self.verdicts:
            return self.verdicts[code]
        result: Candidate | None = None
        # An S10-shaped code is settled by the S10 check digit first: most tries are
        # rejected there without building a classification.
        if not _s10_shaped(code) or (
            s10.calc_check_digit(code[2:10]) == code[10] and s10.is_valid(code)
        ):
            result = next((c for c in classify(code).candidates if c.valid and c.checksum), None)
        self.verdicts[code] = result
        return result

    def shape_fits(self, code: str) -> bool:
        """Whether *code* has the shape of a format with a check digit (its check may
        fail).  A digit put in or changed past the leading digits leaves the shape as it
        is, so one try per place stands for all ten digits."""
        if _s10_shaped(code):
            return True
        fits = self.shapes.get(code)
        if fits is None:
            fits = self.shapes[code] = any(
                c.checksum is not None for c in classify(code).candidates
            )
        return fits

    def offer(self, edit: str, code: str, position: int, template: str, *args: object) -> None:
        """Record *code* as a fix by *edit* if it is valid (described by *template* filled
        with *args*); past the limit the edit is marked as giving too many fixes."""
        fixes = self.found[edit]
        if edit in self.over or code in fixes or code == self.code:
            return
        cand = self.verdict(code)
        if cand is None:
            return
        fixes[code] = (cand, position, template.format(*args))
        if len(fixes) > self.limit:
            self.over.add(edit)


def _s10_shaped(code: str) -> bool:
    return (
        len(code) == s10.LENGTH
        and code.isascii()
        and code[:2].isalpha()
        and code[2:11].isdigit()
        and code[11:].isalpha()
    )


def _check_at(code: str) -> int:
    """Where the check digit of a code shaped like *code* stands: the 11th character of an
    S10-like code (letters at both ends), else the last."""
    if len(code) == s10.LENGTH and code[:2].isalpha() and code[11:].isalpha():
        return 10
    return len(code) - 1


def _is_code_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _value_prefix(code: str, i: int) -> bool:
    """Whether the digit at place *i* can decide the format: it is among the leading
    digits (``94…``, ``96…``, ``420`` + ZIP, the ``1`` of ``1Z``)."""
    return i < _PREFIX and (i == 0 or code[:i].isdigit())


def _places(code: str, n: int) -> list[int]:
    """Places 0 to *n* - 1: the ones past the leading digits first, from the end, so that
    where a long code has many fixes the limit is reached with the fewest tries."""
    ahead = [i for i in range(n) if _value_prefix(code, i)]
    return [i for i in reversed(range(n)) if not _value_prefix(code, i)] + ahead


_LOOKALIKE: Final = "the {} character is {}; {} was probably meant"
_TOGETHER: Final = "the {} characters ({}) look like {}, which were probably meant"
_SWAPPED: Final = "the {} and {} characters ({}{}) look swapped; {}{} was probably meant"
_WRONG: Final = "the {} character is {}; with {} there the check digit fits"
_WRONG_CHECK: Final = "the check digit (the {} character) is {}; for the other characters it is {}"
_MISSING: Final = "a digit seems missing as the {} character; with {} there the check digit fits"
_MISSING_CHECK: Final = "the check digit is missing; for these characters it is {}"
_DOUBLED: Final = "the {} character repeats the one before it ({}); without it the check digit fits"


def _lookalikes(s: _Search) -> None:
    code = s.code
    changes: list[tuple[int, str]] = []
    for i, ch in enumerate(code):
        for meant in alternatives(ch):
            changes.append((i, meant))
            s.offer("lookalike", code[:i] + meant + code[i + 1 :], i, _LOOKALIKE,
                    _ordinal(i), _char_name(ch, s.raw[i]), _meant_name(meant))  # fmt: skip
    # Several look-alikes at once, changed to the kind the format's fields put there: the
    # S10 layout (two letters, nine digits, two letters), or digits after a short prefix.
    if len({i for i, _ in changes}) > 1:
        for first_digit in (0, 1, 2):
            _together(s, changes, _digits_from(first_digit))
        if len(code) == s10.LENGTH:
            _together(s, changes, _s10_digit)


def _digits_from(first: int) -> Callable[[int], bool]:
    return lambda i: i >= first


def _s10_digit(i: int) -> bool:
    return 2 <= i <= 10


def _together(s: _Search, changes: list[tuple[int, str]], digit_at: Callable[[int], bool]) -> None:
    """Every look-alike changed to the kind (digit or letter) *digit_at* puts at its place."""
    chars = list(s.code)
    done: list[int] = []
    for i, meant in changes:
        if meant.isdigit() == digit_at(i) and not (done and done[-1] == i):
            chars[i] = meant
            done.append(i)
    if len(done) < 2:
        return
    where = ", ".join(_ordinal(i) for i in done[:-1]) + f" and {_ordinal(done[-1])}"
    s.offer("lookalike", "".join(chars), done[0], _TOGETHER, where,
            ", ".join(s.typed(i) for i in done), ", ".join(chars[i] for i in done))  # fmt: skip


def _transpositions(s: _Search, *, everywhere: bool) -> None:
    """Two neighbours swapped.  Without *everywhere*, swaps of two digits past the leading
    digits are skipped: they keep a shape that fits no format with a check digit."""
    code = s.code
    for i in range(len(code) - 1):
        a, b = code[i], code[i + 1]
        if a == b or (not everywhere and not _value_prefix(code, i) and a.isdigit()
                      and b.isdigit()):  # fmt: skip
            continue
        s.offer("transpose", code[:i] + b + a + code[i + 2 :], i, _SWAPPED,
                _ordinal(i), _ordinal(i + 1), s.typed(i), s.typed(i + 1), b, a)  # fmt: skip


def _substitutions(s: _Search, *, everywhere: bool) -> None:
    """One wrong digit, or a stray character where a digit belongs; at the check digit's
    place the edit is ``check_digit``.  Without *everywhere* only stray characters and
    the leading digits are tried."""
    code = s.code
    check = _check_at(code)
    for i in _places(code, len(code)):
        ch = code[i]
        stray = not _is_code_char(ch)
        if not (ch.isdigit() or stray) or not (everywhere or stray or _value_prefix(code, i)):
            continue
        edit = "check_digit" if i == check and not stray else "substitute"
        if edit in s.over:
            continue
        where, typed = _ordinal(i), _char_name(ch, s.raw[i])
        for d in _DIGITS:
            if d == ch:
                continue
            fixed = code[:i] + d + code[i + 1 :]
            if edit == "check_digit":
                s.offer(edit, fixed, i, _WRONG_CHECK, where, ch, d)
            else:
                s.offer(edit, fixed, i, _WRONG, where, typed, d)


def _insertions(s: _Search) -> None:
    """One missing digit; a missing check digit is the edit ``check_digit``."""
    code = s.code
    for i in _places(code, len(code) + 1):
        if "insert" in s.over and i != _check_at(code[:i] + "0" + code[i:]):
            continue
        if not _value_prefix(code, i) and not s.shape_fits(code[:i] + "0" + code[i:]):
            continue
        for d in _DIGITS:
            fixed = code[:i] + d + code[i:]
            if i == _check_at(fixed):
                s.offer("check_digit", fixed, i, _MISSING_CHECK, d)
            else:
                s.offer("insert", fixed, i, _MISSING, _ordinal(i), d)


def _deletions(s: _Search) -> None:
    """One doubled character."""
    code = s.code
    for i in range(1, len(code)):
        if code[i] == code[i - 1]:
            s.offer("delete", code[:i] + code[i + 1 :], i, _DOUBLED, _ordinal(i), s.typed(i))


def _needs_fixing(code: str) -> tuple[bool, bool]:
    """Whether *code* needs a fix, and whether it has the shape of a format with a check
    digit.  A code valid for a format with a check digit, or for one without that is
    confident on its own (:data:`CONFIDENT`), needs none."""
    candidates = classify(code).candidates
    if any(c.valid and (c.checksum or c.confidence >= CONFIDENT) for c in candidates):
        return False, True
    return True, any(c.checksum is False for c in candidates)


def suggest(code: str, *, limit: int = 5) -> list[Suggestion]:
    """The valid codes *code* was probably meant to be, most likely first; at most *limit*.

    Empty for a valid code, for a code too far from every format, and for an edit with
    more than *limit* equally likely fixes.  Never raises for a ``str`` (``TypeError`` for
    other types; ``InvalidComponent`` for a *limit* below 1).
    """
    compact = s10.compact(code)
    if isinstance(limit, bool) or not isinstance(limit, int):
        raise TypeError(f"limit must be an int, not {type(limit).__name__}")
    if limit < 1:
        raise InvalidComponent(f"limit must be at least 1, not {limit}")
    if len(code) > s10.MAX_INPUT_LENGTH or not 2 <= len(compact) <= MAX_CODE_LENGTH:
        return []
    needed, shaped = _needs_fixing(compact)
    if not needed:
        return []
    s = _Search(compact, _raw_chars(code, compact), limit)
    # (the likeliest edit a step can give, the step)
    steps: tuple[tuple[str, Callable[[], None]], ...] = (
        ("lookalike", lambda: _lookalikes(s)),
        ("transpose", lambda: _transpositions(s, everywhere=shaped)),
        ("substitute", lambda: _substitutions(s, everywhere=shaped)),
        ("insert", lambda: _insertions(s)),
        ("delete", lambda: _deletions(s)),
    )
    for edit, step in steps:
        # a step whose fixes could only rank below a full answer is skipped
        ahead = sum(
            len(f) for e, f in s.found.items() if e not in s.over and _RANK[e] < _RANK[edit]
        )
        if ahead < limit:
            step()
    return _ranked(s)[:limit]


def _ranked(s: _Search) -> list[Suggestion]:
    """The fixes of the edits within the limit: likeliest edit first, then the format's
    confidence, then the place; a code reached by two edits counts for the likelier."""
    rows = sorted(
        (_RANK[edit], -cand.confidence, position, fixed, edit)
        for edit, fixes in s.found.items()
        if edit not in s.over
        for fixed, (cand, position, _) in fixes.items()
    )
    out: list[Suggestion] = []
    seen: set[str] = set()
    for rank, neg_confidence, position, fixed, edit in rows:
        if fixed in seen:
            continue
        seen.add(fixed)
        cand, _, description = s.found[edit][fixed]
        score = round((_RANKS - 1 - rank - neg_confidence) / _RANKS, 4)
        out.append(Suggestion(fixed, cand.carrier, cand.format, edit, position, description,
                              score))  # fmt: skip
    return out
