"""The Journal's intro and its "Add an entry" button at the largest text in a small
window: the button goes under the words rather than squeeze them into a thin column."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries, journal_page

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[AppState]:
    assert install_translators(qapp, "es")
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112", language="es")
    yield state
    install_translators(qapp, "en")


def lines_of(label: object) -> int:
    return label.height() // label.fontMetrics().lineSpacing()  # type: ignore[attr-defined]


def test_at_175_percent_in_spanish_the_intro_keeps_its_width_and_add_goes_under_it(
    qtbot: QtBot, make_window: MakeWindow, spanish: AppState, clock: FakeClock
) -> None:
    spanish.settings.update(text_scale=175)
    add_entries(spanish, clock, ["calf"])
    window = make_window(spanish, page="journal")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 600)
    settle()
    page = journal_page(window)
    intro, add = page.top_intro, page.add_button
    assert add.text() == "Añadir anotación"
    # Before, the button kept to the right and the words ran to 7 lines of 309 px beside
    # it, with empty room under the button; now they take the row and 4 lines.
    assert lines_of(intro) <= 4
    assert intro.width() >= 25 * intro.fontMetrics().averageCharWidth()
    below = add.mapTo(window, add.rect().topLeft()).y()
    assert below >= intro.mapTo(window, intro.rect().bottomLeft()).y()


def test_with_room_the_button_stays_beside_the_words(
    qtbot: QtBot, make_window: MakeWindow, spanish: AppState, clock: FakeClock
) -> None:
    add_entries(spanish, clock, ["calf"])
    window = make_window(spanish, page="journal")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1024, 600)
    settle()
    page = journal_page(window)
    intro, add = page.top_intro, page.add_button
    right_of_words = intro.mapTo(window, intro.rect().topRight()).x()
    assert add.mapTo(window, add.rect().topLeft()).x() > right_of_words
    assert lines_of(intro) == 2
