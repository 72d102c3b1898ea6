"""Each rule written once: the S10 examination and its table form, each checksum's scalar
and column forms, dispatch data read from the patterns, and the column path's declared
coverage."""

from __future__ import annotations

import pickle
import random
import string

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parcelkit import _s10_rules, batch, s10
from parcelkit.carriers import _columnar, _pattern, classify
from parcelkit.carriers._checksums import FORMS, checker, column_checker
from parcelkit.carriers._engine import ROWS, CompiledRow, Step, plan
from parcelkit.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)

# --- S10: one examination, reasons at the validate edge ---------------------------------


@pytest.mark.parametrize(
    ("code", "error", "reason", "position", "expected", "found"),
    [
        ("x" * 300, InvalidLength, "length", None, "at most 256", 300),
        ("RK190321410C\u00c9", InvalidFormat, "character", 12, "a Latin letter or digit", "\u00c9"),
        ("RK 190 321 410 C.", InvalidFormat, "character", 12, "a Latin letter or digit", "."),
        ("", InvalidLength, "length", None, 13, 0),
        ("RK19032141CN", InvalidLength, "length", None, 13, 12),
        ("R1190321410CN", InvalidFormat, "shape", 1, "two letters", "R1"),
        ("RK1903214A0CN", InvalidFormat, "shape", 9, "nine digits", "1903214A0"),
        ("RK190321410C1", InvalidFormat, "shape", 12, "two letters", "C1"),
        ("AA190321410CN", InvalidComponent, "service_indicator", 0,
         "an allocated service indicator", "AA"),
        ("RK190321410XX", InvalidComponent, "country", 11, "an ISO 3166-1 alpha-2 code", "XX"),
        ("RK190321411CN", InvalidChecksum, "check_digit", 10, "0", "1"),
    ],
)  # fmt: skip
def test_every_error_says_what_is_wrong(
    code: str,
    error: type[ValidationError],
    reason: str,
    position: int | None,
    expected: str | int,
    found: str | int,
) -> None:
    with pytest.raises(error) as info:
        s10.validate(code)
    exc = info.value
    assert (exc.reason, exc.position, exc.expected, exc.found) == (
        reason, position, expected, found,
    )  # fmt: skip
    failure = _s10_rules.examine(code)[1]
    assert failure is not None
    assert str(exc) == failure.message
    assert type(exc) is failure.error_class
    again = pickle.loads(pickle.dumps(exc))
    assert (type(again), str(again), again.reason, again.position) == (
        error, str(exc), reason, position,
    )  # fmt: skip


def test_errors_raised_without_details_take_their_class_reason() -> None:
    assert InvalidLength("x").reason == "length"
    assert InvalidChecksum("x").reason == "check_digit"
    assert InvalidFormat("x").reason == "shape"
    assert InvalidComponent("x").reason is None
    assert InvalidComponent("x", reason="country").reason == "country"


def test_the_classifier_reads_the_reason() -> None:
    codes = {w.code for w in classify("RK190321410XX").warnings}
    assert "s10_country_unknown" in codes
    codes = {w.code for w in classify("AA190321410CN").warnings}
    assert "s10_service_indicator_unknown" in codes


def test_lookups() -> None:
    row = _s10_rules.service_row("EE")
    assert row is not None
    assert row.category == "ems"
    assert _s10_rules.service_row("E") is None
    assert _s10_rules.country_name("RU") == "Russian Federation"
    assert _s10_rules.country_name("XX") is None


def _near_s10(rng: random.Random) -> str:
    letters = string.ascii_letters
    serial = f"{rng.randrange(10**8):08d}"
    check = _s10_rules.check_digit(serial) if rng.random() < 0.6 else rng.choice(string.digits)
    si = rng.choice(["RK", "rk", "Rk", "EE", "AA", "JA", "LP"])
    cc = rng.choice(["CN", "cn", "RU", "XX", "ZZ", rng.choice(letters) + rng.choice(letters)])
    return si + serial + check + cc


def test_the_table_form_equals_the_examination() -> None:
    rng = random.Random(12)
    ok13 = _s10_rules.valid13()
    codes = [_near_s10(rng) for _ in range(20_000)]
    for c in codes:
        assert ok13(c) == (_s10_rules.examine(c)[1] is None), c
    got = batch.rows_ok(np.frombuffer("".join(codes).encode(), dtype=np.uint8).reshape(-1, 13))
    assert got.tolist() == [ok13(c) for c in codes]


# --- Checksums: the two forms agree ------------------------------------------------------

_PARAMS = sorted(
    {(r.checksum, tuple(sorted(r.params.items()))) for r in ROWS if r.checksum}, key=repr
)


