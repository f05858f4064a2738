"""The welcome's second step at the largest text: nothing cut off before scrolling."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.keyboard import key, pick


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_number_step_shows_whole_at_the_largest_text(
    qtbot: QtBot, make_window: MakeWindow, qapp: QApplication, tmp_path: Path, language: str
) -> None:
    """In Spanish at 175% on a small screen the 680 px box broke "Elegir el número más
    tarde" onto three lines (a 112 px button), and the chosen number's second line
    ("muchos otros países") sat under the bottom of its scroll area until scrolled."""
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path / language, language=language)
        state.settings.update(text_scale=175)
        dialog = make_window(state).show_welcome()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        key(qtbot, Qt.Key.Key_Return)  # Continue
        pick(qtbot, dialog.number_field.combo, "112")
        settle()
        scroll = dialog.steps.currentWidget()
        assert isinstance(scroll, QScrollArea)
        bar = scroll.verticalScrollBar()
        assert bar.maximum() == 0, f"{bar.maximum()} px out of view"
        later = dialog.later_button
        lines = later.fontMetrics().lineSpacing()
        assert later.height() < 3 * lines, (later.height(), later.text())
        screen = dialog.screen().availableGeometry()
        assert screen.contains(dialog.frameGeometry()), (dialog.frameGeometry(), screen)
    finally:
        install_translators(qapp, "en")
