"""Find codes of every known format in free text (chats, e-mails, stripped pages).

The text is cut into *words*: maximal runs of Latin letters and digits (ASCII or
fullwidth).  A code is one word or several consecutive words separated by at most three
spaces or dashes, or one line break, so codes written in groups are found.  Words are
never split, and a run glued to other letters or digits (Cyrillic too: Russian words are
never read as codes) is skipped.  Inside a run of several words, a word of letters only
is a short prefix or suffix (``RT 123 456 785 FI``), never an English word in the middle.

Like a phone-number matcher, the finder has a leniency ladder and reads context:

* ``possible``: every run with a candidate at all, near misses (a failed check digit) and
  fake-service codes included (``strict=False``);
* ``valid``: a valid candidate of at least :data:`MIN_CONFIDENCE` (``strict=True``, the
  default), or a weaker valid one right after a tracking word;
* ``strict``: a valid candidate of at least :data:`STRICT_CONFIDENCE`, or of
  :data:`MIN_CONFIDENCE` right after a tracking word.

Words just before a run (:mod:`._find_context`) raise it (``трек``, ``tracking``,
``运单号``) or lower it (``тел``, ``ИНН``, ``order``, ``订单号``; a currency after it).
Shapes that are not codes are vetoed at every level: dates and times
(``2026-12-29 06:54``, ``20261229 065412``), phone numbers with a country prefix
(``+7 912 …``), in a phone's grouping (``212-555-0123``, ``8 800 123-45-67``) or mobile
numbers standing alone, Russian bank accounts (20 digits: a balance account, then a
currency code), IBANs whose check digits hold and 16-digit card numbers with a Luhn
check.  A run inside a longer valid run of digits gives way to it, so a number printed
in groups of four is read whole; a piece of a longer number in groups is no code.

Time is linear in the text: runs are found chain by chain (a chain is words joined by
separators), a chain without a digit costs one regular-expression search, each word
starts at most :data:`MAX_WORDS` runs, and repeated runs are classified once (a bounded
cache).  :func:`finditer` yields codes as it reads, so text of any length can be scanned;
:func:`find` collects them into a list.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import Final, Literal

from parcelkit._normalize import require_str
from parcelkit.carriers import fakes
from parcelkit.carriers._checksums import luhn
from parcelkit.carriers._engine import classify, has_rows, plan
from parcelkit.carriers._find_context import CURRENCY, WORDS
from parcelkit.carriers._model import Classification, Found
from parcelkit.exceptions import InvalidValue

__all__ = [
    "LENIENCIES",
    "MAX_WORDS",
    "MIN_CONFIDENCE",
    "STRICT_CONFIDENCE",
    "Leniency",
    "find",
    "finditer",
]

Leniency = Literal["strict", "valid", "possible"]
#: The leniency levels, strictest first.
LENIENCIES: Final[tuple[Leniency, ...]] = ("strict", "valid", "possible")

#: Shortest cleaned code of any format.
MIN_LENGTH: Final = 8
#: Most groups a code is written in (a 34-digit FedEx barcode in groups of four has nine).
MAX_WORDS: Final = 10
#: At ``valid``, a hit needs a valid candidate at least this confident: bare digit runs
#: without a check digit (phone numbers, prices) are not reported as codes.
MIN_CONFIDENCE: Final = 0.3
#: At ``strict``, without a tracking word before it.
STRICT_CONFIDENCE: Final = 0.5
#: At ``possible``, any candidate at least this confident, valid or not, is reported.
MIN_LENIENT_CONFIDENCE: Final = 0.08
#: After a not-code word (phone, tax id, order), a hit needs this much at every level:
#: only letter prefixes that fix the carrier (UPS 1Z, S10 ranges) overrule it.
NOT_CODE_CONFIDENCE: Final = 0.8
#: Characters before a run that are read for context words.
CONTEXT_BEFORE: Final = 32
#: Distinct runs whose classification is kept while scanning (the cache is emptied when
#: full, so memory stays bounded on any text).
CACHE_SIZE: Final = 4096

_WORD_CHARS: Final = "A-Za-z0-9\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
_WORD: Final = re.compile(f"[{_WORD_CHARS}]+")
_SEP_CHARS: Final = (
    "(?:[ \\t\u00a0\u2007\u2009\u202f\u3000\\-\u2010-\u2015\u2212]{1,3}|[ \\t]*\\r?\\n[ \\t]*)"
)
_SEP: Final = re.compile(_SEP_CHARS)
#: A chain: words joined by separators.
_CHAIN: Final = re.compile(f"[{_WORD_CHARS}]+(?:{_SEP_CHARS}[{_WORD_CHARS}]+)*")
_DIGIT: Final = re.compile("[0-9\uff10-\uff19]")
_LETTERS: Final = re.compile("[A-Za-z\uff21-\uff3a\uff41-\uff5a]+")
_GLUE_BEFORE: Final = "+"
#: Longest word of letters only that a run may hold (``JJD``, ``TBAO``).
_AFFIX: Final = 4
#: Date and time shapes: 2026-12-29, 29.12.2026, 2026/12/29, followed or not by a time.
_DATE: Final = re.compile(
    r"(?:19|20)\d\d[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[1-9]|[12]\d|3[01])[-./ ](?:0?[1-9]|1[0-2])[-./ ](?:19|20)\d\d"
)
#: A compact date and time written as two groups: 20261229 065412, 20261229 0654.
_DATE_TIME_GROUPS: Final = re.compile(
    r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ T_\-]"
    r"(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?"
)
#: A Russian bank account: 20 digits, the balance account (401-408 payments, 423 and 426
#: deposits, 301 correspondent accounts), then the currency (810 or 643 rouble, 840
#: dollar, 978 euro, 156 yuan); see the account structure on finuslugi.ru/glossariy.
_RU_BANK_ACCOUNT: Final = re.compile(r"(?:30[12]|40[1-8]|42[36])\d\d(?:810|643|840|978|156)\d{12}")
#: A compact timestamp: 20220724073515 (years 2000-2039).
_COMPACT_TIMESTAMP: Final = re.compile(
    r"20[0-3]\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d"
)
#: Card numbers: 16 digits from the card networks' ranges (2 Mir and Mastercard, 3 JCB,
#: 4 Visa, 5 Mastercard, 6 UnionPay and Discover), checked with Luhn below.
_CARD: Final = re.compile(r"[2-6]\d{15}")
#: Phone numbers by their grouping: North American 212-555-0123 or (212) 555-0123,
#: Russian ... 123-45-67 (the seven-digit local number in 3-2-2), Chinese and Russian
#: toll-free 400-/800- numbers, British 0xx xxxx xxxx, German 0151-52936317.
_PHONE_GROUPS: Final = re.compile(
    r"\(?\d{3}\)?[ .\-]\d{3}[.\-]\d{4}"
    r"|(?:\d[ \-]?)?\(?\d{3,4}\)?[ \-]?\d{3}[ \-]\d{2}[ \-]\d{2}"
    r"|[48]00[ \-]\d{3}[ \-]\d{4}"
    r"|0\d{2,4} \d{3,4} \d{3,4}"
    r"|0\d{3,4}[ \-/]\d{6,8}"
)
#: Where an IBAN may start in a chain: a country and two check digits.
_IBAN_START: Final = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}")
#: The length of each country's IBAN (SWIFT's IBAN registry,
#: https://www.swift.com/standards/data-standards/iban-international-bank-account-number).
_IBAN_LENGTHS: Final = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip
#: Letters of the East Asian scripts, written next to digits without a space.
_CJK: Final = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)
#: A time right after the run (the run ends in the hour) or right before it.
_TIME_AFTER: Final = re.compile(r"[:h.]\d\d")
_TIME_BEFORE: Final = re.compile(r"\d:$")
#: Mobile numbers standing alone: Russian 8/7 + 9xx, Chinese 1[3-9] + 9 digits.
_MOBILE: Final = re.compile(r"[78]9\d{9}|1[3-9]\d{9}")
#: A country prefix (+7, +86, +1) or an opening bracket of an area code just before.
_PHONE_PREFIX: Final = re.compile(r"(?:\+\d{0,3}|\()[ \-]*$")
#: Russia's trunk prefix 8 (or country code 7) just before a ten-digit 9xx number.
_RU_TRUNK: Final = re.compile(r"(?<![0-9])[78][ \-]*$")


#: A prefix tree of words: a letter → the rest; the key "" marks where a word ends.
_Tree = dict[str, "_Tree"]


def _trie(words: list[str]) -> str:
    """One regular expression for *words* with their shared beginnings written once (a
    long alternation of literals is tried word by word at every position); at each
    branch a longer word is tried before the one that ends there."""
    tree: _Tree = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Tree) -> str:
        branches = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?"
        return body

    return emit(tree)


def _context_pattern() -> re.Pattern[str]:
    """The context words, a word of Latin or Cyrillic letters only at a word's start."""
    words = {w.word.lower() for w in WORDS}
    bounded = sorted(w for w in words if w[0].isalpha() and w[0] < "\u4e00")
    free = sorted(words.difference(bounded))
    return re.compile(f"(?<!\\w){_trie(bounded)}|{_trie(free)}", re.IGNORECASE)


