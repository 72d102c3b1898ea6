"""CDEK order status codes → :class:`Stage`.

Syntax: the status code as printed (``DELIVERED``).

>>> ROWS[0].code
'CREATED'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'cdek'
NAME: Final = 'CDEK (status code)'
SYNTAX: Final = 'STATUS_CODE, e.g. ACCEPTED_AT_PICK_UP_POINT'
COMPLETE: Final = False
_MAIN: Final = 'https://api-docs.cdek.ru/'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('CREATED', S.INFO_RECEIVED, 'Создан', _MAIN, None, 'origin'),
    E('ACCEPTED', S.INFO_RECEIVED, 'Принят', _MAIN, None, 'origin'),
    E(
        'RECEIVED_AT_SHIPMENT_WAREHOUSE',
        S.ACCEPTED,
        'Принят на склад отправителя',
        _MAIN,
        None,
        'origin',
    ),
    E(
        'READY_FOR_SHIPMENT_IN_SENDER_CITY',
        S.IN_TRANSIT,
        'Выдан на отправку в городе-отправителе',
        _MAIN,
        None,
        'origin',
    ),
    E(
        'TAKEN_BY_TRANSPORTER_FROM_SENDER_CITY',
        S.IN_TRANSIT,
        'Сдан перевозчику в городе-отправителе',
        _MAIN,
        None,
        'origin',
    ),
    E('SENT_TO_TRANSIT_CITY', S.IN_TRANSIT, 'Отправлен в город-транзит', _MAIN),
    E('ACCEPTED_IN_TRANSIT_CITY', S.IN_TRANSIT, 'Встречен в городе-транзите', _MAIN),
    E('ACCEPTED_AT_TRANSIT_WAREHOUSE', S.IN_TRANSIT, 'Принят на склад транзита', _MAIN),
    E('SENT_TO_RECIPIENT_CITY', S.IN_TRANSIT, 'Отправлен в город-получатель', _MAIN),
    E(
        'ACCEPTED_IN_RECIPIENT_CITY',
        S.IN_TRANSIT,
        'Встречен в городе-получателе',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'ACCEPTED_AT_RECIPIENT_CITY_WAREHOUSE',
        S.AT_DELIVERY_OFFICE,
        'Принят на склад доставки',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'ACCEPTED_AT_PICK_UP_POINT',
        S.READY_FOR_PICKUP,
        'Принят на склад до востребования',
        _MAIN,
        None,
        'destination',
    ),
    E('TAKEN_BY_COURIER', S.OUT_FOR_DELIVERY, 'Выдан на доставку', _MAIN, None, 'destination'),
    E('DELIVERED', S.DELIVERED, 'Вручен', _MAIN, None, 'destination'),
    E('NOT_DELIVERED', S.DELIVERY_FAILED, 'Не вручен', _MAIN, None, 'destination'),
    E(
        'IN_CUSTOMS_INTERNATIONAL',
        S.EXPORT,
        'Таможенное оформление в стране отправления',
        _MAIN,
        'export_customs',
        'origin',
    ),
    E('SHIPPED_TO_DESTINATION', S.EXPORT, 'Отправлено в страну назначения', _MAIN, None, 'origin'),
    E(
        'IN_CUSTOMS_LOCAL',
        S.CUSTOMS,
        'Таможенное оформление в стране назначения',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'CUSTOMS_COMPLETE',
        S.CUSTOMS,
        'Таможенное оформление в стране назначения завершено',
        _MAIN,
        'customs_released',
        'destination',
    ),
    E('POSTOMAT_POSTED', S.READY_FOR_PICKUP, 'Заложен в постамат', _MAIN, 'locker', 'destination'),
    E(
        'POSTOMAT_RECEIVED',
        S.DELIVERED,
        'Изъят из постамата клиентом',
        _MAIN,
        'locker',
        'destination',
    ),
    E('INVALID', S.CANCELLED, 'Некорректный заказ', _MAIN),
    E(
        'READY_TO_SHIP_AT_SENDING_OFFICE',
        S.IN_TRANSIT,
        'Готов к отправке в городе-отправителе',
        _MAIN,
        None,
        'origin',
    ),
    E('RETURNED_TO_TRANSIT_WAREHOUSE', S.IN_TRANSIT, 'Возвращен на склад транзита', _MAIN),
    E(
        'READY_FOR_SHIPMENT_IN_TRANSIT_CITY',
        S.IN_TRANSIT,
        'Выдан на отправку в городе-транзите',
        _MAIN,
    ),
    E('READY_TO_SHIP_IN_TRANSIT_OFFICE', S.IN_TRANSIT, 'Готов к отправке в городе-транзите', _MAIN),
    E(
        'TAKEN_BY_TRANSPORTER_FROM_TRANSIT_CITY',
        S.IN_TRANSIT,
        'Сдан перевозчику в городе-транзите',
        _MAIN,
    ),
    E('PASSED_TO_TRANSIT_CARRIER', S.IN_TRANSIT, 'Передано транзитному перевозчику', _MAIN),
    E(
        'RETURNED_TO_RECIPIENT_CITY_WAREHOUSE',
        S.AT_DELIVERY_OFFICE,
        'Возвращен на склад доставки',
        _MAIN,
        None,
        'destination',
    ),
    E('SENT_TO_SENDER_CITY', S.RETURN_TO_SENDER, 'Отправлен в город-отправитель', _MAIN),
    E('ACCEPTED_IN_SENDER_CITY', S.RETURN_TO_SENDER, 'Встречен в городе-отправителе', _MAIN),
    E('POSTOMAT_SEIZED', S.EXCEPTION, 'Изъят из постамата курьером', _MAIN),
)  # fmt: skip
