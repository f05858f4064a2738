"""Helpers for the timer UI tests: a timer fired by hand, time passing, finding buttons.

The fixtures (`timer_clock`, `driver`) are in tests/ui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from companion.core.shared.app_state import AppState
from companion.ui.timers.driver import TimerDriver
from tests.helpers.timer_clock import TimerClock


class ManualTimer(QObject):
    """Stands in for the driver's QTimer: records start/stop, never fires by itself."""

    timeout = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._active = False

    def start(self, msec: int) -> None:
        self._active = True

    def stop(self) -> None:
        self._active = False

    def isActive(self) -> bool:
        return self._active


def let_time_pass(driver: TimerDriver, clock: TimerClock, seconds: float, step: float = 5) -> None:
    """Time passes with the app awake: the clock moves and the driver ticks."""
    passed = 0.0
    while passed < seconds:
        clock.advance(seconds=step)
        passed += step
        driver.tick()
    QApplication.processEvents()


def find_button(widget: QWidget, text: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"expected one visible button {text!r}, found {len(found)}"
    return found[0]


def has_button(widget: QWidget, text: str) -> bool:
    return any(b.text() == text and b.isVisible() for b in widget.findChildren(QPushButton))


SoundLog = Callable[[], None]


def timers_panel(make_window: Callable[..., object], state: AppState, name: str) -> QWidget:
    """Open the Timers page of a new main window on the panel `name`; that panel."""
    window = make_window(state, page="timers")
    timers = window.page("timers")  # type: ignore[attr-defined]
    timers.tabs[name].click()
    panel: QWidget = timers.panels[name]
    return panel


def has_driver(state: AppState) -> bool:
    """Whether anything made this state's timer driver (and so started its scheduler)."""
    return any(isinstance(value, TimerDriver) for value in vars(state).values())
