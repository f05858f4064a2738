"""An entry dated days after today (written while the clock ran ahead, or a year typed as
9998 in the file) no longer drags the graph's dates with it: "2 weeks" shows the last two
weeks, with the real entries in them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import ZONE_DAYS
from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add, journal_page
from tests.helpers.qt import click

DAY = 86400.0


@pytest.mark.parametrize("ahead", [timedelta(days=6), "9998-06-01"])
def test_two_weeks_show_the_real_entries(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    ahead: timedelta | str,
) -> None:
    now = clock()
    for ago, level in ((9, "calf"), (7, "calf"), (5, "lower_thigh_knee"), (3, "upper_thigh")):
        add(returning_state, now - timedelta(days=ago), level)
    later = now + ahead if isinstance(ahead, timedelta) else datetime.fromisoformat(ahead)
    add(returning_state, later.replace(tzinfo=now.tzinfo), "calf")
    chart = journal_page(make_window(returning_state, page="journal")).chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    low, high = chart.visible_range()
    shown = [x for x in chart.xs if low <= x <= high]
    # The four real entries; it showed the one dated ahead and, 6 days ahead, two real
    # ones with it (9998: that one alone).
    assert shown == list(chart.xs[:4])
    assert high <= now.timestamp() + (ZONE_DAYS + 1) * DAY


def test_no_line_runs_on_toward_an_entry_dated_ahead_nor_is_it_counted(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """An entry dated 5 days ahead: "2 weeks" drew the line from yesterday's point on to
    the graph's right edge, rising over two empty days toward a point never shown, and
    said "5 entries." under the 4 points shown."""
    now = clock()
    for ago in (4, 3, 2, 1):
        add(returning_state, now - timedelta(days=ago), "upper_thigh", pain=2)
    add(returning_state, now + timedelta(days=5), "calf", pain=9)
    chart = journal_page(make_window(returning_state, page="journal")).chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    yesterday = chart.xs[3]
    for curve in (chart.level_curve, chart.pain_curve):
        assert max(curve.xData) == yesterday  # every line stops at the last point shown
    assert max(chart.pain_curve.yData) == 2  # no climb toward the pain of 9
    tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    assert chart.visible_range()[1] == tomorrow.timestamp()  # today is the last day shown
    assert chart.details.text() == "4 entries. 1 entry dated after today is not shown."


def test_a_journal_of_only_an_entry_dated_ahead_says_so_under_an_empty_graph(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Nothing to draw, and no line: the graph says its time is empty and why the one
    entry is not in it; the arrow keys choose nothing."""
    now = clock()
    add(returning_state, now + timedelta(days=30), "calf", pain=9)
    chart = journal_page(make_window(returning_state, page="journal")).chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["all"])
    assert chart.details.text() == (
        "No entries in this time. A longer time shows older ones. "
        "1 entry dated after today is not shown."
    )
    assert chart.pain_curve.xData is None or not len(chart.pain_curve.xData)
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    assert chart.selected is None
    assert all(not line.isVisible() for line in chart.cursors)


def test_the_keys_never_choose_an_entry_dated_ahead(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """End goes to the newest entry drawn (yesterday's), not to the one dated ahead."""
    now = clock()
    for ago in (3, 2, 1):
        add(returning_state, now - timedelta(days=ago), "upper_thigh", pain=ago)
    add(returning_state, now + timedelta(days=5), "calf", pain=9)
    chart = journal_page(make_window(returning_state, page="journal")).chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["all"])
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    qtbot.keyClick(chart.view, Qt.Key.Key_Right)
    assert chart.selected is not None and chart.entries[chart.selected].pain_now == 1
    assert "pain 1 out of 10" in chart.details.text()
