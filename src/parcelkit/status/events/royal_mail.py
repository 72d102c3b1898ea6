"""Royal Mail tracking event codes → :class:`Stage`.

Syntax: the five-letter event code as printed (``EVKSP``).  Royal Mail publishes no full
list; the rows are the codes documented with their customer wording.

>>> ROWS[0].code
'EVAIP'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'royal_mail'
NAME: Final = 'Royal Mail (event code)'
SYNTAX: Final = 'five letters, e.g. EVKSP'
COMPLETE: Final = False
_MAIN: Final = 'https://github.com/elliotjreed/royal-mail-tracking/blob/HEAD/README.md'
SOURCE: Final = _MAIN

ROWS: Final = (
    E(
        'EVAIP',
        S.INFO_RECEIVED,
        "The sender has advised they've despatched your item to us",
        _MAIN,
        None,
        'origin',
    ),
    E('EVAIE', S.INFO_RECEIVED, 'Sender despatching item', _MAIN, None, 'origin'),
    E('EVBAH', S.IN_TRANSIT, "We have your item at National Parcel Hub and it's on its way", _MAIN),
    E('EVDAC', S.IN_TRANSIT, "We have your item at the mail centre and it's on its way", _MAIN),
    E('EVDAV', S.IN_TRANSIT, "We have your item at the mail centre and it's on its way", _MAIN),
    E(
        'EVIAV',
        S.IN_TRANSIT,
        'Your item has reached the mail centre and will be sent to your delivery office',
        _MAIN,
        'sorting',
    ),
    E(
        'EVIMC',
        S.IN_TRANSIT,
        'Your item has reached the mail centre and will be sent to your delivery office',
        _MAIN,
        'sorting',
    ),
    E(
        'EVGMI',
        S.EXCEPTION,
        'Your item went to a delivery office in error and was re-routed',
        _MAIN,
        'missent',
    ),
    E(
        'EVIPI',
        S.EXCEPTION,
        'Your item went to a mail centre in error and was re-routed',
        _MAIN,
        'missent',
    ),
    E(
        'EVNMI',
        S.EXCEPTION,
        'Your item went to a delivery office in error and was re-routed',
        _MAIN,
        'missent',
    ),
    E(
        'EVGPD',
        S.AT_DELIVERY_OFFICE,
        'Received by the delivery office and due for delivery today',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVNKS',
        S.AT_DELIVERY_OFFICE,
        'Held at the delivery office as part of the Keepsafe service',
        _MAIN,
        'held',
        'destination',
    ),
    E(
        'EVNRT',
        S.AT_DELIVERY_OFFICE,
        'Held at the delivery office: request not to deliver to the property today',
        _MAIN,
        'held',
        'destination',
    ),
    E(
        'EVKLC',
        S.READY_FOR_PICKUP,
        'Delivered to your nominated collection point, ready to collect',
        _MAIN,
        None,
        'destination',
    ),
    E('EVKSP', S.DELIVERED, 'Your item was delivered', _MAIN, None, 'destination'),
    E('EVKOP', S.DELIVERED, 'Your item was delivered', _MAIN, None, 'destination'),
    E(
        'EVKSF',
        S.DELIVERED,
        'Your item was delivered to your Safeplace',
        _MAIN,
        None,
        'destination',
    ),
    E('EVKDN', S.DELIVERED, 'We delivered your item to your neighbour', _MAIN, None, 'destination'),
    E(
        'EVNOC',
        S.DELIVERED,
        'Your item was collected from the delivery office',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVPLC',
        S.DELIVERED,
        'Collected by the customer from the Post Office',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVKNA',
        S.DELIVERY_FAILED,
        "We tried to deliver your parcel but there didn't seem to be anyone in",
        _MAIN,
        'addressee_absent',
        'destination',
    ),
    E(
        'EVNDA',
        S.DELIVERY_FAILED,
        "We tried to deliver your parcel but there didn't seem to be anyone in",
        _MAIN,
        'addressee_absent',
        'destination',
    ),
    E(
        'EVKAA',
        S.DELIVERY_FAILED,
        'Unable to deliver: the address was inaccessible; another attempt next working day',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVNAA',
        S.DELIVERY_FAILED,
        'Unable to deliver: the address was inaccessible; another attempt next working day',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVNDN',
        S.DELIVERY_FAILED,
        'Unable to deliver; another attempt next working day',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVKSU',
        S.DELIVERY_FAILED,
        'Unable to deliver your item to your nominated Safeplace',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'EVKAI',
        S.RETURN_TO_SENDER,
        'Unable to identify the delivery address; returned to the sender',
        _MAIN,
        'address_incorrect',
    ),
    E(
        'EVKGA',
        S.RETURN_TO_SENDER,
        'The recipient is no longer at that address; returning to the sender',
        _MAIN,
    ),
    E(
        'EVNGA',
        S.RETURN_TO_SENDER,
        'The recipient is no longer at that address; returning to the sender',
        _MAIN,
    ),
    E(
        'EVKRF',
        S.RETURN_TO_SENDER,
        'The recipient refused to accept it; returned to the sender',
        _MAIN,
        'refused',
    ),
    E(
        'EVNRF',
        S.RETURN_TO_SENDER,
        'The recipient refused to accept it; returned to the sender',
        _MAIN,
        'refused',
    ),
    E('EVRTS', S.RETURN_TO_SENDER, 'Your item was delivered back to the sender', _MAIN),
    E('EVNAR', S.UNKNOWN, 'Due for redelivery the next working day', _MAIN, 'rescheduled'),
    E(
        'ASRXS',
        S.UNKNOWN,
        'As requested, redelivery arranged, else to your chosen Safeplace',
        _MAIN,
        'rescheduled',
    ),
    E(
        'RFRXS',
        S.UNKNOWN,
        'As requested, redelivery arranged, else to your chosen neighbour',
        _MAIN,
        'rescheduled',
    ),
    E(
        'RNRXS',
        S.UNKNOWN,
        'As requested, redelivery arranged to your chosen address',
        _MAIN,
        'rescheduled',
    ),
    E('RORXS', S.UNKNOWN, 'As requested, redelivery arranged', _MAIN, 'rescheduled'),
    E(
        'RPRXS',
        S.UNKNOWN,
        'As requested, redelivery arranged to your chosen Post Office',
        _MAIN,
        'rescheduled',
    ),
    E(
        'RSRXS',
        S.UNKNOWN,
        'As requested, redelivery arranged, else to your chosen Safeplace',
        _MAIN,
        'rescheduled',
    ),
)  # fmt: skip
