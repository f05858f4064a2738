"""Past checks on the Check page: date, urgency and leading pattern, to open or delete.

Only displays `check_history.past_checks` and passes clicks on; the Check page does the
opening, deleting and undoing through core. Not shown in kiosk mode (nothing is kept).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from companion.core.check.history import PastCheck
from companion.core.check.model import TriageContent
from companion.ui.check.report import when_text
from companion.ui.check.urgency import urgency_icon
from companion.ui.shared.icons import grown_side, keep_icon_fresh
from companion.ui.shared.page_layout import button, button_row, label

SHOWN_AT_FIRST = 5


class HistoryRow(QFrame):
    """One past check: when, how urgent (icon and words), what fitted; Open and Delete."""

    open_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, content: TriageContent, check: PastCheck) -> None:
        super().__init__()
        self.check = check
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 6, 0, 6)
        row.setSpacing(12)
        icon = QLabel()
        # Drawn again for a new theme, text size or screen, as the words beside it are;
        # 28 px at the normal size, larger with larger text (at 175%, beside a date
        # heading 38 px tall, a fixed 28 px icon looked small and lost).
        keep_icon_fresh(
            self,
            lambda: icon.setPixmap(urgency_icon(self, check.urgency, grown_side(self, 28))),
        )
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(2)
        date = when_text(check.time)
        urgency = content.urgencies[check.urgency].label
        pattern = check.pattern
        self.date_label = label(date, "heading")
        words.addWidget(self.date_label)
        detail = self.tr("%1 · %2").replace("%1", urgency).replace("%2", pattern)
        # A check that scored no pattern (stopped early, under 18) names none.
        self.detail_label = label(detail if check.scored else urgency, "muted")
        words.addWidget(self.detail_label)
        row.addLayout(words, 1)
        self.open_button = button(
            self.tr("Open"), accessible=self.tr("Open the check of %1").replace("%1", date)
        )
        self.delete_button = button(
            self.tr("Delete"), accessible=self.tr("Delete the check of %1").replace("%1", date)
        )
        self.open_button.clicked.connect(lambda: self.open_requested.emit(check.id))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(check.id))
        row.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        heard = self.tr("%1: %2, %3").replace("%3", pattern) if check.scored else self.tr("%1: %2")
        self.setAccessibleName(heard.replace("%1", date).replace("%2", urgency))


class CheckHistoryList(QFrame):
    """The card of past checks, newest first; the newest few, then all on request."""

    open_requested = Signal(str)
    delete_requested = Signal(str)
    undo_clicked = Signal()

    def __init__(
        self,
        content: TriageContent,
        checks: Sequence[PastCheck],
        *,
        undo_text: str = "",
        show_all: bool = False,
    ) -> None:
        super().__init__()
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Your past checks"))
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 18, 20, 18)
        column.setSpacing(4)
        column.addWidget(label(self.tr("Your past checks"), "heading"))
        self.undo_bar = QWidget()
        undo_row = QHBoxLayout(self.undo_bar)
        undo_row.setContentsMargins(0, 4, 0, 4)
        self.undo_label = label(undo_text)
        undo_row.addWidget(self.undo_label, 1)
        self.undo_button = button(self.tr("Undo"), accessible=self.tr("Undo the delete"))
        self.undo_button.clicked.connect(self.undo_clicked)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.setVisible(bool(undo_text))
        column.addWidget(self.undo_bar)
        if not checks:
            column.addWidget(label(self.tr("No saved checks yet."), "muted"))
        else:
            column.addWidget(
                label(self.tr("Open one to read it again, print it or save it as PDF."), "muted")
            )
        self.rows: list[HistoryRow] = []
        shown = checks if show_all else checks[:SHOWN_AT_FIRST]
        for check in shown:
            row = HistoryRow(content, check)
            row.open_requested.connect(self.open_requested)
            row.delete_requested.connect(self.delete_requested)
            self.rows.append(row)
            column.addWidget(row)
        self.more_button: QPushButton | None = None
        if len(shown) < len(checks):
            total = len(checks)
            self.more_button = button(self.tr("Show all %n check(s)", "", total))
            column.addLayout(button_row(self.more_button))
