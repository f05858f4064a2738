"""A monkey: a random walk through the real window, as a person who clicks and types
anything at all. It picks a visible, enabled control (a button, a choice, a tick box, a
drop-down, a field, a number box, the page list), acts on it with the mouse or the keys,
types odd text into fields (emoji, right-to-left words, 500 letters, long numbers),
answers or closes any box that opens, and now and then lets 0-3 hours pass on the test
clock, with the timers and the journal reminder looking at it as they would.

Every step is written down, so a crash (a Python exception inside a Qt slot, which
pytest-qt reports) names the steps that led to it. Nothing sleeps: time is the test's.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver
from tests.helpers.timer_clock import TimerClock

# What a person may type: plain words, digits, and what breaks careless code.
TEXTS = [
    "hello",
    "112",
    "0",
    "-5",
    "3.5",
    "99999999999999999999",
    "1e9",
    "NaN",
    "   ",
    "😀🦵🏽‍♀️",
    "مرحبا بالعالم",
    "e\u0301\u0301\u0301",
    "\u202e211",
    "\u200b\u200f",
    "<b>bold</b> &amp; %1 %n {x}",
    "Ünïcödé ñ ß 漢字",
    "a" * 500,
    "🦵" * 100 + "x" * 300,
    "12:30",
    "2026-02-30",
]
KEYS = [
    (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier),
    (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Right, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_End, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_PageUp, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier),
]
KEY_NAMES = {
    Qt.Key.Key_Tab: "Tab",
    Qt.Key.Key_Backtab: "Shift+Tab",
    Qt.Key.Key_Space: "Space",
    Qt.Key.Key_Return: "Return",
    Qt.Key.Key_Escape: "Escape",
    Qt.Key.Key_Up: "Up",
    Qt.Key.Key_Down: "Down",
    Qt.Key.Key_Left: "Left",
    Qt.Key.Key_Right: "Right",
    Qt.Key.Key_Home: "Home",
    Qt.Key.Key_End: "End",
    Qt.Key.Key_PageUp: "PageUp",
    Qt.Key.Key_Backspace: "Backspace",
}
CONTROLS = (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSlider,
)
# Buttons that delete everything, in either language: pressed only when the walk allows.
DESTRUCTIVE = ("Delete everything", "Borrar todo", "Eliminar todo")
NESTED_TURNS = 400  # turns a box held open by exec() is looked for before giving up


def name_of(widget: QWidget) -> str:
    """Who a step acted on, as a person reading the log would find it."""
    words = ""
    if isinstance(widget, QAbstractButton):
        words = widget.text()
    words = words or widget.accessibleName() or widget.objectName()
    words = words.replace("\n", " ")[:40]
    return f"{type(widget).__name__}({words!r})"


def _top_dialog() -> QWidget | None:
    """The box a person must answer first: the active modal one, or an open dialog."""
    modal = QApplication.activeModalWidget()
    if modal is not None and modal.isVisible():
        return modal
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible() and top.isModal():
            return top
    return None


@dataclass
class Monkey:
    qtbot: QtBot
    window: MainWindow
    clock: TimerClock
    driver: TimerDriver
    rng: random.Random
    may_delete_all: bool = False
    steps: list[str] = field(default_factory=list)
    _in_action: bool = False

    # --- the walk --------------------------------------------------------------------

    def walk(self, count: int) -> list[str]:
        """`count` steps; the steps taken (also kept in `self.steps`)."""
        for _ in range(count):
            self.step()
        return self.steps

    def step(self) -> None:
        roll = self.rng.random()
        box = _top_dialog()
        if box is not None and roll < 0.12:
            self._act(lambda: self._answer(box, nested=False))
        elif roll < 0.18:
            self._let_time_pass()
        elif roll < 0.28:
            self._act(self._press_key)
        elif roll < 0.32 and box is None:
            self._act(self._go_by_shortcut)
        elif roll < 0.34 and box is None:
            self._act(self._zoom)
        elif roll < 0.46:
            self._act(lambda: self._use_drawing(box))
        else:
            self._act(lambda: self._use_control(box))
        QApplication.processEvents()

    def _act(self, action: Callable[[], None]) -> None:
        """Do `action` with a watch armed for boxes held open by `exec()` inside it."""
        self._in_action = True
        turns = iter(range(NESTED_TURNS))
        before = _top_dialog()

        def look() -> None:
            if not self._in_action:
                return
            box = _top_dialog()
            if next(turns, None) is not None:
                # Armed before answering: the answer may itself open a box held by exec().
                QTimer.singleShot(0, look)
            elif box is not None and isinstance(box, QDialog):
                self.steps.append(f"  (box {name_of(box)} still open: rejected)")
                box.reject()
                return
            if box is not None and box is not before:
                self._answer(box, nested=True)

        QTimer.singleShot(0, look)
        try:
            action()
        finally:
            self._in_action = False

    def quit(self) -> None:
        """Quit by the menu's Quit, answering whatever box that opens."""
        self.steps.append("quit")
        self._act(self.window.quit_app)
        assert not self.window.isVisible(), "the window did not close on Quit"

    # --- what a person does ------------------------------------------------------------

    def _controls(self, box: QWidget | None) -> list[QWidget]:
        roots = [box] if box is not None else [w for w in _windows() if not _is_dialog(w)]
        found: list[QWidget] = []
        for root in roots:
            for widget in root.findChildren(QWidget):
                if not isinstance(widget, CONTROLS) or not widget.isVisible():
                    continue
                if not widget.isEnabled() or widget.window() is not root:
                    continue
                if isinstance(widget, QTextEdit | QPlainTextEdit) and widget.isReadOnly():
                    continue
                if self._dangerous(widget):
                    continue
                found.append(widget)
        return found

    def _dangerous(self, widget: QWidget) -> bool:
        if self.may_delete_all or not isinstance(widget, QAbstractButton):
            return False
        return widget.text().replace("&", "") in DESTRUCTIVE

    def _use_control(self, box: QWidget | None) -> None:
        controls = self._controls(box)
        if not controls:
            return
        pages = set(self.window.nav.buttons.values())
        others = [c for c in controls if c not in pages]
        # The page list counts as one control, not six, so the walk goes deep into pages.
        if others and self.rng.random() < 0.85:
            widget = self.rng.choice(others)
        else:
            widget = self.rng.choice(controls)
        if isinstance(widget, QAbstractButton):
            self.steps.append(f"click {name_of(widget)}")
            _click(self.qtbot, widget)
        elif isinstance(widget, QComboBox):
            key = self.rng.choice([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End])
            self.steps.append(f"{KEY_NAMES[key]} on {name_of(widget)}")
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            self.qtbot.keyClick(widget, key)
        elif isinstance(widget, QAbstractSlider):
            key = self.rng.choice([Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_End])
            self.steps.append(f"{KEY_NAMES[key]} on {name_of(widget)}")
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
            self.qtbot.keyClick(widget, key)
        else:
            self._type_into(widget)

    def _use_drawing(self, box: QWidget | None) -> None:
        """A drawing that answers the mouse or keys itself (the body map, the leg picker,
        the chart, the anatomy view): a click anywhere on it, even its very edge, a turn
        of the wheel, or a key."""
        roots = [box] if box is not None else [w for w in _windows() if not _is_dialog(w)]
        drawings = [
            w
            for root in roots
            for w in root.findChildren(QWidget)
            if _handles_input(type(w)) and w.isVisible() and w.isEnabled() and w.window() is root
        ]
        if not drawings:
            return
        widget = self.rng.choice(drawings)
        width, height = max(widget.width(), 1), max(widget.height(), 1)
        x = self.rng.choice([0, width - 1, self.rng.randrange(width)])
        y = self.rng.choice([0, height - 1, self.rng.randrange(height)])
        how = self.rng.random()
        if how < 0.5:
            self.steps.append(f"click {name_of(widget)} at ({x}, {y}) of {width}x{height}")
            self.qtbot.mouseMove(widget, QPoint(x, y))
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
        elif how < 0.7:
            notch = self.rng.choice([120, -120, 360, -720])
            self.steps.append(f"wheel {notch} on {name_of(widget)} at ({x}, {y})")
            _wheel(widget, QPoint(x, y), notch)
        else:
            key, modifier = self.rng.choice(KEYS)
            self.steps.append(f"key {KEY_NAMES[key]} on {name_of(widget)}")
            widget.setFocus(Qt.FocusReason.MouseFocusReason)
            self.qtbot.keyClick(widget, key, modifier)

    def _type_into(self, widget: QWidget) -> None:
        text = self.rng.choice(TEXTS)
        if self.rng.random() < 0.3:
            text = "".join(self.rng.choice("0123456789") for _ in range(self.rng.randint(1, 6)))
        clear = self.rng.random() < 0.5
        enter = self.rng.random() < 0.4
        shown = f"{text[:30]!r}{'...' if len(text) > 30 else ''} ({len(text)} chars)"
        after = f"{' after clearing' if clear else ''}{' then Return' if enter else ''}"
        self.steps.append(f"type {shown} into {name_of(widget)}{after}")
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        if clear:
            self.qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            self.qtbot.keyClick(widget, Qt.Key.Key_Delete)
        if not widget.isVisible():
            return
        type_text(self.qtbot, widget, text)
        if enter and widget.isVisible():
            self.qtbot.keyClick(widget, Qt.Key.Key_Return)

    def _press_key(self) -> None:
        key, modifier = self.rng.choice(KEYS)
        target = QApplication.focusWidget() or _top_dialog() or self.window
        if target is None or not target.isVisible():
            target = self.window
        mark = "Alt+" if modifier == Qt.KeyboardModifier.AltModifier else ""
        self.steps.append(f"key {mark}{KEY_NAMES[key]} on {name_of(target)}")
        self.qtbot.keyClick(target, key, modifier)

    def _go_by_shortcut(self) -> None:
        item = self.rng.choice(self.window.nav.items)
        self.steps.append(f"shortcut {item.shortcut} (go to {item.page})")
        sequence = QKeySequence(item.shortcut)
        combo = sequence[0]
        self.qtbot.keyClick(self.window, combo.key(), combo.keyboardModifiers())

    def _zoom(self) -> None:
        """Bigger, smaller or normal text, by the View menu's keys."""
        key = self.rng.choice([Qt.Key.Key_Equal, Qt.Key.Key_Minus, Qt.Key.Key_0])
        self.steps.append(f"key Ctrl+{QKeySequence(key).toString()} (text size)")
        self.qtbot.keyClick(self.window, key, Qt.KeyboardModifier.ControlModifier)

    def _answer(self, box: QWidget, *, nested: bool) -> None:
        """Close a box as a person would: Escape, or one of its buttons at random (a
        print box only by Escape: nothing is sent to a printer)."""
        buttons = [
            b
            for b in box.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.window() is box and not self._dangerous(b)
        ]
        printing = type(box).__name__ in ("QPrintDialog", "QPageSetupDialog")
        if printing or not buttons or self.rng.random() < 0.35:
            self.steps.append(f"{'  ' if nested else ''}Escape on box {name_of(box)}")
            self.qtbot.keyClick(box, Qt.Key.Key_Escape)
            return
        chosen = self.rng.choice(buttons)
        self.steps.append(f"{'  ' if nested else ''}click {name_of(chosen)} in {name_of(box)}")
        _click(self.qtbot, chosen)

    def _let_time_pass(self) -> None:
        seconds = self.rng.choice([60, 300, 3600, 3 * 3600, self.rng.uniform(0, 3 * 3600)])
        self.steps.append(f"time passes: {seconds / 60:.0f} minutes")
        self.clock.advance(seconds=seconds)
        self.driver.tick()  # the timers' next second
        reminder = self.window.reminder
        if reminder is not None:
            reminder.poll()  # the reminder's once-a-minute look
        self.window.state.store.backup_if_due()  # the hourly backup check


