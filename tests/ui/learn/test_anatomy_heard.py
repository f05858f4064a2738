"""The anatomy view heard by a screen reader, in English and Spanish: each change once.

What a screen reader says is the control that has the keyboard (its name, then its
description) and what the page announces; a change is heard once when the two do not
both say it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import companion.ui.learn.anatomy_view as anatomy_module
from companion.core.shared.app_state import AppState
from companion.ui.learn.anatomy_view import AnatomyPage
from tests.helpers.clock import FakeClock
from tests.helpers.learn_ui import button_named, open_learn
from tests.helpers.qt import announcements, click

LAYER_WORD = {"en": "Layer", "es": "Capa"}
PRESS_ENTER = {"en": "Press Enter", "es": "Pulse Enter"}


@pytest.fixture
def view(qtbot: QtBot, tmp_path: Path, clock: FakeClock, language: str) -> Iterator[AnatomyPage]:
    state = AppState.open(tmp_path / "data", now=clock, language=language)
    state.settings.update(welcome_done=True, emergency_number="112")
    page = open_learn(qtbot, state, 1100)
    click(qtbot, page.start.anatomy_tile)
    assert page.anatomy is not None
    qtbot.waitUntil(lambda: page.anatomy is not None and page.anatomy.canvas.width() > 200)
    yield page.anatomy  # the Learn page stays alive while the test runs


def focus_says(widget: QWidget) -> tuple[str, str]:
    """What the control with the keyboard says of itself: its name and its description."""
    assert widget.hasFocus()
    return widget.accessibleName(), widget.accessibleDescription()


def test_a_new_layer_is_heard_with_its_words(
    qtbot: QtBot, view: AnatomyPage, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Arrowing from "Nerve" to "Muscles" changed the words beside the drawing with no
    sound: a screen reader heard only the button's name."""
    heard = announcements(monkeypatch, anatomy_module)
    nerve = view.layer_buttons["nerve"]
    nerve.setFocus()
    qtbot.waitUntil(nerve.hasFocus)
    qtbot.keyClick(nerve, Qt.Key.Key_Right)
    muscles = view.anatomy.layer("muscles")
    name, _ = focus_says(view.layer_buttons["muscles"])
    assert name == f"{LAYER_WORD[language]}: {muscles.name}"
    assert heard == [muscles.intro]


def test_a_part_picked_on_the_drawing_is_named_once(
    qtbot: QtBot, view: AnatomyPage, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a part said its name twice: "Lower spine. Press Enter to read about it",
    then "Lower spine. The lowest back bones…"."""
    heard = announcements(monkeypatch, anatomy_module)
    canvas = view.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    part = view.layer.parts[canvas.focus_index]
    _, description = focus_says(canvas)
    assert description.startswith(f"{part.name}.") and PRESS_ENTER[language] in description
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert view.part is part
    assert heard == [part.text]


def test_a_part_picked_in_the_list_is_named_once(
    qtbot: QtBot, view: AnatomyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Space on "Sciatic nerve" in the list said "Sciatic nerve" (the button), then
    "Sciatic nerve. The nerve runs through the buttock…"."""
    heard = announcements(monkeypatch, anatomy_module)
    part = view.layer.parts[3]
    choice = button_named(view, part.name)
    choice.setFocus()
    qtbot.waitUntil(choice.hasFocus)
    qtbot.keyClick(choice, Qt.Key.Key_Space)
    assert focus_says(choice)[0] == part.name
    assert heard == [part.text]
    # Back on the drawing with Tab, it is on the part picked in the list, and names it.
    view.canvas.setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(view.canvas.hasFocus)
    assert focus_says(view.canvas)[1].startswith(f"{part.name}.")


def test_a_part_clicked_on_the_drawing_is_the_one_named(
    qtbot: QtBot, view: AnatomyPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A click on the fibular branch left the drawing naming the first part, the nerve
    roots: Enter then read about the fibular branch while "Nerve roots" was said."""
    heard = announcements(monkeypatch, anatomy_module)
    canvas = view.canvas
    part = view.layer.parts[-1]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=canvas.part_point(part.id))
    assert view.part is part
    assert focus_says(canvas)[1].startswith(f"{part.name}.")
    assert heard == [part.text]
