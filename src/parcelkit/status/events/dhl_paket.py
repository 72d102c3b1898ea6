"""DHL Paket (Germany) ICE tracking events and tracking statuses → :class:`Stage`.

All ICE event codes of DHL Parcel Germany's published event list (July 2024), and the five
statuses of DHL's shipment tracking API.  Syntax: the five-letter ICE event code (``DLVRD``)
or the status as printed (``pre-transit``).

>>> ROWS[0].code
'pre-transit'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'dhl_paket'
NAME: Final = 'DHL Paket (ICE event / status)'
SYNTAX: Final = 'five-letter ICE event code or status, e.g. DLVRD, transit'
COMPLETE: Final = True
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/dhl_parcel_de/vendors/parcel_de_ice_event_ric_combinations_July_2024.csv'
_API: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/dhl_parcel_de/karrio/providers/dhl_parcel_de/units.py'
SOURCE: Final = _MAIN

ROWS: Final = (
    E('pre-transit', S.INFO_RECEIVED, 'pre-transit', _API, None, 'origin'),
    E('transit', S.IN_TRANSIT, 'transit', _API),
    E('delivered', S.DELIVERED, 'delivered', _API, None, 'destination'),
    E('failure', S.DELIVERY_FAILED, 'failure', _API),
    E('unknown', S.UNKNOWN, 'unknown', _API),
    E('ADVIS', S.INFO_RECEIVED, 'Advise', _MAIN, None, 'origin'),
    E('ALERT', S.EXCEPTION, 'Alert', _MAIN),
    E('ASMVT', S.IN_TRANSIT, 'Assigned to movement / tour vehicle', _MAIN),
    E('CANCL', S.CANCELLED, 'The shipment order was canceled by the sender', _MAIN),
    E('CHECK', S.IN_TRANSIT, 'Checked', _MAIN),
    E('CNFSC', S.EXCEPTION, 'Confiscation', _MAIN),
    E(
        'CNRFC',
        S.READY_FOR_PICKUP,
        'Consignee notified - Ready for collection',
        _MAIN,
        'notice_left',
        'destination',
    ),
    E('DLVRD', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('DLVRF', S.DELIVERY_FAILED, 'Delivery refused', _MAIN, 'refused', 'destination'),
    E('DMGDS', S.EXCEPTION, 'Damage discovered', _MAIN, 'damaged'),
    E('DSPSD', S.LOST, 'Disposed of', _MAIN, 'destroyed'),
    E('DTNPC', S.INFO_RECEIVED, 'Data, but no piece', _MAIN, None, 'origin'),
    E('EXPHD', S.EXCEPTION, 'Exception hold', _MAIN, 'held'),
    E('FWDCF', S.IN_TRANSIT, 'Forwarded to correct facility', _MAIN, 'redirected'),
    E('HLDCC', S.READY_FOR_PICKUP, 'Held for consignee collection', _MAIN, None, 'destination'),
    E('HLDCP', S.CUSTOMS, 'Held for clearance purposes', _MAIN, 'customs_held'),
    E('HLDCU', S.CUSTOMS, 'Held by Customs', _MAIN, 'customs_held'),
    E('HNDDE', S.IN_TRANSIT, 'Handover to 3rd party - Delivery details expected', _MAIN),
    E('HNDND', S.IN_TRANSIT, 'Handover to 3rd party - No delivery details expected', _MAIN),
    E('ICPRC', S.CUSTOMS, 'Into clearance processing', _MAIN, 'customs_presented'),
    E('INFCL', S.IN_TRANSIT, 'In facility', _MAIN),
    E('ITBAR', S.CUSTOMS, 'In bonded area', _MAIN),
    E('LDEXC', S.EXCEPTION, 'Loading exception', _MAIN),
    E('LDTHU', S.IN_TRANSIT, 'Loaded to handling unit', _MAIN),
    E('LDTMV', S.IN_TRANSIT, 'Loaded to movement / tour vehicle', _MAIN),
    E('MSRTD', S.EXCEPTION, 'Mis routed', _MAIN, 'missent'),
    E('MVARR', S.IN_TRANSIT, 'Movement / tour vehicle arrived', _MAIN),
    E('MVDEX', S.EXCEPTION, 'Movement / tour vehicle departure exception', _MAIN),
    E('MVDPT', S.IN_TRANSIT, 'Movement / tour vehicle departed', _MAIN),
    E('MVTEX', S.EXCEPTION, 'Movement / tour vehicle exception', _MAIN),
    E('NTADT', S.UNKNOWN, 'Not assigned to delivery tour', _MAIN, 'delayed'),
    E('NTDEL', S.DELIVERY_FAILED, 'Not delivered', _MAIN, None, 'destination'),
    E('NTPUP', S.EXCEPTION, 'Not picked up', _MAIN, None, 'origin'),
    E('OFWRD', S.IN_TRANSIT, 'Onforwarded', _MAIN, 'redirected'),
    E('PARCV', S.INFO_RECEIVED, 'PAN Received by Carrier', _MAIN, None, 'origin'),
    E('PBNDT', S.IN_TRANSIT, 'Piece, but no data', _MAIN),
    E('PCKDU', S.ACCEPTED, 'Picked up', _MAIN, None, 'origin'),
    E('PMTCR', S.UNKNOWN, 'Payments received from courier', _MAIN),
    E('PMTCS', S.UNKNOWN, 'Payment received from customer', _MAIN),
    E('PURCR', S.INFO_RECEIVED, 'Pick up request created', _MAIN, None, 'origin'),
    E('RCCLS', S.UNKNOWN, 'Record closed', _MAIN),
    E('RELBL', S.IN_TRANSIT, 'Relabeled', _MAIN),
    E('REPCK', S.IN_TRANSIT, 'Repacked', _MAIN),
    E('RETRN', S.RETURN_TO_SENDER, 'Shipment will be returned to origin', _MAIN),
    E('ROUCR', S.IN_TRANSIT, 'Re-Routed on customer request', _MAIN, 'redirected'),
    E('RSDCP', S.CUSTOMS, 'Released from clearance processing', _MAIN, 'customs_released'),
    E('SECHK', S.IN_TRANSIT, 'Security checked', _MAIN),
    E('SHRCU', S.ACCEPTED, 'Shipment Received from customer', _MAIN, None, 'origin'),
    E('SRTED', S.IN_TRANSIT, 'Sorted', _MAIN, 'sorting'),
    E('STORN', S.UNKNOWN, 'The previous event was deleted by driver', _MAIN),
    E('TRBCR', S.IN_TRANSIT, 'Transferred between carriers', _MAIN),
    E('ULFMV', S.IN_TRANSIT, 'Unloaded from movement / tour vehicle', _MAIN),
)  # fmt: skip
