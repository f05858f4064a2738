"""A question with two answers in the app's own box (a `WordsDialog`): its margins,
its look of buttons, and the words scrolling at the largest text on a small screen.

The safe answer is the default, so Enter keeps things as they are, and Esc (or
Ctrl+Q, which then quits) gives that answer too. An answer that destroys something
has the red look of the app's other such buttons; its words say what it does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from companion.ui.shared.page_layout import label
from companion.ui.shared.words_dialog import WordsDialog

Role = QDialogButtonBox.ButtonRole


def answer(words: str, role: str) -> QPushButton:
    """A button of the app's look (`role` from the theme) named by its words."""
    widget = QPushButton(words)
    widget.setAccessibleName(words)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


class Question(WordsDialog):
    """`heading` above `words`; `go` (the answer that destroys, in red) and `keep` (the
    safe one, the default). The box is accepted only when `go` is pressed. `quits`:
    whether Ctrl+Q quits from it (`Dialog`)."""

    def __init__(
        self,
        title: str,
        heading: str,
        words: str,
        *,
        go: str,
        keep: str,
        parent: QWidget | None = None,
        quits: bool = True,
    ) -> None:
        super().__init__(title, parent, quits=quits)
        self.setMinimumWidth(420)
        self.heading = label(heading, "heading")
        self.top.addWidget(self.heading)
        self.words_label = label(words)
        self.column.addWidget(self.words_label)
        self.column.addStretch(1)
        # Whole words on one line each, as Qt's own box's buttons: the box is made as
        # wide as they are (`WordsDialog`), and its row of buttons cannot grow taller.
        self.go_button = answer(go, "danger")
        self.keep_button = answer(keep, "")
        self.buttons.addButton(self.go_button, Role.DestructiveRole)
        self.buttons.addButton(self.keep_button, Role.RejectRole)
        self.go_button.clicked.connect(self.accept)  # a destructive role is neither
        self.keep_button.setDefault(True)

    def setVisible(self, visible: bool) -> None:
        opening = visible and not self.isVisible()
        super().setVisible(visible)
        if opening:  # the keyboard starts on the safe answer, as in Qt's own box
            self.keep_button.setFocus(Qt.FocusReason.OtherFocusReason)
