"""The graph's date axis: ticks on days, months or years, whichever step's labels fit side
by side, in the person's time zone, with month names in the person's language (QLocale).

Each day is a band from one midnight to the next: a day's label sits in the middle of its
band and the grid lines mark the midnights, so an evening entry on 1 December is drawn
inside the band labelled "1"."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import partial

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontMetrics

from companion.core.journal.series import DAY, midnight

# How the date axis steps, finest first: days (on these days of the month), months (every
# n-th), years (every n-th). The first step whose labels fit side by side is used.
DAY_STEPS: tuple[tuple[int, ...], ...] = (
    tuple(range(1, 32)),
    tuple(range(1, 30, 2)),  # 1, 3, ... 29: never 31 right before the next 1
    (1, 8, 15, 22),
    (1, 15),
)
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 20, 50)
LABEL_GAP = 1.2  # the least room between two labels, in widths of "0"


@dataclass(frozen=True)
class DateTicks:
    """The ticks of one step: where they fall (seconds since 1970) and their labels."""

    values: list[float]
    labels: list[str]
    edges: tuple[float, ...] = ()  # the midnights between day bands (grid lines, no label)


def _noon(day: date, zone: tzinfo | None) -> float:
    """The middle of a day's band (half way between its midnights, clock changes too)."""
    return (midnight(day, zone) + midnight(day + timedelta(days=1), zone)) / 2


def _month(day: date, *, year: bool) -> str:
    """The month's short name in the person's language ("Dec", "dic"), with the year."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy" if year else "MMM")


def _day_ticks(low: date, high: date, days: tuple[int, ...]) -> Iterator[date]:
    day = low
    while day <= high:
        if day.day in days:
            yield day
        day += timedelta(days=1)


def _month_ticks(low: date, high: date, every: int) -> Iterator[date]:
    year, month = low.year, low.month
    while date(year, month, 1) <= high:
        if (month - 1) % every == 0 and date(year, month, 1) >= low:
            yield date(year, month, 1)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


TickLabel = Callable[[date, bool], str]  # a tick's day, and whether it is the first label


def _year_ticks(low: date, high: date, every: int) -> Iterator[date]:
    for year in range(low.year, high.year + 1):
        if year % every == 0 and date(year, 1, 1) >= low:
            yield date(year, 1, 1)


def date_ticks(
    low: float, high: float, size: float, width: Callable[[str], float], zone: tzinfo | None
) -> DateTicks:
    """Ticks for the dates from `low` to `high` (seconds) on an axis `size` pixels long.

    Day numbers, with the month's name at the first of a month and on the first label
    (and the year at New Year); months, with the year at January and on the first label;
    or years. The finest step whose labels, `width(text)` pixels wide, keep apart.
    """
    if high <= low or size <= 0:
        return DateTicks([], [])
    scale = size / (high - low)
    first = datetime.fromtimestamp(low, zone).date()
    last = datetime.fromtimestamp(high, zone).date()
    gap = width("0") * LABEL_GAP
    span_days = (high - low) / DAY

    def place(
        days: Iterator[date], label: TickLabel, middle: bool, bands: bool
    ) -> DateTicks | None:
        values: list[float] = []
        labels: list[str] = []
        placed: list[date] = []
        right_edge = -float("inf")
        for day in days:
            x = _noon(day, zone) if middle else midnight(day, zone)
            text = label(day, not labels)
            half = width(text) / 2
            pixel = (x - low) * scale
            if pixel - half < 0 or pixel + half > size:
                continue  # would stick out of the axis (the axis hides such labels)
            if pixel - half < right_edge + gap:
                return None
            values.append(x)
            labels.append(text)
            placed.append(day)
            right_edge = pixel + half
        edges: set[float] = set()
        if bands:  # every day labelled: each day's band, between its two midnights
            for day in placed:
                edges.update((midnight(day, zone), midnight(day + timedelta(days=1), zone)))
        return DateTicks(values, labels, tuple(sorted(edges)))

    def day_label(day: date, first_label: bool) -> str:
        if day.month == 1 and day.day == 1:
            return f"{day.day} {_month(day, year=True)}"
        if day.day == 1 or first_label:
            return f"{day.day} {_month(day, year=False)}"
        return str(day.day)

    def month_label(day: date, first_label: bool) -> str:
        return _month(day, year=day.month == 1 or first_label)

    def year_label(day: date, _first_label: bool) -> str:
        return str(day.year)

    candidates: list[tuple[float, Callable[[], Iterator[date]], TickLabel, bool]] = []
    for days in DAY_STEPS:
        count = span_days * len(days) / 30.4
        candidates.append((count, partial(_day_ticks, first, last, days), day_label, True))
    every_day = candidates[0][1]
    for every in MONTH_STEPS:
        count = span_days / 30.4 / every
        candidates.append((count, partial(_month_ticks, first, last, every), month_label, False))
    for every in YEAR_STEPS:
        count = span_days / 365.25 / every
        candidates.append((count, partial(_year_ticks, first, last, every), year_label, False))
    least = width("00") + gap
    for count, ticks, words, middle in candidates:
        if count * least > size * 1.5:
            continue  # plainly too many: skip without building them
        # With a label on every day, the midnights between the days' bands are drawn
        # too; with fewer labels, a label still sits in the middle of its own day.
        found = place(ticks(), words, middle, ticks is every_day)
        if found is not None:
            return found
    return DateTicks([], [])


class DateAxis(pg.AxisItem):  # type: ignore[misc]
    """A date axis whose labels never run into each other (see `date_ticks`).

    The plots above the bottom one use it too, without labels, so their grid lines fall
    on the same dates.
    """

    def __init__(self, zone: tzinfo | None = None) -> None:
        super().__init__(orientation="bottom")
        self.zone = zone
        self.offset: timedelta | None = None  # the clock's offset the labels were drawn for
        self.ticks = DateTicks([], [])
        self._labels: dict[float, str] = {}

    def _text_width(self, text: str) -> float:
        font = self.style.get("tickFont") or self.font()
        return float(QFontMetrics(font).horizontalAdvance(text))

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        self.ticks = date_ticks(low, high, size, self._text_width, self.zone)
        self._labels = dict(zip(self.ticks.values, self.ticks.labels, strict=True))
        levels: list[tuple[float, list[float]]] = [(DAY, self.ticks.values)]
        if self.ticks.edges:
            levels.append((DAY / 2, list(self.ticks.edges)))
        return levels

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        # Midnights (band edges) have no label; a day's label sits in its band.
        return [self._labels.get(value, "") for value in values]
