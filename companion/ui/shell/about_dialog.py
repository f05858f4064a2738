"""The About box: name, version, what the app is and is not, and where the data is.

Its words scroll between the name and the Close button (a `WordsDialog`), so at the
largest text on a small screen the box still fits and Close stays in view."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion import APP_NAME, __version__
from companion.core.shared.content import Document
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.icons import app_icon
from companion.ui.shared.page_layout import label, markdown_label
from companion.ui.shared.words_dialog import WordsDialog


class AboutDialog(WordsDialog):
    def __init__(self, about: Document, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About %1").replace("%1", APP_NAME), parent)
        self.setMinimumWidth(480)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(self.tr("App icon"))
        top.addWidget(icon)
        names = QVBoxLayout()
        names.addWidget(label(APP_NAME, "heading"))
        names.addWidget(label(self.tr("Version %1").replace("%1", __version__), "muted"))
        top.addLayout(names, 1)
        self.top.addLayout(top)
        self.body = markdown_label(about.body)
        self.column.addWidget(self.body)
        self.folder = BreakingText(
            self.tr("Your data is kept in: %1").replace("%1", data_dir), "muted"
        )
        self.column.addWidget(self.folder)
        self.column.addStretch(1)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
