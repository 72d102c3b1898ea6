"""The one engine that runs every format row: dispatch, match, check digit, rank, warn.

Rows are compiled on first use and filed by (length, first character) of the cleaned
code, so a call looks only at the few rows that can match.  Ranking and warnings follow
the rules documented in docs/carriers.md.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Final, TypeVar, cast

import attrs

from parcelkit import _s10_fast
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
from parcelkit.carriers._checksums import checker
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

_Match = re.Match[str]
_T = TypeVar("_T")
#: One row as the engine runs it: its bound ``fullmatch``, its check digit test on the
#: match (None without a check digit), the candidate when the pattern matches and the
#: check holds, the one when the check fails (rows are fixed, so both are built once),
#: for the S10 row the test that gives its valid candidate (None when parcelkit.s10
#: rejects the code), and the warnings the valid candidate brings when it is best.
_S10Valid = Callable[[str], "tuple[Candidate, tuple[Warning, ...]] | None"]
_Entry = tuple[
    Callable[[str], "_Match | None"],
    "Callable[[_Match], bool] | None",
    Candidate,
    Candidate,
    "_S10Valid | None",
    "tuple[Warning, ...]",
]


@attrs.frozen
class _Plan:
    """What the engine derives from the rows on first use (not at import)."""

    #: (length, first character) → rows that can match, most confident first.
    buckets: dict[tuple[int, str], tuple[_Entry, ...]]
    rows: dict[tuple[int, str], tuple[FormatRow, ...]]
    #: Length → a test that any fake-service shape of that length matches (an early
    #: reject before :func:`fakes.match`).
    fake_shapes: dict[int, Callable[[str], _Match | None]]


def _verifier(r: FormatRow, rx: re.Pattern[str]) -> Callable[[_Match], bool] | None:
    """The row's check digit test on a match of its pattern."""
    if r.checksum is None:
        return None
    test = checker(r.checksum, r.params)
    body_at, check_at = rx.groupindex["body"], rx.groupindex["check"]
    if r.prepend is None:

        def verify(m: _Match) -> bool:
            body, check = m.group(body_at, check_at)
            return test(body, check)

        return verify
    unless, text = re.compile(r.prepend[0]).match, r.prepend[1]

    def verify_prepended(m: _Match) -> bool:
        body, check = m.group(body_at, check_at)
        return test(body if unless(body) else text + body, check)

    return verify_prepended


def _entry(r: FormatRow) -> _Entry:
    rx = re.compile(r.pattern)
    has_check = True if r.checksum else None
    ok = Candidate(r.carrier, r.format, r.name, r.confidence, True, has_check,
                   _TRACKED[r.tracking], r.notes)  # fmt: skip
    bad = attrs.evolve(ok, confidence=_failed(r.confidence), valid=False, checksum=False)
    s10_valid = _s10_reader(ok, r.tracking) if r.s10 else None
    return rx.fullmatch, _verifier(r, rx), ok, bad, s10_valid, _best_warnings(ok, r.tracking)


def _failed(confidence: float) -> float:
    return round(confidence * FAILED_CHECK_FACTOR, 4)


@functools.cache
def _plan() -> _Plan:
    """Compile every row once and file it by (length, first character)."""
    ordered = sorted(ROWS, key=lambda r: -r.confidence)
    entries = {r.format: _entry(r) for r in ordered}
    rows: dict[tuple[int, str], list[FormatRow]] = {}
    for r in ordered:
        for length in r.lengths:
            for ch in r.first:
                rows.setdefault((length, ch), []).append(r)
    lengths = {n for _, shape in fakes.SHAPES for n in shape.lengths}
    return _Plan(
        {k: tuple(entries[r.format] for r in v) for k, v in rows.items()},
        {k: tuple(v) for k, v in rows.items()},
        {
            n: re.compile(
                "|".join(f"(?:{s.regex.pattern})" for _, s in fakes.SHAPES if n in s.lengths)
            ).fullmatch
            for n in lengths
        },
    )


