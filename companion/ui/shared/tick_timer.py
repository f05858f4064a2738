"""The repeating timer a widget ticks by, made through a factory that tests replace.

The timers' driver, the kiosk window, the journal reminder and the open-again notice each
take a `timer_factory`: `qt_timer` in the app, a timer fired by hand in tests
(`tests/helpers/timers_ui.ManualTimer`), so no test waits for real time to pass.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer


class TickTimer(Protocol):
    """What a widget needs of a QTimer (tests give it one they fire by hand)."""

    timeout: Any

    def start(self, msec: int) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...


def qt_timer(parent: QObject) -> TickTimer:
    timer = QTimer(parent)
    timer.setTimerType(Qt.TimerType.CoarseTimer)
    return timer