@pytest.mark.parametrize(("name", "params"), _PARAMS, ids=[f"{n}{p}" for n, p in _PARAMS])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_scalar_and_column_forms_agree(
    name: str, params: tuple[tuple[str, object], ...], data: st.DataObject
) -> None:
    digits = FORMS[name].digits_only or data.draw(st.booleans())
    alphabet = string.digits if digits else string.digits + string.ascii_uppercase
    width = 8 if name == "s10" else data.draw(st.integers(1, 30))
    bodies = data.draw(
        st.lists(st.text(alphabet=alphabet, min_size=width, max_size=width), min_size=1)
    )
    checks = data.draw(
        st.lists(
            st.sampled_from(string.digits + string.ascii_uppercase),
            min_size=len(bodies),
            max_size=len(bodies),
        )
    )
    scalar = checker(name, dict(params))
    column = column_checker(name, dict(params), digits=digits)
    assert column is not None
    body = np.frombuffer("".join(bodies).encode(), dtype=np.uint8).reshape(len(bodies), width)
    check = np.frombuffer("".join(checks).encode(), dtype=np.uint8)
    assert column(body, check).tolist() == [
        scalar(b, c) for b, c in zip(bodies, checks, strict=True)
    ]


def test_a_digits_only_column_form_is_not_offered_for_letters() -> None:
    assert column_checker("mod7", {}, digits=False) is None
    assert column_checker("mod7", {}, digits=True) is not None


# --- Dispatch data comes from the patterns -----------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "lengths"),
    [
        (r"[A-Z]{2}[0-9]{9}[A-Z]{2}", (13,)),
        (r"JJ?D[0-9]{16}", (18, 19)),
        (r"J[A-Z]{2,3}[0-9]{9,10}", (12, 13, 14)),
        (r"(?:GM|LX)(?=[0-9A-Z]*[0-9])[0-9A-Z]{10,12}", (12, 13, 14)),
        (r"(?!91)[0-9]{20}", (20,)),
        (r"(?:420[0-9]{5}(?:[0-9]{4}(?=[0-9]{22}$))?)?[0-9]{22}", (22, 30, 34)),
        (r"(?:420[0-9]{5}(?=[0-9]{26}$))?[0-9]{22}", (22,)),
    ],
)
def test_lengths_are_read_from_the_pattern(pattern: str, lengths: tuple[int, ...]) -> None:
    assert _pattern.lengths(pattern) == lengths


@pytest.mark.parametrize("pattern", [r"(?<=A)B", r"(A)\1", r"[0-9]+"])
def test_a_construct_not_read_is_an_error(pattern: str) -> None:
    with pytest.raises(ValueError, match="pattern"):
        _pattern.lengths(pattern)


def test_starts_come_from_partial_matches() -> None:
    assert _pattern.starts(r"9[0-9]{3}", 1) == ("9",)
    assert _pattern.starts(r"(?:92|95)[0-9]", 2) == ("92", "95")


@pytest.mark.parametrize("r", ROWS, ids=lambda r: r.format)
def test_every_row_is_filed_under_the_length_and_start_of_its_examples(r: object) -> None:
    from parcelkit._normalize import clean
    from parcelkit.carriers._row import FormatRow

    assert isinstance(r, FormatRow)
    buckets = plan().buckets
    for example in r.valid_examples:
        code = clean(example)
        assert any(cr.row is r for cr in buckets[len(code)][code[:1]].rows), example
        assert code[:2] in _pattern.starts(r.pattern, 2), example


# --- The column path covers every row it does not declare --------------------------------


def test_every_row_runs_column_wise_unless_declared() -> None:
    formats = {r.format for r in ROWS}
    assert formats >= _columnar.CODE_BY_CODE
    for cr in plan().rows:
        covered = [_columnar.column_test(cr, n) is not None for n in cr.row.lengths]
        if cr.row.format in _columnar.CODE_BY_CODE:
            assert not any(covered), f"{cr.row.format} now has a column test: undeclare it"
        else:
            assert all(covered), f"{cr.row.format} is left to the per-code path"


# --- The classifier's bucket state: shared tests give the state of the rows one by one --


def _state_row_by_row(rows: tuple[CompiledRow, ...], code: str) -> int:
    state = 0
    for r in rows:
        m = r.match(code)
        state *= 3
        if m is not None:
            state += 1 if r.check is None or r.check(m) else 2
    return state


def _state_by_steps(steps: tuple[Step, ...], code: str) -> int:
    state = 0
    for step in steps:
        m = step.match(code)
        if m is not None:
            for check, weight in step.tests:
                state += weight if check is None or check(m) else 2 * weight
    return state


def test_bucket_steps_give_the_row_by_row_state() -> None:
    """Each bucket's merged tests (one match per pattern, one check per rule) encode the
    same base-3 state as its rows tested one by one, on every row's examples and on
    random codes of the bucket's length and start."""
    rng = random.Random(12)
    examples = [e for r in ROWS for e in (*r.valid_examples, *r.invalid_examples)]
    shared = 0
    for n, by_start in enumerate(plan().buckets):
        for start, bucket in by_start.items():
            if bucket.s10:
                continue
            shared += len(bucket.rows) - sum(len(s.tests) for s in bucket.steps)
            codes = [c for c in (x.replace(" ", "").upper() for x in examples)
                     if len(c) == n and c.startswith(start)]  # fmt: skip
            codes += [start + "".join(rng.choice(string.digits) for _ in range(n - 1))
                      for _ in range(30)]  # fmt: skip
            for code in codes:
                assert _state_by_steps(bucket.steps, code) == _state_row_by_row(
                    bucket.rows, code
                ), (n, start, code)
    assert shared > 0  # some rows share a test, so the merge is exercised