#: The longest cleaned code any row can match.
_LONGEST: Final = max(n for r in ROWS for n in r.lengths)

# The plan's dispatch tables, filled on first use: reading a module global is cheaper
# than calling the cached builder on every code.  Indexed by length (up to _LONGEST),
# then keyed by the first character: one-character strings hash once, for good.
_BUCKETS: Final[list[dict[str, tuple[_Entry, ...]]]] = []
_FAKE_SHAPES: Final[dict[int, Callable[[str], _Match | None]]] = {}


def _by_length(buckets: dict[tuple[int, str], tuple[_T, ...]]) -> list[dict[str, tuple[_T, ...]]]:
    table: list[dict[str, tuple[_T, ...]]] = [{} for _ in range(_LONGEST + 1)]
    for (length, first), rows in buckets.items():
        table[length][first] = rows
    return table


def _buckets() -> list[dict[str, tuple[_Entry, ...]]]:
    if not _BUCKETS:
        plan = _plan()
        _FAKE_SHAPES.update(plan.fake_shapes)
        _BUCKETS.extend(_by_length(plan.buckets))
    return _BUCKETS


(_S10_CARRIER,) = {r.carrier for r in ROWS if r.s10}


def has_rows(length: int, first: str) -> bool:
    """Whether any row can match a cleaned code of this length and first character."""
    return (length, first) in _plan().rows


def rows_for(code: str) -> tuple[FormatRow, ...]:
    """The rows the dispatch table offers for a cleaned *code* (for tests and docs)."""
    return _plan().rows.get((len(code), code[:1]), ())


def _best_warnings(best: Candidate, tracking: str) -> tuple[Warning, ...]:
    """What a best (valid) candidate says about trackability."""
    if best.tracked is False:
        return (Warning("not_tracked", f"{best.name}: items of this kind are not tracked"),)
    if tracking == "origin_only":
        return (
            Warning(
                "tracked_in_origin_only",
                f"{best.name}: tracked only until the item leaves the origin country",
            ),
        )
    return ()


def _s10_reader(base: Candidate, tracking: str) -> _S10Valid:
    """For the S10 row: a cleaned 13-character ASCII code's valid candidate and its
    warnings, or None when :mod:`parcelkit.s10` rejects it.  Validity is read from the
    look-up tables of :mod:`parcelkit._s10_fast` (the rules stay in :mod:`parcelkit.s10`);
    trackability and notes depend only on the range and country, so
    :func:`parcelkit.s10.parse` is asked once per pair."""
    ok = _s10_fast.valid13()
    # Bounded: one entry per allocated (service indicator, country) pair at most.
    seen: dict[str, tuple[Candidate, tuple[Warning, ...]]] = {}

    def valid(code: str) -> tuple[Candidate, tuple[Warning, ...]] | None:
        if not ok(code):
            return None
        key = code[:2] + code[11:]
        hit = seen.get(key)
        if hit is None:
            serial = "00000000"
            parsed = _s10.parse(f"{key[:2]}{serial}{_s10.calc_check_digit(serial)}{key[2:]}")
            notes = (f"{parsed.country_name} ({parsed.country}), {parsed.category}",
                     *parsed.notes)  # fmt: skip
            cand = attrs.evolve(base, tracked=parsed.tracked, notes=notes)
            hit = seen[key] = cand, _best_warnings(cand, tracking)
        return hit

    return valid


def _s10_invalid(
    bad: Candidate, verify: Callable[[_Match], bool] | None, code: str, m: _Match
) -> tuple[Candidate, Warning | None]:
    """The candidate of an S10 row whose code :mod:`parcelkit.s10` rejects, and why."""
    try:
        _s10.validate(code)
    except InvalidComponent as exc:
        kind = "country" if "country" in str(exc) else "service_indicator"
        problem = Warning(
            f"s10_{kind}_unknown",
            f"{exc}: it has the shape of a UPU S10 code but no post issues it",
        )
        checksum = None if verify is None else verify(m)
        return attrs.evolve(bad, checksum=checksum), problem
    except ValidationError:  # the check digit
        pass
    return bad, None


