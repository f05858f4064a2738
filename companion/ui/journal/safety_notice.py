"""The card that shows the check's advice when an entry gives a warning sign (the form while
the person ticks, the page after a save); what it says is decided in `core.journal.safety`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.safety import SafetyAdvice
from companion.ui.shared.dates import day_text
from companion.ui.shared.page_layout import (
    label,
)

if TYPE_CHECKING:
    pass


class SafetyNotice(QFrame):
    """The guided check's advice for the warning signs an entry shows, most urgent first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "warning")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(8)
        self.heading = label("", "heading")
        self.body = label("")
        self.layout_.addWidget(self.heading)
        self.layout_.addWidget(self.body)
        self.hide()

    def show_advice(self, advice: SafetyAdvice | None) -> None:
        """Show the advice for the signs given (see `safety_advice`); hide when none.

        With no rule to show (the check's rules could not be loaded) the shared
        emergency line is shown instead: never silence when a sign is there.
        """
        if advice is None or (not advice.hits and not advice.fallback):
            self.hide()
            return
        if not advice.hits:
            heading = QCoreApplication.translate("JournalForm", "This can need help right away")
            lines = [advice.fallback]
        else:
            heading = advice.hits[0].heading  # the most urgent level's shared title
            lines = [f"{hit.title}: {advice.fill(hit.advice)}" for hit in advice.hits]
        if advice.from_day is not None:  # an entry from an earlier day: "if still so now"
            heading = QCoreApplication.translate(
                "JournalForm", "This entry from %1 has a warning sign"
            ).replace("%1", day_text(advice.from_day, weekday=True))
            lines.insert(
                0,
                QCoreApplication.translate(
                    "JournalForm", "If this is still so now, or it comes back:"
                ),
            )
            lines.append(
                QCoreApplication.translate(
                    "JournalForm", "If it has passed, still tell your doctor about it."
                )
            )
        self.heading.setText(heading)
        self.body.setText("\n\n".join(lines))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(self.body.text())
        self.show()
