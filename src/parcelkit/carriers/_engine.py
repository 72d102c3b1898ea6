"""The one engine that runs every format row: dispatch, match, check digit, rank, warn.

Rows are compiled once at import and filed by (length, first character) of the cleaned
code, so a call looks only at the few rows that can match.  Ranking and warnings follow
the rules documented in docs/carriers.md.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Final

import attrs

from parcelkit import s10 as _s10
from parcelkit._normalize import MAX_CODE_INPUT, clean, require_str
from parcelkit.carriers import (
    _data_asia,
    _data_integrators,
    _data_postal,
    _data_regional,
    _data_usps,
    fakes,
)
from parcelkit.carriers._checksums import ALGORITHMS
from parcelkit.carriers._model import Candidate, Classification, Warning
from parcelkit.carriers._row import FormatRow
from parcelkit.exceptions import InvalidComponent, ValidationError

__all__ = ["FAILED_CHECK_FACTOR", "ROWS", "classify", "classify_many", "has_rows", "rows_for"]

#: Every format row, in declaration order (postal first, then by family).
ROWS: Final[tuple[FormatRow, ...]] = (
    _data_postal.ROWS
    + _data_asia.ROWS
    + _data_integrators.ROWS
    + _data_usps.ROWS
    + _data_regional.ROWS
)

#: A candidate whose check digit fails, or whose S10 country or service indicator is
#: not allocated, keeps this share of its row's confidence.
FAILED_CHECK_FACTOR: Final = 0.25

#: An all-digit code of these lengths with no confident valid candidate looks like an
#: AliExpress order number (seed 001: most "not tracked" tickets are order numbers).
#: Order numbers are 15-16 digits, the last four the buyer's account
#: (https://help-en.megabonus.com/article/354-mismatch-of-order-numbers).
ORDER_NUMBER_LENGTHS: Final = (15, 16)

_TRACKED: Final[dict[str, bool | None]] = {
    "yes": True,
    "no": False,
    "origin_only": None,
    "destination_only": True,
    "varies": None,
}


@attrs.frozen
class _Compiled:
    row: FormatRow
    regex: re.Pattern[str]
    check: Callable[[str, str], bool] | None
    prepend: tuple[re.Pattern[str], str] | None
    #: The candidate when the pattern matches and the check digit (if any) holds, and
    #: when the check digit fails; rows are fixed, so these are built once.
    ok: Candidate
    bad: Candidate

    def checksum(self, m: re.Match[str]) -> bool | None:
        if self.check is None:
            return None
        body = m.group("body")
        if self.prepend is not None and not self.prepend[0].match(body):
            body = self.prepend[1] + body
        return self.check(body, m.group("check"))


def _compile(r: FormatRow) -> _Compiled:
    check = None
    if r.checksum is not None:
        check = functools.partial(ALGORITHMS[r.checksum], **r.params)
    prepend = (re.compile(r.prepend[0]), r.prepend[1]) if r.prepend else None
    tracked = _TRACKED[r.tracking]
    has_check = True if r.checksum else None
    ok = Candidate(r.carrier, r.format, r.name, r.confidence, True, has_check, tracked, r.notes)
    bad = attrs.evolve(ok, confidence=_failed(r.confidence), valid=False, checksum=False)
    return _Compiled(r, re.compile(r.pattern), check, prepend, ok, bad)


def _failed(confidence: float) -> float:
    return round(confidence * FAILED_CHECK_FACTOR, 4)


def _dispatch_table() -> dict[tuple[int, str], tuple[_Compiled, ...]]:
    """(length, first character) → rows that can match, most confident first."""
    compiled = sorted((_compile(r) for r in ROWS), key=lambda c: -c.row.confidence)
    table: dict[tuple[int, str], list[_Compiled]] = {}
    for c in compiled:
        for length in c.row.lengths:
            for ch in c.row.first:
                table.setdefault((length, ch), []).append(c)
    return {k: tuple(v) for k, v in table.items()}


_TABLE: Final = _dispatch_table()
_BY_FORMAT: Final = {r.format: r for r in ROWS}
(_S10_CARRIER,) = {r.carrier for r in ROWS if r.s10}
_EMPTY: Final[tuple[_Compiled, ...]] = ()


def has_rows(length: int, first: str) -> bool:
    """Whether any row can match a cleaned code of this length and first character."""
    return (length, first) in _TABLE


def rows_for(code: str) -> tuple[FormatRow, ...]:
    """The rows the dispatch table offers for a cleaned *code* (for tests and docs)."""
    return tuple(c.row for c in _TABLE.get((len(code), code[:1]), _EMPTY))


@functools.lru_cache(maxsize=1024)
def _s10_valid(base: Candidate, indicator: str, country: str) -> Candidate:
    """The valid candidate for an S10 range and country: trackability and notes depend on
    nothing else, so :func:`parcelkit.s10.parse` is asked once per pair."""
    serial = "00000000"
    parsed = _s10.parse(f"{indicator}{serial}{_s10.calc_check_digit(serial)}{country}")
    notes = (f"{parsed.country_name} ({parsed.country}), {parsed.category}", *parsed.notes)
    return attrs.evolve(base, tracked=parsed.tracked, notes=notes)


def _s10_candidate(c: _Compiled, code: str, m: re.Match[str]) -> tuple[Candidate, Warning | None]:
    """The candidate of an S10 row: validity, range and trackability from parcelkit.s10."""
    if _s10.is_valid_many((code,))[0]:
        return _s10_valid(c.ok, code[:2], code[11:]), None
    try:
        _s10.validate(code)
    except InvalidComponent as exc:
        kind = "country" if "country" in str(exc) else "service_indicator"
        problem = Warning(
            f"s10_{kind}_unknown",
            f"{exc}: it has the shape of a UPU S10 code but no post issues it",
        )
        return attrs.evolve(c.bad, checksum=c.checksum(m)), problem
    except ValidationError:  # the check digit
        pass
    return c.bad, None


def _warnings(
    code: str,
    ranked: list[Candidate],
    problems: dict[str, Warning],
    found_fakes: tuple[fakes.FakeService, ...],
) -> tuple[Warning, ...]:
    out: list[Warning] = []
    best = ranked[0] if ranked and ranked[0].valid else None
    floor = best.confidence if best else 0.0
    for fake in found_fakes:
        out.append(Warning("fake_tracking_service", f"{fake.name} ({fake.pattern}): {fake.expect}"))
    failed = [c for c in ranked if c.checksum is False and c.confidence > floor]
    if failed:
        names = ", ".join(c.name for c in failed)
        out.append(
            Warning(
                "checksum_error",
                f"the check digit does not fit {names}: the code is mistyped or invented; "
                "a seller's code with a wrong check digit is grounds for a dispute",
            )
        )
    for c in ranked:
        if not c.valid and c.format in problems and c.confidence > floor:
            out.append(problems[c.format])
    if best is not None:
        if best.tracked is False:
            out.append(Warning("not_tracked", f"{best.name}: items of this kind are not tracked"))
        elif _BY_FORMAT[best.format].tracking == "origin_only":
            out.append(
                Warning(
                    "tracked_in_origin_only",
                    f"{best.name}: tracked only until the item leaves the origin country",
                )
            )
    if len(code) in ORDER_NUMBER_LENGTHS and floor < 0.5 and code.isdigit():
        out.append(
            Warning(
                "looks_like_order_number",
                f"{len(code)} bare digits: this may be an AliExpress order number, not a "
                "track code; the track code is listed separately in the order's details",
            )
        )
    return tuple(out)


def classify(code: str) -> Classification:
    """Every format *code* may belong to, ranked, with fake services and warnings."""
    text = require_str(code)
    if len(text) > MAX_CODE_INPUT:
        return Classification(code="", candidates=(), carrier=None)
    c = clean(text)
    valid: list[Candidate] = []
    invalid: list[Candidate] = []
    problems: dict[str, Warning] = {}
    # Bucket order is confidence order, and a failed check scales every row's confidence
    # by the same factor, so valid-then-invalid in bucket order is the ranking.
    for comp in _TABLE.get((len(c), c[:1]), _EMPTY):
        m = comp.regex.fullmatch(c)
        if m is None:
            continue
        if comp.row.s10:
            cand, problem = _s10_candidate(comp, c, m)
            if problem is not None:
                problems[cand.format] = problem
        else:
            cand = comp.bad if comp.checksum(m) is False else comp.ok
        (valid if cand.valid else invalid).append(cand)
    ranked = valid + invalid
    found_fakes: tuple[fakes.FakeService, ...] = ()
    if len(c) in fakes.LENGTHS and c.isascii() and c.isalnum():
        found_fakes = fakes.match(c, accepted=lambda: any(x.checksum for x in valid))
    quiet = not ranked and not found_fakes and len(c) not in ORDER_NUMBER_LENGTHS
    return Classification(
        code=c,
        candidates=tuple(ranked),
        carrier=valid[0].carrier if valid else None,
        fakes=found_fakes,
        warnings=() if quiet else _warnings(c, ranked, problems, found_fakes),
    )


def _carrier(c: str) -> tuple[str | None, bool]:
    """The carrier of the best valid row, or (the carrier below it, True) when that
    depends on an S10 validity the caller settles in one batch."""
    rows = _TABLE.get((len(c), c[:1]), _EMPTY)
    for i, comp in enumerate(rows):
        m = comp.regex.fullmatch(c)
        if m is None:
            continue
        if comp.row.s10:
            return _carrier_below(c, rows[i + 1 :]), True
        if comp.check is None or comp.checksum(m):
            return comp.row.carrier, False
    return None, False


def _carrier_below(c: str, rows: tuple[_Compiled, ...]) -> str | None:
    for comp in rows:
        m = comp.regex.fullmatch(c)
        if m is not None and (comp.check is None or comp.checksum(m)):
            return comp.row.carrier
    return None


def classify_many(codes: Iterable[object]) -> list[str | None]:
    """``classify(code).carrier`` for each element; bad elements (None, non-str, huge)
    give None.  Builds no candidates, and checks S10 codes in one batch."""
    out: list[str | None] = []
    append = out.append
    pending: list[int] = []
    pending_codes: list[str] = []
    for code in codes:
        if not isinstance(code, str) or len(code) > MAX_CODE_INPUT:
            append(None)
            continue
        c = clean(code)
        carrier, s10_first = _carrier(c)
        if s10_first:
            pending.append(len(out))
            pending_codes.append(c)
        append(carrier)
    if pending:
        for i, ok in zip(pending, _s10.is_valid_many(pending_codes), strict=True):
            if ok:
                out[i] = _S10_CARRIER
    return out
