"""How the movement breaks stand, in one sentence: the tray menu's first line, and what a
screen reader hears once the person pauses or resumes them, from the tray or the page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from companion.core.timers.records import DUE, OFF, ON_BREAK, PAUSED
from companion.core.timers.scheduler import Scheduler
from companion.ui.shared.page_layout import announce
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import clock_text, when_sentence


def breaks_line(driver: TimerDriver) -> str:
    """The breaks in one sentence, with the day when it is not today: "Next break at
    11:00", "Breaks paused until 08:00 tomorrow"."""
    s = driver.scheduler
    phase = driver.status().break_phase
    if phase == OFF:
        return QCoreApplication.translate("BreakStatus", "Movement breaks are off")
    if phase == DUE:
        return QCoreApplication.translate("BreakStatus", "A movement break is due now")
    if phase == ON_BREAK:
        return QCoreApplication.translate("BreakStatus", "On a break: %1 left").replace(
            "%1", clock_text(s.break_left())
        )
    planned = s.next_break()
    until = s.paused_until()
    now = s.clock.wall()
    if phase == PAUSED and until is not None:
        return when_sentence(
            until,
            now,
            s.zone,
            QCoreApplication.translate("BreakStatus", "Breaks paused until %1"),
            QCoreApplication.translate("BreakStatus", "Breaks paused until %1 tomorrow"),
            QCoreApplication.translate("BreakStatus", "Breaks paused until %1 on %2"),
        )
    if planned is None:
        return QCoreApplication.translate("BreakStatus", "No break planned")
    return when_sentence(
        planned,
        now,
        s.zone,
        QCoreApplication.translate("BreakStatus", "Next break at %1"),
        QCoreApplication.translate("BreakStatus", "Next break at %1 tomorrow"),
        QCoreApplication.translate("BreakStatus", "Next break at %1 on %2"),
    )


def change_breaks(widget: QWidget, driver: TimerDriver, action: Callable[[Scheduler], Any]) -> None:
    """Pause or resume the breaks as the person chose, then say how they stand now: the
    keyboard stays on the page (or the tray menu just closed), so a screen reader would
    not hear the change otherwise."""
    driver.act(action)
    announce(widget, breaks_line(driver))
