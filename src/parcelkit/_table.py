"""Whole results as columns: :func:`classify_table` and :func:`normalize_statuses`
(the ``fast`` extra, with pyarrow).

Both return a ``pyarrow.Table`` with one row per input, in input order, and work on each
distinct value once: a column of a million codes with ten thousand distinct ones costs ten
thousand classifications.  They are built on the public per-code answers
(:func:`parcelkit.classify`, :func:`parcelkit.s10.parse`, :func:`parcelkit.normalize_status`)
and on the column-wise S10 check of :func:`parcelkit.batch.s10_is_valid`, so every row is
what those functions say.

>>> t = classify_table(['rk 190 321 410 cn', 'RK190321411CN', '1Z879E930346834440', None])
>>> t.column('carrier').to_pylist()
['s10', None, 'ups', None]
>>> t.column('error').to_pylist()
[None, 'check_digit', 'length', None]
>>> normalize_statuses(['Вручение адресату', 'Delivered', 'Delivered']).column('stage').to_pylist()
['delivered', 'delivered', 'delivered']
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

try:
    import numpy as np
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover  (both are installed wherever tests run)
    raise ImportError(
        "classify_table and normalize_statuses need NumPy and pyarrow: "
        "pip install 'parcelkit[fast]' pyarrow"
    ) from exc

from parcelkit import batch, s10
from parcelkit.carriers import classify, classify_many
from parcelkit.exceptions import ValidationError
from parcelkit.status import normalize_status

__all__ = [
    "CLASSIFY_SCHEMA",
    "STATUS_SCHEMA",
    "carrier_column",
    "classify_table",
    "decoded",
    "normalize_statuses",
]

_DICT: Final = pa.dictionary(pa.int32(), pa.string())

#: The columns of :func:`classify_table`, in order.
CLASSIFY_SCHEMA: Final = pa.schema(
    [
        pa.field("code", pa.string()),  # compact; null for non-strings and unread input
        pa.field("carrier", _DICT),  # classify(code).carrier
        pa.field("format", _DICT),  # the best valid candidate, else the first one
        pa.field("valid", pa.bool_(), nullable=False),  # a valid candidate exists
        pa.field("confidence", pa.float64()),  # of that candidate; null without one
        pa.field("s10_valid", pa.bool_(), nullable=False),  # s10.is_valid(code)
        pa.field("country", _DICT),  # s10.parse(code).country
        pa.field("category", _DICT),  # s10.parse(code).category
        pa.field("tracked", pa.bool_()),  # the best valid candidate's trackability
        pa.field("error", _DICT),  # the ``reason`` of s10.validate's error
        pa.field("fake", pa.bool_(), nullable=False),  # classify(code).fakes is not empty
    ]
)

#: The columns of :func:`normalize_statuses`, in order.
STATUS_SCHEMA: Final = pa.schema(
    [
        pa.field("stage", _DICT),
        pa.field("confidence", pa.float64()),
        pa.field("lang", _DICT),
        pa.field("detail", pa.string()),
        pa.field("location", pa.string()),
    ]
)

# One distinct code's answer, in CLASSIFY_SCHEMA's order.
_Row = tuple[
    str | None, str | None, str | None, bool, float | None,
    bool, str | None, str | None, bool | None, str | None, bool,
]  # fmt: skip
_NULL_ROW: Final[_Row] = (None, None, None, False, None, False, None, None, None, None, False)
_DICT_COLUMNS: Final = frozenset(f.name for f in CLASSIFY_SCHEMA if f.type == _DICT)


def _code_row(text: str, s10_ok: bool) -> _Row:
    """Every column for one distinct string; *s10_ok* is ``s10.is_valid(text)``."""
    c = classify(text)
    top = c.best or (c.candidates[0] if c.candidates else None)
    country = category = error = None
    if s10_ok:
        parsed = s10.parse(text)
        country, category = parsed.country, parsed.category
    else:
        try:
            s10.validate(text)
        except ValidationError as exc:
            error = exc.reason
    return (
        c.code if len(text) <= s10.MAX_INPUT_LENGTH else None,
        c.carrier,
        None if top is None else top.format,
        c.best is not None,
        None if top is None else top.confidence,
        s10_ok,
        country,
        category,
        None if c.best is None else c.best.tracked,
        error,
        bool(c.fakes),
    )


def _as_strings(values: Any) -> pa.Array:
    """*values* as one arrow ``string``/``large_string`` array; non-strings are null."""
    if isinstance(values, pa.ChunkedArray):
        if values.num_chunks == 1:
            return _arrow_strings(values.chunk(0))
        return pa.concat_arrays([_as_strings(c) for c in values.chunks])
    if isinstance(values, pa.Array):
        return _arrow_strings(values)
    pd = sys.modules.get("pandas")
    if pd is not None and isinstance(values, pd.Series):
        arrow_backed = hasattr(values.array, "__arrow_array__")
        values = pa.array(values.array) if arrow_backed else values.to_numpy(dtype=object)
        return _as_strings(values)
    if isinstance(values, np.ndarray):
        return _numpy_strings(values.ravel())
    return _strings_from_objects(values if isinstance(values, list) else list(values))


def _arrow_strings(values: pa.Array) -> pa.Array:
    t, types = values.type, pa.types
    if types.is_dictionary(t):
        return _arrow_strings(values.dictionary_decode())
    if types.is_string(t) or types.is_large_string(t):
        return values
    if types.is_string_view(t):
        return values.cast(pa.large_string())
    if types.is_binary(t) or types.is_large_binary(t) or types.is_binary_view(t):
        return _strings_from_objects([_decoded(v) for v in values.to_pylist()])
    return pa.nulls(len(values), pa.string())  # numbers, dates…: never codes


def _numpy_strings(flat: Any) -> pa.Array:
    kind = flat.dtype.kind
    if kind == "U":
        return pa.array(flat, pa.string())
    if kind == "S":
        return _strings_from_objects([_decoded(v) for v in flat.tolist()])
    if kind == "O":
        return _strings_from_objects(flat.tolist())
    return pa.nulls(len(flat), pa.string())  # numbers, dates…: never codes


def _decoded(value: bytes | None) -> str | None:
    """A bytes element read as UTF-8, as ``s10_is_valid`` reads it; None if it is not."""
    if value is None:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _strings_from_objects(items: Sequence[object]) -> pa.Array:
    try:
        return pa.array(items, pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # an element is not str
        return pa.array([c if isinstance(c, str) else None for c in items], pa.string())


#: Distinct values are answered this many at a time, and each slice's answers are
#: packed into arrow arrays at once, so no Python object per value outlives its slice.
_SLICE: Final = 1 << 12


def _distinct(strings: pa.Array) -> tuple[pa.Array, pa.Array]:
    """The distinct non-null strings (an arrow array) and, for every row, its index
    among them (or null)."""
    encoded = strings.dictionary_encode()
    return encoded.dictionary, encoded.indices


def _columns(
    distinct: pa.Array,
    indices: pa.Array,
    schema: pa.Schema,
    answer: Callable[[list[str]], Sequence[tuple[Any, ...]]],
    fill: Callable[[int], Any],
) -> pa.Table:
    """The table whose row i is the answer for ``distinct[indices[i]]``, null rows filled
    by *fill*.  *answer* gives the rows (in *schema*'s order) for a list of distinct
    strings; it is called on slices of :data:`_SLICE` values."""
    vocabs: list[dict[str, int]] = [{} for _ in schema]
    parts: list[list[pa.Array]] = [[] for _ in schema]
    for at in range(0, len(distinct), _SLICE):
        rows = answer(distinct.slice(at, _SLICE).to_pylist())
        for j, field in enumerate(schema):
            per_value = [r[j] for r in rows]
            if field.type == _DICT:
                vocab = vocabs[j]
                ids = [None if v is None else vocab.setdefault(v, len(vocab)) for v in per_value]
                parts[j].append(pa.array(ids, pa.int32()))
            else:
                parts[j].append(pa.array(per_value, field.type))
        del rows
    columns = []
    for j, field in enumerate(schema):
        kind = pa.int32() if field.type == _DICT else field.type
        column = pa.concat_arrays(parts[j]) if parts[j] else pa.array([], kind)
        parts[j] = []
        column = column.take(indices)
        if field.type == _DICT:
            words = pa.array(list(vocabs[j]), pa.string())
            column = pa.DictionaryArray.from_arrays(column, words)
        elif not field.nullable:
            column = column.fill_null(fill(j))
        columns.append(column)
    return pa.Table.from_arrays(columns, schema=schema)


def _code_rows(texts: list[str]) -> list[_Row]:
    """:func:`_code_row` of each of *texts*, the S10 check of all of them column-wise."""
    s10_ok = batch.s10_is_valid(texts).tolist() if texts else []
    return [_code_row(text, ok) for text, ok in zip(texts, s10_ok, strict=True)]


def _status_rows(lang: str | None) -> Callable[[list[str]], list[tuple[Any, ...]]]:
    def rows(texts: list[str]) -> list[tuple[Any, ...]]:
        out = []
        for text in texts:
            r = normalize_status(text, lang)
            out.append((r.stage.value, r.confidence, r.lang, r.detail, r.location))
        return out

    return rows


def classify_table(codes: Iterable[Any]) -> pa.Table:
    """Classify every code and parse it as S10: a ``pyarrow.Table``, one row per code.

    *codes* is a list or other iterable, a NumPy array, a pandas Series, or a pyarrow
    ``Array``/``ChunkedArray`` (``string``, ``large_string``, ``string_view``, binary read
    as UTF-8, dictionary).  The columns are :data:`CLASSIFY_SCHEMA`'s; a row equals
    ``classify(code)`` and ``s10.parse(code)`` (or the ``reason`` of ``s10.validate``'s
    error).  Elements that are not strings give a row of nulls and ``False``.
    """
    if isinstance(codes, (str, bytes)):
        raise TypeError("codes must be a collection of codes, not a single string")
    distinct, indices = _distinct(_as_strings(codes))
    return _columns(distinct, indices, CLASSIFY_SCHEMA, _code_rows, lambda j: _NULL_ROW[j])


def normalize_statuses(texts: Iterable[Any], lang: str | None = None) -> pa.Table:
    """:func:`parcelkit.normalize_status` of every text: a ``pyarrow.Table`` with the
    columns ``stage``, ``confidence``, ``lang``, ``detail`` and ``location``.

    *texts* takes the same kinds of input as :func:`classify_table`; each distinct text is
    normalised once.  Missing values and non-strings give null in every column.
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be a collection of statuses, not a single string")
    if lang is not None and not isinstance(lang, str):
        raise TypeError(f"lang must be str or None, not {type(lang).__name__}")
    distinct, indices = _distinct(_as_strings(texts))
    return _columns(distinct, indices, STATUS_SCHEMA, _status_rows(lang), lambda j: None)


def decoded(table: pa.Table) -> pa.Table:
    """*table* with its dictionary columns as plain strings: what engines without
    dictionaries in structs (DuckDB, Spark) are handed."""
    fields = [
        pa.field(f.name, pa.string()) if pa.types.is_dictionary(f.type) else f for f in table.schema
    ]
    return table.cast(pa.schema(fields))


def carrier_column(codes: Iterable[Any]) -> pa.Array:
    """``classify_table(codes).column('carrier')`` as plain strings, without the other
    columns: :func:`parcelkit.classify_many` of each distinct code."""
    distinct, indices = _distinct(_as_strings(codes))
    return pa.array(classify_many(distinct.to_pylist()), pa.string()).take(indices)
