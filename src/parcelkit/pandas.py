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
>>> codes.parcel.classify()[["carrier", "format", "country"]].iloc[0].tolist()
['s10', 's10', 'CN']
>>> pd.Series(["Вручение адресату", "Delivered"]).parcel.stage().tolist()
['delivered', 'delivered']

Each method returns a Series with the same index and name; ``classify()`` returns a
DataFrame with the same index and the columns of ``parcelkit.batch.classify_table``
(its dictionary columns as categoricals), and ``stage()`` reads a Series of raw statuses.
The same work is available as plain functions of a Series (:func:`is_valid`,
:func:`carrier`, :func:`compact`, :func:`classify`, :func:`stage`), which is
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
from parcelkit._table import classify_table, normalize_statuses

__all__ = ["ParcelAccessor", "carrier", "classify", "compact", "is_valid", "stage"]


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


def classify(series: pd.Series) -> pd.DataFrame:
    """``classify_table`` of the Series, as a DataFrame with the Series' index."""
    frame: pd.DataFrame = classify_table(series).to_pandas()
    frame.index = series.index
    return frame


def stage(series: pd.Series) -> pd.Series:
    """The stage id (``delivered``, ``in_transit``…) of each raw status; None if missing."""
    stages = normalize_statuses(series).column("stage").cast("string").to_pylist()
    out: pd.Series = pd.Series(stages, index=series.index, name=series.name, dtype=object)
    return out


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

    def classify(self) -> pd.DataFrame:
        """See :func:`parcelkit.pandas.classify`."""
        return classify(self._series)

    def stage(self) -> pd.Series:
        """See :func:`parcelkit.pandas.stage`."""
        return stage(self._series)

    def __repr__(self) -> str:
        return f"<parcelkit accessor of {len(self._series)} codes>"
