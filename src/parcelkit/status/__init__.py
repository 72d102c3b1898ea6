"""Multilingual status normalisation: any raw carrier status → one :class:`Stage`."""

from __future__ import annotations

from parcelkit.status._stage import Stage

__all__ = ["Stage"]
