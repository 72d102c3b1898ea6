"""Correios (Brazil) SRO event types with their status numbers → :class:`Stage`.

Syntax: the event type and the status number, ``"BDE 01"``.

>>> ROWS[0].code
'PO 01'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'correios'
NAME: Final = 'Correios (event type and status)'
SYNTAX: Final = 'TYPE NN, e.g. BDE 01'
COMPLETE: Final = False
_MAIN: Final = 'https://www.correios.com.br/atendimento/developers'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('PO 01', S.ACCEPTED, 'Objeto postado', _MAIN, None, 'origin'),
    E(
        'PO 09',
        S.ACCEPTED,
        'Objeto postado após o horário limite da unidade',
        _MAIN,
        None,
        'origin',
    ),
    E('RO 01', S.IN_TRANSIT, 'Objeto em trânsito - por favor aguarde', _MAIN),
    E('DO 01', S.IN_TRANSIT, 'Objeto em trânsito - por favor aguarde', _MAIN),
    E(
        'OEC 01',
        S.OUT_FOR_DELIVERY,
        'Objeto saiu para entrega ao destinatário',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'LDI 01',
        S.READY_FOR_PICKUP,
        'Objeto aguardando retirada no endereço indicado',
        _MAIN,
        None,
        'destination',
    ),
    E('BDE 01', S.DELIVERED, 'Objeto entregue ao destinatário', _MAIN, None, 'destination'),
    E('BDI 01', S.DELIVERED, 'Objeto entregue ao destinatário', _MAIN, None, 'destination'),
    E('BDR 01', S.DELIVERED, 'Objeto entregue ao destinatário', _MAIN, None, 'destination'),
)  # fmt: skip
