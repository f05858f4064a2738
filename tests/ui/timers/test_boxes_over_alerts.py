"""A box opened while a timer's alert is open (the journal's new-entry form, "Delete all
my data"): the heat, ice or walk window must stay usable.

The box holds up every other window of the app. The heat window, open before the box,
was held up with the rest: "I have checked my skin" did nothing until the box was
answered. Now it comes above the box and is answered first. Clicks go to the windows
as the desktop sends them (`press_on_screen`); time is moved by hand."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.records import WALK
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.alert import AlertDialog
from tests.helpers.qt import press_on_screen, visible_text, when_asked
from tests.helpers.timers_ui import (
    CHECKED,
    MakeScene,
    delete_all,
    find_button,
    new_entry,
)

OPENINGS: dict[str, Callable[[MainWindow], object]] = {
    "new entry": new_entry,
    "delete all my data": delete_all,
    "about": MainWindow.show_about,
}


def press_over(alert: AlertDialog, caption: str, seen: list[str]) -> None:
    """The person, with the box open, reads the alert and presses its button."""
    QApplication.processEvents()  # what comes right after the box opens
    seen.append(visible_text(alert))
    press_on_screen(find_button(alert, caption))


@pytest.mark.parametrize("opening", list(OPENINGS.values()), ids=list(OPENINGS))
def test_the_heat_window_open_before_a_box_comes_above_it_and_works(
    qtbot: QtBot,
    opening: Callable[[MainWindow], object],
    alerts: MakeScene,
) -> None:
    scene = alerts("home")
    window, presenter, driver = scene.window, scene.presenter, scene.driver
    scene.heat_runs_out()
    heat = presenter.pack_dialog
    assert heat is not None and heat.isVisible()
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        try:
            press_over(heat, CHECKED, seen)
        finally:
            seen.append("pressed" if driver.scheduler.finished is None else "held up")
            heat.close()  # a failed check must not leave the box held up
        seen.append("box next" if QApplication.activeModalWidget() is box else "box lost")

    boxes = when_asked(answer)
    opening(window)
    qtbot.waitUntil(lambda: len(seen) >= 2)
    assert boxes and "Check your skin now" in seen[0]
    assert seen[1:] == ["pressed", "box next"]  # before: the heat window was held up


ANSWER = "Answer two questions and save"


def test_the_walk_window_over_a_box_says_so_and_its_questions_follow_the_box(
    qtbot: QtBot,
    alerts: MakeScene,
) -> None:
    """The walking check ends while the new-entry form is open. Its button used to turn
    the page behind the form to the questions, out of sight and reach: the press seemed
    to do nothing, and the form was still there. Now the walk window says the questions
    come once the form is closed, the page behind the form stays as it was, and the
    questions show the moment the form closes."""
    scene = alerts("home")
    window, presenter = scene.window, scene.presenter
    scene.start_walk()
    seen: list[str] = []

    def answer(box: QWidget) -> None:
        scene.pass_time(30 * 60)
        walk = presenter.walk_dialog
        assert walk is not None and walk.isVisible()
        press_over(walk, ANSWER, seen)
        seen.append("box next" if QApplication.activeModalWidget() is box else "box lost")
        seen.append(window.current_page())  # behind the box

    boxes = when_asked(answer)
    new_entry(window)  # the form is closed with Cancel, as `when_asked` does
    qtbot.waitUntil(lambda: window.current_page() == "timers")
    page = window.page("timers")
    assert boxes and "30 minutes" in seen[0]
    assert "The questions open when you close the window behind this one." in seen[0]
    assert seen[1:] == ["box next", "journal"]  # before: "timers", out of reach
    assert page.current_panel() == WALK  # type: ignore[attr-defined]
    assert "You walked 30 minutes" in visible_text(page)
