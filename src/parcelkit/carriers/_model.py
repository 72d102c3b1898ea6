"""The frozen result values of :func:`parcelkit.classify` and :func:`parcelkit.find`."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import attrs

from parcelkit import s10
from parcelkit._json import as_dict
from parcelkit.carriers.fakes import FakeService
from parcelkit.exceptions import InvalidValue

if TYPE_CHECKING:
    from parcelkit.carriers._info import CarrierInfo

__all__ = ["Candidate", "Classification", "Found", "Warning"]


@functools.lru_cache(maxsize=256)
def _carrier_info(carrier: str) -> CarrierInfo:
    """The carrier facts, loaded with the first tracking URL asked for (remembered per id:
    an import statement per call costs more than the look-up itself)."""
    from parcelkit.carriers._info import carrier_info  # noqa: PLC0415

    return carrier_info(carrier)


@attrs.frozen
class Candidate:
    """One format a code may belong to, with how sure parcelkit is."""

    #: Carrier id (``ups``, ``s10``, ``russian_post``…; see docs/carriers.md).
    carrier: str
    #: Stable id of the format, e.g. ``ups_1z``.
    format: str
    #: Human name of the format.
    name: str
    #: 0-1; see "Confidence" in docs/carriers.md.
    confidence: float
    #: Shape and, where the format has one, check digit both hold.
    valid: bool
    #: Whether the check digit holds; ``None`` where the format has none.
    checksum: bool | None
    #: Whether items with this code can be followed; ``None`` = only partly or it depends.
    tracked: bool | None
    notes: tuple[str, ...] = ()

    def tracking_url(self, code: str) -> str | None:
        """This carrier's tracking page for *code*, or ``None`` where it has none."""
        return _carrier_info(self.carrier).tracking_url(code)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of the fields."""
        return as_dict(self)


#: Who reads a warning: the buyer of a parcel or the merchant who sends it.
AUDIENCES = ("buyer", "merchant")


@attrs.frozen
class Warning:
    """Something a buyer should know about a code: a stable ``code`` and a message.

    The contract's name; it shadows the builtin only inside this package, so it is kept
    out of ``parcelkit.__all__``.
    """

    code: str
    message: str
    #: The values the localized wordings fill in (``name``, ``formats``, ``length``, …).
    params: tuple[tuple[str, str], ...] = attrs.field(default=(), eq=False, repr=False)

    def text(self, lang: str | None = "en", audience: str = "buyer") -> str:
        """The warning for people in *lang*, worded for a ``"buyer"`` or a ``"merchant"``
        (a merchant is not told to open a dispute)."""
        if not isinstance(audience, str):
            raise TypeError(f"audience must be a str, not {type(audience).__name__}")
        if audience not in AUDIENCES:
            raise InvalidValue(f"audience must be 'buyer' or 'merchant', not {audience[:40]!r}")
        from parcelkit import i18n  # noqa: PLC0415  (text tables load on first use)

        key = f"warning.{self.code}.{audience}"
        if key not in i18n.table("en") or not self.params:
            return self.message
        return i18n.text(key, lang, **dict(self.params))

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict: ``code`` and the English ``message``."""
        return as_dict(self, skip=("params",))


@attrs.frozen
class Classification:
    """What a code is: ranked candidates, the carrier, fake services and warnings."""

    #: The cleaned code (separators removed, upper case).
    code: str
    #: Best first; valid candidates before invalid ones.
    candidates: tuple[Candidate, ...]
    #: Carrier of the best valid candidate; ``None`` when no candidate is valid, or when a
    #: valid candidate of another carrier is just as confident (the code cannot tell them
    #: apart: the candidates list both).
    carrier: str | None
    fakes: tuple[FakeService, ...] = ()
    warnings: tuple[Warning, ...] = ()

    @property
    def best(self) -> Candidate | None:
        """The best valid candidate, if any."""
        return next((c for c in self.candidates if c.valid), None)

    @property
    def tracking_url(self) -> str | None:
        """The tracking page of :attr:`carrier` for this code, or ``None``."""
        if self.carrier is None:
            return None
        return _carrier_info(self.carrier).compact_url(self.code)  # the code is compact

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of the fields, with ``tracking_url``."""
        out = as_dict(self)
        out["tracking_url"] = self.tracking_url
        return out


#: A code found in free text, with its classification: one class with
#: :class:`parcelkit.s10.Found` (``parcelkit.find`` always sets ``classification``).
Found = s10.Found
