"""pandas support: ``import parcelkit.pandas`` adds a ``.parcel`` accessor to every Series.

>>> import pandas as pd
>>> import parcelkit.pandas
>>> codes = pd.Series(["rk 190 321 410 cn", "RK190321411CN", "1Z5R89390357567127", None])
>>> codes.parcel.is_valid().tolist()
[True, False, False, False]
>>> codes.parcel.carrier().tolist()
['s10', None, 'ups', None]
>>> codes.parcel.compact().tolist()
['RK190321410CN', 'RK190321411CN', '1Z5R89390357567127', None]

Each method returns a Series with the same index and name.  The same work is available as
plain functions of a Series (:func:`is_valid`, :func:`carrier`, :func:`compact`), which is
what to hand to Dask's ``map_partitions``: a worker that unpickles them imports this module
by itself (see ``docs/scale.md``).  Missing values and non-strings are never valid and
have neither a carrier nor a compact form.
"""

from __future__ import annotations

try:
    import pandas as pd
except ImportError as exc:  # pragma: no cover  (pandas is installed wherever tests run)
    raise ImportError("parcelkit.pandas needs pandas and NumPy: pip install pandas") from exc

import parcelkit
from parcelkit import batch
from parcelkit._normalize import clean

__all__ = ["ParcelAccessor", "carrier", "compact", "is_valid"]


def is_valid(series: pd.Series) -> pd.Series:
    """Whether each element is a valid S10 code (``parcelkit.batch.s10_is_valid``)."""
    valid: pd.Series = pd.Series(batch.s10_is_valid(series), index=series.index, name=series.name)
    return valid


def carrier(series: pd.Series) -> pd.Series:
    """The carrier id of each element (``parcelkit.classify_many``); ``None`` if none."""
    carriers = parcelkit.classify_many(series.tolist())
    return pd.Series(carriers, index=series.index, name=series.name, dtype=object)


def compact(series: pd.Series) -> pd.Series:
    """Each code without separators, in upper-case Latin (``parcelkit.s10.compact``)."""
    values = [clean(c) if isinstance(c, str) else None for c in series.tolist()]
    return pd.Series(values, index=series.index, name=series.name, dtype=object)


@pd.api.extensions.register_series_accessor("parcel")
class ParcelAccessor:
    """``series.parcel``: tracking-code methods for a Series of codes."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def is_valid(self) -> pd.Series:
        """See :func:`parcelkit.pandas.is_valid`."""
        return is_valid(self._series)

    def carrier(self) -> pd.Series:
        """See :func:`parcelkit.pandas.carrier`."""
        return carrier(self._series)

    def compact(self) -> pd.Series:
        """See :func:`parcelkit.pandas.compact`."""
        return compact(self._series)

    def __repr__(self) -> str:
        return f"<parcelkit accessor of {len(self._series)} codes>"
