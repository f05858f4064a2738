"""Runs the core timer scheduler inside the Qt event loop, once per open data folder.

The window starts it just after the first paint (`attach_timers`), so breaks keep
reminding from app start, with the Timers page never opened and the window hidden in
the tray. Pages only listen to `changed` and call the scheduler through `act`; the one
QTimer lives here and is made by `timer_factory`, which tests replace with a timer they
fire by hand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from companion.core.shared.app_state import AppState
from companion.core.shared.content import language_dir
from companion.core.timers.content import TimerContent, cached_timer_content
from companion.core.timers.scheduler import Clock, Scheduler

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.ui.timers.alert import AlertPresenter
    from companion.ui.timers.tray import TrayIcon

TICK_MS = 1000
_ENGINE_KEY = "_timer_engine"  # where the engine of an AppState is kept


class TickTimer(Protocol):
    """What the engine needs of a QTimer (tests give it one they fire by hand)."""

    timeout: Any

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


def qt_timer(parent: QObject) -> TickTimer:
    timer = QTimer(parent)
    timer.setTimerType(Qt.TimerType.CoarseTimer)
    return timer


class TimerEngine(QObject):
    """Emits `changed()` after every tick and action, and `alerted(Alert)` for each alert."""

    changed = Signal()
    alerted = Signal(object)

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
    def needs_ticks(self) -> bool:
        s = self.scheduler
        return s.pack is not None or s.walk is not None or s.settings.enabled

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
        self.changed.emit()


def engine_for(state: AppState, **kwargs: Any) -> TimerEngine:
    """The one engine of this data folder, made the first time it is asked for."""
    engine = state.__dict__.get(_ENGINE_KEY)
    if not isinstance(engine, TimerEngine):
        engine = TimerEngine(state, **kwargs)
        state.__dict__[_ENGINE_KEY] = engine
    return engine


def has_engine(state: AppState) -> bool:
    return isinstance(state.__dict__.get(_ENGINE_KEY), TimerEngine)


class TimerHub:
    """What the window holds once the timers run: the engine, the tray and the alerts."""

    def __init__(
        self, engine: TimerEngine, presenter: AlertPresenter, tray: TrayIcon | None
    ) -> None:
        self.engine = engine
        self.presenter = presenter
        self.tray = tray

    def keeps_running(self) -> bool:
        """True when closing the window should hide it in the tray instead of quitting."""
        s = self.engine.scheduler
        return self.tray is not None and (
            s.settings.enabled or s.pack is not None or s.walk is not None
        )

    def hidden_to_tray(self) -> None:
        if self.tray is not None:
            self.tray.tell_still_running()

    def stop(self) -> None:
        self.engine.stop()
        if self.tray is not None:
            self.tray.hide()


def attach_timers(window: QWidget, state: AppState, *, use_tray: bool | None = None) -> TimerHub:
    """Start the timers for the window: engine, alerts and (where one exists) a tray icon."""
    from PySide6.QtWidgets import QSystemTrayIcon

    from companion.ui.timers.alert import AlertPresenter
    from companion.ui.timers.tray import TrayIcon

    engine = engine_for(state)
    if use_tray is None:
        use_tray = QSystemTrayIcon.isSystemTrayAvailable()
    tray = TrayIcon(engine, window) if use_tray else None
    presenter = AlertPresenter(engine, window, tray)
    hub = TimerHub(engine, presenter, tray)
    window.destroyed.connect(lambda _obj=None: engine.stop())
    engine.start()
    if tray is not None:
        tray.show()
    return hub