_CONTEXT: Final = _context_pattern()
#: The tracking words alone: a context match is one of these or a not-code word (read
#: with the same case-insensitive matching, so "MERSİS" is found as "mersis" is).
_CODE_WORDS: Final = re.compile(
    _trie(sorted({w.word.lower() for w in WORDS if w.kind == "code"})), re.IGNORECASE
)
_CURRENCY: Final = re.compile(
    "\\s?(?:" + "|".join(re.escape(c) for c in CURRENCY) + ")", re.IGNORECASE
)


def _not_code_word(word: str) -> bool:
    """Whether *word* is one of the not-code context words (NIF, SAT, INV)."""
    return _CONTEXT.fullmatch(word) is not None and _CODE_WORDS.fullmatch(word) is None


def _context(text: str, start: int, end: int) -> int:
    """+1 after a tracking word, -1 after a not-code word or before a currency, else 0."""
    if _CURRENCY.match(text, end):
        return -1
    last = None
    for m in _CONTEXT.finditer(text, max(0, start - CONTEXT_BEFORE), start):
        last = m
    if last is None:
        return 0
    return 1 if _CODE_WORDS.fullmatch(last.group()) else -1


def _vetoed(text: str, start: int, end: int, cleaned: str) -> bool:
    """Dates, times, phone numbers and bank accounts: shapes that are not codes."""
    raw = text[start:end]
    if (
        _DATE.search(raw)
        or _TIME_AFTER.match(text, end)
        or _TIME_BEFORE.search(text, max(0, start - 3), start)
        or _DATE_TIME_GROUPS.fullmatch(raw)
        or _PHONE_GROUPS.fullmatch(raw)
    ):
        return True
    if cleaned.isdigit():
        if (
            _MOBILE.fullmatch(cleaned)
            or _RU_BANK_ACCOUNT.fullmatch(cleaned)
            or _COMPACT_TIMESTAMP.fullmatch(cleaned)
            or (_CARD.fullmatch(cleaned) and luhn(cleaned[:-1], cleaned[-1]))
        ):
            return True
        if _splits_a_group(text, start, end):
            return True
        before = text[max(0, start - 8) : start]
        if _PHONE_PREFIX.search(before):
            return True  # after a country prefix or an area code: a phone number
        if len(cleaned) == 10 and cleaned[0] == "9" and _RU_TRUNK.search(before):
            return True  # 8 9xx …: a Russian mobile number written in groups
    return False


