"""The Journal page's two cards read from the journal's summary (`overview.summarize`, the
one `journal summary` prints): the trend in words, and what seems to help.

Each card makes its labels once and afterwards only changes their words and shows or
hides them: a save then costs no new widgets (each new label on the page costs a pass
over the whole page's layout before it shows).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from companion.core.journal.overview import JournalSummary
from companion.ui.shared.page_layout import button, button_row, card, label


class TrendCard(QFrame):
    """The trend's title and words; when the leg grows weaker or more numb the same-day
    advice, framed as a warning, first; the link to the warning signs when the pain
    spreads; the word about seeing a clinician after weeks without improvement."""

    check_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        _frame, layout = card(frame=self)
        self.setAccessibleName(QCoreApplication.translate("JournalPage", "Trend"))
        self.title = label("", "heading")
        self.text = label("")
        self.same_day_card, same_day_layout = card("warning")
        self.same_day_title = label("", "heading")
        self.same_day_text = label("")
        same_day_layout.addWidget(self.same_day_title)
        same_day_layout.addWidget(self.same_day_text)
        self.warning = label("")
        self.warning_button = button("")
        self.warning_button.clicked.connect(self.check_requested)
        self.clinician_title = label("", "heading")
        self.clinician_text = label("")
        for widget in (self.title, self.text, self.same_day_card, self.warning):
            layout.addWidget(widget)
        layout.addLayout(button_row(self.warning_button))
        layout.addWidget(self.clinician_title)
        layout.addWidget(self.clinician_text)

    def show_summary(self, summary: JournalSummary) -> None:
        words = summary.words
        self.title.setText(words.title)
        self.text.setText(words.text)
        same_day = words.same_day
        self.same_day_card.setVisible(same_day is not None)
        if same_day is not None:
            self.same_day_title.setText(same_day.title)
            self.same_day_text.setText(same_day.text)
            self.same_day_card.setAccessibleName(same_day.title)
            self.same_day_card.setAccessibleDescription(same_day.text)
        link = bool(words.warning and words.link)
        self.warning.setVisible(link)
        self.warning_button.setVisible(link)
        if words.warning and words.link:
            self.warning.setText(words.warning)
            self.warning_button.setText(words.link)
            self.warning_button.setAccessibleName(words.link.replace("&", ""))
        clinician = words.clinician
        self.clinician_title.setVisible(clinician is not None)
        self.clinician_text.setVisible(clinician is not None)
        if clinician is not None:
            self.clinician_title.setText(clinician.title)
            self.clinician_text.setText(clinician.text)
        described = f"{words.title}. {words.text}"
        if same_day is not None:
            described += f" {same_day.title}: {same_day.text}"
        self.setAccessibleDescription(described)


class InsightsCard(QFrame):
    """What seems to help: each pattern in the person's own entries, or "none yet"."""

    def __init__(self, title: str) -> None:
        super().__init__()
        _frame, layout = card(frame=self)
        self.setAccessibleName(title)
        layout.addWidget(label(title, "heading"))
        self.box = QVBoxLayout()
        self.box.setSpacing(8)
        layout.addLayout(self.box)
        self.lines: list[QLabel] = []
        self.about = label("", "muted")
        layout.addWidget(self.about)
        self.texts: list[str] = []

    def show_summary(self, summary: JournalSummary) -> None:
        found = [words.text for _insight, words in summary.insights]
        self.texts = found or [summary.insights_none]
        for index, text in enumerate(self.texts):
            if index == len(self.lines):
                self.lines.append(label(""))
                self.box.addWidget(self.lines[index])
            self.lines[index].setText(text)
            self.lines[index].show()
        for unused in self.lines[len(self.texts) :]:
            unused.hide()
        self.about.setText(summary.insights_about)
        self.about.setVisible(bool(found))
        self.setAccessibleDescription(" ".join(self.texts))
