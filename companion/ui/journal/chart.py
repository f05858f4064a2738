"""The pain-distance graph: how far down the leg over time, with pain, walking and markers.

Four plots share one date axis: how far down the leg the pain reached (the foot at the
bottom), pain now and at its worst (0 to 10), walking minutes before symptoms, and a
row of markers for heat, ice, breaks and check results. Ranges: 2 weeks, 3 months, a
year, or everything. Hovering (or the Left and Right keys) shows one entry's details.

This module imports pyqtgraph, so the journal page imports it only when the graph is
first shown. Years of daily entries stay smooth: curves are downsampled and clipped to
the visible range, and markers are gathered per day.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from datetime import datetime

import numpy as np
import pyqtgraph as pg  # type: ignore[import-untyped]
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QGraphicsItem, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import LEVELS, Entry
from companion.core.journal.graph_range import (
    RANGES,
    count_between,
    day_start,
    opening_range,
    range_dates,
    range_end,
    range_start,
)
from companion.core.journal.series import (
    CHECK,
    DAY,
    MARKER_KINDS,
    ChartSeries,
    DayBands,
    MarkerDays,
    dot_px,
    marker_px,
    walk_ticks,
    weekly_means,
)
from companion.core.journal.summary import summarize_entry
from companion.core.shared.records import BREAK_TAKEN, HEAT, ICE, CheckRecord, TimerEvent
from companion.core.shared.wall_clock import day_zone, local_now
from companion.ui.journal.chart_colours import Colours
from companion.ui.journal.chart_view import ChartView
from companion.ui.journal.chart_words import day_words, marker_names
from companion.ui.journal.date_axis import DateAxis
from companion.ui.journal.gaps import with_breaks
from companion.ui.journal.leg_level_picker import ButtonChoice
from companion.ui.journal.words import pain_words, reach_words, walk_words
from companion.ui.shared.dates import day_and_time_text
from companion.ui.shared.illustration import is_dark
from companion.ui.shared.page_layout import announce, label
from companion.ui.shared.rows import OnBoxLine
from companion.ui.shared.theme import DARK, LIGHT, Palette

WEEKLY_ABOVE_DAYS = 400  # show weekly averages when more than about a year is in view
SYMBOLS_BELOW = 45  # draw a symbol on each point when this few are in view
MARKER_ROWS = MARKER_KINDS  # top to bottom
MARKER_SYMBOLS = {HEAT: "t1", ICE: "s", BREAK_TAKEN: "o", CHECK: "d"}
AXIS_PADDING = 18  # room for the tick marks beside the longest label
MIN_HEIGHT = 520  # pixels, for the plots at ordinary text sizes
LINES_OF_TEXT = 30  # the plots' height in lines of text, at larger text sizes


class PainDistanceChart(QWidget):
    """The graph and its range buttons; call `set_data` with the entries it draws."""

    def __init__(
        self,
        content: JournalContent,
        parent: QWidget | None = None,
        check_line: Callable[[CheckRecord], str] | None = None,
    ) -> None:
        """`check_line`: a check's line in the person's language, for a day's details
        (the words saved on the day unless told)."""
        super().__init__(parent)
        self.content = content
        self.check_line = check_line or (lambda record: record.summary)
        self.entries: list[Entry] = []  # left to right, as `xs` (not always by time)
        self.xs = np.zeros(0)
        self.now = local_now()
        self.markers: MarkerDays | None = None
        self.marker_xs: dict[str, np.ndarray] = {}
        self._limits: tuple[float, float] | None = None
        self._walk_top = 0.0
        self.selected: int | None = None
        self.ahead = 0  # entries dated ahead, never handed to the graph: only said
        self._range = "3m"
        self.line_scale = 1.0  # wider lines when drawn large for print (see report.py)
        self.fixed_view_height: int | None = None  # the plots' height on paper
        self.series: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self.bands = DayBands(day_zone(self.now), self.now.utcoffset())
        self.data = ChartSeries(bands=self.bands)  # in place: a save works out one day again
        self._weekly: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._showing_weekly: bool | None = None

        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        top = QHBoxLayout()
        self.range_buttons = ButtonChoice(
            [
                ("2w", self.tr("2 weeks"), self.tr("Show the last 2 weeks")),
                ("3m", self.tr("3 months"), self.tr("Show the last 3 months")),
                ("1y", self.tr("A year"), self.tr("Show the last year")),
                ("all", self.tr("All"), self.tr("Show every entry")),
            ]
        )
        self.range_buttons.changed.connect(self.set_range)
        # "Show:" reads with the first line of buttons when they go on to a second.
        self.show_label = label(self.tr("Show:"))
        first = next(iter(self.range_buttons.buttons.values()))
        top.addWidget(OnBoxLine(self.show_label, first), 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.range_buttons, 1)
        column.addLayout(top)

        # The shaded area's legend, in words that wrap at any text size.
        self.legend = label(
            self.tr(
                "The shaded area runs from no pain (top) down to the furthest the pain "
                "reached each day; the lower it reaches, the further down the leg."
            ),
            "muted",
        )
        column.addWidget(self.legend)
        self.view = ChartView()
        self.view.setMinimumHeight(520)
        self.view.setAccessibleName(
            self.tr("Graph of how far down the leg the pain reached over time")
        )
        self.view.key_step.connect(self.step)
        column.addWidget(self.view, 1)
        self.details = label("", "muted")
        self.details.setAccessibleName(self.tr("Details of the chosen entry"))
        column.addWidget(self.details)
        self.averages_label = label(
            self.tr("More than a year is shown, so the lines show weekly averages."), "muted"
        )
        self.averages_label.hide()
        column.addWidget(self.averages_label)
        self.hint = label(
            self.tr(
                "Point at the graph, or click it and use the Left and Right arrow keys, to see "
                "one entry. Drag to move through the dates; click the graph (or hold Ctrl) "
                "and scroll to zoom."
            ),
            "muted",
        )
        column.addWidget(self.hint)
        self._build_plots()
        self._apply_colours()
        self.range_buttons.set_value(self._range)

    # --- building ---

    def _plot(self, row: int, title: str, *, labelled: bool = False) -> pg.PlotItem:
        axis = DateAxis(day_zone(self.now))
        self.date_axes.append(axis)
        # No context menus: made without them (each costs a menu of controls to build).
        plot: pg.PlotItem = self.view.addPlot(
            row=row, col=0, axisItems={"bottom": axis}, enableMenu=False
        )
        plot.setTitle(title, justify="left")
        self.view.wrap_title(plot)
        for side in ("left", "bottom", "top", "right"):
            # The axes have no units to scale ("k", "M"): without this each move of the
            # dates would write every axis's hidden label again.
            plot.getAxis(side).enableAutoSIPrefix(False)
        for side in ("left", "bottom"):
            # An axis draws its grid lines across the plot, so every change of the data
            # drew its dates and labels again: kept as a picture on the screen instead,
            # made again only when the axis changes (a move, a zoom, a new look).
            plot.getAxis(side).setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        plot.hideButtons()
        plot.setMouseEnabled(x=True, y=False)
        plot.disableAutoRange()
        # Set on the plot, which passes them to each curve it holds (and would
        # overwrite a curve's own setting): draw only what is in view, thinned out.
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        if not labelled:
            axis.setStyle(showValues=False)
        plot.showGrid(x=True, y=True, alpha=0.25)
        return plot

    def _build_plots(self) -> None:
        self.date_axes: list[DateAxis] = []
        layout = self.view.ci.layout
        self.level_plot = self._plot(0, self.tr("How far down the leg (shaded)"))
        self.level_plot.invertY(True)
        self.level_plot.setYRange(-0.7, len(LEVELS) - 0.3, padding=0)
        self.level_plot.getAxis("left").setTicks(
            [[(i, self.content.level(level).short) for i, level in enumerate(LEVELS)]]
        )
        self.pain_plot = self._plot(
            1, self.tr("Pain 0 to 10: now (thick), worst of the day (thin)")
        )
        # Room above 10 and below 0 for their labels (an axis hides one sticking out);
        # 2, 4, 6 and 8 have grid lines but no words, which would crowd a short plot.
        self.pain_plot.setYRange(-1.4, 11.4, padding=0)
        self.pain_plot.getAxis("left").setTicks(
            [[(v, str(v)) for v in (0, 5, 10)], [(v, "") for v in (2, 4, 6, 8)]]
        )
        self.walk_plot = self._plot(2, self.tr("Walking: minutes before symptoms"))
        names = marker_names()
        self.marker_plot = self._plot(
            3,
            self.tr("Heat, ice, breaks and checks"),
            labelled=True,
        )
        self.marker_plot.invertY(True)
        self.marker_plot.setYRange(-0.6, len(MARKER_ROWS) - 0.4, padding=0)
        self.marker_plot.getAxis("left").setTicks(
            [[(i, names[kind]) for i, kind in enumerate(MARKER_ROWS)]]
        )
        self.marker_plot.showGrid(x=True, y=False)
        for row, stretch in enumerate((30, 20, 16, 17)):
            layout.setRowStretchFactor(row, stretch)
        for plot in (self.pain_plot, self.walk_plot, self.marker_plot):
            plot.setXLink(self.level_plot)

        def curve(plot: pg.PlotItem, **options: object) -> pg.PlotDataItem:
            item = pg.PlotDataItem(antialias=True, **options)
            plot.addItem(item)
            # About one point per pixel once zoomed out (the default allows five).
            item.opts["autoDownsampleFactor"] = 1.0
            return item

        self.level_curve = curve(self.level_plot, fillLevel=0)
        self.pain_curve = curve(self.pain_plot)
        self.worst_curve = curve(self.pain_plot)
        self.walk_curve = curve(self.walk_plot)
        self.marker_items: dict[str, pg.PlotDataItem] = {}
        for kind in MARKER_ROWS:
            item = pg.PlotDataItem(pen=None, symbol=MARKER_SYMBOLS[kind])  # see _size_dots
            self.marker_plot.addItem(item)
            self.marker_items[kind] = item
        self.cursors = []
        for plot in (self.level_plot, self.pain_plot, self.walk_plot, self.marker_plot):
            line = pg.InfiniteLine(angle=90, movable=False)
            line.hide()
            plot.addItem(line, ignoreBounds=True)
            self.cursors.append(line)
        self.level_plot.sigXRangeChanged.connect(lambda *_args: self._update_symbols())
        for plot in (self.level_plot, self.pain_plot, self.walk_plot, self.marker_plot):
            moved = plot.vb.sigRangeChangedManually  # a drag or a zoom: the count follows
            moved.connect(lambda *_args: self._say_what_is_in_view(*self.visible_range()))
        self.level_plot.vb.sigResized.connect(lambda *_args: self._size_dots())  # days apart
        self.view.scene().sigMouseMoved.connect(self._on_mouse_moved)

    # --- colours ---

    def palette_in_use(self) -> Palette:
        return DARK if is_dark(self.palette()) else LIGHT

    def _apply_colours(self) -> None:
        c = Colours.of(self.palette_in_use())
        self.colours = c
        self.view.setBackground(c.background)
        font = QFont(QApplication.font())
        line = QFontMetrics(font).height()
        self.line_px = line  # the dots' size follows it (`dot_px`)
        # Room for every level's name one above the other, at any text size.
        if self.fixed_view_height is not None:
            self.view.setFixedHeight(self.fixed_view_height)
        else:
            self.view.set_least_height(max(MIN_HEIGHT, line * LINES_OF_TEXT))
        self.marker_plot.getAxis("bottom").setHeight(line + 14)
        for plot in (self.level_plot, self.pain_plot, self.walk_plot, self.marker_plot):
            for side in ("left", "bottom"):
                axis = plot.getAxis(side)
                axis.setPen(pg.mkPen(c.muted))
                axis.setTextPen(pg.mkPen(c.text))
                axis.setStyle(tickFont=font)
            plot.getAxis("left").setWidth(self._axis_width(font))
            plot.titleLabel.setText(
                plot.titleLabel.text, color=c.text, size=f"{font.pointSizeF():.1f}pt"
            )
        k = self.line_scale
        level = QColor(c.level)
        fill = QColor(level)
        fill.setAlpha(70)
        self.level_curve.setPen(pg.mkPen(level, width=2.5 * k))
        self.level_curve.setFillBrush(fill)
        self.level_curve.setSymbolBrush(level)
        self.level_curve.setSymbolPen(pg.mkPen(level))
        self.pain_curve.setPen(pg.mkPen(c.pain, width=2.5 * k))
        self.pain_curve.setSymbolBrush(QColor(c.pain))
        self.pain_curve.setSymbolPen(pg.mkPen(c.pain))
        self.worst_curve.setPen(pg.mkPen(c.muted, width=1.2 * k))
        self.worst_curve.setSymbolBrush(QColor(c.background))
        self.worst_curve.setSymbolPen(pg.mkPen(c.muted))
        self.walk_curve.setPen(pg.mkPen(c.walk, width=2 * k))
        self.walk_curve.setSymbolBrush(QColor(c.walk))
        self.walk_curve.setSymbolPen(pg.mkPen(c.walk))
        for kind, item in self.marker_items.items():
            colour = QColor(c.markers[kind])
            item.setSymbolBrush(colour)
            # The outline is a shade of the fill, so thousands of markers stay readable.
            item.setSymbolPen(pg.mkPen(colour.lighter(140) if c.dark else colour.darker(140)))
        for line in self.cursors:
            line.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DotLine))
        self._size_dots()

    def restyle(self) -> None:
        """Apply colours, fonts and line widths again (after changing `line_scale`)."""
        self._apply_colours()

    def _axis_width(self, font: QFont) -> int:
        """One width for every left axis, so the plots line up, fitting the longest label."""
        metrics = QFontMetrics(font)
        words = [choice.short for choice in self.content.levels]
        words += [*marker_names().values(), "600"]
        return max(metrics.horizontalAdvance(word) for word in words) + AXIS_PADDING

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._apply_colours()
        super().changeEvent(event)

    # --- data ---

    def set_data(
        self,
        entries: Sequence[Entry],
        events: Sequence[TimerEvent],
        checks: Sequence[CheckRecord],
        now: datetime,
        ahead: int = 0,
    ) -> None:
        """Show `entries` (sorted by time, none dated ahead: `dated_entries(...).current`),
        the timer events and the checks; say that `ahead` entries dated ahead are not shown.

        The first call shows the chosen range; later calls (after a save) keep the dates
        in view where the person left them.
        """
        first_time = not len(self.xs) and self._limits is None
        zone = day_zone(now)
        if self.bands.key != (zone, now.utcoffset()):  # another time zone's days
            self.bands = DayBands(zone, now.utcoffset())
            self.series = {}  # every point is placed again
        changed = self.data.update(entries, self.bands)
        self.entries = self.data.entries
        self.now = now
        for axis in self.date_axes:
            # None (this computer's zone) stays None when the computer's zone changes
            # (a laptop that travels): its offset now tells the labels to move.
            if (axis.zone, axis.offset) != (zone, now.utcoffset()):
                axis.zone, axis.offset = zone, now.utcoffset()
                axis.picture = None  # draw the labels again in this time zone
                axis.update()
        self.ahead = ahead
        count = len(self.entries)
        if changed or not self.series:
            self._apply_changes()
        xs = self.xs
        end = range_end(now, xs)  # type: ignore[arg-type]
        starts = [float(xs.min())] if count else []
        starts += [self.bands.x(check.time) for check in checks]
        first = min(starts, default=now.timestamp())
        # A week before the first entry, and at least the longest range a button shows,
        # so each button shows the days it names.
        limits = (min(day_start(first, zone) - 7 * DAY, range_start(end, 365, zone)), end)
        if limits != self._limits:
            self._limits = limits
            self.level_plot.setLimits(xMin=limits[0], xMax=limits[1], minXRange=DAY)
        if first_time:  # set before the data, so only what is in view gets drawn
            first_x, last_x = (float(xs[0]), float(xs[-1])) if count else (None, None)
            self.set_range(opening_range(first_x, last_x, end, zone))
        if changed:  # a save, or an entry dated ahead no longer is
            self._weekly = {}
            self._showing_weekly = None
        walks = self.series["walk"][1]
        self._show_series()
        top = max(10.0, float(walks.max()) if len(walks) else 0.0)
        if top != self._walk_top:
            self._walk_top = top
            self.walk_plot.setYRange(-top * 0.18, top * 1.15, padding=0)
            self.walk_plot.getAxis("left").setTicks([walk_ticks(top)])
        if (
            self.markers is None
            or self.markers.events is not events
            or self.markers.checks != checks
            or self.markers.bands is not self.bands
        ):
            self.markers = MarkerDays(events, checks, self.check_line, self.bands)
        marker_xs = {
            kind: np.asarray(times, dtype=float)
            for kind, times in self.markers.with_done(self.data.done).items()
        }
        for row, kind in enumerate(MARKER_ROWS):
            xs_of_kind = marker_xs[kind]
            old = self.marker_xs.get(kind)
            if old is None or not np.array_equal(old, xs_of_kind):  # else nothing to draw
                self.marker_items[kind].setData(xs_of_kind, np.full(len(xs_of_kind), float(row)))
        self.marker_xs = marker_xs
        self.selected = None
        for line in self.cursors:
            line.hide()
        if count or ahead:  # after a save too, not only on a click of a range
            self._say_what_is_in_view(*self.visible_range())
        else:
            self.details.setText("")
        self._update_symbols()

    def _apply_changes(self) -> None:
        """The series' arrays follow `self.data`: only the stretch that changed is made
        again (the rest is copied as it is), not years of points from Python lists."""
        if not self.series:
            self.series = {
                name: (np.asarray(times, dtype=float), np.asarray(values, dtype=float))
                for name, (times, values) in self.data.series().items()
            }
        else:
            for name, (low, high, times, values) in self.data.changes.items():
                x, y = self.series[name]
                self.series[name] = (
                    np.concatenate((x[:low], np.asarray(times, dtype=float), x[high:])),
                    np.concatenate((y[:low], np.asarray(values, dtype=float), y[high:])),
                )
        self.xs = self.series["pain"][0]  # each entry's time

    def set_range(self, key: object) -> None:
        """Show the last 2 weeks ("2w"), 3 months ("3m"), a year ("1y") or all ("all")."""
        if key not in RANGES:
            return
        self._range = str(key)
        if self.range_buttons.value() != key:
            self.range_buttons.set_value(key)
        start, end = range_dates(self._range, self.now, self.xs)  # type: ignore[arg-type]
        self.show_dates(start, end)
        self._say_what_is_in_view(start, end)

    def _say_what_is_in_view(self, start: float, end: float) -> None:
        """An empty stretch of time says so (a blank graph said "2 entries." below it)."""
        if not (len(self.xs) or self.ahead) or self.selected is not None:
            return
        count, ahead = count_between(self.xs, start, end), self.ahead  # type: ignore[arg-type]
        hidden = " " + self.tr("%n entries dated after today are not shown.", "", ahead)
        if count:
            self.details.setText(self.tr("%n entries.", "", count) + (hidden if ahead else ""))
            return
        empty = self.tr("No entries in this time. A longer time shows older ones.")
        empty += hidden if ahead else ""
        if self.details.text() != empty:  # said once, not again at each redraw
            self.details.setText(empty)
            announce(self, empty)

    def show_dates(self, start: float, end: float) -> None:
        """Show the dates from `start` to `end` (seconds), such as whole days' bands."""
        self.level_plot.setXRange(start, end, padding=0)
        self._update_symbols()

    def visible_range(self) -> tuple[float, float]:
        low, high = self.level_plot.viewRange()[0]
        return float(low), float(high)

    def _size_dots(self) -> None:
        """Dots and markers that grow with the text, no wider than neighbours are apart."""
        (low, high), width = self.visible_range(), self.level_plot.vb.width()
        size = dot_px(self.line_px, self.xs, low, high, width)  # type: ignore[arg-type]
        for curve in self._curves().values():
            curve.setSymbolSize(size)
        rows = self.marker_xs.values()  # each kind's markers: apart from their own kind
        size = marker_px(self.line_px, rows, low, high, width)  # type: ignore[arg-type]
        for item in self.marker_items.values():
            item.setSymbolSize(size)

    def _curves(self) -> dict[str, pg.PlotDataItem]:
        return {
            "level": self.level_curve,
            "pain": self.pain_curve,
            "worst": self.worst_curve,
            "walk": self.walk_curve,
        }

    def weekly(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """A series as weekly averages (x: the middle of each week with data)."""
        if name not in self._weekly:
            x, y = self.series[name]
            middles, means = weekly_means((list(x), list(y)))
            self._weekly[name] = (np.asarray(middles, dtype=float), np.asarray(means, dtype=float))
        found: tuple[np.ndarray, np.ndarray] = self._weekly[name]
        return found

    def _show_series(self) -> None:
        """Each entry while a year or less is in view; weekly averages beyond that, which
        read far better than years of daily ups and downs."""
        low, high = self.visible_range()
        weekly = high - low > WEEKLY_ABOVE_DAYS * DAY
        if weekly == self._showing_weekly:
            return
        self._showing_weekly = weekly
        for name, curve in self._curves().items():
            curve.setData(*with_breaks(*(self.weekly(name) if weekly else self.series[name])))
        self.averages_label.setVisible(weekly)

    def _update_symbols(self) -> None:
        """Symbols and smooth lines while few points are in view; plain lines for many."""
        if self.series:
            self._show_series()
        low, high = self.visible_range()
        few = count_between(self.xs, low, high) <= SYMBOLS_BELOW  # type: ignore[arg-type]
        self._size_dots()
        for item in (self.level_curve, self.pain_curve, self.worst_curve, self.walk_curve):
            if (item.opts["symbol"] is not None) != few:
                item.setSymbol("o" if few else None)
            if item.opts["antialias"] != few:
                item.opts["antialias"] = few
                item.updateItems()

    # --- details ---

    def _on_mouse_moved(self, position: QPointF) -> None:
        for plot in (self.level_plot, self.pain_plot, self.walk_plot, self.marker_plot):
            if plot.sceneBoundingRect().contains(position):
                x = plot.vb.mapSceneToView(position).x()
                self.select_nearest(x)
                return

    def select_nearest(self, x: float) -> None:
        if not len(self.xs):
            return
        index = int(np.searchsorted(self.xs, x))
        candidates = [i for i in (index - 1, index) if 0 <= i < len(self.xs)]
        self.select(min(candidates, key=lambda i: abs(self.xs[i] - x)))

    def step(self, steps: int) -> None:
        """Move the chosen entry by `steps` (the arrow keys); keeps it in view.

        With nothing chosen yet, Right starts at the first entry in view and Left at the
        last; Home and End (huge steps) go to the very first and last entries.
        """
        if not len(self.xs):
            return
        if self.selected is None:
            low, high = self.visible_range()
            if steps > 0:
                current = bisect.bisect_left(self.xs, low) - 1
            else:
                current = bisect.bisect_right(self.xs, high)
        else:
            current = self.selected
        self.select(max(0, min(len(self.xs) - 1, current + steps)))
        low, high = self.visible_range()
        x = self.xs[self.selected]
        if not low <= x <= high:
            width = high - low
            self.level_plot.setXRange(x - width / 2, x + width / 2, padding=0)

    def select(self, index: int) -> None:
        self.selected = index
        x = float(self.xs[index])
        for line in self.cursors:
            line.setValue(x)
            line.show()
        self.details.setText(self.describe(index))

    def describe(self, index: int) -> str:
        """One entry in words, with what was done that day."""
        entry = self.entries[index]
        summary = summarize_entry(entry, self.content)
        words = [day_and_time_text(entry.time, weekday=True, short=True)]
        words.append(pain_words(summary, capital=False))
        words.append(reach_words(summary))
        if (walked := walk_words(summary)) is not None:
            words.append(walked)
        if self.markers is not None:
            day = entry.time.date()
            same_day = [
                e for e in self.entries[max(0, index - 30) : index + 30] if e.time.date() == day
            ]
            words += day_words(self.markers.on_day(day, same_day))
        return " · ".join(words)
