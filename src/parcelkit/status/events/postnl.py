"""PostNL track-and-trace status codes → :class:`Stage`.

All status codes of PostNL's track-and-trace API (the event codes such as ``A01`` are a
finer, separate field).  Syntax: the status code as printed (``11``).

>>> ROWS[0].code
'1'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'postnl'
NAME: Final = 'PostNL (status code)'
SYNTAX: Final = 'digits, e.g. 11'
COMPLETE: Final = True
_MAIN: Final = 'https://developer.postnl.nl/docs/#/http/reference-data/t-t-status-codes/status-codes'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('1', S.INFO_RECEIVED, 'Zending voorgemeld (Shipment pre-alerted)', _MAIN, None, 'origin'),
    E('2', S.ACCEPTED, 'Zending in ontvangst genomen (Shipment accepted)', _MAIN, None, 'origin'),
    E('3', S.ACCEPTED, 'Zending afgehaald (Shipment collected)', _MAIN, None, 'origin'),
    E('4', S.EXCEPTION, 'Zending niet afgehaald (Shipment not collected)', _MAIN),
    E(
        '13',
        S.INFO_RECEIVED,
        'Voorgemeld: nog niet aangenomen (Pre-alerted shipment)',
        _MAIN,
        None,
        'origin',
    ),
    E('14', S.EXCEPTION, 'Voorgemeld: definitief niet aangenomen', _MAIN),
    E('15', S.EXCEPTION, 'Manco collectie (Missing collection)', _MAIN),
    E('18', S.LOST, 'Definitief manco (Definitely missing)', _MAIN),
    E('19', S.EXCEPTION, 'Zending afgekeurd (Shipment rejected)', _MAIN),
    E('5', S.IN_TRANSIT, 'Zending gesorteerd (Shipment sorted)', _MAIN, 'sorting'),
    E('6', S.EXCEPTION, 'Zending niet gesorteerd (Shipment not sorted)', _MAIN),
    E('16', S.EXCEPTION, 'Manco sortering (Missing in sorting)', _MAIN),
    E('21', S.IN_TRANSIT, 'Zending in voorraad (Shipment in storage)', _MAIN, 'held'),
    E(
        '7',
        S.OUT_FOR_DELIVERY,
        'Zending in distributieproces (Shipment out for delivery)',
        _MAIN,
        None,
        'destination',
    ),
    E(
        '8',
        S.DELIVERY_FAILED,
        'Zending niet afgeleverd (Shipment not delivered)',
        _MAIN,
        None,
        'destination',
    ),
    E('9', S.CUSTOMS, 'Zending bij douane (Shipment at customs)', _MAIN),
    E('17', S.EXCEPTION, 'Manco distributie (Missing in distribution)', _MAIN),
    E('20', S.CUSTOMS, 'Zending in inklaringsproces (Shipment in clearance process)', _MAIN),
    E('11', S.DELIVERED, 'Zending afgeleverd (Shipment delivered)', _MAIN, None, 'destination'),
    E(
        '12',
        S.READY_FOR_PICKUP,
        'Zending beschikbaar op afhaallocatie (Shipment at pick-up location)',
        _MAIN,
        None,
        'destination',
    ),
    E(
        '22',
        S.DELIVERED,
        'Zending afgehaald van Postkantoor (Shipment picked up from post office)',
        _MAIN,
        None,
        'destination',
    ),
    E('23', S.ACCEPTED, 'Afhaalopdracht gecollecteerd (Parcel collected)', _MAIN, None, 'origin'),
    E('99', S.UNKNOWN, 'Niet van toepassing (Not applicable)', _MAIN),
)  # fmt: skip
