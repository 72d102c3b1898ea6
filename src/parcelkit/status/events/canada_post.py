"""Canada Post tracking event identifiers → :class:`Stage`.

Syntax: the numeric event identifier as printed (``1496``).  The rows are the identifiers
Karrio's Canada Post connector groups by meaning; the wording is that group.

>>> ROWS[0].code
'1408'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'canada_post'
NAME: Final = 'Canada Post (event identifier)'
SYNTAX: Final = 'digits, e.g. 1496'
COMPLETE: Final = False
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/canadapost/karrio/providers/canadapost/units.py'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('1408', S.DELIVERED, 'delivered', _MAIN),
    E('1409', S.DELIVERED, 'delivered', _MAIN),
    E('1421', S.DELIVERED, 'delivered', _MAIN),
    E('1422', S.DELIVERED, 'delivered', _MAIN),
    E('1423', S.DELIVERED, 'delivered', _MAIN),
    E('1424', S.DELIVERED, 'delivered', _MAIN),
    E('1425', S.DELIVERED, 'delivered', _MAIN),
    E('1426', S.DELIVERED, 'delivered', _MAIN),
    E('1427', S.DELIVERED, 'delivered', _MAIN),
    E('1428', S.DELIVERED, 'delivered', _MAIN),
    E('1429', S.DELIVERED, 'delivered', _MAIN),
    E('1430', S.DELIVERED, 'delivered', _MAIN),
    E('1431', S.DELIVERED, 'delivered', _MAIN),
    E('1432', S.DELIVERED, 'delivered', _MAIN),
    E('1433', S.DELIVERED, 'delivered', _MAIN),
    E('1434', S.DELIVERED, 'delivered', _MAIN),
    E('1441', S.DELIVERED, 'delivered', _MAIN),
    E('1442', S.DELIVERED, 'delivered', _MAIN),
    E('1496', S.DELIVERED, 'delivered', _MAIN),
    E('1497', S.DELIVERED, 'delivered', _MAIN),
    E('1498', S.DELIVERED, 'delivered', _MAIN),
    E('1499', S.DELIVERED, 'delivered', _MAIN),
    E('100', S.ACCEPTED, 'picked up', _MAIN),
    E('101', S.ACCEPTED, 'picked up', _MAIN),
    E('102', S.ACCEPTED, 'picked up', _MAIN),
    E('103', S.ACCEPTED, 'picked up', _MAIN),
    E('104', S.ACCEPTED, 'picked up', _MAIN),
    E('105', S.ACCEPTED, 'picked up', _MAIN),
    E('106', S.ACCEPTED, 'picked up', _MAIN),
    E('107', S.ACCEPTED, 'picked up', _MAIN),
    E('1400', S.ACCEPTED, 'picked up', _MAIN),
    E('1401', S.ACCEPTED, 'picked up', _MAIN),
    E('1402', S.ACCEPTED, 'picked up', _MAIN),
    E('1403', S.ACCEPTED, 'picked up', _MAIN),
    E('1404', S.ACCEPTED, 'picked up', _MAIN),
    E('1405', S.ACCEPTED, 'picked up', _MAIN),
    E('118', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('156', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1407', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1410', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1435', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1436', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1437', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1438', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1479', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1488', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('1701', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('2410', S.READY_FOR_PICKUP, 'ready for pickup', _MAIN),
    E('174', S.OUT_FOR_DELIVERY, 'out for delivery', _MAIN),
    E('500', S.OUT_FOR_DELIVERY, 'out for delivery', _MAIN),
)  # fmt: skip
