"""The report's choices before it is made: every entry as a table too, and the paper."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.paper import A4, LETTER
from companion.ui.journal.report import ReportOptions
from companion.ui.shared.paper import default_paper
from companion.ui.shared.theme import forgettable


class ReportDialog(QDialog):
    """Before a report: whether to add every entry, and the paper size."""

    def __init__(self, parent: QWidget | None = None, *, paper: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Report for a clinician"))
        column = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Page 1 sums up the journal for a clinician: the trend, the graph, the key "
                "figures, the last check and what seems to help."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.full = QCheckBox(self.tr("Add every entry in a table on the following pages"))
        self.full.setAccessibleName(self.full.text())
        column.addWidget(self.full)
        form = QFormLayout()
        self.paper = QComboBox()
        forgettable(self.paper)
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), A4)
        self.paper.addItem(self.tr("US Letter (8.5 × 11 in)"), LETTER)
        self.paper.setCurrentIndex(self.paper.findData(paper or default_paper()))
        self.paper.setAccessibleName(self.tr("Paper size"))
        paper_label = QLabel(self.tr("Paper size:"))
        paper_label.setBuddy(self.paper)
        form.addRow(paper_label, self.paper)
        column.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the report…"))
        ok.setAccessibleName(self.tr("Make the report"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.ok_button = ok

    def options(self) -> ReportOptions:
        return ReportOptions(full=self.full.isChecked(), paper=str(self.paper.currentData()))
