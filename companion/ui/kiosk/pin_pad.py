"""The staff PIN pad that ends kiosk mode.

The gate decides (right, wrong, locked); the pad only shows it. The pad keeps no time:
the kiosk window calls `refresh()` each second, so a lock's countdown moves and the
keys come back when it ends.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.kiosk.pin import SHORTEST, PinGate, PinOutcome
from companion.core.shared.pin_hash import PIN_LENGTHS
from companion.ui.kiosk.overlay import Overlay
from companion.ui.shared.page_layout import announce, button, card, label
from companion.ui.shared.theme import KIOSK_KEY_PX

MAX_DIGITS = PIN_LENGTHS[-1]
DOT = "\u25cf"
DIGIT_KEYS = {getattr(Qt.Key, f"Key_{digit}"): str(digit) for digit in range(10)}


def digits_entered_text(count: int) -> str:
    if count == 0:
        return QCoreApplication.translate("PinPad", "No digits entered.")
    return QCoreApplication.translate("PinPad", "%n digit(s) entered.", "", count)


def tries_left_text(tries: int) -> str:
    return QCoreApplication.translate("PinPad", "That PIN is not right. %n try(s) left.", "", tries)


def too_short_text() -> str:
    return QCoreApplication.translate("PinPad", "The PIN has at least %n digit(s).", "", SHORTEST)


def locked_text(seconds: int) -> str:
    return QCoreApplication.translate(
        "PinPad", "Too many wrong tries. Try again in %n second(s).", "", seconds
    )


class PinDots(QLabel):
    """Shows one dot per digit typed; focusable, so typed digits and Enter land here."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("kiosk", "dots")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("PIN"))
        self.show_count(0)

    def show_count(self, count: int) -> None:
        self.setText(DOT * count if count else " ")
        self.setAccessibleDescription(digits_entered_text(count))