@functools.lru_cache(maxsize=256)
def _fake_warning(name: str, pattern: str, expect: str) -> Warning:
    return Warning("fake_tracking_service", f"{name} ({pattern}): {expect}")


@functools.cache
def _order_number_warning(length: int) -> Warning:
    return Warning(
        "looks_like_order_number",
        f"{length} bare digits: this may be an AliExpress order number, not a "
        "track code; the track code is listed separately in the order's details",
    )


@functools.lru_cache(maxsize=256)
def _checksum_warning(names: str) -> Warning:
    return Warning(
        "checksum_error",
        f"the check digit does not fit {names}: the code is mistyped or invented; "
        "a seller's code with a wrong check digit is grounds for a dispute",
    )


def _warnings(
    code: str,
    valid: list[Candidate],
    invalid: list[Candidate],
    best_warnings: tuple[Warning, ...],
    problems: dict[str, Warning],
    found_fakes: tuple[fakes.FakeService, ...],
) -> tuple[Warning, ...]:
    """The warnings, in a fixed order: fakes, failed check digits, S10 problems,
    trackability of the best candidate, order number."""
    out: list[Warning] = []
    floor = valid[0].confidence if valid else 0.0
    for fake in found_fakes:
        out.append(_fake_warning(fake.name, fake.pattern, fake.expect))
    # A valid candidate's check digit never fails, so only invalid ones can be named.
    failed = ""
    for c in invalid:
        if c.checksum is False and c.confidence > floor:
            failed = f"{failed}, {c.name}" if failed else c.name
    if failed:
        out.append(_checksum_warning(failed))
    if problems:
        for c in invalid:
            if c.format in problems and c.confidence > floor:
                out.append(problems[c.format])
    out += best_warnings
    if len(code) in ORDER_NUMBER_LENGTHS and floor < 0.5 and code.isdigit():
        out.append(_order_number_warning(len(code)))
    return tuple(out)


def classify(code: str) -> Classification:
    """Every format *code* may belong to, ranked, with fake services and warnings."""
    if type(code) is not str:
        require_str(code)
    if len(code) > MAX_CODE_INPUT:
        return Classification("", (), None)
    by_length = _BUCKETS or _buckets()  # also fills _FAKE_SHAPES
    c = clean(code)
    n = len(c)
    bucket = by_length[n].get(c[:1]) if n <= _LONGEST else None
    valid: list[Candidate] = []
    invalid: list[Candidate] = []
    best_warnings: tuple[Warning, ...] = ()
    problems: dict[str, Warning] = {}
    s10_ok: bool | None = None  # the S10 check digit, once the S10 row has read it
    if bucket is not None:
        # Bucket order is confidence order, and a failed check scales every row's
        # confidence by the same factor, so valid-then-invalid in bucket order is the
        # ranking.
        for fullmatch, verify, ok, bad, s10_valid, ok_warnings in bucket:
            m = fullmatch(c)
            if m is None:
                continue
            if s10_valid is not None:
                hit = s10_valid(c)
                s10_ok = hit is not None
                if hit is None:
                    cand, problem = _s10_invalid(bad, verify, c, m)
                    s10_ok = cand.checksum is True
                    if problem is not None:
                        problems[cand.format] = problem
                    invalid.append(cand)
                    continue
                cand, cand_warnings = hit
            elif verify is not None and not verify(m):
                invalid.append(bad)
                continue
            else:
                cand, cand_warnings = ok, ok_warnings
            if not valid:
                best_warnings = cand_warnings
            valid.append(cand)
    found_fakes: tuple[fakes.FakeService, ...] = ()
    fake_shape = _FAKE_SHAPES.get(n)
    if fake_shape is not None and fake_shape(c) and c.isascii() and c.isalnum():
        found_fakes = fakes.match(
            c, accepted=lambda: any(x.checksum for x in valid), s10_check_ok=s10_ok
        )
    if invalid or found_fakes or n in ORDER_NUMBER_LENGTHS:
        warnings = _warnings(c, valid, invalid, best_warnings, problems, found_fakes)
    else:
        warnings = best_warnings
    if valid:
        return Classification(c, tuple(valid + invalid), valid[0].carrier, found_fakes, warnings)
    return Classification(c, tuple(invalid), None, found_fakes, warnings)