def _card_chain(chain: str) -> bool:
    """A chain of digit groups holding 16 digits that pass the Luhn check: a card."""
    digits = re.sub(r"\D", "", chain)
    if len(digits) != 16 or not chain.replace(" ", "").replace("-", "").isdigit():
        return False
    return luhn(digits[:-1], digits[-1])


def _splits_a_group(text: str, start: int, end: int) -> bool:
    """Whether a digit run starts or ends inside digits joined by a dash or a dot
    without spaces (2024-11-11, 34656238-0589-3): such groups are read whole."""
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (len(before) == 2 and before[1] in "-." and before[0].isdigit()) or (
        len(after) == 2 and after[0] in "-." and after[1].isdigit()
    )


def _iban_spans(chain: str, offset: int) -> list[tuple[int, int]]:
    """The spans of *chain* (starting at *offset* in the text) that are IBANs: as many
    letters and digits as the country's IBAN has, in groups or not, ending at a group's
    end, whose check digits hold (the account moved behind the country, letters as
    10-35, the number modulo 97 is 1).  Each IBAN is read once, so the work is linear."""
    spans = []
    pos = 0
    for m in _IBAN_START.finditer(chain):
        length = _IBAN_LENGTHS.get(m.group()[:2])
        if length is None or m.start() < pos:
            continue
        chars: list[str] = []
        end = m.start()
        while end < len(chain) and len(chars) < length:
            ch = chain[end]
            if ch.isalnum():
                chars.append(ch)
            elif ch not in " -":
                break
            end += 1
        if len(chars) < length or (end < len(chain) and chain[end].isalnum()):
            continue
        compact = "".join(chars)
        moved = compact[4:] + compact[:4]
        if moved.isalnum() and moved.isascii() and int(
            "".join(str(int(ch, 36)) for ch in moved)
        ) % 97 == 1:
            spans.append((offset + m.start(), offset + end))
            pos = end
    return spans


