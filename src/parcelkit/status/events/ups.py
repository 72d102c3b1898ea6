"""UPS tracking activity status types and codes → :class:`Stage`.

The activity status types of the UPS Tracking API, and the published codes within a type:
the movement scans (type ``I``), the manifest codes (``M``) and the update codes (``U``).
Syntax: the type, or the type and the code separated by a space (``D``, ``I DP``, ``M MP``).
A code that is not a row is read as its type (``D FS`` → ``D``).

>>> ROWS[0].code
'M'
"""

from __future__ import annotations

from typing import Final

from parcelkit.status._stage import Stage as S
from parcelkit.status.events._row import EventCode as E

__all__ = ["CARRIER", "COMPLETE", "NAME", "PARENT_SEP", "ROWS", "SOURCE", "SYNTAX"]

CARRIER: Final = 'ups'
NAME: Final = 'UPS (activity status type and code)'
SYNTAX: Final = 'TYPE or TYPE CODE, e.g. D, I DP'
COMPLETE: Final = True
_MAIN: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/ups/vendors/Tracking-package-activity-types.html'
_SCANS: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/ups/vendors/Tracking-movement-scans.html'
_MANIFEST: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/ups/vendors/Tracking-manifest-codes.html'
_UPDATES: Final = 'https://github.com/karrioapi/karrio/blob/HEAD/modules/connectors/ups/vendors/Tracking-updates.html'
_OLDER: Final = 'https://developer.ups.com/tag/Tracking'
SOURCE: Final = _MAIN
#: An unknown code is read as its part before this separator.
PARENT_SEP: Final = ' '

