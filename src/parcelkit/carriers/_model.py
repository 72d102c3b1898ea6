"""The frozen result values of :func:`parcelkit.classify` and :func:`parcelkit.find`."""

from __future__ import annotations

import attrs

from parcelkit import s10
from parcelkit.carriers.fakes import FakeService

__all__ = ["Candidate", "Classification", "Found", "Warning"]


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


@attrs.frozen
class Warning:
    """Something a buyer should know about a code: a stable ``code`` and a message.

    The contract's name; it shadows the builtin only inside this package, so it is kept
    out of ``parcelkit.__all__``.
    """

    code: str
    message: str


@attrs.frozen
class Classification:
    """What a code is: ranked candidates, the carrier, fake services and warnings."""

    #: The cleaned code (separators removed, upper case).
    code: str
    #: Best first; valid candidates before invalid ones.
    candidates: tuple[Candidate, ...]
    #: Carrier of the best valid candidate, else ``None``.
    carrier: str | None
    fakes: tuple[FakeService, ...] = ()
    warnings: tuple[Warning, ...] = ()

    @property
    def best(self) -> Candidate | None:
        """The best valid candidate, if any."""
        return next((c for c in self.candidates if c.valid), None)


#: A code found in free text, with its classification: one class with
#: :class:`parcelkit.s10.Found` (``parcelkit.find`` always sets ``classification``).
Found = s10.Found