def _level(leniency: Leniency | None, strict: bool | None) -> Leniency:
    if leniency is not None:
        if not isinstance(leniency, str):
            raise TypeError(f"leniency must be a str, not {type(leniency).__name__}")
        if leniency not in LENIENCIES:
            raise InvalidValue(
                f"leniency must be one of {', '.join(LENIENCIES)}: {leniency[:40]!r}"
            )
        return leniency
    return "possible" if strict is False else "valid"


def _score(cl: Classification, level: Leniency, context: int) -> float | None:
    """How good a hit this classification is at *level* in *context*, or None."""
    if level == "possible":
        top = max((c.confidence for c in cl.candidates), default=0.0)
        if cl.fakes:
            top = max(top, MIN_CONFIDENCE)
        need = NOT_CODE_CONFIDENCE if context < 0 else MIN_LENIENT_CONFIDENCE
        return top if top >= need else None
    best = next((c for c in cl.candidates if c.valid), None)
    if best is None:
        return None
    if context < 0:
        need = NOT_CODE_CONFIDENCE
    elif level == "valid":
        need = MIN_LENIENT_CONFIDENCE if context > 0 else MIN_CONFIDENCE
    else:
        need = MIN_CONFIDENCE if context > 0 else STRICT_CONFIDENCE
    return best.confidence if best.confidence >= need else None


def _worth_classifying(text: str, start: int, length: int, possible: bool) -> bool:
    """Cheap test: can any row (or, leniently, any fake shape) match this window?"""
    head = text[start]
    if not head.isascii():
        return True  # fullwidth: let classify clean it
    if has_rows(length, head.upper()):
        return True
    return possible and length in fakes.lengths()


