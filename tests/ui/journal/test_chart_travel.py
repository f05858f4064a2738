"""After a flight the graph keeps each entry on its own day, as the list and Home do: an
entry made at 20:00 on Monday in New York, looked at in Madrid (02:00 on Tuesday there),
sat in Tuesday's band while its words said "Mon, 7 Dec 2026, 20:00"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.wall_clock import in_local_zone
from companion.ui.journal.chart import PainDistanceChart
from companion.ui.journal.page import JournalPage
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add, journal_page
from tests.helpers.qt import click
from tests.helpers.zone import NAMED_ZONES, system_zone

pytestmark = NAMED_ZONES

NEW_YORK = timezone(timedelta(hours=-5))
MADRID = ZoneInfo("Europe/Madrid")
MONDAY_EVENING = datetime(2026, 12, 7, 20, 0, tzinfo=NEW_YORK)  # 02:00 Tuesday in Madrid


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with system_zone(monkeypatch, "Europe/Madrid"):
        yield


def bands(chart: PainDistanceChart) -> dict[str, tuple[float, float]]:
    """Each labelled day's band on the date axis: from the midnight before its label to
    the one after (the axis's own ticks, at the width of a wide window)."""
    axis = chart.date_axes[-1]
    axis.tickValues(*chart.visible_range(), 4000)
    edges = axis.ticks.edges
    found = {}
    for text, middle in zip(axis.ticks.labels, axis.ticks.values, strict=True):
        found[text] = (max(e for e in edges if e < middle), min(e for e in edges if e > middle))
    return found


def opened(make_window: MakeWindow, state: AppState) -> tuple[JournalPage, PainDistanceChart]:
    page = journal_page(make_window(state, page="journal"))
    chart = page.chart
    assert chart is not None
    return page, chart


def test_an_entry_made_in_new_york_sits_on_its_own_day_seen_in_madrid(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_madrid: None,
) -> None:
    clock.current = datetime(2026, 12, 9, 11, 0, tzinfo=UTC).astimezone()  # Wednesday, Madrid
    add(returning_state, MONDAY_EVENING, "calf")
    add(returning_state, datetime(2026, 12, 8, 9, 0, tzinfo=UTC).astimezone(), "buttock")
    page, chart = opened(make_window, returning_state)
    assert "7 Dec" in page.day_headings[-1].text()  # the list: Monday
    click(qtbot, chart.range_buttons.buttons["2w"])
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Home)
    assert chart.details.text().startswith("Mon, 7 Dec 2026, 20:00")
    monday, tuesday = bands(chart)["7"], bands(chart)["8"]
    x = chart.cursors[0].value()
    assert monday[0] <= x < monday[1], (x - monday[0]) / 3600
    # The reach shading has one point a day: Monday's in Monday's band, Tuesday's in
    # Tuesday's, not both in Tuesday's.
    xs, depths = chart.level_curve.getData()
    assert [float(d) for d in depths] == [5.0, 2.0]
    assert monday[0] <= xs[0] < monday[1] and tuesday[0] <= xs[1] < tuesday[1]
    # Pointing at the middle of Monday's band shows Monday's entry.
    vb = chart.level_plot.getViewBox()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    target = vb.mapViewToScene(QPointF((monday[0] + monday[1]) / 2, 3))
    qtbot.mouseMove(chart.view.viewport(), chart.view.mapFromScene(target))
    qtbot.waitUntil(lambda: chart.selected == 0)
    assert "Calf" in chart.details.text()


def test_heat_noted_in_new_york_marks_its_own_day_seen_in_madrid(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_madrid: None,
) -> None:
    from companion.core.journal.entry import parse_entry
    from companion.core.shared.app_state import JOURNAL

    clock.current = datetime(2026, 12, 9, 11, 0, tzinfo=UTC).astimezone()
    entry = parse_entry(
        {
            "time": MONDAY_EVENING.isoformat(),
            "pain_now": 3,
            "level": "calf",
            "side": "left",
            "done": ["heat"],
        }
    )
    returning_state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    _page, chart = opened(make_window, returning_state)
    click(qtbot, chart.range_buttons.buttons["2w"])
    monday = bands(chart)["7"]
    [heat_x] = chart.marker_items["heat"].getData()[0]
    assert monday[0] <= heat_x < monday[1]


def test_the_reports_graph_places_the_points_as_the_screen_does(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_madrid: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The clinician's copy of the graph is drawn by the same graph: Monday's New York
    entry is in Monday's band on paper too."""
    from companion.core.journal.choices import load_journal_content
    from companion.ui.journal import chart as chart_module
    from companion.ui.journal.report_data import ReportData
    from companion.ui.journal.report_graph import chart_image

    clock.current = datetime(2026, 12, 9, 11, 0, tzinfo=UTC).astimezone()
    add(returning_state, MONDAY_EVENING, "calf")
    add(returning_state, datetime(2026, 12, 8, 9, 0, tzinfo=UTC).astimezone(), "buttock")
    _page, chart = opened(make_window, returning_state)
    on_paper: list[PainDistanceChart] = []

    class Drawn(PainDistanceChart):
        def show_dates(self, start: float, end: float) -> None:
            super().show_dates(start, end)
            on_paper.append(self)

    monkeypatch.setattr(chart_module, "PainDistanceChart", Drawn)
    data = ReportData(chart.entries, [], [], clock(), None, "en")
    chart_image(data, load_journal_content(), None)
    paper = on_paper[-1]
    assert [list(map(float, paper.series[name][0])) for name in ("level", "pain")] == [
        list(map(float, chart.series[name][0])) for name in ("level", "pain")
    ]
    monday = bands(paper)["7"]
    assert monday[0] <= paper.xs[0] < monday[1]


def test_the_graph_open_while_the_laptop_changes_zone_keeps_each_day(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_madrid: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Made and looked at in New York, then the laptop lands in Madrid with the journal
    open: Monday's point stays in Monday's band (every point is placed again)."""
    instant = datetime(2026, 12, 9, 11, 0, tzinfo=UTC)
    monkeypatch.setenv("TZ", "America/New_York")
    clock.current = in_local_zone(instant)  # the app's clock: the computer's zone
    assert clock().utcoffset() == timedelta(hours=-5)
    add(returning_state, MONDAY_EVENING, "calf")
    window = make_window(returning_state, page="journal")
    chart = journal_page(window).chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    assert bands(chart)["7"][0] <= chart.xs[0] < bands(chart)["7"][1]
    monkeypatch.setenv("TZ", "Europe/Madrid")  # landed; the laptop finds its zone
    clock.current = in_local_zone(instant)
    assert clock().utcoffset() == timedelta(hours=1)
    click(qtbot, window.nav.buttons["home"])
    click(qtbot, window.nav.buttons["journal"])
    monday = bands(chart)["7"]
    assert monday == (
        datetime(2026, 12, 7, tzinfo=MADRID).timestamp(),
        datetime(2026, 12, 8, tzinfo=MADRID).timestamp(),
    )
    assert monday[0] <= chart.xs[0] < monday[1]
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Home)
    assert chart.details.text().startswith("Mon, 7 Dec 2026, 20:00")
    assert monday[0] <= chart.cursors[0].value() < monday[1]
