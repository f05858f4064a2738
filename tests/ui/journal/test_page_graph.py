"""Journal page: the graph's data, its ranges and details, its colours and its date labels."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import EVENTS, HEAT, TimerEvent
from companion.ui.journal.chart import PainDistanceChart
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page
from tests.helpers.qt import click


def test_graph_holds_levels_pain_walking_and_markers(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    collection = returning_state.store.partitioned(JOURNAL, "time")
    times = [clock() - timedelta(days=d) for d in (2, 1, 0)]
    for when, level, pain, walk in zip(
        times, ["calf", "lower_thigh_knee", "buttock"], [7, 5, 3], [4, None, 11.5], strict=True
    ):
        entry = parse_entry(
            {
                "time": when.isoformat(),
                "pain_now": pain,
                "pain_worst": pain + 1,
                "level": level,
                "side": "right",
                "walk_minutes": walk,
                "done": ["ice"],
            }
        )
        collection.insert(entry.to_dict())
    heat = TimerEvent(times[1] + timedelta(hours=2), HEAT, 20.0)
    returning_state.store.partitioned(EVENTS, "time").insert(heat.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    xs, depth = chart.level_curve.getData()
    assert list(xs) == [t.timestamp() for t in times]
    assert list(depth) == [5.0, 4.0, 2.0]  # calf, knee, buttock: foot is at the bottom
    assert list(chart.pain_curve.getData()[1]) == [7.0, 5.0, 3.0]
    assert list(chart.worst_curve.getData()[1]) == [8.0, 6.0, 4.0]
    walk_x, walk_y = chart.walk_curve.getData()
    assert list(walk_y) == [4.0, 11.5] and list(walk_x) == [
        times[0].timestamp(),
        times[2].timestamp(),
    ]
    assert list(chart.marker_items[HEAT].getData()[0]) == [heat.time.timestamp()]
    assert len(chart.marker_items["ice"].getData()[0]) == 3  # one per day named in entries
    assert chart.level_plot.getViewBox().yInverted()
    ticks = chart.level_plot.getAxis("left")._tickLevels[0]
    assert ticks[0] == (0, "No pain") and ticks[-1] == (6, "Foot")


def test_range_buttons_and_keyboard_details(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"] * 40)
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    low, high = chart.visible_range()
    assert round((high - low) / 86400) == 14
    click(qtbot, chart.range_buttons.buttons["all"])
    low, high = chart.visible_range()
    assert low <= chart.xs[0] and high >= chart.xs[-1]
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    assert chart.selected == 39
    qtbot.keyClick(chart.view, Qt.Key.Key_Left)
    assert chart.selected == 38
    assert "pain 4 out of 10" in chart.details.text() and "Calf" in chart.details.text()


@pytest.mark.parametrize(
    ("days_ago", "opens_on"),
    [([2], "2w"), ([40], "3m"), ([200], "1y"), ([30 * 365, 200], "1y"), ([800], "all")],
)
def test_a_journal_taken_up_again_after_a_break_opens_on_its_entries(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    days_ago: list[int],
    opens_on: str,
) -> None:
    """One entry 200 days ago, or entries 30 years apart whose last is that old: the
    graph opened on 2 weeks or 3 months of nothing, with '1 entry.' under it."""
    for days in days_ago:
        when = (clock() - timedelta(days=days)).isoformat()
        entry = parse_entry({"time": when, "pain_now": 4, "level": "calf", "side": "left"})
        returning_state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    chart = journal_page(make_window(returning_state, page="journal")).chart
    assert chart is not None
    low, high = chart.visible_range()
    assert low <= chart.xs[-1] <= high
    assert chart.range_buttons.value() == opens_on


def test_hover_shows_the_nearest_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock", "upper_thigh"])
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    vb = chart.level_plot.getViewBox()
    target = vb.mapViewToScene(QPointF(chart.xs[1], 3))
    qtbot.mouseMove(chart.view.viewport(), chart.view.mapFromScene(target))
    qtbot.waitUntil(lambda: chart.selected == 1)
    assert "Buttock" in chart.details.text()


def test_graph_follows_dark_mode(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    from companion.core.shared.settings import Theme
    from companion.ui.shared.theme import DARK, LIGHT

    add_entries(returning_state, clock, ["calf"])
    returning_state.settings.update(theme=Theme.LIGHT)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.chart is not None
    assert page.chart.colours.background == LIGHT.surface
    returning_state.settings.update(theme=Theme.DARK)
    qtbot.waitUntil(
        lambda: page.chart is not None and page.chart.colours.background == DARK.surface
    )
    QApplication.processEvents()


def test_more_than_a_year_in_view_shows_weekly_averages(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    levels = ["calf", "buttock"] * 350  # 700 days, alternating
    add_entries(returning_state, clock, levels)
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    assert len(chart.level_curve.xData) == 700  # 3 months in view: every entry
    click(qtbot, chart.range_buttons.buttons["all"])
    x, y = chart.level_curve.xData, chart.level_curve.yData
    assert 99 <= len(x) <= 101
    assert all(3.0 <= value <= 4.0 for value in y)  # the week's mean of 5 and 2
    assert chart.averages_label.isVisible()
    click(qtbot, chart.range_buttons.buttons["1y"])
    assert len(chart.level_curve.xData) == 700
    assert not chart.averages_label.isVisible()


def date_labels(chart: PainDistanceChart, length: float) -> tuple[list[float], list[str]]:
    """The bottom axis's tick values and labels for the dates in view, `length` px long."""
    axis = chart.marker_plot.getAxis("bottom")
    low, high = chart.visible_range()
    # The labelled ticks come first; a second level holds the midnights between day
    # bands, which have no label.
    (spacing, values), *edges = axis.tickValues(low, high, length)
    for _spacing, midnights in edges:
        assert axis.tickStrings(midnights, 1.0, _spacing) == [""] * len(midnights)
    return values, axis.tickStrings(values, 1.0, spacing)