def _click(qtbot: QtBot, widget: QWidget) -> None:
    """Click where a person would: a round or square mark on its mark, else its middle."""
    if isinstance(widget, QRadioButton | QCheckBox) and widget.width() > 24:
        where = QPoint(12, widget.height() // 2)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=where)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` as a keyboard (plain letters) or an input method (anything else: emoji,
    Arabic, accents) delivers it: one key press with its text per character."""
    for char in text:
        if char.isascii() and char.isprintable():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _handles_input(kind: type) -> bool:
    """Whether the app's own class `kind` takes the mouse, the wheel or keys itself."""
    handlers = ("mousePressEvent", "mouseMoveEvent", "wheelEvent", "keyPressEvent")
    return any(
        name in vars(cls) and cls.__module__.startswith("companion.ui")
        for cls in kind.__mro__
        for name in handlers
    )


def _wheel(widget: QWidget, at: QPoint, notch: int) -> None:
    where = QPointF(at)
    event = QWheelEvent(
        where,
        widget.mapToGlobal(where),
        QPoint(0, 0),
        QPoint(0, notch),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def _is_dialog(widget: QWidget) -> bool:
    return isinstance(widget, QDialog | QFileDialog)


# --- after a walk: the data and the window are still sound ---------------------------


def unreadable_files(data_dir: Path) -> list[str]:
    """The data folder's JSON files that no longer parse."""
    broken = []
    for path in sorted(data_dir.rglob("*.json")):
        try:
            json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            broken.append(f"{path.relative_to(data_dir)}: {exc}")
    return broken


def reopen_problems(data_dir: Path, now: Callable[[], object]) -> list[str]:
    """What a new start of the app finds wrong in the data folder the walk left."""
    again = AppState.open(data_dir, now=now)  # type: ignore[arg-type]
    found = [str(problem) for problem in again.store.problems]
    return found + [str(notice) for notice in again.settings.notices]
