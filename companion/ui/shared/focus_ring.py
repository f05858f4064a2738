"""The focus ring shows for the keyboard, not for the mouse or a finger (what browsers
call `:focus-visible`).

A button, tick box, choice or drop-down that gets the focus is marked with the
`focusRing` property: true when the last thing the person did was press a key (Tab, an
arrow, a shortcut), false when it was a click or a touch. The style sheet draws the
ring only on a focused control so marked. So a tapped tab, or the first answer the
guided check focuses after a tap on Next, has no ring that could pass for a choice
already made, and a keyboard user sees the ring at once: any key press after the mouse
marks the control that has the focus. Text fields always show it (typing goes there).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFocusEvent, QInputEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

RING_PROPERTY = "focusRing"
_INSTALLED_PROPERTY = "companion_focus_ring"
# Controls whose ring follows the last input, by Qt class name: `inherits` asks Qt, so
# the drop-down's Python class (and its enums) is not made at start for this.
_CONTROLS = ("QAbstractButton", "QComboBox")
_POINTER_PRESSES = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
# A shortcut (Ctrl+2 opens a page, and may move the focus) is offered to the focused
# control as ShortcutOverride, and when taken there is no KeyPress at all.
_KEY_PRESSES = frozenset({QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride})
# Held alone, these are not a move of the keyboard user (Ctrl with the wheel zooms).
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_CapsLock,
    }
)
# Every event of the app passes the filter: a class test lets all but these few by
# cheaply (asking an event its type costs more than the test).
_WATCHED = (QInputEvent, QFocusEvent)


class FocusRing(QObject):
    """The application's event filter that notes the last input (keys or pointer) and
    marks each control as it gets the focus."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        # Before any input, as for a keyboard user: focus given at start is shown.
        self.keyboard = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, _WATCHED):
            return False
        kind = event.type()
        if kind in _POINTER_PRESSES:
            self.keyboard = False
            focused = QApplication.focusWidget()
            if focused is not None and focused is watched:  # a click on the focused control
                mark(focused, False)
        elif kind in _KEY_PRESSES:
            assert isinstance(event, QKeyEvent)
            if not self.keyboard and event.key() not in _MODIFIER_KEYS:
                self.keyboard = True
                focused = QApplication.focusWidget()
                if focused is not None:
                    mark(focused, True)
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            mark(watched, self.keyboard)
        return False


def mark(widget: QWidget, ring: bool) -> None:
    """Set whether a focused control shows its ring; only that control is restyled,
    and only when this changes it. A widget that paints its own ring (the body map)
    takes part by having the property already (see `paints_own_ring`)."""
    if widget.property(RING_PROPERTY) is None and not any(
        widget.inherits(name) for name in _CONTROLS
    ):
        return
    if bool(widget.property(RING_PROPERTY)) is ring:
        return
    widget.setProperty(RING_PROPERTY, ring)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def paints_own_ring(widget: QWidget) -> None:
    """`widget` draws its own focus ring (in its paintEvent) when `shows_ring` says so:
    it is then marked as every control is, keys or pointer."""
    widget.setProperty(RING_PROPERTY, True)  # before any input: as for the keyboard


def shows_ring(widget: QWidget) -> bool:
    """Whether a widget that paints its own ring should paint it now."""
    return widget.hasFocus() and bool(widget.property(RING_PROPERTY))


def follow_input(app: QApplication) -> None:
    """Install the filter on the app, once, and mark the control that has the focus.

    Call it once the window is up, not before: every event passes the filter, and the
    first few thousand, as the window is made and shown, would cost start-up some 10%
    (Python meets each kind of event and object for the first time)."""
    if app.property(_INSTALLED_PROPERTY):
        return
    ring = FocusRing(app)
    app.installEventFilter(ring)
    app.setProperty(_INSTALLED_PROPERTY, True)
    focused = app.focusWidget()
    if focused is not None:
        mark(focused, ring.keyboard)
