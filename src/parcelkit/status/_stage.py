"""The canonical stages of a parcel's journey: one small vocabulary for every carrier."""

from __future__ import annotations

from parcelkit._enum import ValueEnum

__all__ = ["Stage"]


class Stage(ValueEnum):
    """Where a parcel is in its journey, whatever carrier or language reported it.

    >>> Stage("customs") is Stage.CUSTOMS
    True
    """

    ORDER = "order"
    INFO_RECEIVED = "info_received"
    ACCEPTED = "accepted"
    IN_TRANSIT = "in_transit"
    EXPORT = "export"
    INTERNATIONAL_TRANSIT = "international_transit"
    IMPORT = "import"
    CUSTOMS = "customs"
    AT_DELIVERY_OFFICE = "at_delivery_office"
    READY_FOR_PICKUP = "ready_for_pickup"
    OUT_FOR_DELIVERY = "out_for_delivery"
    DELIVERED = "delivered"
    DELIVERY_FAILED = "delivery_failed"
    RETURN_TO_SENDER = "return_to_sender"
    EXCEPTION = "exception"
    LOST = "lost"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    UNKNOWN = "unknown"

    def describe(self, lang: str | None = "en") -> str:
        """One sentence for people that explains the stage, in *lang*.

        >>> Stage.CUSTOMS.label("ru"), Stage.DELIVERED.describe("en")
        ('Таможенное оформление', 'The parcel has been handed to the addressee or left as agreed.')
        """
        from parcelkit import i18n  # noqa: PLC0415  (text tables load on first use)

        return i18n.text(f"stage.{self.value}.describe", lang)
