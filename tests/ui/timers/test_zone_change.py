"""A laptop that travels with heat on: when the computer's time zone changes under the
running app (Madrid to New York), the end time shown, the alert and the journal record
follow the new zone, and the heat lasts exactly as long. Time is moved by hand."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.records import HEAT
from companion.core.shared.wall_clock import in_local_zone
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.qt import visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import events, heat_panel, let_time_pass, start_alerts, timers_state
from tests.helpers.zone import NAMED_ZONES, system_zone

pytestmark = NAMED_ZONES

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def in_madrid(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    with system_zone(monkeypatch, "Europe/Madrid") as zone:
        yield zone


class SystemZoneClock(TimerClock):
    """The app's own clock (`SystemClock`: `local_now`, the computer's zone) at an instant
    moved by hand."""

    def wall(self) -> datetime:
        return in_local_zone(self.wall_clock())


def test_heat_on_while_the_time_zone_changes_ends_at_the_new_zones_time(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, in_madrid: pytest.MonkeyPatch
) -> None:
    instant = FakeClock(datetime(2026, 3, 9, 9, 30, tzinfo=UTC))  # 10:30 in Madrid
    clock = SystemZoneClock(instant)
    clock.zone = None  # as the app's `SystemClock`: the computer's zone, whatever it is
    state, driver = timers_state(tmp_path / "data", clock.wall, clock)
    window, heat = heat_panel(make_window, state)
    start_alerts(window)
    driver.act(lambda s: s.start_pack(HEAT, 15))
    assert "Ends at 10:45." in visible_text(heat)
    let_time_pass(driver, clock, 5 * 60)
    in_madrid.setenv("TZ", "America/New_York")  # the laptop finds its new zone
    let_time_pass(driver, clock, 5)
    assert "Ends at 05:45." in visible_text(heat)  # 10:45 in Madrid is 05:45 here
    assert heat.countdown.text() == "9:55"  # not a second longer or shorter
    let_time_pass(driver, clock, 10 * 60)
    dialog = window.timers.presenter.pack_dialog
    assert dialog is not None and dialog.isVisible()
    assert "It ended at 05:45. Saved to your journal." in visible_text(dialog)
    [record] = events(state)
    assert record.time.isoformat() == "2026-03-09T05:45:00-04:00"
    driver.stop()
