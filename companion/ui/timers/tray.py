"""The tray icon: shows the next break, pauses breaks, opens the window, quits.

Made only where the desktop has a system tray (`QSystemTrayIcon.isSystemTrayAvailable`).
Without one, closing the window quits as before and the Timers page says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from companion import APP_NAME
from companion.core.shared.records import WALK
from companion.core.timers.records import PAUSED
from companion.core.timers.status import MOST_RUNNING
from companion.ui.shared.icons import app_icon
from companion.ui.timers.break_status import breaks_line, change_breaks
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import clock_text


class TrayMenu(QMenu):
    """The tray's menu, kept in step with the driver (testable without a tray).
    `window_back()` once it brought the window back (its Open, the icon, a message)."""

    window_back = Signal()

    def __init__(self, driver: TimerDriver, window: QWidget) -> None:
        super().__init__(window)
        self.driver = driver
        self.main_window = window
        self.next_break = QAction("", self)
        self.next_break.setEnabled(False)
        # One line for each timer that runs: a pack and a walking check can run together.
        self.running = [QAction("", self) for _timer in range(MOST_RUNNING)]
        for line in self.running:
            line.setEnabled(False)
        # Each says how the breaks now stand, as the Breaks page's own buttons do.
        self.pause_hour = QAction(self.tr("Pause breaks for an hour"), self)
        self.pause_hour.triggered.connect(
            lambda: change_breaks(window, driver, lambda s: s.pause_breaks())
        )
        self.pause_day = QAction(self.tr("Pause breaks until tomorrow"), self)
        self.pause_day.triggered.connect(
            lambda: change_breaks(window, driver, lambda s: s.pause_breaks_until_tomorrow())
        )
        self.resume = QAction(self.tr("Resume breaks"), self)
        self.resume.triggered.connect(
            lambda: change_breaks(window, driver, lambda s: s.resume_breaks())
        )
        self.open_window = QAction(self.tr("Open %1").replace("%1", APP_NAME), self)
        self.open_window.triggered.connect(self.show_window)
        self.quit = QAction(self.tr("Quit"), self)
        self.quit.triggered.connect(self.quit_app)
        for action in (self.next_break, *self.running):
            self.addAction(action)
        self.addSeparator()
        for action in (self.pause_hour, self.pause_day, self.resume):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.open_window)
        self.addAction(self.quit)
        self._shown: tuple[object, ...] = ()
        driver.changed.connect(self.refresh)
        self.refresh()

    def status_line(self) -> str:
        return breaks_line(self.driver)

    def running_lines(self) -> list[str]:
        """One line for each timer the status says runs, in its order."""
        s, status = self.driver.scheduler, self.driver.status()
        lines = []
        for timer in status.running_timers:
            if timer == WALK:
                lines.append(
                    self.tr("Walking check: %1").replace("%1", clock_text(s.walk_seconds()))
                )
                continue
            title = self.driver.content.pack(timer).title
            if status.pack_paused:
                lines.append(self.tr("%1: paused").replace("%1", title))
            else:
                left = clock_text(s.pack_left())
                lines.append(self.tr("%1: %2 left").replace("%1", title).replace("%2", left))
        return lines

    def refresh(self) -> None:
        status = self.driver.status()
        on = status.breaks_on
        paused = status.break_phase == PAUSED
        running = self.running_lines()
        state = (self.status_line(), tuple(running), on, paused)
        if state == self._shown:
            return  # runs every second: change the menu only when something changed
        self._shown = state
        self.next_break.setText(state[0])
        for index, action in enumerate(self.running):
            text = running[index] if index < len(running) else ""
            action.setText(text)
            action.setVisible(bool(text))
        self.pause_hour.setVisible(on and not paused)
        self.pause_day.setVisible(on and not paused)
        self.resume.setVisible(paused)

    def show_window(self) -> None:
        bring = getattr(self.main_window, "bring_to_front", None)
        if bring is not None:
            bring()
        else:
            self.main_window.show()
        self.window_back.emit()

    def quit_app(self) -> None:
        quit_app = getattr(self.main_window, "quit_app", None)
        if quit_app is not None:
            if quit_app():
                QCoreApplication.quit()
        else:
            QCoreApplication.quit()


class TrayIcon(QObject):
    """The icon itself, with `TrayMenu` as its menu. `window_back()` once a click on
    the icon, its menu's Open or one of its messages brought the window back."""

    window_back = Signal()

    def __init__(self, driver: TimerDriver, window: QWidget) -> None:
        super().__init__(window)
        self.menu = TrayMenu(driver, window)
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(self.menu.show_window)
        self.menu.window_back.connect(self.window_back)
        self._told_still_running = False
        driver.changed.connect(self._tooltip)
        self._tooltip()

    def _tooltip(self) -> None:
        lines = [APP_NAME, self.menu.status_line(), *self.menu.running_lines()]
        tip = "\n".join(line for line in lines if line)
        if tip != self.icon.toolTip():
            self.icon.setToolTip(tip)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.menu.show_window()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, text: str) -> None:
        """Show a message by the icon; a click on it brings the window back. The desktop
        shows one message at a time: what the window shows on coming back must not
        depend on which message was clicked (`AlertPresenter.show_told_in_tray`)."""
        self.icon.showMessage(title, text, app_icon(), 15000)

    def tell_still_running(self) -> None:
        """Say once per run that closing the window did not quit the app."""
        if self._told_still_running:
            return
        self._told_still_running = True
        self.notify(
            APP_NAME,
            self.tr(
                "Still running here, so your reminders and timers can reach you. "
                "To quit, open the menu of this icon and choose Quit."
            ),
        )
