"""What a screen reader meets: every focusable control that shows, read through Qt's own
accessibility interface (what AT-SPI passes on to Orca)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QComboBox, QWidget


def spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def role(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.role()


def settle() -> None:
    """Let the layouts finish: each pass can ask its parent's layout for another."""
    for _ in range(6):
        QApplication.processEvents()


def labelled_by(widget: QWidget) -> list[str]:
    """The labels that name `widget` through their buddy: how a screen reader on Linux
    hears what a drop-down is for (its own name there is the entry it shows)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return [
        other.text(QAccessible.Text.Name)
        for other, _relation in interface.relations(QAccessible.RelationFlag.Label)
    ]


def heard_controls(root: QWidget) -> list[QWidget]:
    """The focusable controls showing in `root`'s window, as a screen reader lists them."""
    settle()
    window = root.window()
    return [
        widget
        for widget in [window, *window.findChildren(QWidget)]
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible()
    ]


def unnamed_controls(root: QWidget) -> list[str]:
    """Each focusable control showing in `root`'s window that has no name to be heard. On
    Linux a drop-down's name is the entry it shows ("Not rated"); what it is for is heard
    only from a label whose buddy it is, so a drop-down needs one."""
    return [
        f"{type(w).__name__} (role {role(w).name}) in {type(w.parentWidget()).__name__}"
        for w in heard_controls(root)
        if not spoken_name(w) or (isinstance(w, QComboBox) and not labelled_by(w))
    ]


def scroll_tab_stops(root: QWidget) -> list[str]:
    """Scroll areas in `root`'s window that Tab stops at without a name saying what they hold."""
    return [
        type(w).__name__
        for w in heard_controls(root)
        if isinstance(w, QAbstractScrollArea)
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not w.accessibleName()
    ]


def tab_through(start: QWidget, qtbot: object, limit: int = 200) -> list[QWidget]:
    """Press Tab from `start` until focus leaves `start`'s page; the controls it visits."""
    from PySide6.QtTest import QTest

    settle()
    visited = [start]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None, f"focus lost after {[name_of(w) for w in visited]}"
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is visited[-1]:
            continue  # Tab moved inside the control (a date's day, month, year...)
        if now is None or now in visited:
            break
        visited.append(now)
    return visited


def out_of_reading_order(widgets: list[QWidget], within: QWidget) -> list[str]:
    """Pairs of controls, in Tab order, where the second is not after the first as a person
    reads the screen (top to bottom, and left to right along a row)."""
    found = []
    boxes = []
    for widget in widgets:
        top_left = widget.mapTo(within, widget.rect().topLeft())
        boxes.append((widget, top_left.x(), top_left.y(), widget.height()))
    for (a, ax, ay, ah), (b, bx, by, bh) in itertools.pairwise(boxes):
        same_row = by < ay + ah and ay < by + bh
        if (same_row and bx < ax) or (not same_row and by < ay):
            found.append(f"{name_of(a)} ({ax},{ay}) -> {name_of(b)} ({bx},{by})")
    return found


def name_of(widget: QWidget) -> str:
    return spoken_name(widget) or type(widget).__name__
