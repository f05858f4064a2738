"""After a flight west, or in the hour the clocks go back, a later entry can sit left of
an earlier one on the graph (each is placed by its own clock). The graph's line, the
arrow keys and the pointer go left to right, and each point's words name its entry."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add, journal_page
from tests.helpers.qt import click
from tests.helpers.zone import NAMED_ZONES, system_zone

pytestmark = NAMED_ZONES

TOKYO = timezone(timedelta(hours=9))
NEW_YORK = timezone(timedelta(hours=-5))
MADRID = ZoneInfo("Europe/Madrid")


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    with system_zone(monkeypatch, "Europe/Madrid"):
        yield


def test_the_right_arrow_steps_left_to_right_after_a_flight_west(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    in_madrid: None,
) -> None:
    """Tokyo on Tuesday 08:00, then New York on Monday 20:00 two hours later: Monday's
    entry sits left of Tuesday's. Right went from Sunday to Tuesday, then back left to
    Monday, and the line drew Tuesday's point before Monday's."""
    clock.current = datetime(2026, 12, 9, 11, 0, tzinfo=UTC).astimezone()  # Wednesday
    add(returning_state, datetime(2026, 12, 6, 18, 0, tzinfo=MADRID), "upper_thigh", pain=2)
    add(returning_state, datetime(2026, 12, 8, 8, 0, tzinfo=TOKYO), "buttock", pain=3)
    add(returning_state, datetime(2026, 12, 7, 20, 0, tzinfo=NEW_YORK), "calf", pain=6)
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_Home)
    said = [chart.details.text()]
    places = [chart.cursors[0].value()]
    for _ in range(2):
        qtbot.keyClick(chart.view, Qt.Key.Key_Right)
        said.append(chart.details.text())
        places.append(chart.cursors[0].value())
    assert said[0].startswith("Sun, 6 Dec 2026, 18:00"), said
    assert said[1].startswith("Mon, 7 Dec 2026, 20:00") and "6 out of 10" in said[1], said
    assert said[2].startswith("Tue, 8 Dec 2026, 08:00") and "3 out of 10" in said[2], said
    assert places == sorted(places) and len(set(places)) == 3
    # The pointer just right of Monday's point names Monday's entry.
    pointer = chart.pain_plot.vb.mapViewToScene(QPointF(places[1] + 3600, 5))
    qtbot.mouseMove(chart.view.viewport(), chart.view.mapFromScene(pointer))
    assert chart.details.text() == said[1]
    xs, _pains = chart.pain_curve.getData()
    assert list(xs) == sorted(xs)  # the line never doubles back
