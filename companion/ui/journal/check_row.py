"""A finished guided check in the journal's list: its time and its one-line result."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from companion.core.shared.records import CheckRecord
from companion.ui.shared.dates import day_and_time_text, time_text
from companion.ui.shared.page_layout import label


class CheckRow(QFrame):
    """ "Guided check, 10:30" over the check's summary; read as one line by a screen reader."""

    def __init__(self, record: CheckRecord, summary: str, parent: QWidget | None = None) -> None:
        """`summary`: the check's line in the person's language (`record_summary`)."""
        super().__init__(parent)
        self.record = record
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.when = label(
            self.tr("Guided check, %1").replace("%1", time_text(record.time)), "heading"
        )
        self.summary = label(summary, "muted")
        layout.addWidget(self.when)
        layout.addWidget(self.summary)
        self.setAccessibleName(
            self.tr("Guided check of %1: %2")
            .replace("%1", day_and_time_text(record.time))
            .replace("%2", summary)
        )
