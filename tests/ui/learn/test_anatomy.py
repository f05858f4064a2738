"""The anatomy view: layers, picking parts with the mouse, the keyboard and the list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout
from pytestqt.qtbot import QtBot

import companion.ui.learn.anatomy_view as anatomy_module
from companion.core.shared.app_state import AppState
from companion.ui.learn.anatomy_view import AnatomyPage
from companion.ui.learn.page import LearnPage
from tests.helpers.learn_ui import button_named, open_learn
from tests.helpers.qt import announcements, click


def open_anatomy(qtbot: QtBot, state: AppState, width: int = 1100) -> tuple[LearnPage, AnatomyPage]:
    page = open_learn(qtbot, state, width)
    click(qtbot, page.start.anatomy_tile)
    assert page.anatomy is not None and page.currentWidget() is page.anatomy
    qtbot.waitUntil(lambda: page.anatomy is not None and page.anatomy.canvas.width() > 200)
    return page, page.anatomy


def test_it_opens_on_the_nerve_layer(qtbot: QtBot, returning_state: AppState) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    assert view.canvas.name == "anatomy_nerve"
    assert view.layer_buttons["nerve"].isChecked()
    assert view.part_heading.text() == "Nerve"
    assert "sciatic nerve" in view.canvas.accessibleName()


def test_clicking_each_part_of_each_layer_shows_its_text(
    qtbot: QtBot, returning_state: AppState
) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    for layer in view.anatomy.layers:
        click(qtbot, view.layer_buttons[layer.id])
        assert view.layer_buttons[layer.id].isChecked()
        assert view.canvas.name == layer.image
        for part in layer.parts:
            spot = view.canvas.part_point(part.id)
            qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=spot)
            assert view.part_heading.text() == part.name, (layer.id, part.id)
            assert view.part_text.text() == part.text
            assert view.part_buttons[part.id].isChecked()


def test_clicking_an_empty_spot_picks_nothing(qtbot: QtBot, returning_state: AppState) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    qtbot.mouseClick(view.canvas, Qt.MouseButton.LeftButton, pos=view.canvas.rect().topLeft())
    assert view.part_heading.text() == "Nerve"


def test_the_nerve_splits_above_the_knee_in_the_drawing(
    qtbot: QtBot, returning_state: AppState
) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    canvas = view.canvas
    split = canvas.element_rect("nerve_split").center().y()
    roots = canvas.element_rect("nerve_roots").top()
    bottom = canvas.drawing_rect().bottom()
    # The split sits in the lower part of the thigh: below halfway from the roots to the
    # heel, and well above the lowest tenth of the drawing where the foot is.
    assert roots < split < bottom
    assert (split - roots) / (bottom - roots) < 0.6
    assert (
        canvas.element_rect("tibial_nerve").bottom() > canvas.element_rect("fibular_nerve").bottom()
    )  # the tibial branch reaches the sole


def test_the_keyboard_reaches_every_part(qtbot: QtBot, returning_state: AppState) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    canvas = view.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    first = view.layer.parts[0]
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert view.part_heading.text() == first.name
    for part in view.layer.parts[1:]:
        qtbot.keyClick(canvas, Qt.Key.Key_Right)
        qtbot.keyClick(canvas, Qt.Key.Key_Space)
        assert view.part_heading.text() == part.name
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # wraps round to the first
    qtbot.keyClick(canvas, Qt.Key.Key_Enter)
    assert view.part_heading.text() == first.name
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert view.layer.parts[canvas.focus_index] is view.layer.parts[-1]


def test_tab_reaches_the_layers_the_drawing_and_the_list(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page, view = open_anatomy(qtbot, returning_state)
    view.layer_buttons["patterns"].setFocus()
    qtbot.keyClick(view.layer_buttons["patterns"], Qt.Key.Key_Tab)
    assert page.focusWidget() is view.canvas
    assert view.canvas.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_list_names_every_part_and_picks_it(qtbot: QtBot, returning_state: AppState) -> None:
    _, view = open_anatomy(qtbot, returning_state)
    click(qtbot, view.layer_buttons["muscles"])
    for part in view.layer.parts:
        choice = button_named(view, part.name)
        assert choice.accessibleName() == part.name
        choice.setFocus()
        qtbot.keyClick(choice, Qt.Key.Key_Space)
        assert view.part_heading.text() == part.name
        assert view.canvas.picked == part.id


def test_read_the_card_and_come_back_to_the_drawing(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page, view = open_anatomy(qtbot, returning_state)
    click(qtbot, view.layer_buttons["muscles"])
    click(qtbot, button_named(view, "Biceps femoris"))
    click(qtbot, view.read_button)
    assert page.currentWidget() is page.card_view
    assert page.card_view.title_label.text() == "Caring for a hamstring strain"
    assert page.card_view.back_button.text() == "← Back to the drawing"
    click(qtbot, page.card_view.back_button)
    assert page.currentWidget() is view
    assert view.part_heading.text() == "Biceps femoris"
    click(qtbot, view.back_button)
    assert page.currentWidget() is page.start


def test_text_moves_below_the_drawing_when_narrow(qtbot: QtBot, returning_state: AppState) -> None:
    page, view = open_anatomy(qtbot, returning_state, width=1100)
    assert view.split.direction() == QBoxLayout.Direction.LeftToRight
    page.resize(560, 800)
    qtbot.waitUntil(lambda: view.split.direction() == QBoxLayout.Direction.TopToBottom)
    qtbot.waitUntil(lambda: view.side.y() > view.canvas.y())


def test_on_a_short_screen_the_layer_buttons_share_the_top_row(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page, view = open_anatomy(qtbot, returning_state, width=830)
    page.resize(830, 800)
    qtbot.waitUntil(lambda: view.title_label.isVisible())
    tall_canvas_top = view.canvas.mapTo(view, view.canvas.rect().topLeft()).y()
    page.resize(830, 560)
    qtbot.waitUntil(lambda: not view.title_label.isVisible())
    layers = view.layers_bar
    qtbot.waitUntil(
        lambda: abs(layers.geometry().center().y() - view.back_button.geometry().center().y()) < 4
    )
    # The drawing starts higher and the whole of it fits in the page: no scrolling to see the foot.
    qtbot.waitUntil(
        lambda: view.canvas.mapTo(view, view.canvas.rect().topLeft()).y() < tall_canvas_top
    )
    bottom = view.canvas.mapTo(view, view.canvas.rect().bottomLeft()).y()
    assert bottom <= view.viewport().height()
    # Every layer button still works from the top row.
    click(qtbot, view.layer_buttons["muscles"])
    assert view.canvas.name == "anatomy_muscles"
    page.resize(830, 800)
    qtbot.waitUntil(lambda: view.title_label.isVisible())


def test_enter_presses_the_buttons_beside_the_drawing(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """Qt's push button takes only Space outside a dialog: Enter on "Read the card" or on
    "← Back to Learn" did nothing."""
    page, view = open_anatomy(qtbot, returning_state)
    click(qtbot, view.layer_buttons["muscles"])
    click(qtbot, button_named(view, "Biceps femoris"))
    view.read_button.setFocus()
    qtbot.keyClick(view.read_button, Qt.Key.Key_Enter)
    assert page.currentWidget() is page.card_view
    click(qtbot, page.card_view.back_button)
    view.back_button.setFocus()
    qtbot.keyClick(view.back_button, Qt.Key.Key_Return)
    assert page.currentWidget() is page.start


def test_a_screen_reader_hears_the_part_picked(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a part of the drawing changed the words beside it, with the keyboard
    still on the drawing: a screen reader said nothing of them."""
    heard = announcements(monkeypatch, anatomy_module)
    _, view = open_anatomy(qtbot, returning_state)
    canvas = view.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    part = view.layer.parts[canvas.focus_index]
    assert heard == [part.text]
    choice = button_named(view, view.layer.parts[0].name)  # the list says it too
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Space)
    assert heard[-1] == view.layer.parts[0].text
