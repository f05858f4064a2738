"""A timer's alert that arrives while a box waits for an answer (the journal's new-entry
form, "Delete all my data", the quit question, the welcome, a file chooser, About).

Such a box holds up every other window of the app. The heat window used to open beside
it, held up too: "take the heat off" could be read but "I have checked my skin" did
nothing until the box was answered, and it could sit over the box's own buttons. Now it
comes above the box and is answered first; then the box works again. A movement break,
which can wait a minute, waits for the box's answer instead. Clicks go to the windows
as the desktop sends them (`press_on_screen`); time is moved by hand, no test sleeps."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.timers.records import DUE
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import click, press_on_screen, visible_text, when_asked
from tests.helpers.small_disk import entry_the_full_disk_refuses
from tests.helpers.timers_ui import (
    CHECKED,
    TRAY_ONLY,
    AlertScene,
    MakeScene,
    delete_all,
    export_csv,
    find_button,
    new_entry,
    tray_of,
)

BOXES: dict[str, Callable[[MainWindow], object]] = {
    "new entry": new_entry,
    "delete all my data": delete_all,
    "export file chooser": export_csv,
    "about": MainWindow.show_about,
    "welcome": MainWindow.show_welcome,
}


def answer_escape(box: QWidget) -> None:
    """Esc, sent to the box's window as the desktop sends it."""
    handle = box.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Escape)
    QApplication.processEvents()


def heat_ends_over(box: QWidget, scene: AlertScene, seen: list[str]) -> None:
    """The heat ends while `box` is open: the person reads the heat window and presses
    "I have checked my skin"; the box is then the one the keys and clicks reach."""
    scene.pass_time(5 * 60)
    heat = scene.presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    seen.append(visible_text(heat))
    assert QApplication.activeModalWidget() is heat  # above the box, not held up by it
    press_on_screen(find_button(heat, CHECKED))
    seen.append("pressed" if scene.driver.scheduler.finished is None else "held up")
    assert not heat.isVisible()
    on_top = QApplication.activeModalWidget() is box and box.isVisible()
    seen.append("box next" if on_top else "box lost")


@pytest.mark.parametrize("opening", list(BOXES.values()), ids=list(BOXES))
def test_the_heat_window_comes_above_a_box_and_its_button_works(
    qtbot: QtBot,
    opening: Callable[[MainWindow], object],
    alerts: MakeScene,
) -> None:
    scene = alerts("home")
    scene.start_heat()
    seen: list[str] = []
    boxes = when_asked(lambda box: heat_ends_over(box, scene, seen))
    opening(scene.window)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert boxes and "Check your skin now" in seen[0]
    assert seen[1:] == ["pressed", "box next"]  # before: "held up"


@pytest.mark.qt_log_ignore(*TRAY_ONLY)
def test_quitting_from_the_tray_shows_the_heat_window_above_the_question(
    qtbot: QtBot,
    told: list[str],
    alerts: MakeScene,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The review's case: the heat ended with the window in the tray, and the person
    quits from the tray with changes the disk refused. The window comes forward with the
    quit question, and the heat window told only in the tray comes with it."""
    scene = alerts("journal")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    scene.start_heat()
    window.hide()
    scene.pass_time(5 * 60)
    assert told == ["Time is up: take the heat off"]
    seen: list[str] = []

    def answer(_first: QWidget) -> None:
        question = window.quit_question  # the first box seen may be the heat window
        assert question is not None
        qtbot.waitUntil(lambda: presenter.pack_dialog is not None)
        heat = presenter.pack_dialog
        assert heat is not None and heat.isVisible()
        seen.append(visible_text(heat))
        try:
            press_on_screen(find_button(heat, CHECKED))
            seen.append("pressed" if driver.scheduler.finished is None else "held up")
        finally:
            heat.close()  # a failed check must not leave the question held up
            press_on_screen(find_button(question, "Don't quit"))

    boxes = when_asked(answer)
    tray_of(window).menu.quit.trigger()  # the tray's "Quit"
    still_open = window.isVisible()  # "Don't quit" pressed: the question heard it
    disk_back()  # first, so that closing the window at the end asks nothing
    window.banner.retry()
    tray_of(window).hide()
    assert boxes and "Check your skin now" in seen[0]
    assert seen[1] == "pressed"  # before: "held up" under the question
    assert still_open


@pytest.mark.parametrize("opening", [new_entry, MainWindow.show_about], ids=["form", "about"])
def test_a_break_due_waits_for_the_box_and_shows_when_it_closes(
    qtbot: QtBot,
    opening: Callable[[MainWindow], object],
    alerts: MakeScene,
) -> None:
    """A break needs no answer this second: its window would take the keys from the
    form being typed in, so it waits, and comes the moment the box closes."""
    scene = alerts("home")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.breaks_on()
    opening(window)
    box = QApplication.activeModalWidget()
    assert box is not None
    scene.pass_time(30 * 60)
    assert driver.status().break_phase == DUE
    breaks = presenter.break_dialog
    assert breaks is None or not breaks.isVisible()  # before: beside the box, held up
    answer_escape(box)
    qtbot.waitUntil(lambda: presenter.break_dialog is not None)
    breaks = presenter.break_dialog
    assert breaks is not None
    qtbot.waitUntil(breaks.isVisible)
    assert "Time for a movement break" in visible_text(breaks)
    click(qtbot, find_button(breaks, "Skip this one"))


def test_a_heat_window_already_open_comes_above_a_box_where_it_was_shown_once(
    qtbot: QtBot, alerts: MakeScene
) -> None:
    """The heat window is up when the person opens the new-entry form: it comes above
    the form, where it was, shown again once (it is hidden to change how it holds the
    windows behind it, then shown: a second show did nothing but repeat it)."""
    scene = alerts("home")
    scene.start_heat()
    scene.pass_time(5 * 60)
    heat = scene.presenter.pack_dialog
    assert heat is not None and heat.isVisible() and not heat.isModal()
    was_at = heat.pos()
    shows: list[bool] = []
    real_show = heat.show

    def counted_show() -> None:
        shows.append(True)
        real_show()

    heat.show = counted_show  # type: ignore[method-assign]
    seen: list[object] = []

    def look_then_close(box: QWidget) -> None:
        for _ in range(3):  # the turns after the form opened, when the heat window moves
            QApplication.processEvents()
        seen.extend([len(shows), heat.isModal(), heat.isVisible(), heat.pos() == was_at])
        box.close()

    when_asked(look_then_close)
    new_entry(scene.window)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [1, True, True, True]
