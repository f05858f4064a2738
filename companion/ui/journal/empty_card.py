"""The Journal page's card before the first entry: one obvious step, and never "empty"
while the list below shows saved check results."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame

from companion.ui.shared.page_layout import button, button_row, card, label


class EmptyJournalCard(QFrame):
    """ "Your journal is empty" (or "No entries yet" beside saved checks), with the
    button that starts the first entry."""

    def __init__(self) -> None:
        super().__init__()
        _frame, layout = card("hero", spacing=12, frame=self)
        self.heading = label("", "heading")
        layout.addWidget(self.heading)
        self.text = label("")
        layout.addWidget(self.text)
        self.first_entry_button = button(self.tr("Add your first entry"), role="primary")
        layout.addLayout(button_row(self.first_entry_button))
        self.word(has_checks=False)

    def word(self, *, has_checks: bool) -> None:
        if has_checks:
            heading = self.tr("No entries yet")
            text = self.tr(
                "Your check results are listed below. Add your first entry: it takes under "
                "a minute. After a few days, the graph here shows whether the pain is moving "
                "back up your leg or spreading down."
            )
        else:
            heading = self.tr("Your journal is empty")
            text = self.tr(
                "Add your first entry: it takes under a minute. After a few days, the graph "
                "here shows whether the pain is moving back up your leg or spreading down."
            )
        self.heading.setText(heading)
        self.text.setText(text)
        self.setAccessibleName(heading)