#: classify_many cleans this many codes at a time, with one call to clean() when the
#: chunk is ASCII (clean() maps ASCII text character by character).
_CHUNK: Final = 2048
#: Joins a chunk's codes: clean() keeps it, and a chunk holding it is cleaned code by code.
_JOIN: Final = "\x00"


def _clean_chunk(chunk: list[object]) -> list[str]:
    """Every element cleaned; bad ones (non-str, too long) as ``""``, which no row matches."""
    limit = MAX_CODE_INPUT
    texts = cast("list[str]", chunk)  # checked at C speed: join() refuses non-str
    try:
        joined = _JOIN.join(texts)
    except TypeError:
        joined = ""
    if not joined or max(map(len, texts)) > limit:
        texts = [c if isinstance(c, str) and len(c) <= limit else "" for c in chunk]
        joined = _JOIN.join(texts)
    if joined.isascii():
        cleaned = clean(joined).split(_JOIN)
        if len(cleaned) == len(texts):
            return cleaned
    return [clean(t) for t in texts]


def classify_many(codes: Iterable[object]) -> list[str | None]:
    """``classify(code).carrier`` for each element; bad elements (None, non-str, huge)
    give None.  Builds no candidates, and checks S10 codes in one batch; with NumPy
    installed, large batches are checked column-wise (:mod:`._columnar`)."""
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a collection of codes, not a single string")
    return _classify_many(codes, columnar=_numpy_importable())


@functools.cache
def _numpy_importable() -> bool:
    try:
        import numpy  # noqa: F401, PLC0415  (optional: the ``fast`` extra)
    except ImportError:  # pragma: no cover  (numpy is installed wherever tests run)
        return False
    return True


#: With NumPy, classify_many takes this many codes at a time: a length's codes form one
#: matrix, so blocks must be large for NumPy's per-call cost to pay off.  Smaller
#: blocks, and lengths with fewer codes in a block, take the pure-Python path.
_BLOCK: Final = 1 << 14
_MIN_BLOCK: Final = 4096
_MIN_GROUP: Final = 64


def _classify_many(
    codes: Iterable[object],
    *,
    columnar: bool,
    min_block: int = _MIN_BLOCK,
    min_group: int = _MIN_GROUP,
) -> list[str | None]:
    """:func:`classify_many` on the pure-Python path, or with the NumPy one (for
    blocks of *min_block* codes or more, and lengths with *min_group* codes or more)."""
    out: list[str | None] = []
    pending: list[tuple[int, tuple[_ManyEntry, ...]]] = []
    pending_codes: list[str] = []
    items = iter(codes)
    size = _BLOCK if columnar else _CHUNK
    upcoming = list(itertools.islice(items, size))
    while upcoming:
        block, upcoming = upcoming, list(itertools.islice(items, size))
        if columnar and len(upcoming) < min_block:  # a short last block joins this one
            block += upcoming
            upcoming = []
        cleaned: list[str] = []
        for i in range(0, len(block), _CHUNK):
            cleaned += _clean_chunk(block[i : i + _CHUNK])
        start = len(out)
        if columnar and len(cleaned) >= min_block:
            from parcelkit.carriers import _columnar  # noqa: PLC0415  (imports numpy)

            found, rest = _columnar.carriers(cleaned, _length_rows, min_group)
            out += found
            others = zip([start + i for i in rest], map(cleaned.__getitem__, rest), strict=True)
            _carriers(others, out, pending, pending_codes)
        else:
            out += [None] * len(cleaned)
            _carriers(enumerate(cleaned, start), out, pending, pending_codes)
    if pending:
        if columnar:
            from parcelkit import batch  # noqa: PLC0415  (imports numpy)

            valid: list[bool] = batch.s10_is_valid(pending_codes).tolist()
        else:
            valid = _s10.is_valid_many(pending_codes)
        for (i, below), c, ok in zip(pending, pending_codes, valid, strict=True):
            out[i] = _S10_CARRIER if ok else _carrier_below(c, below)
    return out


