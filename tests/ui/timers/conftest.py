"""Fixtures for the timer windows: a desktop with a system tray, a window with its alerts."""

from __future__ import annotations

import pytest

from companion.core.shared.app_state import AppState
from companion.ui.timers import hub
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.tray import TrayIcon
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import AlertScene, MakeScene, MakeWindow, alert_scene


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A desktop with a tray; the titles of the messages it showed."""
    monkeypatch.setattr(hub.QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    titles: list[str] = []
    real = TrayIcon.notify
    monkeypatch.setattr(
        TrayIcon,
        "notify",
        lambda tray, title, text: (titles.append(title), real(tray, title, text)),
    )
    return titles


@pytest.fixture
def alerts(
    make_window: MakeWindow, returning_state: AppState, driver: TimerDriver, timer_clock: TimerClock
) -> MakeScene:
    """Makes the scene of a returning user's main window on a page, its alerts started."""

    def build(page: str) -> AlertScene:
        return alert_scene(make_window, returning_state, driver, timer_clock, page)

    return build
