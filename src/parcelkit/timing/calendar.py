"""Peak periods that slow parcels down, computed for any year: Chinese New Year, 11.11,
Black Friday and the pre-New-Year rush.

Chinese New Year follows the lunisolar calendar, so its dates come from a table with a
source per row; the other peaks are computed from the Gregorian year.

>>> chinese_new_year(2026)
datetime.date(2026, 2, 17)
>>> black_friday(2024)  # 1 November 2024 is a Friday: Black Friday is the fifth one
datetime.date(2024, 11, 29)
>>> [(w.name, w.start.isoformat(), w.end.isoformat()) for w in peak_windows(2025)][:1]
[('chinese_new_year', '2025-01-28', '2025-02-10')]
"""

from __future__ import annotations

import datetime as dt

import attrs

from parcelkit.timing.norms import norm

__all__ = [
    "CHINESE_NEW_YEAR",
    "CnyRow",
    "PeakWindow",
    "black_friday",
    "chinese_new_year",
    "peak_windows",
]

_HKO = "https://www.hko.gov.hk/en/gts/time/conversion.htm"
_EXCELNOTES = "https://excelnotes.com/chinese-new-year"
_CHINA_ORG = "http://english.china.org.cn/english/features/China2004/106382.htm"


@attrs.frozen
class CnyRow:
    """The first day of the Chinese (lunar) year in one Gregorian year, and where it is from."""

    day: dt.date
    source: str


#: First day of the lunar year; the 2015 row is also the year seed 001 describes.
CHINESE_NEW_YEAR: tuple[CnyRow, ...] = (
    CnyRow(dt.date(2015, 2, 19), _CHINA_ORG),
    CnyRow(dt.date(2016, 2, 8), _HKO),
    CnyRow(dt.date(2017, 1, 28), _HKO),
    CnyRow(dt.date(2018, 2, 16), _HKO),
    CnyRow(dt.date(2019, 2, 5), _HKO),
    CnyRow(dt.date(2020, 1, 25), _HKO),
    CnyRow(dt.date(2021, 2, 12), _HKO),
    CnyRow(dt.date(2022, 2, 1), _EXCELNOTES),
    CnyRow(dt.date(2023, 1, 22), _EXCELNOTES),
    CnyRow(dt.date(2024, 2, 10), _EXCELNOTES),
    CnyRow(dt.date(2025, 1, 29), _EXCELNOTES),
    CnyRow(dt.date(2026, 2, 17), _EXCELNOTES),
    CnyRow(dt.date(2027, 2, 6), _EXCELNOTES),
    CnyRow(dt.date(2028, 1, 26), _EXCELNOTES),
    CnyRow(dt.date(2029, 2, 13), _EXCELNOTES),
    CnyRow(dt.date(2030, 2, 3), _EXCELNOTES),
    CnyRow(dt.date(2031, 1, 23), _EXCELNOTES),
    CnyRow(dt.date(2032, 2, 11), _EXCELNOTES),
    CnyRow(dt.date(2033, 1, 31), _EXCELNOTES),
    CnyRow(dt.date(2034, 2, 19), _HKO),
    CnyRow(dt.date(2035, 2, 8), _HKO),
    CnyRow(dt.date(2036, 1, 28), _HKO),
)

_CNY_BY_YEAR = {row.day.year: row.day for row in CHINESE_NEW_YEAR}


@attrs.frozen
class PeakWindow:
    """Days (inclusive) during which parcels queue up, and how much longer silence is normal.

    ``origin_only`` windows matter only to parcels that have not yet left the origin
    country (Chinese New Year closes China's post, not the destination's).
    """

    name: str
    start: dt.date
    end: dt.date
    extension_days: float
    origin_only: bool


def chinese_new_year(year: int) -> dt.date | None:
    """The first day of the lunar year in *year*, or None outside the table's years."""
    return _CNY_BY_YEAR.get(year)


def black_friday(year: int) -> dt.date:
    """The day after the fourth Thursday of November (US Thanksgiving)."""
    first = dt.date(year, 11, 1)
    first_thursday = 1 + (3 - first.weekday()) % 7
    return dt.date(year, 11, first_thursday + 21 + 1)


def peak_windows(year: int) -> tuple[PeakWindow, ...]:
    """Every peak window that starts in *year*, in calendar order."""
    days = dt.timedelta(days=1)
    sale = norm("peak_silence").value
    windows: list[PeakWindow] = []
    cny = chinese_new_year(year)
    if cny is not None:
        # the holidays start on New Year's Eve (seed 001: 18-24 February 2015, CNY on the 19th)
        start = cny - days
        end = start + days * (norm("cny_holidays").value + norm("cny_resume").value - 1)
        windows.append(
            PeakWindow("chinese_new_year", start, end, norm("cny_stuck").value, origin_only=True)
        )
    singles = dt.date(year, 11, 11)
    windows.append(PeakWindow("singles_day", singles, singles + days * (sale - 1), sale, False))
    friday = black_friday(year)
    windows.append(PeakWindow("black_friday", friday, friday + days * (sale - 1), sale, False))
    new_year = dt.date(year, 12, 31)
    windows.append(
        PeakWindow(
            "pre_new_year", new_year - days * (norm("pre_new_year").value - 1), new_year, sale,
            False,
        )
    )
    return tuple(windows)
