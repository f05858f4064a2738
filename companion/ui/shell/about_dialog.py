"""The About box: name, version, what the app is and is not."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from companion import APP_NAME, __version__
from companion.core.shared.content import Document
from companion.ui.shared.icons import app_icon
from companion.ui.shared.page_layout import label, markdown_label


class AboutDialog(QDialog):
    def __init__(self, about: Document, data_dir: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(12)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(QSize(64, 64)))
        icon.setAccessibleName(self.tr("App icon"))
        top.addWidget(icon)
        names = QVBoxLayout()
        names.addWidget(label(APP_NAME, "heading"))
        names.addWidget(label(self.tr("Version %1").replace("%1", __version__), "muted"))
        top.addLayout(names, 1)
        layout.addLayout(top)
        self.body = markdown_label(about.body)
        layout.addWidget(self.body)
        layout.addWidget(
            label(self.tr("Your data is kept in: %1").replace("%1", data_dir), "muted")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout.addWidget(buttons)
