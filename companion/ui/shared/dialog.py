"""The base of the app's own dialogs: Enter presses the button the keyboard is on, and
Ctrl+Q quits from them as from the window."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QIcon, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QDialog, QFileDialog, QMessageBox, QWidget

from companion.ui.shared.page_layout import enter_presses_button

QUIT_KEYS = "Ctrl+Q"  # the window's own Quit (its App menu)


def quit_keys(box: QDialog) -> QShortcut:
    """Ctrl+Q in `box` quits the app, as it does in the window.

    A box that holds up its window (the journal form, a question, a file or printer
    chooser) also holds up the window's menu and its Ctrl+Q: without this the keys did
    nothing for as long as the box was open. The box closes first as Esc would close it
    (what it keeps on closing, such as the journal form's draft, is kept), then the
    window quits as its Quit does. A box with no such window behind it (the kiosk's, or
    the one shown when the app cannot start) is left as it is."""
    shortcut = QShortcut(QKeySequence(QUIT_KEYS), box)
    shortcut.activated.connect(lambda: quit_from(box))
    return shortcut


def words_only(buttons: Iterable[QAbstractButton]) -> None:
    """Words only on a box's buttons, as on every other button of the app: on some
    desktops Qt gives Discard, Close, OK and Cancel a small icon pressed against their
    words."""
    for button in buttons:
        button.setIcon(QIcon())


def file_chooser(
    parent: QWidget, caption: str, start: str, name_filter: str, *, save_as: str = ""
) -> QFileDialog:
    """A box to choose a file to open, or one to save to when `save_as` is its suffix
    (added to a name typed without one; saving over a file asks first, as Qt does).

    Qt's own box, not the system's: the system's cannot hear the app's keys, so Ctrl+Q
    quits from this one as from the window (`quit_keys`). `start` is a folder, or a
    file's path whose name is filled in."""
    dialog = QFileDialog(parent, caption, start)
    if save_as:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(save_as)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setNameFilter(name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    quit_keys(dialog)
    return dialog


def quit_from(box: QDialog) -> None:
    owner = box.parentWidget()
    window: QWidget | None = owner.window() if owner is not None else None
    quit_app = getattr(window, "quit_app", None)  # the main window's; no import: shell is above
    if quit_app is None:
        return
    escape = box.escapeButton() if isinstance(box, QMessageBox) else None
    if escape is not None:
        escape.click()  # as Esc does: the box hears which answer it was
    else:
        box.reject()
    quit_app()


class Dialog(QDialog):
    """Enter (or the keypad's) on a push button presses that button; anywhere else it
    presses the dialog's default button, if it has one, and Esc closes, as Qt does.
    Ctrl+Q closes it as Esc does and quits (`quit_keys`), unless `quits` is False: the
    question quitting asks itself, where those keys asked it already.

    Qt's own rule needs "auto default" buttons, and the app's are not (`button()`): a
    dialog with no default makes its first auto-default button the default when shown,
    so Enter in a field of the journal form would save the entry. Without it, Enter on
    a button that is not the default pressed the default instead, or nothing."""

    def __init__(self, parent: QWidget | None = None, *, quits: bool = True) -> None:
        super().__init__(parent)
        if quits:
            quit_keys(self)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_presses_button(self, event):
            super().keyPressEvent(event)
