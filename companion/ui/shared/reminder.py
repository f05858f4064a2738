"""The daily journal reminder's choice, shared by the pages that show or change it.

The Journal page offers it, Settings turns it on and off, and the window shows it: each
reads and changes the one `ReminderChoice` of the data folder, so they never disagree.
Every decision is the core's (`companion.core.journal.reminder`); this only keeps the
saved state and tells the widgets when it changed.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QObject, Signal

from companion.core.journal.reminder import ReminderState, ReminderStore, choose
from companion.core.shared.app_state import AppState

_KEY = "_journal_reminder"  # where the choice of an AppState is kept


class ReminderChoice(QObject):
    """The saved reminder state; `changed()` after every change."""

    changed = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.app = state
        self.store = ReminderStore(state)
        self.current: ReminderState = self.store.load()
        state.add_reset_listener(self._after_reset)

    def update(self, new: ReminderState) -> None:
        """Keep `new` (saved at once, so a restart never shows the reminder twice)."""
        if new == self.current:
            return
        self.current = new
        self.store.save(new)
        self.changed.emit()

    def choose(self, *, enabled: bool, at: time | None = None) -> None:
        self.update(choose(self.current, enabled=enabled, at=at))

    def _after_reset(self) -> None:
        self.store = ReminderStore(self.app)
        self.current = self.store.load()
        self.changed.emit()


def reminder_for(state: AppState) -> ReminderChoice:
    """The one reminder choice of this data folder, read the first time it is asked for."""
    choice = state.__dict__.get(_KEY)
    if not isinstance(choice, ReminderChoice):
        choice = ReminderChoice(state)
        state.__dict__[_KEY] = choice
    return choice
