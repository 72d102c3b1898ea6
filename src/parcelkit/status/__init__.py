"""Multilingual status normalisation: any raw carrier status → one :class:`Stage`.

>>> from parcelkit.status import normalize_status
>>> normalize_status("已到达寄达地").stage
<Stage.IMPORT: 'import'>
>>> normalize_status("Вручение адресату").stage
<Stage.DELIVERED: 'delivered'>
"""

from __future__ import annotations

from parcelkit.status._normalizer import StatusResult, normalize_status
from parcelkit.status._stage import Stage

__all__ = ["Stage", "StatusResult", "normalize_status"]
