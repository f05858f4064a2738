"""Helpers for the timer UI tests: a timer fired by hand, time passing, finding buttons,
the walk and breaks panels, the timer events saved, a window whose alerts are on (the
`AlertScene`) and the boxes that can open over them.

The fixtures (`timer_clock`, `driver`) are in tests/ui/conftest.py; `alerts` (a scene on
a page) and `told` (a desktop with a tray) in tests/ui/timers/conftest.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import EVENTS, HEAT, WALK, TimerEvent
from companion.core.timers.clocks import Clock
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.alert import AlertPresenter
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver, driver_for
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from companion.ui.timers.tray import TrayIcon
from companion.ui.timers.walk_panel import WalkPanel
from companion.ui.timers.widgets import YesNoQuestion
from tests.helpers.clock import FakeClock
from tests.helpers.layout import window_at
from tests.helpers.qt import click
from tests.helpers.timer_clock import TimerClock

MakeWindow = Callable[..., MainWindow]
CHECKED = "I have checked my skin"
# What Qt logs on the offscreen platform, which has no tray and cannot raise a window.
TRAY_ONLY = ("systemTrayWindowChanged", "does not support raise")


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


def open_timers(
    make_window: Callable[..., MainWindow], state: AppState
) -> tuple[MainWindow, TimersPage]:
    """A new main window on the Timers page; it and the page."""
    window = make_window(state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    return window, page


def heat_panel(
    make_window: Callable[..., MainWindow], state: AppState
) -> tuple[MainWindow, PackPanel]:
    """A new main window on the Timers page; it and the heat panel (the one shown first)."""
    window, page = open_timers(make_window, state)
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    return window, heat


def answer(qtbot: QtBot, panel: PackPanel, answers: dict[str, bool]) -> None:
    """Answer each safety question shown: as in `answers` (by question id), else "No"."""
    for question in panel.findChildren(YesNoQuestion):
        if question.isVisible():
            radio = question.buttons[answers.get(question.question_id, False)]
            click(qtbot, radio)


def start_heat(qtbot: QtBot, heat: PackPanel) -> None:
    """Start heat at the length chosen, as a person does: "Next: safety check", "No" to
    every question, then the start button."""
    click(qtbot, heat.begin_button)
    answer(qtbot, heat, {})
    click(qtbot, heat.start_button)


def timers_state(
    folder: Path,
    wall: Callable[[], datetime],
    clock: Clock,
    *,
    language: str | None = None,
    **settings: Any,
) -> tuple[AppState, TimerDriver]:
    """Someone who went through the welcome (and chose `settings`), with their timer driver
    on `clock` and a tick timer fired by hand."""
    state = AppState.open(folder, now=wall, language=language)
    state.settings.update(welcome_done=True, emergency_number="112", **settings)
    return state, driver_for(state, clock=clock, timer_factory=ManualTimer)


@contextmanager
def timers_at_largest_text(
    make_window: MakeWindow, folder: Path, language: str, size: tuple[int, int]
) -> Iterator[tuple[TimersPage, TimerDriver, TimerClock]]:
    """The Timers page at the largest text (175%) in `language`, in a window of `size`:
    the page, its timer driver (stopped after) and the clock the timers run on."""
    timer_clock = TimerClock(FakeClock())
    state, driver = timers_state(
        folder, timer_clock.wall_clock, timer_clock, language=language, text_scale=175
    )
    try:
        window = window_at(make_window, state, "timers", size)
        page = window.page("timers")
        assert isinstance(page, TimersPage)
        yield page, driver, timer_clock
    finally:
        driver.stop()


def has_driver(state: AppState) -> bool:
    """Whether anything made this state's timer driver (and so started its scheduler)."""
    return any(isinstance(value, TimerDriver) for value in vars(state).values())


def heat_then_restart(
    folder: Path, clock: FakeClock, timer_clock: TimerClock, minutes: int, closed: timedelta
) -> tuple[AppState, TimerDriver]:
    """A person starts `minutes` of heat (at 10:30 on the test clock), closes the app for
    `closed` and starts it again: the new start's state and its timer driver."""
    _first, driver = timers_state(folder, clock, timer_clock)
    driver.act(lambda s: s.start_pack(HEAT, minutes))
    timer_clock.advance(seconds=closed.total_seconds())
    again = AppState.open(folder, now=clock)
    return again, driver_for(again, clock=timer_clock, timer_factory=ManualTimer)


