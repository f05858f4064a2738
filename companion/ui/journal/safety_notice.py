"""The card that shows the check's advice when an entry gives a warning sign (the form while
the person ticks, the page after a save); what it says is decided in `core.journal.safety`,
asked in one place (`show_for`) for both."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFrame,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.model import TriageContent
from companion.core.journal.safety import SafetyAdvice, safety_advice
from companion.core.shared.app_state import AppState
from companion.ui.shared.dates import day_text
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.page_layout import (
    label,
)


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

    def show_for(
        self,
        state: AppState,
        answers: Mapping[str, str],
        rules: Callable[[], TriageContent | None],
        entry_time: datetime,
    ) -> None:
        """Show the advice for an entry's safety answers (`safety_answers`) at `entry_time`,
        with the number from Settings. `rules` loads the check's rules, asked only when a
        sign is given."""
        self.show_advice(
            safety_advice(
                answers,
                rules() if answers else None,
                language=state.content.language,
                emergency_number=state.settings.current.emergency_number,
                no_number_words=emergency_number_text(None),
                entry_time=entry_time,
                now=state.now(),
            )
        )

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
