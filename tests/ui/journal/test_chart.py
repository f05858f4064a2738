"""The pain-distance graph as a person sees it: its dates end today, each day is a band
with its label in the middle, the wheel scrolls the page, checks show with no entries,
and several entries a day draw the day's furthest reach."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from pyqtgraph import PlotDataItem  # type: ignore[import-untyped]
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import AppState
from companion.core.shared.records import CheckRecord
from companion.ui.journal import chart as chart_module
from companion.ui.journal.chart import PainDistanceChart
from companion.ui.journal.date_axis import date_ticks
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add
from tests.helpers.qt import announcements, click
from tests.helpers.zone import NAMED_ZONES, system_zone

MakeWindow = Callable[..., MainWindow]
DAY = 86400.0


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def midnight_after(moment: datetime) -> float:
    day = moment.date() + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=moment.tzinfo).timestamp()


def shown_chart(page: JournalPage) -> PainDistanceChart:
    chart = page.chart
    assert chart is not None
    return chart


def test_the_dates_end_at_the_end_of_today(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    for days in (5, 3, 1):
        add(returning_state, clock() - timedelta(days=days), "calf")
    chart = shown_chart(journal_page(make_window(returning_state, page="journal")))
    for key, days in (("2w", 14), ("3m", 91), ("1y", 365)):
        click(qtbot, chart.range_buttons.buttons[key])
        low, high = chart.visible_range()
        assert high == midnight_after(clock())  # not two days into the future
        assert round((high - low) / DAY) == days
        # and the person cannot drag past the end of today
        assert chart.level_plot.vb.state["limits"]["xLimits"][1] == high


def test_an_evening_entry_sits_in_its_own_days_band() -> None:
    """Each day's label sits in the middle of its day, between the midnights drawn as
    grid lines: an entry at 21:00 on 1 December falls inside the band labelled "1"."""
    zone = FakeClock()().tzinfo
    evening = datetime(2026, 12, 1, 21, 0, tzinfo=zone)
    low = datetime(2026, 11, 26, tzinfo=zone).timestamp()
    high = datetime(2026, 12, 6, tzinfo=zone).timestamp()
    ticks = date_ticks(low, high, 1000, lambda text: 7.0 * len(text), zone)
    labels = dict(zip(ticks.labels, ticks.values, strict=True))
    assert "2" in labels and "1 Dec" in labels
    one = labels["1 Dec"]
    edges = sorted(ticks.edges)
    start = max(e for e in edges if e <= one)
    end = min(e for e in edges if e > one)
    assert start <= evening.timestamp() < end  # inside the band labelled 1 December
    assert labels["2"] - DAY / 2 > evening.timestamp()  # the "2" band starts later


def test_month_names_follow_the_language(qapp: QApplication) -> None:
    from companion.ui.shared.language import install_translators

    zone = FakeClock()().tzinfo
    low = datetime(2026, 11, 26, tzinfo=zone).timestamp()
    high = datetime(2026, 12, 6, tzinfo=zone).timestamp()
    assert install_translators(qapp, "es")
    try:
        ticks = date_ticks(low, high, 1000, lambda text: 7.0 * len(text), zone)
    finally:
        install_translators(qapp, "en")
    assert "1 dic" in ticks.labels


def test_the_wheel_scrolls_the_page_unless_the_graph_has_focus_or_ctrl(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    for days in range(30, 0, -1):
        add(returning_state, clock() - timedelta(days=days), "calf")
    page = journal_page(make_window(returning_state, page="journal"))
    chart = shown_chart(page)
    assert isinstance(page, QScrollArea)  # the page scrolls
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(0)
    page.ensureWidgetVisible(chart.view.viewport(), 0, 0)  # the graph in view, room below
    assert bar.value() < bar.maximum()
    before_page, before_dates = bar.value(), chart.visible_range()
    page.setFocus()

    def wheel(modifiers: Qt.KeyboardModifier) -> None:
        """A turn of the wheel over the middle of the graph, as the window system sends it."""
        viewport = chart.view.viewport()
        window = page.window()
        handle = window.windowHandle()
        assert handle is not None
        where = viewport.mapTo(window, viewport.rect().center())
        QTest.wheelEvent(handle, QPointF(where), QPoint(0, -240), QPoint(0, 0), modifiers)

    wheel(Qt.KeyboardModifier.NoModifier)
    assert chart.visible_range() == before_dates  # the dates stay
    assert bar.value() > before_page  # the page scrolled down
    wheel(Qt.KeyboardModifier.ControlModifier)
    assert chart.visible_range() != before_dates  # Ctrl + wheel zooms the dates


def test_a_check_shows_on_the_graph_before_any_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    record = CheckRecord(clock() - timedelta(hours=3), "soon", "sciatic_nerve", (), "Fits.")
    returning_state.save_check(record)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.graph_card.isVisible()
    chart = shown_chart(page)
    assert list(chart.marker_items["check"].getData()[0]) == [record.time.timestamp()]
    low, high = chart.visible_range()
    assert low <= record.time.timestamp() <= high


def test_several_entries_a_day_draw_the_days_furthest_reach(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    today = clock().replace(hour=8, minute=0)
    add(returning_state, today - timedelta(days=1), "buttock")
    add(returning_state, today, "buttock", pain=2)
    add(returning_state, today.replace(hour=9), "calf", pain=7)
    add(returning_state, today.replace(hour=10), "upper_thigh", pain=5)
    chart = shown_chart(journal_page(make_window(returning_state, page="journal")))
    xs, depths = chart.level_curve.getData()
    assert list(depths) == [2.0, 5.0]  # one point a day: today's furthest is the calf
    assert xs[1] == today.replace(hour=9).timestamp()
    assert list(chart.pain_curve.getData()[1]) == [4.0, 2.0, 7.0, 5.0]


def joined(curve: PlotDataItem) -> list[tuple[float, float]]:
    """The stretches of dates a curve draws a line across: each pair of neighbouring
    points that both have a value."""
    xs, ys = curve.getData()
    return [
        (float(xs[i]), float(xs[i + 1]))
        for i in range(len(xs) - 1)
        if math.isfinite(ys[i]) and math.isfinite(ys[i + 1])
    ]


def test_no_line_joins_entries_weeks_apart(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Two entries ten years apart: the 2-week view shows today's entry alone, not a flat
    line through 14 days nobody wrote down; entries 10 days apart are still joined."""
    add(returning_state, clock() - timedelta(days=3650), "calf", pain=7)
    add(returning_state, clock() - timedelta(days=10), "calf", pain=6)
    add(returning_state, clock() - timedelta(hours=1), "buttock", pain=2)
    chart = shown_chart(journal_page(make_window(returning_state, page="journal")))
    for key in ("2w", "3m", "1y", "all"):
        click(qtbot, chart.range_buttons.buttons[key])
        for curve in (chart.level_curve, chart.pain_curve):
            assert all(end - start <= 14 * DAY for start, end in joined(curve)), key
    click(qtbot, chart.range_buttons.buttons["2w"])
    ten_days = (clock() - timedelta(days=10)).timestamp()
    assert [start for start, _end in joined(chart.pain_curve)] == [ten_days]


