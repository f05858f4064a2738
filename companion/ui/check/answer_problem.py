"""What is wrong with an answer ("Please choose an answer to go on"), in the app's
warning look: its warning colours and frame, and a warning sign before the words, so it
never rests on colour alone. The sign is painted, not a widget of its own, so a screen
reader has nothing to name but the words, and hears them once."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QFrame

from companion.core.shared.records import URGENT
from companion.ui.check.urgency import urgency_icon
from companion.ui.shared.icons import grown_side, keep_icon_fresh
from companion.ui.shared.page_layout import card, label

SIGN_PX = 20  # at the normal text size; larger text, a larger sign
PAD_PX = 12  # inside the frame, around the sign and the words
GAP_PX = 10  # between the sign and the words


class AnswerProblem(QFrame):
    """Hidden until `say` gives it words; `words` is the label that holds them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("answerProblem")
        _, self.column = card("warning", frame=self)  # the theme's warning colours (AA)
        self.words = label("")
        self.words.setObjectName("answerError")
        bold = QFont()
        bold.setBold(True)  # only the weight: the size still follows the text setting
        self.words.setFont(bold)
        self.column.addWidget(self.words, 1)
        self._sign = QPixmap()
        keep_icon_fresh(self, self._draw_sign)  # again in a new theme or text size
        self.hide()

    def say(self, text: str) -> None:
        self.words.setText(text)
        self.show()

    def _side(self) -> int:
        return grown_side(self, SIGN_PX)

    def _draw_sign(self) -> None:
        side = self._side()
        self._sign = urgency_icon(self, URGENT, side)  # the triangle with "!": the warning sign
        # The words start after the sign.
        self.column.setContentsMargins(PAD_PX + side + GAP_PX, PAD_PX, PAD_PX, PAD_PX)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        side = self._side()
        # Beside the first line of the words, centred on it.
        line = self.words.fontMetrics().height()
        top = self.words.y() + max(0, (line - side) // 2)
        painter = QPainter(self)
        painter.drawPixmap(PAD_PX, top, self._sign)
        painter.end()
