"""The shape of one declarative format row, shared by every data module.

A row says everything carrier-specific about one format: its pattern on the *cleaned*
code, the check-digit algorithm and parameters, trackability, base confidence and
provenance.  The lengths it can have and the characters it can start with (for dispatch)
are read from the pattern (:mod:`parcelkit.carriers._pattern`), never written by hand.
The engine in :mod:`parcelkit.carriers._engine` runs the rows; tests run every example.
"""

from __future__ import annotations

from typing import Any, Final, Literal

import attrs

from parcelkit.carriers import _pattern

__all__ = ["TND", "FormatRow", "Tracking", "row"]

#: Where tracking_number_data's facts come from (MIT, copied in shared/corpora).
TND: Final = "https://github.com/jkeen/tracking_number_data couriers/{}.json"

#: ``yes`` tracked end to end; ``no`` not tracked; ``origin_only`` only until it leaves
#: the origin country; ``destination_only`` only by the destination's operator;
#: ``varies`` depends on the service (decided per code, e.g. by the S10 range).
Tracking = Literal["yes", "no", "origin_only", "destination_only", "varies"]


@attrs.frozen
class FormatRow:
    """One format of one carrier."""

    carrier: str
    format: str
    name: str
    #: Regular expression matched in full against the cleaned code.  Formats with a
    #: check digit name the covered characters ``body`` and the check character ``check``.
    pattern: str
    checksum: str | None
    params: dict[str, Any]
    tracking: Tracking
    #: Confidence (0-1) of a match whose check digit, if any, holds.
    confidence: float
    notes: tuple[str, ...]
    source: str
    valid_examples: tuple[str, ...]
    invalid_examples: tuple[str, ...]
    #: ``(regex, text)``: *text* is put before the body when the body does NOT match
    #: *regex* (tracking_number_data's ``serial_number_format.prepend_if``).
    prepend: tuple[str, str] | None = None
    #: The code is an S10 identifier: country and service indicator are checked by
    #: :mod:`parcelkit.s10`, which also gives trackability per range.
    s10: bool = False

    @property
    def lengths(self) -> tuple[int, ...]:
        """Every length (in cleaned characters) the pattern can match."""
        return _pattern.lengths(self.pattern)

    @property
    def first(self) -> str:
        """The characters a code of this format can start with."""
        return "".join(_pattern.starts(self.pattern, 1))


def row(
    carrier: str,
    format: str,
    name: str,
    pattern: str,
    *,
    checksum: str | None = None,
    params: dict[str, Any] | None = None,
    tracking: Tracking = "yes",
    confidence: float,
    notes: tuple[str, ...] = (),
    source: str,
    valid: tuple[str, ...],
    invalid: tuple[str, ...] = (),
    prepend: tuple[str, str] | None = None,
    s10: bool = False,
) -> FormatRow:
    """Build a :class:`FormatRow` with keyword arguments that read like a table line."""
    return FormatRow(
        carrier, format, name, pattern, checksum, params or {},
        tracking, confidence, notes, source, valid, invalid, prepend, s10,
    )  # fmt: skip