def tray_of(window: MainWindow) -> TrayIcon:
    """The window's tray icon (the `told` fixture gives the desktop a tray)."""
    assert window.timers is not None and window.timers.tray is not None
    return window.timers.tray


def click_message(window: MainWindow) -> None:
    """The person clicks the tray's message."""
    tray_of(window).icon.messageClicked.emit()
    QApplication.processEvents()


class NotedTray(QObject):
    """Stands in for the tray icon where alerts go while the window is hidden: keeps each
    notification (title, text) it was given."""

    window_back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def notify(self, title: str, text: str) -> None:
        self.messages.append((title, text))


def start_alerts(window: MainWindow, sound: Callable[[], None] = lambda: None) -> AlertPresenter:
    """The window's timers started as the app starts them (after its first paint), with
    `sound` for the chime: none unless a test listens for it."""
    window.start_timers()
    assert window.timers is not None
    presenter = window.timers.presenter
    presenter.sound = sound
    return presenter


def walk_page(make_window: MakeWindow, state: AppState) -> tuple[MainWindow, WalkPanel]:
    window = make_window(state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    click_target = page.tabs[WALK]
    click_target.click()
    panel = page.panels[WALK]
    assert isinstance(panel, WalkPanel)
    return window, panel


def breaks_page(make_window: MakeWindow, state: AppState) -> tuple[MainWindow, BreaksPanel]:
    window = make_window(state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    page.show_panel("breaks")
    panel = page.panels["breaks"]
    assert isinstance(panel, BreaksPanel)
    return window, panel


def events(state: AppState) -> list[TimerEvent]:
    """The timers' events saved to the journal, oldest first."""
    return [TimerEvent.from_dict(r.data) for r in state.store.partitioned(EVENTS, "time").all()]


@dataclass
class AlertScene:
    """A main window whose timers started as the app starts them: the window, its alerts,
    and the timer driver and clock that the test moves by hand."""

    window: MainWindow
    presenter: AlertPresenter
    driver: TimerDriver
    clock: TimerClock

    def pass_time(self, seconds: float, step: float = 5) -> None:
        """Time passes with the app awake (`let_time_pass`)."""
        let_time_pass(self.driver, self.clock, seconds, step)

    def start_heat(self, minutes: int = 5) -> None:
        self.driver.act(lambda s: s.start_pack(HEAT, minutes))

    def heat_runs_out(self, minutes: int = 5) -> None:
        """Heat started for `minutes`, and those minutes pass."""
        self.start_heat(minutes)
        self.pass_time(minutes * 60)

    def start_walk(self) -> None:
        self.driver.act(lambda s: s.start_walk())

    def breaks_on(self) -> None:
        """Movement breaks every 30 minutes with no notice before (the first due at 11:00
        on the test clock)."""
        self.driver.act(lambda s: s.update_break_settings(enabled=True, notice=0))

    def tray(self) -> TrayIcon:
        return tray_of(self.window)


MakeScene = Callable[[str], AlertScene]


def alert_scene(
    make_window: MakeWindow, state: AppState, driver: TimerDriver, clock: TimerClock, page: str
) -> AlertScene:
    """A new main window on `page` with its alerts started (`start_alerts`)."""
    window = make_window(state, page=page)
    return AlertScene(window, start_alerts(window), driver, clock)


# --- boxes that wait for an answer, opened from the window -----------------------------------
def new_entry(window: MainWindow) -> None:
    """The journal's new-entry form."""
    window.show_page("journal:new")


def delete_all(window: MainWindow) -> None:
    """Settings' "Delete all my data" question."""
    window.show_page("settings")
    window.page("settings").delete_button.click()  # type: ignore[attr-defined]


def export_csv(window: MainWindow) -> None:
    """The file chooser of the journal's CSV export."""
    window.show_page("journal")
    window.page("journal").export_csv_button.click()  # type: ignore[attr-defined]
