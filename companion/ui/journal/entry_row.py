"""One entry in the journal's list: when, its summary, and Change and Delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.journal.entry import Entry
from companion.core.journal.store import StoredEntry
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.dates import day_and_time_text
from companion.ui.shared.page_layout import button, label
from companion.ui.shared.rows import BesideOrBelow


def entry_when(entry: Entry) -> str:
    """ "Fri, 4 Dec 2026, 10:45" in the person's language."""
    return day_and_time_text(entry.time, weekday=True, short=True)


class EntryRow(BesideOrBelow):
    """One entry in the list, with Change and Delete (under it when the list is narrow);
    `show_item` fills it in again."""

    def __init__(self, item: StoredEntry, summary: str, parent: QWidget | None = None) -> None:
        text = QVBoxLayout()
        text.setSpacing(2)
        self.when = label("", "heading")
        self.summary = BreakingText(role="muted")  # a note may hold a pasted link
        text.addWidget(self.when)
        text.addWidget(self.summary)
        self.change_button = button(QCoreApplication.translate("JournalPage", "Change"))
        self.delete_button = button(
            QCoreApplication.translate("JournalPage", "Delete"), role="danger"
        )
        super().__init__(text, [self.change_button, self.delete_button], parent=parent)
        self.row.setContentsMargins(0, 4, 0, 4)
        self.show_item(item, summary)

    def show_item(self, item: StoredEntry, summary: str, heading: str | None = None) -> None:
        """`heading` in place of the date and time (the time alone, under its day)."""
        self.item = item
        when = entry_when(item.entry)
        self.when.setText(heading or when)
        self.summary.setText(summary)
        self.change_button.setAccessibleName(
            QCoreApplication.translate("JournalPage", "Change the entry of %1").replace("%1", when)
        )
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("JournalPage", "Delete the entry of %1").replace("%1", when)
        )
        self.setAccessibleName(f"{when}: {summary}")
