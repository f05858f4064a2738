"""The box that says why the app could not start.

Its words break wherever they must and scroll (a `WordsDialog`): a data folder's path
can be longer than the screen is wide, with no space to break at, and Qt's own message
box grew past the screen's edge and cut it off."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QHBoxLayout, QLabel, QStyle

from companion.core.shared.settings import Settings
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.focus_ring import follow_input
from companion.ui.shared.page_layout import label
from companion.ui.shared.theme import palette_for, point_size, qpalette, stylesheet
from companion.ui.shared.words_dialog import WordsDialog

ICON_PX = 48


class StartFailureBox(WordsDialog):
    """An error sign, a heading, the message and OK."""

    def __init__(self, title: str, message: str) -> None:
        super().__init__(title)
        self.setMinimumWidth(400)
        top = QHBoxLayout()
        sign = QLabel()
        critical = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        sign.setPixmap(critical.pixmap(QSize(ICON_PX, ICON_PX)))
        sign.setAccessibleName(self.tr("Error"))
        top.addWidget(sign)
        top.addWidget(label(self.tr("The app could not start"), "heading"), 1)
        self.top.addLayout(top)
        self.message = BreakingText(message)
        self.column.addWidget(self.message)
        self.column.addStretch(1)
        ok = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        ok.setAccessibleName(self.tr("OK"))
        ok.setDefault(True)
        # The app's look as the settings have it before anyone changes them (they may be
        # what could not be read): the box alone, not the app as a whole. Set last, so
        # that every part of the box takes it at once and the box is measured with it.
        usual = Settings()
        colours = palette_for(usual.theme)
        self.setPalette(qpalette(colours))
        size = point_size(usual.text_scale)  # the app's font is not set either
        words = f"StartFailureBox QWidget {{ font-size: {size}pt; }}"
        self.setStyleSheet(stylesheet(colours, usual.text_scale) + words)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # the sheet's focus rings follow the last input
            follow_input(app)


def show_start_failure(title: str, message: str) -> None:
    """Show the box and wait until it is closed."""
    box = StartFailureBox(title, message)
    box.exec()
    box.deleteLater()