def _glued(text: str, start: int, end: int) -> bool:
    """Whether the run is part of a longer word: a letter or digit right before or after
    it (Chinese, Japanese and Korean are written without spaces, so their letters do
    not glue: 快递单号YT123…)."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    if before and (before in _GLUE_BEFORE or (before.isalnum() and not _CJK.match(before))):
        return True
    return after.isalnum() and not _CJK.match(after)


def _hit(
    text: str, start: int, end: int, level: Leniency, seen: dict[str, Classification]
) -> tuple[float, int, int, Classification] | None:
    """The run text[start:end] as a hit at *level*, or None."""
    raw = text[start:end]
    cl = seen.get(raw)
    if cl is None:
        if len(seen) >= CACHE_SIZE:
            seen.clear()
        cl = seen[raw] = classify(raw)
    if (not cl.candidates and not cl.fakes) or _vetoed(text, start, end, cl.code):
        return None
    score = _score(cl, level, _context(text, start, end))
    return None if score is None else (score, start, end, cl)


_Hit = tuple[float, int, int, Classification]


def _outermost(hits: list[_Hit]) -> list[_Hit]:
    """The hits not inside a longer digit hit.

    A number printed in digit groups ("7196 9010 7560 0307 7385") is the whole run: a
    shorter valid run inside it (one twelve-digit piece in seven or ten passes a check)
    goes.  Sorted by start, longer first, a run lies inside a digit run that started no
    later and reaches at least as far (each span is tried once, so the two differ).
    """
    hits = sorted(hits, key=lambda h: (h[1], -h[2]))
    outer: list[_Hit] = []
    reach = -1
    for h in hits:
        if h[2] > reach:
            outer.append(h)
            if h[3].code.isdigit():
                reach = h[2]
    return outer


def _inside_a_longer_number(
    hit: _Hit, words: list[re.Match[str]], starts: list[int], numeric: list[bool]
) -> bool:
    """Whether a hit written in digit groups has another group of two or more digits
    right before or after it in the chain: it is a piece of a longer number (a boleto
    barcode, a 19-digit account, a social security number), not a code printed in
    groups.  A hit of one word is not judged this way ("трек 62009147017544 2 шт")."""
    _, start, end, cl = hit
    if not cl.code.isdigit():
        return False
    first = bisect.bisect_left(starts, start)  # the hit's words, found in O(log n)
    last = bisect.bisect_left(starts, end) - 1
    if last <= first:
        return False
    before, after = first - 1, last + 1
    return (before >= 0 and numeric[before] and len(words[before].group()) >= 2) or (
        after < len(words) and numeric[after] and len(words[after].group()) >= 2
    )


def _affix(word: str) -> bool:
    """Whether a word of letters can be a prefix or suffix of a code written in groups:
    up to four capitals (``JJD``, ``TBAO``) or two letters of any case (an S10 service
    and country, ``rk … cn``), not a small English word ("merged into 64452722")."""
    return len(word) <= 2 or (len(word) <= _AFFIX and word.isupper())


def _unblocked(hits: list[_Hit], blocked: list[tuple[int, int]]) -> list[_Hit]:
    """The hits not inside a span of digit groups that a shape veto rejected (the first
    twelve digits of a card in groups of four are no code)."""
    if not blocked:
        return hits
    events = sorted(
        [(s, -e, 0, k) for k, (s, e) in enumerate(blocked)]
        + [(h[1], -h[2], 1, k) for k, h in enumerate(hits)]
    )
    reach = -1
    kept = []
    for _, minus_end, is_hit, k in events:
        if not is_hit:
            reach = max(reach, -minus_end)
        elif -minus_end > reach:
            kept.append(hits[k])
    return kept


def _chain_hits(
    text: str,
    words: list[re.Match[str]],
    level: Leniency,
    seen: dict[str, Classification],
) -> list[Found]:
    """The codes in one chain of words, overlaps resolved, in order of appearance.

    A word of letters only is part of a run only when it is a short prefix or suffix
    (:func:`_affix`: ``JJD``, an S10 country, LaserShip's ``CX``), never next to another
    one: not an English word.  The parts of a run that a shape
    veto rejects (a card or a phone number in groups) are not codes either.
    """
    hits: list[_Hit] = []
    blocked: list[tuple[int, int]] = []  # digit groups that a shape veto rejects
    n = len(words)
    longest = plan().longest
    possible = level == "possible"
    wordy = [_LETTERS.fullmatch(w.group()) is not None for w in words]
    numeric = [w.group().isdigit() for w in words]
    for i in range(n):
        first = words[i]
        if wordy[i] and (not _affix(first.group()) or _not_code_word(first.group())):
            continue  # NIF 139042512: a not-code word is no prefix of a code
        length = 0
        has_digit = False
        digits: str | None = ""  # the window's digits while it holds only digit groups
        for j in range(i, min(n, i + MAX_WORDS)):
            w = words[j]
            if j > i and wordy[j] and (wordy[j - 1] or not _affix(w.group())):
                break  # a word, or two words of letters: not groups of a code
            length += w.end() - w.start()
            if length > longest:
                break
            has_digit = has_digit or _DIGIT.search(w.group()) is not None
            if digits is not None:
                digits = digits + w.group() if numeric[j] else None
            if length < MIN_LENGTH or not has_digit:
                continue
            start, end = first.start(), w.end()
            if j > i and digits is not None and _vetoed(text, start, end, digits):
                blocked.append((start, end))
                continue
            if _glued(text, start, end) or not _worth_classifying(text, start, length, possible):
                continue
            hit = _hit(text, start, end, level, seen)
            if hit is not None:
                hits.append(hit)
    hits = _outermost(_unblocked(hits, blocked))
    starts = [w.start() for w in words]
    hits = [h for h in hits if not _inside_a_longer_number(h, words, starts, numeric)]
    hits.sort(key=lambda h: (-h[0], -(h[2] - h[1]), h[1]))
    chosen: list[Found] = []
    spans: list[tuple[int, int]] = []
    for _, start, end, cl in hits:
        if any(s < end and start < e for s, e in spans):
            continue
        spans.append((start, end))
        chosen.append(Found(start, end, text[start:end], cl.code, cl))
    chosen.sort(key=lambda f: f.start)
    return chosen


def finditer(
    text: str, *, leniency: Leniency | None = None, strict: bool | None = None
) -> Iterator[Found]:
    """Yield every code of every known format in *text*, in order of appearance.

    *leniency* is ``"strict"``, ``"valid"`` (the default) or ``"possible"``; the older
    ``strict=True`` means ``"valid"`` and ``strict=False`` means ``"possible"``.
    """
    require_str(text, "text")
    if strict is not None and not isinstance(strict, bool):
        raise TypeError(f"strict must be a bool, not {type(strict).__name__}")
    level = _level(leniency, strict)
    return _scan(text, level)


def _scan(text: str, level: Leniency) -> Iterator[Found]:
    """Chain by chain; a chain is cut at every long word of letters, which no run can
    hold, so that the pieces handed on stay short in ordinary text."""
    seen: dict[str, Classification] = {}
    for chain in _CHAIN.finditer(text):
        if _DIGIT.search(chain.group()) is None or _card_chain(chain.group()):
            continue
        ibans = _iban_spans(chain.group(), chain.start())  # in order, as the words are
        k = 0
        piece: list[re.Match[str]] = []
        for w in _WORD.finditer(text, chain.start(), chain.end()):
            while k < len(ibans) and ibans[k][1] <= w.start():
                k += 1
            in_iban = k < len(ibans) and ibans[k][0] <= w.start()
            if in_iban or (len(w.group()) > _AFFIX and _LETTERS.fullmatch(w.group())):
                if piece:
                    yield from _chain_hits(text, piece, level, seen)
                    piece = []
                continue
            piece.append(w)
        if piece:
            yield from _chain_hits(text, piece, level, seen)


def find(
    text: str, *, strict: bool | None = None, leniency: Leniency | None = None
) -> list[Found]:
    """Every code of every known format in *text*, in order of appearance.

    *leniency* ``"valid"`` (default, ``strict=True``) reports valid codes whose best
    candidate reaches :data:`MIN_CONFIDENCE` (weaker ones right after a tracking word);
    ``"strict"`` asks more of codes without context; ``"possible"`` (``strict=False``)
    also reports near misses, such as codes whose check digit fails, and codes of fake
    tracking services.  Text of any length is scanned (see :func:`finditer`).
    """
    return list(finditer(text, leniency=leniency, strict=strict))
