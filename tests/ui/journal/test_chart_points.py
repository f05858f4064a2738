"""A lone entry on the graph is a dot a person can find, and it grows with the text; so do
the markers of heat, ice, breaks and checks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import (
    BREAK_TAKEN,
    EVENTS,
    HEAT,
    ICE,
    CheckRecord,
    TimerEvent,
)
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]


def test_a_lone_entry_is_a_dot_that_grows_with_the_text(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """One entry drew a 7 px dot at the graph's right edge, at any text size."""
    add(returning_state, clock() - timedelta(hours=2), "calf")
    page = make_window(returning_state, page="journal").page("journal")
    assert isinstance(page, JournalPage) and page.chart is not None
    chart = page.chart
    sizes = {}
    for scale in (100, 175):
        returning_state.settings.update(text_scale=scale)
        QApplication.processEvents()
        for curve in (chart.pain_curve, chart.level_curve, chart.walk_curve):
            assert curve.opts["symbol"] == "o"
            assert curve.opts["symbolSize"] == chart.pain_curve.opts["symbolSize"]
        sizes[scale] = chart.pain_curve.opts["symbolSize"]
    assert sizes[100] >= 10, sizes
    assert sizes[175] >= sizes[100] * 1.5, sizes


def test_daily_dots_do_not_run_into_each_other(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """A month of daily entries drew 11 px dots 7 px apart: one chain of beads, the
    thin line of the worst pain hidden behind it."""
    for day in range(40):
        add(returning_state, clock() - timedelta(days=day, hours=2), "calf")
    window = make_window(returning_state, page="journal")
    window.resize(1280, 800)  # the dots follow the width too
    page = window.page("journal")
    assert isinstance(page, JournalPage) and page.chart is not None
    chart = page.chart
    QApplication.processEvents()
    low, high = chart.visible_range()
    day_px = chart.level_plot.vb.width() * 24 * 3600 / (high - low)
    assert chart.pain_curve.opts["symbol"] == "o"
    assert 5 <= chart.pain_curve.opts["symbolSize"] <= day_px < 10


def test_markers_grow_with_the_largest_text_and_keep_apart(
    qtbot: QtBot, make_window: MakeWindow, largest_text: AppState, clock: FakeClock
) -> None:
    """Heat, ice, breaks and checks were 11 px at any text size: beside the largest
    text's 18 px dots and 30 px lines, the smallest things on the graph."""
    events = largest_text.store.partitioned(EVENTS, "time")
    for day in range(0, 12, 2):
        add(largest_text, clock() - timedelta(days=day, hours=2), "calf")
        for kind in (HEAT, ICE, BREAK_TAKEN):
            events.insert(TimerEvent(clock() - timedelta(days=day, hours=3), kind, 9.0).to_dict())
    largest_text.save_check(
        CheckRecord(clock() - timedelta(hours=1), "self_care", "sciatic_nerve", (), "A check.")
    )
    window = make_window(largest_text, page="journal")
    window.resize(1280, 800)
    page = window.page("journal")
    assert isinstance(page, JournalPage) and page.chart is not None
    chart = page.chart
    click(qtbot, chart.range_buttons.buttons["2w"])
    QApplication.processEvents()
    low, high = chart.visible_range()
    two_days_px = chart.level_plot.vb.width() * 2 * 24 * 3600 / (high - low)
    line = QFontMetrics(QApplication.font()).height()
    dot = chart.pain_curve.opts["symbolSize"]
    for kind, item in chart.marker_items.items():
        sizes = {spot.size() for spot in item.scatter.points()}  # as drawn
        assert len(sizes) == 1, (kind, sizes)
        size = sizes.pop()
        assert size > dot >= 0.6 * line > 11, (kind, size, dot, line)
        assert size <= two_days_px, (kind, size, two_days_px)
    shapes = {item.opts["symbol"] for item in chart.marker_items.values()}
    assert len(shapes) == len(chart.marker_items)  # told apart by shape, not only colour
