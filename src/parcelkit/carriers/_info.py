"""``carrier_info``: facts about a carrier for people — name, country, site, tracking URL.

>>> info = carrier_info("ups")
>>> info.name, info.kind
('UPS', 'courier')
>>> info.tracking_url("1Z999AA10123456784")
'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z999AA10123456784'
>>> carrier_info("s10").tracking_url("RA123456785RU")
'https://www.pochta.ru/tracking?barcode=RA123456785RU'
"""

from __future__ import annotations

import functools

import attrs

from parcelkit import _s10_operators
from parcelkit._json import as_dict
from parcelkit._normalize import clean, require_str
from parcelkit.carriers._info_data import Kind, by_id
from parcelkit.exceptions import InvalidComponent

__all__ = ["CarrierInfo", "carrier_info"]


@attrs.frozen
class CarrierInfo:
    """What people need to know about a carrier id the classifier returns."""

    id: str
    #: Display name, e.g. ``"Russian Post"``.
    name: str
    #: ISO 3166-1 alpha-2 code of its home country, or ``None`` for a global carrier.
    country: str | None
    website: str | None
    #: ``post``, ``courier``, ``consolidator`` or ``marketplace``.
    kind: Kind
    #: The carrier's public tracking page with ``{code}`` for the code, or ``None``.
    url_template: str | None

    def tracking_url(self, code: str) -> str | None:
        """The carrier's tracking page for *code* (a plain string; nothing is fetched).

        For ``s10`` the page is that of the issuing country's operator (the code's last
        two letters).
        """
        return self.compact_url(clean(require_str(code, "code")[:256]))

    def compact_url(self, compact: str) -> str | None:
        """:meth:`tracking_url` of a code already compact (a classification's own code)."""
        if not compact.isalnum() or not compact.isascii():
            return None  # only a cleaned code goes into an address
        if self.id == "s10":
            return _s10_operators.tracking_url(compact)
        if self.url_template is None:
            return None
        return self.url_template.format(code=compact)

    def to_dict(self) -> dict[str, object]:
        """A JSON-safe dict of the fields."""
        return as_dict(self)


@functools.lru_cache(maxsize=256)
def _info(carrier_id: str) -> CarrierInfo | None:
    row = by_id().get(carrier_id)
    if row is None:
        return None
    return CarrierInfo(row.id, row.name, row.country, row.website, row.kind, row.tracking_url)


def carrier_info(carrier_id: str) -> CarrierInfo:
    """The facts about *carrier_id* (an id :func:`parcelkit.classify` returns); an unknown
    id raises :class:`~parcelkit.InvalidComponent` listing the known ones."""
    carrier_id = require_str(carrier_id, "carrier_id")
    found = _info(carrier_id.strip().lower()[:40])
    if found is None:
        known = ", ".join(sorted(by_id()))
        raise InvalidComponent(f"unknown carrier id {carrier_id[:40]!r}; known ids: {known}")
    return found
