"""What a window holds once the timers run: the driver, the alert windows and (where the
desktop has one) the tray icon."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from companion.core.shared.app_state import AppState
from companion.ui.timers.alert import AlertPresenter
from companion.ui.timers.driver import TimerDriver, driver_for
from companion.ui.timers.tray import TrayIcon


class TimerHub:
    """What the window holds once the timers run: the driver, the tray and the alerts."""

    def __init__(
        self, driver: TimerDriver, presenter: AlertPresenter, tray: TrayIcon | None
    ) -> None:
        self.driver = driver
        self.presenter = presenter
        self.tray = tray

    def keeps_running(self) -> bool:
        """True when closing the window should hide it in the tray instead of quitting."""
        return self.tray is not None and self.driver.status().anything_on

    def hidden_to_tray(self) -> None:
        if self.tray is not None:
            self.tray.tell_still_running()

    def stop(self) -> None:
        self.driver.stop()
        if self.tray is not None:
            self.tray.hide()


def attach_timers(window: QWidget, state: AppState, *, use_tray: bool | None = None) -> TimerHub:
    """Start the timers for the window: driver, alerts and (where one exists) a tray icon."""
    driver = driver_for(state)
    if use_tray is None:
        use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    tray = TrayIcon(driver, window) if use_tray else None
    presenter = AlertPresenter(driver, window, tray)
    hub = TimerHub(driver, presenter, tray)
    window.destroyed.connect(driver.stop)
    driver.start()
    if tray is not None:
        tray.show()
    return hub
