"""Nova Poshta tracking status codes → :class:`Stage`.

``StatusCode`` of ``TrackingDocument.getStatusDocuments``.  Syntax: the status code as
printed (``9``).

>>> ROWS[0].code
'1'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'nova_poshta'
NAME: Final = 'Nova Poshta (StatusCode)'
SYNTAX: Final = 'digits, e.g. 9'
COMPLETE: Final = True
_MAIN: Final = 'https://developers.novaposhta.ua/'
SOURCE: Final = _MAIN

ROWS: Final = (
    E(
        '1',
        S.INFO_RECEIVED,
        'Відправник самостійно створив цю накладну, але ще не надав до відправки',
        _MAIN,
        None,
        'origin',
    ),
    E('2', S.CANCELLED, 'Видалено', _MAIN),
    E('3', S.UNKNOWN, 'Номер не знайдено', _MAIN, 'not_found'),
    E('4', S.IN_TRANSIT, 'Відправлення у місті відправника', _MAIN),
    E('41', S.IN_TRANSIT, 'Відправлення у місті відправника', _MAIN),
    E('5', S.IN_TRANSIT, 'Відправлення прямує до міста одержувача', _MAIN),
    E('6', S.IN_TRANSIT, 'Відправлення у місті одержувача', _MAIN, None, 'destination'),
    E('7', S.READY_FOR_PICKUP, 'Прибув на відділення', _MAIN, None, 'destination'),
    E(
        '8',
        S.READY_FOR_PICKUP,
        'Прибув на відділення (завантажено в Поштомат)',
        _MAIN,
        'locker',
        'destination',
    ),
    E('9', S.DELIVERED, 'Відправлення отримано', _MAIN, None, 'destination'),
    E(
        '10',
        S.DELIVERED,
        'Відправлення отримано, очікується грошовий переказ',
        _MAIN,
        None,
        'destination',
    ),
    E(
        '11',
        S.DELIVERED,
        'Відправлення отримано, грошовий переказ видано одержувачу',
        _MAIN,
        None,
        'destination',
    ),
    E('12', S.ACCEPTED, 'Нова Пошта комплектує ваше відправлення', _MAIN, None, 'origin'),
    E(
        '14',
        S.READY_FOR_PICKUP,
        'Відправлення передано до огляду отримувачу',
        _MAIN,
        None,
        'destination',
    ),
    E('101', S.OUT_FOR_DELIVERY, 'На шляху до одержувача', _MAIN, None, 'destination'),
    E(
        '102',
        S.RETURN_TO_SENDER,
        'Відмова від отримання (створено замовлення на повернення)',
        _MAIN,
        'refused',
    ),
    E('103', S.DELIVERY_FAILED, 'Відмова одержувача', _MAIN, 'refused'),
    E('104', S.IN_TRANSIT, 'Змінено адресу', _MAIN, 'redirected'),
    E('105', S.DELIVERY_FAILED, 'Припинено зберігання', _MAIN, 'storage_expired'),
    E('106', S.DELIVERED, 'Одержано і створено ЄН зворотньої доставки', _MAIN, None, 'destination'),
    E('108', S.DELIVERY_FAILED, 'Відмова одержувача', _MAIN, 'refused'),
    E(
        '111',
        S.DELIVERY_FAILED,
        'Невдала спроба доставки через відсутність одержувача',
        _MAIN,
        'addressee_absent',
    ),
    E('112', S.UNKNOWN, 'Дата доставки перенесена одержувачем', _MAIN, 'rescheduled'),
)  # fmt: skip
