"""One entry in the journal's list: when, its summary, and Change and Delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.entry import Entry
from companion.core.journal.store import StoredEntry
from companion.ui.shared.page_layout import button, label


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalPage", text)


def entry_when(entry: Entry) -> str:
    return entry.time.strftime("%a %d %b %Y, %H:%M")


class EntryRow(QFrame):
    """One entry in the list, with Change and Delete; `show_item` fills it in again."""

    def __init__(self, item: StoredEntry, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(12)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.when = label("", "heading")
        self.summary = label("", "muted")
        text.addWidget(self.when)
        text.addWidget(self.summary)
        row.addLayout(text, 1)
        self.change_button = button(tr("Change"))
        self.delete_button = button(tr("Delete"), role="danger")
        row.addWidget(self.change_button)
        row.addWidget(self.delete_button)
        self.show_item(item, summary)

    def show_item(self, item: StoredEntry, summary: str, heading: str | None = None) -> None:
        """`heading` in place of the date and time (the time alone, under its day)."""
        self.item = item
        when = entry_when(item.entry)
        self.when.setText(heading or when)
        self.summary.setText(summary)
        self.change_button.setAccessibleName(tr("Change the entry of %1").replace("%1", when))
        self.delete_button.setAccessibleName(tr("Delete the entry of %1").replace("%1", when))
        self.setAccessibleName(f"{when}: {summary}")
