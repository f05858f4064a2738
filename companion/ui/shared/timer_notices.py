"""What the app says of a timer set aside at start because its saved record could not be
read: Home's Timers card and the Timers page say it in the same words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.timers.status import TimerStatus


def unreadable_notice(status: TimerStatus) -> str:
    """The warning for the timers `status` says were stopped as damaged, or "" for none.
    A heat or ice pack may still be on the skin: that comes first, with what to do."""
    lines = []
    if status.pack_unreadable:
        lines.append(
            QCoreApplication.translate(
                "TimerNotices",
                "A heat or ice timer saved earlier could not be read, so it was stopped. "
                "If you still have a heat or ice pack on, take it off now and check your skin.",
            )
        )
    if status.walk_unreadable:
        lines.append(
            QCoreApplication.translate(
                "TimerNotices",
                "A walking check saved earlier could not be read, so it was stopped.",
            )
        )
    return " ".join(lines)