class PinPad(Overlay):
    """Emits `accepted()` for the right PIN and `cancelled()` for Cancel or Escape."""

    accepted = Signal()
    cancelled = Signal()
    card_width = 760

    def __init__(self, gate: PinGate, parent: QWidget) -> None:
        super().__init__(parent, accessible_name=self.tr("Staff only"))
        self.gate = gate
        self._pin = ""
        self._was_locked = False
        self._lock_just_ended = False
        body = QHBoxLayout()
        body.setSpacing(32)
        self.content.addLayout(body)
        body.addLayout(self._build_words(), 1)
        self.keypad = self._build_keypad()
        body.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignVCenter)
        self.message_box.hide()
        if not gate.configured:
            self._show_not_configured()
        order = [self.dots, *self._keys(), self.cancel_button]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)

    # --- building ---------------------------------------------------------------------
    def _build_words(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(14)
        self.heading = label(self.tr("Staff only"), "title")
        column.addWidget(self.heading)
        self.explain = label(self.tr("Enter the admin PIN to leave kiosk mode."))
        self.explain.setProperty("kiosk", "lead")
        column.addWidget(self.explain)
        self.dots_box, dots_layout = card("hero")
        dots_layout.setContentsMargins(12, 6, 12, 6)
        self.dots = PinDots()
        self.dots.setMinimumHeight(56)
        dots_layout.addWidget(self.dots)
        column.addWidget(self.dots_box)
        self.message_box, message_layout = card("warning")
        message_layout.setContentsMargins(14, 10, 14, 10)
        self.message = label("")
        self.message.setAccessibleName(self.tr("Message"))
        message_layout.addWidget(self.message)
        column.addWidget(self.message_box)
        column.addStretch(1)
        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.setProperty("kiosk", "big")
        self.cancel_button.setAutoDefault(True)
        self.cancel_button.clicked.connect(self._cancel)
        row = QHBoxLayout()
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        column.addLayout(row)
        return column

    def _build_keypad(self) -> QWidget:
        keypad = QWidget()
        grid = QGridLayout(keypad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.digit_buttons: dict[str, QPushButton] = {}
        # A phone's keypad: 1 to 9, then 0 with delete beside it, and Unlock across the
        # whole pad below. Unlock's word is not one of the grid's cells: in a cell it set
        # every key's width, and "Desbloquear" at large text made the pad too wide for a
        # 1024 px screen (keys cut off, the words beside them squeezed out of sight).
        for index, digit in enumerate("1234567890"):
            key = self._key(digit, digit)
            key.clicked.connect(lambda _=False, d=digit: self._add(d))
            self.digit_buttons[digit] = key
            row, col = (3, 1) if digit == "0" else divmod(index, 3)
            grid.addWidget(key, row, col)
        self.delete_button = self._key("\u232b", self.tr("Delete last digit"))
        self.delete_button.setToolTip(self.tr("Delete last digit"))
        self.delete_button.clicked.connect(self._delete)
        grid.addWidget(self.delete_button, 3, 2)
        self.unlock_button = self._key(self.tr("Unlock"), self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setProperty("kiosk", "word-key")
        self.unlock_button.clicked.connect(self._submit)
        grid.addWidget(self.unlock_button, 4, 0, 1, 3)
        keypad.setAccessibleName(self.tr("PIN keys"))
        return keypad

    def _keys(self) -> list[QPushButton]:
        """The keypad's keys in reading order: 1 to 9, 0, delete, then Unlock."""
        return [*self._grid_keys(), self.unlock_button]

    def _grid_keys(self) -> list[QPushButton]:
        """The keys of the keypad's even grid: the digits and delete."""
        return [*(self.digit_buttons[d] for d in "1234567890"), self.delete_button]

    def _key(self, text: str, accessible: str) -> QPushButton:
        key = button(text, accessible=accessible)
        key.setProperty("kiosk", "key")
        key.setAutoDefault(True)  # Enter on a key presses that key
        return key

    def host_resized(self, width: int, height: int) -> None:
        # Taller keys on a big screen: the keypad stays easy to hit from standing.
        keypad: QWidget | None = getattr(self, "keypad", None)  # None while being built
        if keypad is None:
            return
        key_height = max(KIOSK_KEY_PX, min(height // 12, 96))
        for key in keypad.findChildren(QPushButton):
            key.setMinimumHeight(key_height)
        self._even_keys()

    def _show_not_configured(self) -> None:
        self.card_width = 560  # one message and one button: a smaller card reads better
        self.explain.hide()
        self.dots_box.hide()
        self.keypad.hide()
        self.message.setText(
            self.tr(
                "No admin PIN is set in the kiosk config, so this screen cannot be "
                "unlocked here. The kiosk setup guide says how to set one."
            )
        )
        self.message_box.show()

    def first_control(self) -> QWidget | None:
        if not self.gate.configured or self.gate.locked_seconds_left():
            return self.cancel_button
        return self.dots

    # --- showing -------------------------------------------------------------------------
    def open(self) -> None:
        """Open with an empty entry and no message from before."""
        self._pin = ""
        self.dots.show_count(0)
        if self.gate.configured:
            self.message.setText("")
            self.message_box.hide()
            self._was_locked = False
            self.refresh()
        super().open()

    def _even_keys(self) -> None:
        # One width for every key of the grid, so it reads as a phone's keypad at any
        # text size (Unlock, below, spans it).
        keys = self._grid_keys()
        for key in keys:
            key.setMinimumWidth(0)
        width = max(key.sizeHint().width() for key in keys)
        for key in keys:
            key.setMinimumWidth(width)

    def refresh(self) -> None:
        """Bring the lock's countdown up to date; give the keys back when it has ended."""
        if not self.gate.configured:
            return
        seconds = self.gate.locked_seconds_left()
        locked = seconds > 0
        self._lock_just_ended = self._was_locked and not locked
        if locked:
            self._say(locked_text(seconds), aloud=not self._was_locked)  # once, not each second
        elif self._was_locked:
            self._say(self.tr("You can try again now."), aloud=True)
        self._was_locked = locked
        self.dots.setEnabled(not locked)
        self.keypad.setEnabled(not locked)
        # A filled key would still look ready to press: plain while locked.
        self._set_role(self.unlock_button, "" if locked else "primary")
        if not self.isVisible():
            return
        focus = QApplication.focusWidget()
        if locked and (focus is None or not focus.isEnabled() or not self.isAncestorOf(focus)):
            # The key that had focus is switched off: Cancel is the one thing left to do.
            self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not locked and focus is self.cancel_button and self._lock_just_ended:
            self.dots.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _set_role(widget: QWidget, role: str) -> None:
        if widget.property("role") != role:
            widget.setProperty("role", role)
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)

    def _say(self, text: str, *, aloud: bool = False) -> None:
        """Show `text` under the dots; `aloud`: a screen reader says it too (the keyboard
        stays on the keys, so it would not be heard otherwise)."""
        self.message.setText(text)
        self.message_box.show()
        if aloud:
            announce(self, text)

    # --- entering a PIN -------------------------------------------------------------------
    def _add(self, digit: str) -> None:
        self.refresh()
        if self._was_locked or len(self._pin) >= MAX_DIGITS:
            return
        self._pin += digit
        self.dots.show_count(len(self._pin))

    def _delete(self) -> None:
        self.refresh()
        self._pin = self._pin[:-1]
        self.dots.show_count(len(self._pin))

    def _submit(self) -> None:
        self.refresh()
        if self._was_locked or not self._pin:
            return
        pin, self._pin = self._pin, ""
        self.dots.show_count(0)
        outcome = self.gate.try_pin(pin)
        if outcome is PinOutcome.ACCEPTED:
            self.message_box.hide()
            self.accepted.emit()
        elif outcome is PinOutcome.REJECTED:
            self._say(tries_left_text(self.gate.tries_left()), aloud=True)
        elif outcome is PinOutcome.TOO_SHORT:
            self._say(too_short_text(), aloud=True)
        else:
            self.refresh()

    def _cancel(self) -> None:
        self._pin = ""
        self.dots.show_count(0)
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self._cancel()
        elif not self.gate.configured:
            super().keyPressEvent(event)
        elif key in DIGIT_KEYS:
            self._add(DIGIT_KEYS[Qt.Key(key)])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._delete()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._submit()
        else:
            super().keyPressEvent(event)
