"""The shape of one carrier event code row, shared by every table module.

A table module ``parcelkit/status/events/<carrier>.py`` declares ``CARRIER`` (the id),
``NAME``, ``SYNTAX`` (the one documented form of its codes), ``COMPLETE`` (whether the
rows are the whole published list), ``SOURCE`` (the list's address) and ``ROWS``; a table of
hierarchical codes also declares ``PARENT_SEP``, the separator before which an unknown child
code is read as its parent.
"""

from __future__ import annotations

import attrs

from parcelkit.status._stage import Stage

__all__ = ["EventCode"]


@attrs.frozen
class EventCode:
    """One published event code of one carrier and the :class:`Stage` it means."""

    code: str
    stage: Stage
    #: The carrier's own short wording for the code.
    wording: str
    #: The published list the code and its wording come from.
    source: str
    detail: str | None = None
    leg: str | None = None
    #: The code as an API or an export delivers it; a test runs it.
    example: str = attrs.field(
        default=attrs.Factory(lambda self: self.code, takes_self=True)
    )