def assert_apart(chart: PainDistanceChart, values: list[float], labels: list[str], length: float):
    """Neighbouring labels, centred on their ticks, leave room between them."""
    low, high = chart.visible_range()
    metrics = QFontMetrics(chart.marker_plot.getAxis("bottom").style["tickFont"])
    edges = []
    for value, text in zip(values, labels, strict=True):
        middle = (value - low) / (high - low) * length
        half = metrics.horizontalAdvance(text) / 2
        assert middle - half >= 0 and middle + half <= length, text
        edges.append((middle - half, middle + half))
    for (_left, right), (left, _right) in itertools.pairwise(edges):
        assert left - right >= metrics.horizontalAdvance("0"), labels


@pytest.mark.parametrize("length", [560.0, 900.0, 1200.0])
def test_date_axis_labels_stay_apart_at_every_range(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock, length: float
) -> None:
    # Ten years: one entry a fortnight, then daily for the last 3 months.
    collection = returning_state.store.partitioned(JOURNAL, "time")
    days = sorted({*range(0, 3650, 14), *range(0, 91)}, reverse=True)
    for days_ago in days:
        when = clock() - timedelta(days=days_ago, hours=1)
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": 3, "level": "buttock", "side": "left"}
        )
        collection.insert(entry.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    months = {f"{date(2000, m, 1):%b}" for m in range(1, 13)}
    seen = {}
    for key in ("2w", "3m", "1y", "all"):
        chart.set_range(key)
        values, labels = date_labels(chart, length)
        assert_apart(chart, values, labels, length)
        seen[key] = labels
    # 2 weeks (the clock is 9 March 2026): each day, the first with its month.
    assert seen["2w"][0] in ("24 Feb", "25 Feb") and "1 Mar" in seen["2w"]
    assert len(seen["2w"]) >= 7 and all(t.isdigit() for t in seen["2w"] if " " not in t)
    # 3 months: day numbers, the month's name only on the 1st (and the first label).
    assert {"1 Jan 2026", "1 Feb", "1 Mar"} <= set(seen["3m"])
    assert all(t.split()[0] == "1" for t in seen["3m"][1:] if " " in t)
    # A year: months, the year at January and on the first label.
    assert "Jan 2026" in seen["1y"] and set(seen["1y"][1:]) - {"Jan 2026"} <= months
    assert seen["1y"][0].split()[0] in months and seen["1y"][0].split()[1] == "2025"
    # Ten years: years.
    assert all(t.isdigit() and len(t) == 4 for t in seen["all"])
    assert {"2017", "2020", "2025"} <= set(seen["all"]) or length < 600
    assert seen["all"][-1] in ("2025", "2026")
