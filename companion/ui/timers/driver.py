"""Runs the core timer scheduler inside the Qt event loop, once per open data folder.

The window starts it just after the first paint (`hub.attach_timers`), so breaks keep
reminding from app start, with the Timers page never opened and the window hidden in
the tray. Pages only listen to `changed` and call the scheduler through `act`; the one
QTimer lives here and is made by `timer_factory`, which tests replace with a timer they
fire by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Signal

from companion.core.shared.app_state import AppState
from companion.core.shared.content import language_dir
from companion.core.timers.clocks import Clock
from companion.core.timers.content import TimerContent, cached_timer_content
from companion.core.timers.scheduler import Scheduler
from companion.core.timers.status import TimerStatus, status_of
from companion.ui.shared.tick_timer import TickTimer, qt_timer

TICK_MS = 1000
_DRIVER_KEY = "_timer_driver"  # where the driver of an AppState is kept


class TimerDriver(QObject):
    """Emits `changed()` after every tick and action, `alerted(Alert)` for each alert, and
    `reset()` once all data was deleted (before its `changed()`)."""

    changed = Signal()
    alerted = Signal(object)
    reset = Signal()

    def __init__(
        self,
        state: AppState,
        *,
        clock: Clock | None = None,
        timer_factory: Callable[[QObject], TickTimer] = qt_timer,
    ) -> None:
        super().__init__()
        self.state = state
        self.scheduler = Scheduler(state, clock)
        self.content: TimerContent = cached_timer_content(
            language_dir(None, state.content.language)
        )
        self.revision = 0  # goes up whenever something may have been recorded
        self._timer = timer_factory(self)
        self._timer.timeout.connect(self.tick)
        state.add_reset_listener(self._after_reset)

    # --- running ---------------------------------------------------------------------------
    def status(self) -> TimerStatus:
        """What the timers are doing now: what every page, the tray and the alerts read."""
        return status_of(self.scheduler)

    def history_mark(self) -> tuple[int, datetime]:
        """Changes whenever what a panel says about past sessions may have changed:
        something was recorded, or another minute began (a new day starts today's
        counts at nothing, and a spacing time passes). The panels read the store again
        only then, not on every tick."""
        return self.revision, self.scheduler.clock.wall().replace(second=0, microsecond=0)

    def needs_ticks(self) -> bool:
        return self.status().anything_on

    def start(self) -> None:
        """Tick now, then keep ticking for as long as a timer or the breaks are on."""
        self.tick()

    def ensure_ticking(self) -> None:
        """Keep ticking if anything is on, without a tick now: the first tick may raise an
        alert, and the window's alert presenter should be listening by then."""
        self._keep_ticking()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def ticking(self) -> bool:
        return self._timer.isActive()

    def tick(self) -> None:
        alerts = self.scheduler.tick()
        self._keep_ticking()
        if alerts:
            self.revision += 1
        for alert in alerts:
            self.alerted.emit(alert)
        self.changed.emit()

    def _keep_ticking(self) -> None:
        if self.needs_ticks() and not self._timer.isActive():
            self.scheduler.watch.reset()  # the pause in ticks was not a sleep
            self._timer.start(TICK_MS)
        elif not self.needs_ticks() and self._timer.isActive():
            self._timer.stop()

    def act(self, action: Callable[[Scheduler], Any]) -> Any:
        """Run one action of the person (start, pause, skip...) and tell the pages."""
        result = action(self.scheduler)
        self.revision += 1
        self._keep_ticking()
        self.changed.emit()
        return result

    def _after_reset(self) -> None:
        self.revision += 1
        self._keep_ticking()
        self.reset.emit()
        self.changed.emit()


def driver_for(state: AppState, **kwargs: Any) -> TimerDriver:
    """The one driver of this data folder, made the first time it is asked for."""
    driver = state.__dict__.get(_DRIVER_KEY)
    if not isinstance(driver, TimerDriver):
        driver = TimerDriver(state, **kwargs)
        state.__dict__[_DRIVER_KEY] = driver
    return driver
