"""The daily journal reminder in the window: a notice above the pages, and a tray message.

A tray message cannot carry buttons, so the choices live in the window's notice ("Add
entry", "In an hour", "Not today"); clicking the tray message brings the window, and with
it the notice. Without a tray the notice alone shows (and the taskbar asks for attention).

When it shows is the core's decision (`plan_reminder`), asked once a minute, on every
tick of the timers, whenever the app becomes active again (after a sleep, say) and when
the choice changes. Each time it reads the wall clock afresh, so sleep, clock changes and
restarts cannot make it show twice or not at all; it is marked shown (and saved) before
it appears. The window never starts it in the kiosk.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from companion.core.journal.reminder import mark_shown, not_today, plan_reminder, snooze
from companion.core.journal.store import has_entry_for
from companion.core.shared.app_state import AppState
from companion.core.shared.wall_clock import in_local_zone
from companion.ui.shared.dates import at_time_text
from companion.ui.shared.page_layout import announce, button, button_row, card, label
from companion.ui.shared.reminder import reminder_for
from companion.ui.shared.tick_timer import TickTimer, qt_timer
from companion.ui.timers.hub import TimerHub

POLL_MS = 60 * 1000


class ReminderNotice(QWidget):
    """The reminder with its three choices, above the pages; hidden until it is due."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day: date | None = None  # the day it was shown for
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 12, 24, 0)
        self.frame, layout = card("hero")
        outer.addWidget(self.frame)
        self.heading = label(self.tr("Time for today's journal entry"), "heading")
        self.message = label(
            self.tr("There is no entry for today yet. It takes under a minute."), "muted"
        )
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        self.add_button = button(self.tr("Add entry"), role="primary")
        self.add_button.setAccessibleName(self.tr("Add today's journal entry"))
        self.later_button = button(self.tr("In an hour"))
        self.later_button.setAccessibleName(self.tr("Remind me again in an hour"))
        self.skip_button = button(self.tr("Not today"))
        self.skip_button.setAccessibleName(self.tr("No reminder again today"))
        layout.addLayout(button_row(self.add_button, self.later_button, self.skip_button))
        self.frame.setAccessibleName(self.heading.text())
        self.frame.setAccessibleDescription(self.message.text())
        self.hide()

    def show_for(self, day: date) -> None:
        self.day = day
        self.show()
        announce(self, f"{self.heading.text()} {self.message.text()}")


class ReminderWatch(QObject):
    """Looks whether the reminder is due and shows it; carries out the notice's choices.

    `looked()` is emitted each time it reads the clock (once a minute, and on waking), so
    the window can keep other day-bound words, such as Home's "today", true as well."""

    looked = Signal()

    def __init__(
        self,
        window: QWidget,
        state: AppState,
        notice: ReminderNotice,
        hub: TimerHub | None,
        *,
        open_entry: Callable[[], None],
        timer_factory: Callable[[QObject], TickTimer] = qt_timer,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.notice = notice
        self.hub = hub
        self.open_entry = open_entry
        self.choice = reminder_for(state)
        self.last_reason = ""
        self._polled_minute: datetime | None = None
        notice.add_button.clicked.connect(self.add_entry)
        notice.later_button.clicked.connect(self.in_an_hour)
        notice.skip_button.clicked.connect(self.not_today)
        self.timer = timer_factory(self)
        self.timer.timeout.connect(self.poll)
        self.timer.start(POLL_MS)
        if hub is not None:
            hub.driver.changed.connect(self._tick)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
        self.choice.changed.connect(self.poll)

    def _timer_running(self) -> bool:
        if self.hub is None:
            return False
        status = self.hub.driver.status()
        return status.pack_kind is not None or status.walk_open

    def _tick(self) -> None:
        """The timers tick each second: look once a minute of the wall clock."""
        minute = self.state.now().replace(second=0, microsecond=0)
        if minute != self._polled_minute:
            self.poll()

    def _app_state_changed(self, app_state: Qt.ApplicationState) -> None:
        if app_state == Qt.ApplicationState.ApplicationActive:
            self.poll()

    def poll(self) -> None:
        self._look()
        self.looked.emit()

    def _look(self) -> None:
        now = self.state.now()
        self._polled_minute = now.replace(second=0, microsecond=0)
        today = now.date()
        if self.notice.isVisibleTo(self.window):
            # An entry made some other way, a new day, or the reminder turned off (also by
            # deleting all data, when its buttons would save it again) ends the notice.
            off = not self.choice.current.enabled
            if off or self.notice.day != today or has_entry_for(self.state, today):
                self.notice.hide()
            return
        plan = plan_reminder(
            self.choice.current,
            now,
            has_entry_today=False,  # asked below only when due: it reads the journal
            timer_running=self._timer_running(),
            kiosk=self.state.kiosk,
        )
        self.last_reason = plan.reason
        if not plan.show:
            return
        if has_entry_for(self.state, today):
            self.last_reason = "entry_today"
            return
        self.choice.update(mark_shown(self.choice.current, now))  # saved before it shows
        self.notice.show_for(today)
        tray = self.hub.tray if self.hub is not None else None
        if tray is not None:
            tray.notify(
                self.tr("Time for today's journal entry"),
                self.tr("No entry yet today. Click here to add one or to choose a later time."),
            )
        else:
            QApplication.alert(self.window)

    def add_entry(self) -> None:
        self.notice.hide()
        self.open_entry()

    def in_an_hour(self) -> None:
        now = self.state.now()
        self.choice.update(snooze(self.choice.current, now))
        self.notice.hide()
        later = self.choice.current.snoozed_until
        if later is not None:
            # As the clock will show it: an hour from 01:30 reads 03:30 the night clocks go forward.
            at = at_time_text(in_local_zone(later))
            said = self.tr("The reminder will show again at %1.").replace("%1", at)
        else:
            said = self.tr("No more reminders today.")
        announce(self.window, said)

    def not_today(self) -> None:
        self.choice.update(not_today(self.choice.current, self.state.now()))
        self.notice.hide()
        announce(self.window, self.tr("No more reminders today."))

    def stop(self) -> None:
        self.timer.stop()
