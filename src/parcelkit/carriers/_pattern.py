"""What a row's pattern says about the codes it matches, read from the pattern itself.

The engine and the fake-service table file their rows by length and first two characters,
and the column path lays fixed-width patterns over byte matrices.
None of that is written by hand: it is derived here, once per pattern.

* :func:`starts` asks the ``regex`` engine which prefixes can still become a match
  (partial matching), so it is exact for every pattern.
* :func:`lengths` and :func:`layout` read the pattern's parse tree from the standard
  library's regular-expression parser (``sre_parse``).  :func:`lengths` follows every
  construct the rows use (classes, counts, alternatives, groups, lookaheads and ``$``);
  a negative lookahead is taken to leave the length free.  Any other construct raises
  ``ValueError``, so a new row that needs one fails its tests instead of being filed wrongly.

>>> lengths(r'LP[0-9]{12,20}')
(14, 15, 16, 17, 18, 19, 20, 21, 22)
>>> lengths(r'(?:420[0-9]{5}(?=[0-9]{22}$))?[0-9]{22}')
(22, 30)
>>> starts(r'[YU]C[0-9]{9}YW', 1)
('U', 'Y')
>>> [(s.start, s.end, s.chars[:3], s.group) for s in layout(r'1Z(?P<body>[0-9]{15})', 17)]
[(0, 1, '1', ''), (1, 2, 'Z', ''), (2, 17, '012', 'body')]
"""

from __future__ import annotations

import functools
import string
import sys
from typing import Any, Final

import attrs
import regex

if sys.version_info >= (3, 11):
    from re import _parser as sre_parse
else:  # pragma: no cover  (the tests run on 3.11+)
    import sre_parse

__all__ = ["ALPHABET", "MAX_LENGTH", "Span", "layout", "lengths", "starts"]

#: The characters of a cleaned code.
ALPHABET: Final = string.digits + string.ascii_uppercase
#: No pattern may match codes longer than this (longer input never reaches a row).
MAX_LENGTH: Final = 64

_c = sre_parse  # the node names of the parse tree
_CHAR: Final = frozenset({_c.LITERAL, _c.IN, _c.ANY, _c.NOT_LITERAL})


def _reach(items: Any, at: frozenset[int], n: int) -> frozenset[int]:
    """The positions a match of the parsed *items* can end at, from positions *at*, in a
    code of *n* characters."""
    for op, av in items:
        if not at:
            break
        if op in _CHAR:
            at = frozenset(p + 1 for p in at if p < n)
        elif op is _c.SUBPATTERN:
            at = _reach(av[-1], at, n)
        elif op is _c.BRANCH:
            at = frozenset().union(*(_reach(alt, at, n) for alt in av[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, body = av
            reached = frozenset(at) if low == 0 else frozenset()
            for k in range(1, min(high, n) + 1):
                at = _reach(body, at, n)
                if k >= low:
                    reached |= at
            at = reached
        elif op is _c.ASSERT and av[0] == 1:  # a lookahead keeps the positions it can pass
            at = frozenset(p for p in at if _reach(av[1], frozenset((p,)), n))
        elif op is _c.ASSERT_NOT and av[0] == 1:
            pass  # constrains characters, not the length
        elif op is _c.AT and av is _c.AT_END:
            at = at & {n}
        else:
            raise ValueError(f"pattern construct {op} is not read by parcelkit.carriers")
    return at


@functools.cache
def lengths(pattern: str) -> tuple[int, ...]:
    """Every length of code the pattern matches in full, ascending."""
    tree = sre_parse.parse(pattern)
    found = tuple(n for n in range(1, MAX_LENGTH + 1) if n in _reach(tree, frozenset({0}), n))
    if not found or found[-1] == MAX_LENGTH:
        raise ValueError(f"pattern {pattern!r} matches no code of 1-{MAX_LENGTH - 1} characters")
    return found


@functools.cache
def starts(pattern: str, k: int) -> tuple[str, ...]:
    """The *k*-character prefixes over :data:`ALPHABET` that a match may begin with."""
    may_start = regex.compile(pattern).fullmatch
    out = [""]
    for _ in range(k):
        out = [p + ch for p in out for ch in ALPHABET if may_start(p + ch, partial=True)]
    return tuple(out)


@attrs.frozen
class Span:
    """Positions ``start`` to ``end`` of a code, each one of ``chars``, in the named
    ``group`` (``''`` outside ``body`` and ``check``); or, with ``forbid``, a zero-width
    "not followed by ``forbid``" at ``start``."""

    start: int
    end: int
    chars: str
    group: str
    forbid: str = ""


def _chars(op: Any, av: Any) -> str | None:
    if op is _c.LITERAL:
        return chr(av) if chr(av) in ALPHABET else ""
    if op is _c.IN and all(o in (_c.LITERAL, _c.RANGE) for o, _ in av):
        allowed = set()
        for o, a in av:
            lo, hi = (a, a) if o is _c.LITERAL else a
            allowed |= {chr(x) for x in range(lo, hi + 1)}
        return "".join(ch for ch in ALPHABET if ch in allowed)
    return None


_Run = tuple[str, int, int, str, str]


def _runs(items: Any, group: str, names: dict[int, str]) -> list[_Run] | None:
    """The items as runs ``(chars, min, max, group, forbid)``, or None if they are
    anything else."""
    out: list[_Run] = []
    for op, av in items:
        if op is _c.ASSERT_NOT and av[0] == 1 and all(o is _c.LITERAL for o, _ in av[1]):
            forbid = "".join(chr(a) for _, a in av[1])
            out.append(("", 0, 0, group, forbid))
            continue
        if op is _c.SUBPATTERN and not group and av[0] in names:
            inner = _runs(av[-1], names[av[0]], names)
            if inner is None:
                return None
            out += inner
            continue
        if op is _c.MAX_REPEAT and len(av[2]) == 1:
            low, high, (body,) = av
            chars = _chars(*body)
        else:
            low, high, chars = 1, 1, _chars(op, av)
        if chars is None:
            return None
        out.append((chars, low, high, group, ""))
    return out


@functools.cache
def layout(pattern: str, n: int) -> tuple[Span, ...] | None:
    """The pattern laid over a code of *n* characters, when it is a fixed sequence of
    character classes (each counted, at most one count variable) and "not followed by"
    literals, outside or inside the groups ``body`` and ``check``; None for any other
    pattern.  An empty tuple: no code
    of *n* characters matches."""
    parsed = sre_parse.parse(pattern)
    names = {i: name for name, i in parsed.state.groupdict.items()}
    if set(names.values()) - {"body", "check"}:
        return None
    runs = _runs(parsed, "", names)
    if runs is None or sum(low != high for _, low, high, _, _ in runs) > 1:
        return None
    spare = n - sum(low for _, low, _, _, _ in runs)
    out: list[Span] = []
    at = 0
    for chars, low, high, group, forbid in runs:
        width = low
        if low != high:
            if spare > high - low:
                return ()
            width, spare = low + spare, 0
        out.append(Span(at, at + width, chars, group, forbid))
        at += width
    return tuple(out) if spare == 0 else ()
