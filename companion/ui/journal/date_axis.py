"""The graph's date axis: ticks on days, months or years, whichever step's labels fit side
by side, in the person's time zone."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from functools import partial

import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtGui import QFontMetrics

from companion.core.journal.series import (
    DAY,
)

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


def _midnight(day: date, zone: tzinfo | None) -> float:
    return datetime(day.year, day.month, day.day, tzinfo=zone).timestamp()


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

    def place(days: Iterator[date], label: TickLabel) -> DateTicks | None:
        values: list[float] = []
        labels: list[str] = []
        right_edge = -float("inf")
        for day in days:
            x = _midnight(day, zone)
            text = label(day, not labels)
            half = width(text) / 2
            pixel = (x - low) * scale
            if pixel - half < 0 or pixel + half > size:
                continue  # would stick out of the axis (the axis hides such labels)
            if pixel - half < right_edge + gap:
                return None
            values.append(x)
            labels.append(text)
            right_edge = pixel + half
        return DateTicks(values, labels)

    def day_label(day: date, first_label: bool) -> str:
        if day.month == 1 and day.day == 1:
            return f"{day.day} {day:%b %Y}"
        if day.day == 1 or first_label:
            return f"{day.day} {day:%b}"
        return str(day.day)

    def month_label(day: date, first_label: bool) -> str:
        return f"{day:%b %Y}" if day.month == 1 or first_label else f"{day:%b}"

    def year_label(day: date, _first_label: bool) -> str:
        return str(day.year)

    candidates: list[tuple[float, Callable[[], Iterator[date]], TickLabel]] = []
    for days in DAY_STEPS:
        count = span_days * len(days) / 30.4
        candidates.append((count, partial(_day_ticks, first, last, days), day_label))
    for every in MONTH_STEPS:
        count = span_days / 30.4 / every
        candidates.append((count, partial(_month_ticks, first, last, every), month_label))
    for every in YEAR_STEPS:
        count = span_days / 365.25 / every
        candidates.append((count, partial(_year_ticks, first, last, every), year_label))
    least = width("00") + gap
    for count, ticks, words in candidates:
        if count * least > size * 1.5:
            continue  # plainly too many: skip without building them
        found = place(ticks(), words)
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
        self.ticks = DateTicks([], [])
        self._labels: dict[float, str] = {}

    def _text_width(self, text: str) -> float:
        font = self.style.get("tickFont") or self.font()
        return float(QFontMetrics(font).horizontalAdvance(text))

    def tickValues(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]]:
        self.ticks = date_ticks(low, high, size, self._text_width, self.zone)
        self._labels = dict(zip(self.ticks.values, self.ticks.labels, strict=True))
        return [(DAY, self.ticks.values)]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        return [
            self._labels.get(value)
            or f"{datetime.fromtimestamp(value, self.zone):%d %b}".lstrip("0")
            for value in values
        ]
