"""The report's choices before it is made: every entry as a table too, and the paper."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLabel, QWidget

from companion.core.shared.paper import A4, LETTER
from companion.ui.journal.report_data import ReportOptions
from companion.ui.shared.page_layout import label, option_row
from companion.ui.shared.paper import default_paper
from companion.ui.shared.theme import forgettable
from companion.ui.shared.words_dialog import WordsDialog


class ReportDialog(WordsDialog):
    """Before a report: whether to add every entry, and the paper size. As every box of
    words, it fits the screen at the largest text: its words and choices scroll above the
    buttons when they must."""

    def __init__(self, parent: QWidget | None = None, *, paper: str | None = None) -> None:
        super().__init__(self.tr("Report for a clinician"), parent)
        intro = label(
            self.tr(
                "Page 1 sums up the journal for a clinician: the trend, the graph, the key "
                "figures, the last check and what seems to help."
            )
        )
        self.column.addWidget(intro)
        self.full = QCheckBox()
        # Its words wrap (a tick box's own text cannot): at the largest text, in Spanish,
        # the box was wider than an 800 px screen.
        self.column.addWidget(
            option_row(self.full, self.tr("Add every entry in a table on the following pages"))
        )
        self.paper = QComboBox()
        forgettable(self.paper)
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), A4)
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), LETTER)
        self.paper.setCurrentIndex(self.paper.findData(paper or default_paper()))
        self.paper.setAccessibleName(self.tr("Paper size"))
        paper_label = QLabel(self.tr("Paper size:"))
        paper_label.setBuddy(self.paper)
        # The label above its field, as in Settings: a form's row wrapped at large text
        # set the field 12 px in from every other left edge of the box.
        self.column.addWidget(paper_label)
        self.column.addWidget(self.paper)
        self.column.addStretch(1)
        self.buttons.setStandardButtons(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the report…"))
        ok.setAccessibleName(self.tr("Make the report"))
        self.ok_button = ok

    def options(self) -> ReportOptions:
        return ReportOptions(full=self.full.isChecked(), paper=str(self.paper.currentData()))
