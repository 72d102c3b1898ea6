"""Colissimo / La Poste tracking event codes → :class:`Stage`.

The event codes of La Poste's tracking API (Suivi v2), which Colissimo shipments report.
Syntax: the three-character event code as printed (``DI1``).

>>> ROWS[0].code
'DR1'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'colissimo'
NAME: Final = 'Colissimo / La Poste (event code)'
SYNTAX: Final = 'three characters, e.g. DI1'
COMPLETE: Final = True
_MAIN: Final = 'https://developer.laposte.fr/products/suivi/latest'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('DR1', S.INFO_RECEIVED, 'Déclaratif réceptionné', _MAIN, None, 'origin'),
    E('DR2', S.EXCEPTION, 'Problème lors de la préparation', _MAIN),
    E('PC1', S.ACCEPTED, 'Pris en charge', _MAIN, None, 'origin'),
    E('PC2', S.ACCEPTED, "Pris en charge dans le pays d'expédition", _MAIN, None, 'origin'),
    E('ET1', S.IN_TRANSIT, 'En cours de traitement', _MAIN),
    E(
        'ET2',
        S.IN_TRANSIT,
        "En cours de traitement dans le pays d'expédition",
        _MAIN,
        None,
        'origin',
    ),
    E(
        'ET3',
        S.IN_TRANSIT,
        'En cours de traitement dans le pays de destination',
        _MAIN,
        None,
        'destination',
    ),
    E(
        'ET4',
        S.INTERNATIONAL_TRANSIT,
        'En cours de traitement dans un pays de transit',
        _MAIN,
        None,
        'international',
    ),
    E('EP1', S.AT_DELIVERY_OFFICE, 'En attente de présentation', _MAIN, None, 'destination'),
    E('DO1', S.CUSTOMS, 'Entrée en douane', _MAIN, 'customs_presented'),
    E('DO2', S.CUSTOMS, 'Sortie de douane', _MAIN, 'customs_released'),
    E('DO3', S.CUSTOMS, 'Retenu en douane', _MAIN, 'customs_held'),
    E('PB1', S.EXCEPTION, 'Problème en cours', _MAIN),
    E('PB2', S.IN_TRANSIT, 'Problème résolu', _MAIN),
    E('MD2', S.OUT_FOR_DELIVERY, 'Mis en distribution', _MAIN, None, 'destination'),
    E('ND1', S.DELIVERY_FAILED, 'Non distribuable', _MAIN),
    E('AG1', S.READY_FOR_PICKUP, "En attente d'être retiré au guichet", _MAIN, None, 'destination'),
    E('RE1', S.RETURN_TO_SENDER, "Retourné à l'expéditeur", _MAIN),
    E('DI0', S.DELIVERED, 'Distribué en lot', _MAIN, None, 'destination'),
    E('DI1', S.DELIVERED, 'Distribué', _MAIN, None, 'destination'),
    E('DI2', S.RETURN_TO_SENDER, "Distribué à l'expéditeur", _MAIN),
    E('DI3', S.UNKNOWN, 'Retardé', _MAIN, 'delayed'),
    E('ID0', S.CUSTOMS, 'Informations douane', _MAIN),
)  # fmt: skip
