"""Driving widgets as a person does."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.ui.shared import theme
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.word_break import SwitchButton


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click a visible widget where a person would: a radio button or a tick box on its
    indicator, anything else in its middle."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    marked = isinstance(widget, QRadioButton | QCheckBox)  # a choice with a round or square mark
    if marked and not isinstance(widget, SwitchButton):  # a switch is drawn as a button
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(12, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def press_on_screen(widget: QWidget) -> None:
    """Click the middle of `widget` as the desktop delivers a click: to its window, so a
    window held up by a box that needs an answer hears nothing (`qtbot.mouseClick` hands
    the click to the widget itself and gets through)."""
    assert widget.isVisible(), f"{widget!r} is not visible"
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None
    where = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QApplication.processEvents()


def visible_text(widget: QWidget) -> str:
    """The words showing in `widget`'s labels (and texts whose long words break), in order."""
    return " ".join(
        shown.text()
        for shown in widget.findChildren(QWidget)
        if isinstance(shown, QLabel | BreakingText) and shown.isVisibleTo(widget)
    )


def when_asked(answer: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal box as a person would: `answer` is called with it once it
    shows (a box's `exec()` holds up the click that opened it). Returns the boxes seen."""
    seen: list[QWidget] = []
    turns = iter(range(1000))  # then it gives up: the test finds `seen` empty

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            if next(turns, None) is not None:
                QTimer.singleShot(0, look)  # not open yet: look again on the next turn
            return
        seen.append(box)
        try:
            answer(box)
        finally:  # a failed check inside `answer` must not leave the test waiting for ever
            if isinstance(box, QDialog) and box.isVisible():
                box.reject()

    QTimer.singleShot(0, look)
    return seen


def read_then_press(qtbot: QtBot, words: list[str], button: str) -> Callable[[QWidget], None]:
    """An answer for `when_asked`: keep the words the box shows, then press its button
    with these words on it."""

    def answer(box: QWidget) -> None:
        words.append(visible_text(box))
        buttons = [b for b in box.findChildren(QAbstractButton) if b.isVisibleTo(box)]
        click(qtbot, next(b for b in buttons if b.text().replace("&", "") == button))

    return answer


def wheel_down(widget: QWidget, at: QPoint | None = None) -> None:
    """One notch of the mouse wheel down, with the pointer over `widget` (at its centre,
    or at `at` in its own coordinates), as a person scrolling a page does."""
    where = QPointF(at if at is not None else widget.rect().center())
    QApplication.sendEvent(
        widget,
        QWheelEvent(
            where,
            widget.mapToGlobal(where),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        ),
    )


def delete_all_my_data(qtbot: QtBot, window: QWidget) -> None:
    """Settings in the list on the left, "Delete all my data…", then "Delete everything";
    the welcome that follows is closed, as a person who knows the app would."""
    click(qtbot, window.nav.buttons["settings"])  # type: ignore[attr-defined]
    page = window.page("settings")  # type: ignore[attr-defined]
    click(qtbot, page.delete_button)
    box = page.confirm_box
    assert box is not None
    delete = next(b for b in box.buttons.buttons() if b.text() == "Delete everything")
    with qtbot.waitSignal(page.data_deleted):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    welcome = window.welcome  # type: ignore[attr-defined]
    assert welcome is not None
    welcome.reject()


def announcements(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> list[str]:
    """What a screen reader is told through `module`'s `announce`, in order, from now on."""
    said: list[str] = []
    monkeypatch.setattr(module, "announce", lambda _widget, text: said.append(text))
    return said


class EndingSession:
    """Stands in for the desktop's session manager as the person logs out (only Qt can
    make the real one): whether the app may ask, and whether it stopped the logout."""

    def __init__(self) -> None:
        self.cancelled = False

    def allowsInteraction(self) -> bool:
        return True

    def release(self) -> None:
        pass

    def cancel(self) -> None:
        self.cancelled = True


def desktop_text_size_becomes(
    monkeypatch: pytest.MonkeyPatch, points: float, *windows: QWidget
) -> None:
    """What a desktop does when its font size is changed: Qt's system font is the new
    one, and each window is told the theme changed."""
    monkeypatch.setattr(theme, "system_point_size", lambda: points)
    for window in windows:
        QApplication.sendEvent(window.windowHandle(), QEvent(QEvent.Type.ThemeChange))