def test_a_time_with_no_entries_says_so_below_the_empty_graph(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The last two weeks of a journal paused two months ago: the graph is blank, and
    the line below it said "2 entries."; a screen reader heard nothing."""
    heard = announcements(monkeypatch, chart_module)
    add(returning_state, clock() - timedelta(days=60), "calf", pain=5)
    add(returning_state, clock() - timedelta(days=59), "upper_thigh", pain=4)
    chart = shown_chart(journal_page(make_window(returning_state, page="journal")))
    assert chart.details.text() == "2 entries."  # it opens on a time that shows them
    click(qtbot, chart.range_buttons.buttons["2w"])
    said = "No entries in this time. A longer time shows older ones."
    assert chart.details.text() == said and heard == [said]
    page = journal_page(chart.window())  # type: ignore[arg-type]
    older = {"time": (clock() - timedelta(days=58)).isoformat(), "pain_now": 3, "level": "calf"}
    older["side"] = "left"
    page.journal.add(parse_entry(older))  # as the form saves one: the graph is drawn again
    qtbot.waitUntil(lambda: len(chart.entries) == 3)
    assert len(chart.entries) == 3
    assert chart.details.text() == said and heard == [said]  # and it is not said twice
    click(qtbot, chart.range_buttons.buttons["3m"])
    assert chart.details.text() == "3 entries."


@NAMED_ZONES
def test_a_summer_night_entry_sits_in_its_day_seen_in_winter(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Looked at in December, an entry made at 00:30 on 15 October (London, summer time)
    was drawn in the band labelled 14: the days were cut at winter's midnight, which
    is 01:00 on the summer clock. Its list row said 15 October."""
    with system_zone(monkeypatch, "Europe/London"):
        clock.current = datetime(2026, 12, 5, 12, 0, tzinfo=UTC).astimezone()
        night = datetime(2026, 10, 14, 23, 30, tzinfo=UTC).astimezone()  # 00:30 BST
        assert (night.day, night.hour) == (15, 0)
        add(returning_state, night, "calf")
        page = journal_page(make_window(returning_state, page="journal"))
        assert "15 Oct" in page.day_headings[0].text(), page.day_headings[0].text()
        chart = shown_chart(page)
        low = datetime(2026, 10, 10, tzinfo=UTC).timestamp()
        chart.show_dates(low, low + 10 * DAY)
        axis = chart.date_axes[-1]
        axis.tickValues(*chart.visible_range(), axis.width())
        labels = dict(zip(axis.ticks.labels, axis.ticks.values, strict=True))
        # A day's label sits in the middle of its day: the entry is within half a day.
        assert abs(float(chart.xs[0]) - labels["15"]) < DAY / 2


def test_an_empty_time_on_the_spanish_graph_names_entries_as_everywhere_else(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
) -> None:
    """In Spanish every journal entry is an "anotación"; the line under an empty graph
    alone said "No hay entradas en este tiempo", another word for the same thing."""
    from companion.ui.shared.language import install_translators

    add(returning_state, clock() - timedelta(days=60), "calf", pain=5)
    assert install_translators(qapp, "es")
    try:
        chart = shown_chart(journal_page(make_window(returning_state, page="journal")))
        click(qtbot, chart.range_buttons.buttons["2w"])
        said = chart.details.text()
    finally:
        install_translators(qapp, "en")
    assert (
        said == "No hay anotaciones en estas fechas. Un periodo más largo muestra las anteriores."
    )
