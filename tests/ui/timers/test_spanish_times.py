"""Times in Spanish sentences take the article of the hour read out: "Termina a la 1:00",
"Termina a las 13:00" (the core's `time_phrase` decides; see tests/core/shared)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import heat_panel, let_time_pass, start_heat, timers_state, walk_page

ZONE = timezone(timedelta(hours=1))


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize(
    ("start", "ends", "stopped"),
    [
        ((0, 45), "Termina a la 1:00.", "Se detuvo a las 0:50"),
        ((12, 45), "Termina a las 13:00.", "Se detuvo a las 12:50"),
        ((1, 30), "Termina a la 1:45.", "Se detuvo a la 1:35"),
    ],
)
def test_heat_says_when_it_ends_with_the_hours_article(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    start: tuple[int, int],
    ends: str,
    stopped: str,
) -> None:
    clock = FakeClock(datetime(2026, 3, 9, *start, tzinfo=ZONE))
    timer_clock = TimerClock(clock)
    state, driver = timers_state(tmp_path / "data", clock, timer_clock, language="es")
    try:
        _window, heat = heat_panel(make_window, state)
        click(qtbot, heat.preset_buttons[15])
        start_heat(qtbot, heat)
        assert ends in visible_text(heat)
        let_time_pass(driver, timer_clock, 5 * 60)
        click(qtbot, heat.stop_button)
        assert stopped in visible_text(heat)
        # Stopped after 5 of 15 minutes: the time was not up.
        assert "Ha parado el calor: quíteselo ahora" in visible_text(heat)
        assert "Se acabó el tiempo" not in visible_text(heat)
    finally:
        driver.stop()


@pytest.mark.usefixtures("spanish")
def test_the_walk_says_how_long_it_may_last_not_a_time_of_day(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    driver: TimerDriver,
) -> None:
    _window, walk = walk_page(make_window, returning_state)
    click(qtbot, walk.start_button)
    assert walk.stopwatch.isVisible()
    assert "Se detiene sola después de 30 minutos." in visible_text(walk)
    assert "30:00" not in visible_text(walk)
