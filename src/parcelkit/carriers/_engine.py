"""The one engine that runs every format row: dispatch, match, check digit, rank, warn.

Rows are compiled on first use and filed by the length and the first character of
the cleaned code (both read from each row's pattern), so a call looks only at the few rows
that can match.  Ranking and warnings follow
the rules documented in docs/carriers.md.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable
from typing import Final, Protocol, cast

import attrs

from parcelkit import _s10_rules
from parcelkit._normalize import MAX_CODE_INPUT, clean, require_str
from parcelkit._s10_fast import is_valid_many
from parcelkit.carriers import (
    _data_asia,
    _data_europe,
    _data_integrators,
    _data_postal,
    _data_regional,
    _data_usps,
    _pattern,
    fakes,
)
from parcelkit.carriers._checksums import checker
from parcelkit.carriers._model import Candidate, Classification, Warning
from parcelkit.carriers._row import FormatRow

__all__ = [
    "FAILED_CHECK_FACTOR",
    "ROWS",
    "CompiledRow",
    "Plan",
    "Step",
    "classify",
    "classify_many",
    "decide",
    "has_rows",
    "length_rows",
    "plan",
    "rows_for",
    "ties",
]

#: Every format row, in declaration order (postal first, then by family).
ROWS: Final[tuple[FormatRow, ...]] = (
    _data_postal.ROWS
    + _data_asia.ROWS
    + _data_integrators.ROWS
    + _data_usps.ROWS
    + _data_regional.ROWS
    + _data_europe.ROWS
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
#: The S10 row's valid candidate for a cleaned code, with the warnings it brings when
#: best, or None when the S10 rules reject the code.
_S10Valid = Callable[[str], "tuple[Candidate, tuple[Warning, ...]] | None"]


@attrs.frozen
class CompiledRow:
    """One format row as the engine runs it, built once by :func:`plan`."""

    row: FormatRow
    #: The pattern's bound ``fullmatch``.
    match: Callable[[str], _Match | None]
    #: The check digit test on a match; None for a row without a check digit.
    check: Callable[[_Match], bool] | None
    #: The candidate when the pattern matches and the check holds (rows are fixed, so
    #: it is built once), and the warnings it brings when it is the best.
    candidate: Candidate
    warnings: tuple[Warning, ...]
    #: The candidate when the check digit fails.
    failed: Candidate
    #: For the S10 row: the valid candidate from the S10 rules (None for other rows).
    s10: _S10Valid | None
    #: Whether a cleaned code makes this row a valid candidate (pattern and check digit,
    #: or the S10 rules), for the paths that want only a yes or no.
    accepts: Callable[[str], bool]


@attrs.frozen
class Outcome:
    """What a bucket's rows make of a code, given which matched and whose check held:
    the part of a :class:`Classification` that depends on nothing else (no S10 row, no
    fake service, no order number)."""

    valid: tuple[Candidate, ...]
    invalid: tuple[Candidate, ...]
    #: ``valid + invalid``: valid candidates first, each group by confidence.
    candidates: tuple[Candidate, ...]
    carrier: str | None
    #: The warnings of the best valid candidate, and all the warnings.
    best_warnings: tuple[Warning, ...]
    warnings: tuple[Warning, ...]
    #: Whether a valid candidate has a check digit (:meth:`FakeShapes.fit`).
    checked: bool


@attrs.frozen
class Step:
    """One pattern of a bucket, matched once for every row that has it, and the check
    digit tests of those rows, each run once.  Each test comes with its weight: the sum of
    the places in the bucket's state (``3 ** k`` for the row *k* places from the last) of
    the rows whose test it is, so that a bucket's state (:attr:`Bucket.outcomes`) is a sum
    of weights."""

    match: Callable[[str], _Match | None]
    #: (check digit test or None, weight) for each check digit rule of the pattern's rows.
    tests: tuple[tuple[Callable[[_Match], bool] | None, int], ...]


@attrs.frozen
class Bucket:
    """The rows a code of one length and first character can meet, most confident first."""

    rows: tuple[CompiledRow, ...]
    #: Whether the S10 row is one of them (its candidate depends on the code itself).
    s10: bool
    #: For each row, the rows after it with the same confidence and another carrier:
    #: when one of them accepts the code too, there is no carrier (:func:`decide`).
    rivals: tuple[tuple[CompiledRow, ...], ...] = ()
    #: The rows' tests, each run once however many rows share it (:func:`_steps`).
    steps: tuple[Step, ...] = attrs.field(
        init=False, default=attrs.Factory(lambda b: _steps(b.rows), takes_self=True)
    )
    #: Outcome by state of the rows (a base-3 number, one digit per row in order:
    #: 0 no match, 1 valid, 2 check digit failed); filled as states occur, at most
    #: ``3 ** len(rows)`` entries.
    outcomes: dict[int, Outcome] = attrs.field(factory=dict, eq=False)

    def outcome(self, state: int) -> Outcome:
        """The outcome of a state (built the first time it occurs)."""
        hit = self.outcomes.get(state)
        if hit is None:
            states, rest = [], state
            for _ in self.rows:
                rest, digit = divmod(rest, 3)
                states.append(digit)
            states.reverse()
            pairs = list(zip(self.rows, states, strict=True))
            valid = tuple(r.candidate for r, st in pairs if st == 1)
            invalid = tuple(r.failed for r, st in pairs if st == 2)
            best = next((r.warnings for r, st in pairs if st == 1), ())
            warnings = _warnings("", list(valid), list(invalid), best, {}, ())
            carrier = decide(valid)
            hit = Outcome(valid, invalid, valid + invalid, carrier, best, warnings,
                          _checked(valid))  # fmt: skip
            self.outcomes[state] = hit
        return hit


@attrs.frozen
class FakeShapes:
    """The fake-service shapes a code of one length and start can meet, as one test."""

    #: Whether any of them matches a cleaned code.
    match: Callable[[str], _Match | None]
    #: Whether every one of them is shared with real carriers: then a code that a real
    #: format accepts with its check digit is no fake (:func:`fakes.match`), and the
    #: test is not run.
    shared: bool

    def fit(self, code: str, checked: bool) -> bool:
        """Whether a shape matches *code* so that :func:`fakes.match` must look; *checked*
        is whether a valid candidate of the code has a check digit."""
        return not (checked and self.shared) and self.match(code) is not None


@attrs.frozen
class Plan:
    """What the engine derives from the rows, once (on first use, not at import)."""

    #: Every row, most confident first.
    rows: tuple[CompiledRow, ...]
    #: Indexed by length, then keyed by the first character: the rows that can match.
    buckets: tuple[dict[str, Bucket], ...]
    #: Indexed by length (up to the longest row), then keyed by the first two
    #: characters: the fake-service shapes filed there, as one early test before
    #: :func:`fakes.match`.
    fake_shapes: tuple[dict[str, FakeShapes], ...]

    @property
    def longest(self) -> int:
        """The longest cleaned code any row can match."""
        return len(self.buckets) - 1


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


def _compile(r: FormatRow) -> CompiledRow:
    rx = re.compile(r.pattern)
    has_check = True if r.checksum else None
    ok = Candidate(r.carrier, r.format, r.name, r.confidence, True, has_check,
                   _TRACKED[r.tracking], r.notes)  # fmt: skip
    bad = attrs.evolve(ok, confidence=_failed(r.confidence), valid=False, checksum=False)
    s10_valid = _s10_reader(ok, r.tracking) if r.s10 else None
    check = _verifier(r, rx)
    return CompiledRow(
        r, rx.fullmatch, check, ok, _best_warnings(ok, r.tracking), bad, s10_valid,
        _acceptor(rx.fullmatch, check, s10=r.s10),
    )  # fmt: skip


def _acceptor(
    fullmatch: Callable[[str], _Match | None],
    check: Callable[[_Match], bool] | None,
    *,
    s10: bool,
) -> Callable[[str], bool]:
    if s10:
        is_valid = _s10_rules.is_valid

        def accepts_s10(c: str) -> bool:
            return fullmatch(c) is not None and is_valid(c)

        return accepts_s10
    if check is None:

        def accepts_shape(c: str) -> bool:
            return fullmatch(c) is not None

        return accepts_shape

    def accepts(c: str) -> bool:
        m = fullmatch(c)
        return m is not None and check(m)

    return accepts


class _Ranked(Protocol):
    @property
    def carrier(self) -> str: ...
    @property
    def confidence(self) -> float: ...


def ties(a: _Ranked, b: _Ranked) -> bool:
    """Whether *a* and *b* (format rows or candidates) are formats of two carriers that
    are equally confident: a code both accept names neither carrier.  The one tie rule of
    :func:`classify`, :func:`classify_many` and the columnar path."""
    return a.confidence == b.confidence and a.carrier != b.carrier


def decide(valid: tuple[Candidate, ...] | list[Candidate]) -> str | None:
    """The carrier of the best of *valid* (ranked, most confident first), or None when
    none is valid or the best :func:`ties` with another valid candidate."""
    if not valid:
        return None
    best = valid[0]
    if len(valid) > 1 and any(ties(best, other) for other in valid[1:]):
        return None
    return best.carrier


def _checked(valid: tuple[Candidate, ...] | list[Candidate]) -> bool:
    """Whether a format with a check digit accepts the code: then shapes that fake
    services share with real carriers do not match (:func:`fakes.match`)."""
    return any(c.checksum for c in valid)


def _failed(confidence: float) -> float:
    return round(confidence * FAILED_CHECK_FACTOR, 4)


@functools.cache
def plan() -> Plan:
    """Compile every row once and file it by length and first character."""
    ordered = tuple(_compile(r) for r in sorted(ROWS, key=lambda r: -r.confidence))
    longest = max(n for r in ROWS for n in r.lengths)
    buckets: list[dict[str, list[CompiledRow]]] = [{} for _ in range(longest + 1)]
    for cr in ordered:
        for start in _pattern.starts(cr.row.pattern, 1):
            for length in cr.row.lengths:
                buckets[length].setdefault(start, []).append(cr)
    return Plan(
        ordered,
        tuple(
            {
                k: Bucket(tuple(v), any(r.s10 for r in v), _rivals(v))
                for k, v in by.items()
            }
            for by in buckets
        ),
        tuple(_fake_shapes(n) for n in range(longest + 1)),
    )


def _steps(rows: tuple[CompiledRow, ...]) -> tuple[Step, ...]:
    """The bucket's tests with rows of the same pattern (and check digit rule) merged,
    in the order of their first rows.  Rows of one pattern share its match, and rows of
    one pattern, check digit algorithm, parameters and prefix share the check."""
    by_pattern: dict[str, dict[object, tuple[Callable[[_Match], bool] | None, int]]] = {}
    matches: dict[str, Callable[[str], _Match | None]] = {}
    last = len(rows) - 1
    for k, r in enumerate(rows):
        rule = (r.row.checksum, repr(r.row.params), r.row.prepend)
        checks = by_pattern.setdefault(r.row.pattern, {})
        matches.setdefault(r.row.pattern, r.match)
        check, weight = checks.get(rule, (r.check, 0))
        checks[rule] = check, weight + 3 ** (last - k)
    return tuple(
        Step(matches[pattern], tuple(checks.values())) for pattern, checks in by_pattern.items()
    )


def _rivals(rows: list[CompiledRow]) -> tuple[tuple[CompiledRow, ...], ...]:
    """For each of *rows* (most confident first), the later ones it ties with."""
    return tuple(
        tuple(
            other
            for other in rows[i + 1 :]
            if ties(other.row, r.row)
        )
        for i, r in enumerate(rows)
    )


def _fake_shapes(n: int) -> dict[str, FakeShapes]:
    return {
        start: FakeShapes(
            re.compile("|".join(f"(?:{shape.regex.pattern})" for _, shape in pairs)).fullmatch,
            all(shape.shared for _, shape in pairs),
        )
        for start, pairs in fakes.index().get(n, {}).items()
    }


def _bucket(code: str) -> tuple[CompiledRow, ...]:
    buckets = plan().buckets
    bucket = buckets[len(code)].get(code[:1]) if len(code) < len(buckets) else None
    return () if bucket is None else bucket.rows


def has_rows(length: int, first: str) -> bool:
    """Whether any row can match a cleaned code of this length and first character."""
    buckets = plan().buckets
    return length < len(buckets) and first in buckets[length]


def rows_for(code: str) -> tuple[FormatRow, ...]:
    """The rows the dispatch table offers for a cleaned *code* (for tests and docs)."""
    return tuple(cr.row for cr in _bucket(code))


def _best_warnings(best: Candidate, tracking: str) -> tuple[Warning, ...]:
    """What a best (valid) candidate says about trackability."""
    if best.tracked is False:
        return (
            Warning(
                "not_tracked",
                f"{best.name}: items of this kind are not tracked",
                (("format", best.name),),
            ),
        )
    if tracking == "origin_only":
        return (
            Warning(
                "tracked_in_origin_only",
                f"{best.name}: tracked only until the item leaves the origin country",
                (("format", best.name),),
            ),
        )
    return ()


def _s10_reader(base: Candidate, tracking: str) -> _S10Valid:
    """For the S10 row: a cleaned 13-character ASCII code's valid candidate and its
    warnings, or None when the S10 rules reject it.  Validity is read from the rules'
    look-up tables (:func:`parcelkit._s10_rules.valid13`); trackability and notes depend
    only on the range and country, so they are built once per pair."""
    ok = _s10_rules.valid13()
    # Bounded: one entry per allocated (service indicator, country) pair at most.
    seen: dict[str, tuple[Candidate, tuple[Warning, ...]]] = {}

    def valid(code: str) -> tuple[Candidate, tuple[Warning, ...]] | None:
        if not ok(code):
            return None
        key = code[:2] + code[11:]
        hit = seen.get(key)
        if hit is None:
            service = _s10_rules.service_row(code[:2])
            assert service is not None  # a valid code's indicator is two capitals
            notes = (f"{_s10_rules.country_name(code[11:])} ({code[11:]}), {service.category}",
                     *service.notes)  # fmt: skip
            cand = attrs.evolve(base, tracked=service.tracked, notes=notes)
            hit = seen[key] = cand, _best_warnings(cand, tracking)
        return hit

    return valid


def _s10_invalid(row: CompiledRow, code: str, m: _Match) -> tuple[Candidate, Warning | None]:
    """The candidate of an S10 row whose code the S10 rules reject, and why."""
    failure = _s10_rules.examine(code)[1]
    assert failure is not None  # the row's S10 test has rejected it
    if failure.reason in ("country", "service_indicator"):
        problem = Warning(
            f"s10_{failure.reason}_unknown",
            f"{failure.message}: it has the shape of a UPU S10 code but no post issues it",
            (("country", code[11:13]), ("indicator", code[:2])),
        )
        checksum = None if row.check is None else row.check(m)
        return attrs.evolve(row.failed, checksum=checksum), problem
    return row.failed, None


@functools.lru_cache(maxsize=256)
def _fake_warning(name: str, pattern: str, expect: str) -> Warning:
    return Warning("fake_tracking_service", f"{name} ({pattern}): {expect}", (("name", name),))


@functools.cache
def _order_number_warning(length: int) -> Warning:
    return Warning(
        "looks_like_order_number",
        f"{length} bare digits: this may be an AliExpress order number, not a "
        "track code; the track code is listed separately in the order's details",
        (("length", str(length)),),
    )


@functools.lru_cache(maxsize=256)
def _checksum_warning(names: str) -> Warning:
    return Warning(
        "checksum_error",
        f"the check digit does not fit {names}: the code is mistyped or invented; "
        "a seller's code with a wrong check digit is grounds for a dispute",
        (("formats", names),),
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


def classify(code: str) -> Classification:  # noqa: PLR0911, PLR0912, PLR0915  (the ranking ladder of one code)
    """Every format *code* may belong to, ranked, with fake services and warnings."""
    if type(code) is not str:
        require_str(code)
    if len(code) > MAX_CODE_INPUT:
        return Classification("", (), None)
    p = plan()
    c = clean(code)
    n = len(c)
    buckets = p.buckets
    if n < len(buckets):
        bucket = buckets[n].get(c[:1])
        fake_starts = p.fake_shapes[n]
    else:
        bucket, fake_starts = None, {}
    if bucket is None and not fake_starts and n not in ORDER_NUMBER_LENGTHS:
        return Classification(c, (), None)
    fake_shape = fake_starts.get(c[:2]) if fake_starts else None
    if bucket is None:
        shaped = fake_shape is not None and fake_shape.match(c) is not None
        return _finish(c, [], [], (), {}, shaped, None)
    if not bucket.s10:
        # The outcome depends only on which rows match and whose check holds.
        state = 0
        for step in bucket.steps:
            m = step.match(c)
            if m is not None:
                for check, weight in step.tests:
                    state += weight if check is None or check(m) else 2 * weight
        o = bucket.outcomes.get(state) or bucket.outcome(state)
        shaped = fake_shape is not None and fake_shape.fit(c, o.checked)
        if not shaped and n not in ORDER_NUMBER_LENGTHS:
            return Classification(c, o.candidates, o.carrier, (), o.warnings)
        return _finish(c, list(o.valid), list(o.invalid), o.best_warnings, {}, shaped, None)
    # The S10 row's candidate depends on the code's service range and country.  Bucket
    # order is confidence order, and a failed check scales every row's confidence by the
    # same factor, so valid-then-invalid in bucket order is the ranking.
    valid: list[Candidate] = []
    invalid: list[Candidate] = []
    best_warnings: tuple[Warning, ...] = ()
    problems: dict[str, Warning] = {}
    s10_ok: bool | None = None  # the S10 check digit, once the S10 row has read it
    for r in bucket.rows:
        m = r.match(c)
        if m is None:
            continue
        if r.s10 is not None:
            hit = r.s10(c)
            if hit is None:
                cand, problem = _s10_invalid(r, c, m)
                s10_ok = cand.checksum is True
                if problem is not None:
                    problems[cand.format] = problem
                invalid.append(cand)
                continue
            s10_ok = True
            cand, cand_warnings = hit
        elif r.check is not None and not r.check(m):
            invalid.append(r.failed)
            continue
        else:
            cand, cand_warnings = r.candidate, r.warnings
        if not valid:
            best_warnings = cand_warnings
        valid.append(cand)
    shaped = fake_shape is not None and fake_shape.fit(
        c, fake_shape.shared and _checked(valid)
    )
    if not shaped and not invalid:  # n is 13: no order number
        return Classification(c, tuple(valid), decide(valid), (), best_warnings)
    return _finish(c, valid, invalid, best_warnings, problems, shaped, s10_ok)


def _finish(
    c: str,
    valid: list[Candidate],
    invalid: list[Candidate],
    best_warnings: tuple[Warning, ...],
    problems: dict[str, Warning],
    shaped: bool,
    s10_ok: bool | None,
) -> Classification:
    """The classification from the candidates: fake services (looked for when *shaped*:
    a fake-service shape of the code's length and start matches it) and all the warnings."""
    found_fakes: tuple[fakes.FakeService, ...] = ()
    if shaped and c.isascii() and c.isalnum():
        found_fakes = fakes.match(
            c, accepted=lambda: _checked(valid), s10_check_ok=s10_ok
        )
    if invalid or found_fakes or len(c) in ORDER_NUMBER_LENGTHS:
        warnings = _warnings(c, valid, invalid, best_warnings, problems, found_fakes)
    else:
        warnings = best_warnings
    if valid:
        return Classification(c, (*valid, *invalid), decide(valid), found_fakes, warnings)
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
    give None.  Builds no candidates, and checks the S10 codes of each block at once; with NumPy
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
    blocks of *min_block* codes or more, and lengths with *min_group* codes or more).

    Each block is settled before the next one is read, S10 codes included, so memory
    and the cost per code do not grow with the batch."""
    out: list[str | None] = []
    items = iter(codes)
    size = _BLOCK if columnar else _CHUNK
    upcoming = list(itertools.islice(items, size))
    while upcoming:
        block, upcoming = upcoming, list(itertools.islice(items, size))
        if columnar and len(upcoming) < min_block:  # a short last block joins this one
            block += upcoming
            upcoming = []
        start = len(out)
        pending = _Pending()
        found = None
        if columnar and len(block) >= min_block:
            from parcelkit.carriers import _columnar  # noqa: PLC0415  (imports numpy)

            found = _columnar.carriers(block, min_group)
        if found is not None:
            out += found[0]
            rest = found[1]
            cleaned = _clean_chunk([block[i] for i in rest])
            _carriers(zip([start + i for i in rest], cleaned, strict=True), out, pending)
        else:
            for i in range(0, len(block), _CHUNK):
                cleaned = _clean_chunk(block[i : i + _CHUNK])
                out += [None] * len(cleaned)
                _carriers(enumerate(cleaned, start + i), out, pending)
        if pending.codes:
            _settle(pending, out, columnar=columnar)
    return out


def _settle(pending: _Pending, out: list[str | None], *, columnar: bool) -> None:
    """The carriers of the codes the S10 row matched, checked in one batch."""
    if columnar and len(pending.codes) >= _MIN_GROUP:
        from parcelkit import batch  # noqa: PLC0415  (imports numpy)

        valid: list[bool] = batch.s10_is_valid(pending.codes).tolist()
    else:
        valid = is_valid_many(pending.codes)
    for i, below, c, ok in zip(pending.at, pending.below, pending.codes, valid, strict=True):
        out[i] = _carrier_below(c, *below, s10_ok=ok)


@attrs.frozen
class _Pending:
    """Codes the S10 row matched, settled in one batch: their place in the output, their
    bucket and the S10 row's place in it (the rows below count when S10 fails), and the
    codes."""

    at: list[int] = attrs.Factory(list)
    below: list[tuple[Bucket, int]] = attrs.Factory(list)
    codes: list[str] = attrs.Factory(list)


def _carriers(codes: Iterable[tuple[int, str]], out: list[str | None], pending: _Pending) -> None:
    """Set ``out[i]`` to the carrier of each cleaned code; S10 codes are left to the
    caller's batch in *pending*."""
    buckets = plan().buckets
    longest = len(buckets)
    for i, c in codes:
        n = len(c)
        bucket = buckets[n].get(c[:1]) if n < longest else None
        if bucket is None:
            continue
        rows = bucket.rows
        for k, r in enumerate(rows):
            m = r.match(c)
            if m is None:
                continue
            if r.s10 is not None:  # settled by the caller, in one batch
                pending.at.append(i)
                pending.below.append((bucket, k))
                pending.codes.append(c)
                break
            if r.check is None or r.check(m):
                out[i] = _unrivalled(c, r, bucket.rivals[k])
                break


def _unrivalled(c: str, r: CompiledRow, rivals: tuple[CompiledRow, ...]) -> str | None:
    """The carrier of row *r*, which accepts *c*, unless a rival accepts it too."""
    for other in rivals:
        if other.accepts(c):
            return None
    return r.candidate.carrier


def _carrier_below(c: str, bucket: Bucket, k: int, *, s10_ok: bool) -> str | None:
    """The carrier of *c*, whose first matching row in *bucket* is the S10 row at *k*."""
    if s10_ok:
        return _unrivalled(c, bucket.rows[k], bucket.rivals[k])
    for j in range(k + 1, len(bucket.rows)):
        r = bucket.rows[j]
        if r.accepts(c):
            return _unrivalled(c, r, bucket.rivals[j])
    return None


@functools.cache
def length_rows(n: int) -> tuple[CompiledRow, ...]:
    """Every row a code of *n* characters can meet, in the engine's order (for
    :func:`._columnar.carriers`)."""
    return tuple(r for r in plan().rows if n in r.row.lengths)
