"""Single-choice lists, with the app's one way of moving by keyboard.

In every list where one answer is chosen (a question's options, the quiz, the pages of
the app, the panels of a page) the arrow keys move to the next or previous entry and
choose it at once, Home and End jump to the ends, and Tab reaches only the chosen entry
(or the first), so the whole list is one Tab stop. Enter is left to the page: it
confirms and goes on.

`ArrowChoice` gives that to any group of radio buttons. `SwitchBar` is a row or column
of radio buttons drawn as buttons: a screen reader hears "radio button, 2 of 4, checked"
for the pages and panels, never a check box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shared.rows import FlowLayout, OneRow
from companion.ui.shared.word_break import SwitchButton

BACK_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Left)
ON_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class ArrowChoice(QObject):
    """Arrow keys move along `buttons` and click the one they reach (so it is chosen,
    and whatever listens to its `clicked` hears it); Home and End go to the ends.

    Qt's own radio buttons only choose with the arrows once something is chosen; here
    the first arrow chooses too.
    """

    def __init__(self, buttons: Sequence[QAbstractButton], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QAbstractButton] = []
        for button in buttons:
            self.add(button)

    def add(self, button: QAbstractButton) -> None:
        self.buttons.append(button)
        button.installEventFilter(self)

    def remove(self, button: QAbstractButton) -> None:
        # By identity throughout: comparing Qt widgets with == can crash PySide6.
        kept = [b for b in self.buttons if b is not button]
        if len(kept) != len(self.buttons):
            self.buttons = kept
            button.removeEventFilter(self)

    def clear(self) -> None:
        for button in list(self.buttons):
            self.remove(button)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Alt+Left and the like belong to the page
        shown = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        index = next((i for i, b in enumerate(shown) if b is watched), None)
        if index is None:
            return False
        key = event.key()
        if key in BACK_KEYS:
            target = shown[max(0, index - 1)]
        elif key in ON_KEYS:
            target = shown[min(len(shown) - 1, index + 1)]
        elif key == Qt.Key.Key_Home:
            target = shown[0]
        elif key == Qt.Key.Key_End:
            target = shown[-1]
        else:
            return False
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        return True


class SwitchBar(QWidget):
    """Choices drawn as buttons of which exactly one is on: the app's pages, a page's
    panels, a drawing's layers. Emits `chosen(key)` when the person picks one (by mouse,
    touch or arrow key), not when `set_current` changes it."""

    chosen = Signal(str)

    def __init__(
        self,
        name: str,
        *,
        vertical: bool = False,
        role: str = "switch",
        one_row: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.role = role
        self.vertical = vertical
        # A row carries on below when the window is narrow (large text, a small screen).
        # With `one_row` (a page's tabs), the choices break their words to stay in one row.
        self.row: QLayout
        if vertical:
            self.row = QVBoxLayout(self)
        else:
            self.row = (OneRow if one_row else FlowLayout)(self, spacing=8)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6 if vertical else 8)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.keys = ArrowChoice([], self)
        self.buttons: dict[str, QRadioButton] = {}

    def add(
        self,
        key: str,
        text: str,
        *,
        accessible: str | None = None,
        icon: QIcon | None = None,
        icon_size: int = 22,
    ) -> QRadioButton:
        choice = SwitchButton(text)
        choice.setProperty("role", self.role)
        choice.setAccessibleName(accessible or text)
        choice.setCursor(Qt.CursorShape.PointingHandCursor)
        if icon is not None:
            choice.setIcon(icon)
            choice.setIconSize(QSize(icon_size, icon_size))
        if self.vertical:
            choice.fill_width()
        choice.clicked.connect(lambda _=False, k=key: self.chosen.emit(k))
        self.group.addButton(choice)
        self.keys.add(choice)
        self.buttons[key] = choice
        self.row.addWidget(choice)
        return choice

    def set_current(self, key: str | None) -> None:
        """Show `key` as the chosen one (None: nothing chosen), without emitting."""
        if key is None:
            self.group.setExclusive(False)
            for choice in self.buttons.values():
                choice.setChecked(False)
            self.group.setExclusive(True)
            return
        chosen = self.buttons[key]
        chosen.setChecked(True)
        # The list is one Tab stop, on the chosen one: if the keyboard was on another
        # choice (Ctrl+5 pressed on the sidebar's Home), it moves along with the choice.
        focused = QApplication.focusWidget()
        # By identity: comparing Qt widgets with == can crash PySide6 (see ArrowChoice).
        if focused is not chosen and any(focused is b for b in self.buttons.values()):
            chosen.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def clear(self) -> None:
        """Remove every choice (to fill the bar again)."""
        for choice in self.buttons.values():
            self.group.removeButton(choice)
            self.keys.remove(choice)
            self.row.removeWidget(choice)
            choice.hide()
            choice.deleteLater()
        self.buttons = {}