ROWS: Final = (
    E('M', S.INFO_RECEIVED, 'Billing Information Received', _MAIN, None, 'origin'),
    E('MV', S.CANCELLED, 'Billing Information Voided', _MAIN),
    E('P', S.ACCEPTED, 'Pickup', _OLDER, None, 'origin'),
    E('I', S.IN_TRANSIT, 'In Transit, Out for Delivery', _MAIN),
    E('DO', S.IN_TRANSIT, 'Delivered Origin CFS (Freight Only)', _MAIN, None, 'origin'),
    E('DD', S.IN_TRANSIT, 'Delivered Destination CFS (Freight Only)', _MAIN, None, 'destination'),
    E('W', S.IN_TRANSIT, 'Warehousing (Freight Only)', _MAIN, 'held'),
    E('O', S.OUT_FOR_DELIVERY, 'Out for Delivery', _OLDER, None, 'destination'),
    E('D', S.DELIVERED, 'Delivered', _MAIN, None, 'destination'),
    E('X', S.EXCEPTION, 'Exception', _MAIN),
    E('RS', S.RETURN_TO_SENDER, 'Returned to Shipper', _OLDER),
    E('NA', S.UNKNOWN, 'Not Available', _MAIN),
    E('U', S.UNKNOWN, 'Updates (Track Alert API Only)', _MAIN),
    E('I AG', S.IN_TRANSIT, 'Package is in transit to a UPS facility', _SCANS),
    E('I AR', S.IN_TRANSIT, 'Arrival scan', _SCANS),
    E('I AT', S.IN_TRANSIT, 'Air Transit Scan', _SCANS),
    E('I CA', S.UNKNOWN, 'Cancelled Arrival', _SCANS),
    E('I CD', S.UNKNOWN, 'Cancelled Departure', _SCANS),
    E('I CL', S.UNKNOWN, 'Cancel Unload', _SCANS),
    E('I DL', S.IN_TRANSIT, 'Driver Load', _SCANS),
    E('I DP', S.IN_TRANSIT, 'Departure scan', _SCANS),
    E(
        'I DS',
        S.AT_DELIVERY_OFFICE,
        'Destination scan: at the last UPS building before delivery',
        _SCANS,
        None,
        'destination',
    ),
    E('I EP', S.EXPORT, 'Export scan (crossed an international border)', _SCANS, None, 'origin'),
    E('I HU', S.IN_TRANSIT, 'Hub Scan', _SCANS),
    E('I IP', S.IMPORT, 'Import Scan', _SCANS, None, 'destination'),
    E('I LC', S.IN_TRANSIT, 'Location Scan', _SCANS),
    E('I LM', S.IN_TRANSIT, 'Location Scan', _SCANS),
    E(
        'I OD',
        S.OUT_FOR_DELIVERY,
        'Loaded on delivery vehicle for delivery',
        _SCANS,
        None,
        'destination',
    ),
    E('I OF', S.OUT_FOR_DELIVERY, 'Out for delivery', _SCANS, None, 'destination'),
    E('I OR', S.ACCEPTED, 'Origin scan: we have your package', _SCANS, None, 'origin'),
    E('I OT', S.OUT_FOR_DELIVERY, 'Out for delivery', _SCANS, None, 'destination'),
    E('I PC', S.ACCEPTED, 'Pickup by UPS Package Car', _SCANS, None, 'origin'),
    E(
        'I PL',
        S.INFO_RECEIVED,
        'Shipper created a label, UPS has not received the package yet',
        _SCANS,
        None,
        'origin',
    ),
    E('I PU', S.ACCEPTED, 'Pickup scan', _SCANS, None, 'origin'),
    E('I PT', S.ACCEPTED, 'Pickup by UPS trailer', _SCANS, None, 'origin'),
    E('I SP', S.INFO_RECEIVED, 'Scheduled for Pickup Today', _SCANS, None, 'origin'),
    E('I UA', S.UNKNOWN, 'Updated Arrival', _SCANS),
    E('I UD', S.UNKNOWN, 'Updated Departure', _SCANS),
    E('I UL', S.IN_TRANSIT, 'Unload Scan', _SCANS),
    E('I VP', S.UNKNOWN, 'Void Pickup', _SCANS),
    E('I WH', S.IN_TRANSIT, 'Warehouse Scan', _SCANS, 'held'),
    E('I XA', S.AT_DELIVERY_OFFICE, 'At Local Post Office', _SCANS, None, 'destination'),
    E('I XD', S.ACCEPTED, 'Drop off', _SCANS, None, 'origin'),
    E(
        'I XR',
        S.AT_DELIVERY_OFFICE,
        'Received by the local post office',
        _SCANS,
        None,
        'destination',
    ),
    E('I YF', S.OUT_FOR_DELIVERY, 'USPS Out for Delivery', _SCANS, None, 'destination'),
    E(
        'I YH',
        S.AT_DELIVERY_OFFICE,
        'Received by the local post office',
        _SCANS,
        None,
        'destination',
    ),
    E(
        'I YI',
        S.OUT_FOR_DELIVERY,
        'Out For Delivery to UPS Access Point',
        _SCANS,
        None,
        'destination',
    ),
    E('I YM', S.IN_TRANSIT, 'Package moving to local post office', _SCANS),
    E('I YN', S.IN_TRANSIT, 'Package received into postal network', _SCANS),
    E('I YP', S.AT_DELIVERY_OFFICE, 'Preparing for delivery', _SCANS, None, 'destination'),
    E(
        'M DP',
        S.INFO_RECEIVED,
        'Shipment ready for UPS, manifest processed',
        _MANIFEST,
        None,
        'origin',
    ),
    E(
        'M MP',
        S.INFO_RECEIVED,
        'Shipment ready for UPS, billing information has been received',
        _MANIFEST,
        None,
        'origin',
    ),
    E(
        'M RD',
        S.INFO_RECEIVED,
        'Shipper created a label, Roadie has not received the package yet',
        _MANIFEST,
        None,
        'origin',
    ),
    E('M VP', S.CANCELLED, 'Manifest cancelled and shipment voided', _MANIFEST),
    E('U PX', S.UNKNOWN, 'Delivery Photo', _UPDATES),
    E('U UP', S.UNKNOWN, 'Updated Delivery Date', _UPDATES, 'rescheduled'),
    E('U UT', S.UNKNOWN, 'Updated Delivery Time', _UPDATES, 'rescheduled'),
)  # fmt: skip
