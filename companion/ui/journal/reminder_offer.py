"""The offer of a daily reminder, shown on the Journal page once the first entry is saved.

Asked once: "Yes" or "No, thanks" both keep the answer (Settings can change it later).
Whether to ask is the core's decision (`should_offer`).
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from companion.core.journal.reminder import mark_offered
from companion.ui.shared.dates import at_wall_time_text
from companion.ui.shared.page_layout import announce, button, button_row, label
from companion.ui.shared.reminder import ReminderChoice
from companion.ui.shared.steady_fields import field_time, time_field


class ReminderOffer(QFrame):
    """ "Remind me each day at 20:00?" with the time to change, Yes and No, thanks.

    Emits `answered(words)` with what was chosen, in words for the page's notice."""

    answered = Signal(str)

    def __init__(self, choice: ReminderChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        self.heading = label("", "heading")
        layout.addWidget(self.heading)
        self.body = label(
            self.tr(
                "A short reminder on your screen at this time, only on days without an "
                "entry. You can change this at any time in Settings."
            ),
            "muted",
        )
        layout.addWidget(self.body)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.time_label = label(self.tr("Time"))
        self.time = time_field(choice.current.at, self.tr("Reminder time"))
        self.time_label.setBuddy(self.time)
        self.time.timeChanged.connect(self._time_changed)
        row.addWidget(self.time_label)
        row.addWidget(self.time)
        row.addStretch(1)
        layout.addLayout(row)
        self.yes_button = button(self.tr("Yes, remind me"), role="primary")
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button = button(self.tr("No, thanks"))
        self.no_button.clicked.connect(lambda: self._answer(False))
        layout.addLayout(button_row(self.yes_button, self.no_button))
        self._time_changed(self.time.time())
        self.hide()

    def question(self) -> str:
        return self.tr("Remind me each day at %1?").replace(
            "%1", at_wall_time_text(field_time(self.time))
        )

    def _time_changed(self, _time: QTime) -> None:
        question = self.question()
        self.heading.setText(question)
        self.setAccessibleName(question)
        at = at_wall_time_text(field_time(self.time))
        yes = self.tr("Yes, remind me each day at %1").replace("%1", at)
        self.yes_button.setAccessibleName(yes)

    def offer(self) -> None:
        """Show the question (and say it, for a screen reader), once: it is not made again
        after the next entry, answered or not."""
        self.time.setTime(QTime(self.choice.current.at.hour, self.choice.current.at.minute))
        self.show()
        announce(self, self.question())
        self.choice.update(mark_offered(self.choice.current))

    def _answer(self, yes: bool) -> None:
        self.choice.choose(enabled=yes, at=field_time(self.time))
        self.hide()
        if yes:
            said = self.tr("A reminder will show each day at %1 when there is no entry yet.")
            said = said.replace("%1", at_wall_time_text(field_time(self.time)))
        else:
            said = self.tr("No reminder. You can turn one on in Settings.")
        self.answered.emit(said)