def _carriers(
    codes: Iterable[tuple[int, str]],
    out: list[str | None],
    pending: list[tuple[int, tuple[_ManyEntry, ...]]],
    pending_codes: list[str],
) -> None:
    """Set ``out[i]`` to the carrier of each cleaned code; S10 codes are left to the
    caller's batch (with the rows below the S10 row) in *pending*."""
    by_length = _MANY or _many()
    longest = _LONGEST
    for i, c in codes:
        n = len(c)
        rows = by_length[n].get(c[:1], ()) if n <= longest else ()
        for fullmatch, verify, row_carrier, below in rows:
            m = fullmatch(c)
            if m is None:
                continue
            if below is not None:  # the S10 row: settled by the caller, in one batch
                pending.append((i, below))
                pending_codes.append(c)
                break
            if verify is None or verify(m):
                out[i] = row_carrier
                break


#: A row for :mod:`._columnar`: carrier, row, and its per-code test.
_RowTest = tuple[str, FormatRow, Callable[[str], bool]]


@functools.cache
def _length_rows(n: int) -> tuple[_RowTest, ...]:
    """Every row a code of *n* characters can meet, in the engine's order, with its
    per-code test (for :func:`._columnar.carriers`)."""
    plan = _plan()
    order = {r.format: i for i, r in enumerate(sorted(ROWS, key=lambda r: -r.confidence))}
    tests = {e[2].format: e for bucket in plan.buckets.values() for e in bucket}
    rows = {r.format: r for (length, _), bucket in plan.rows.items() if length == n
            for r in bucket}  # fmt: skip
    return tuple(
        (rows[f].carrier, rows[f], _scalar(tests[f][0], tests[f][1], s10=rows[f].s10))
        for f in sorted(rows, key=order.__getitem__)
    )


def _scalar(
    fullmatch: Callable[[str], _Match | None],
    verify: Callable[[_Match], bool] | None,
    *,
    s10: bool,
) -> Callable[[str], bool]:
    """A row's per-code test: its pattern, and its check digit or, for the S10 row,
    :func:`parcelkit.s10.is_valid`."""

    def test(c: str) -> bool:
        m = fullmatch(c)
        if m is None:
            return False
        if s10:
            return _s10.is_valid(c)
        return verify is None or verify(m)

    return test


#: One row as :func:`classify_many` runs it: ``fullmatch``, check digit test, carrier,
#: and for the S10 row the rows below it (their carrier counts when S10 fails).
_ManyEntry = tuple[
    Callable[[str], "_Match | None"],
    "Callable[[_Match], bool] | None",
    str,
    "tuple[_ManyEntry, ...] | None",
]
_MANY: Final[list[dict[str, tuple[_ManyEntry, ...]]]] = []


def _many() -> list[dict[str, tuple[_ManyEntry, ...]]]:
    """:func:`classify_many`'s dispatch table, derived from the plan on first use."""
    table: dict[tuple[int, str], tuple[_ManyEntry, ...]] = {}
    for key, bucket in _plan().buckets.items():
        many: list[_ManyEntry] = []
        for i, (fullmatch, verify, ok, _, s10_valid, _) in enumerate(bucket):
            below = tuple(_many_entry(e) for e in bucket[i + 1 :]) if s10_valid else None
            many.append((fullmatch, verify, ok.carrier, below))
        table[key] = tuple(many)
    _MANY.extend(_by_length(table))
    return _MANY


def _many_entry(e: _Entry) -> _ManyEntry:
    return e[0], e[1], e[2].carrier, None


def _carrier_below(c: str, rows: tuple[_ManyEntry, ...]) -> str | None:
    for fullmatch, verify, carrier, _ in rows:
        m = fullmatch(c)
        if m is not None and (verify is None or verify(m)):
            return carrier
    return None
