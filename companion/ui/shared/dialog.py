"""The base of the app's own dialogs: Enter presses the button the keyboard is on."""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog

from companion.ui.shared.page_layout import enter_presses_button


class Dialog(QDialog):
    """Enter (or the keypad's) on a push button presses that button; anywhere else it
    presses the dialog's default button, if it has one, and Esc closes, as Qt does.

    Qt's own rule needs "auto default" buttons, and the app's are not (`button()`): a
    dialog with no default makes its first auto-default button the default when shown,
    so Enter in a field of the journal form would save the entry. Without it, Enter on
    a button that is not the default pressed the default instead, or nothing."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_presses_button(self, event):
            super().keyPressEvent(event)
