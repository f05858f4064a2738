"""Next with no answer: "Please choose an answer to go on" was in the muted grey of a
hint. It now looks like a problem, in the app's warning colours (AA contrast, light and
dark) with a warning sign before it, so it never rests on colour alone; a screen reader
hears the words once, and no name for the sign."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check import question_focus
from companion.ui.shared.theme import DARK, LIGHT
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle, spoken_name
from tests.helpers.check_ui import check_page, question, start
from tests.helpers.contrast import contrast_ratio
from tests.helpers.keyboard import key
from tests.helpers.layout import window_at
from tests.helpers.qt import announcements, click


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_please_choose_an_answer_is_shown_as_a_problem(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    theme: Theme,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    heard = announcements(monkeypatch, question_focus)
    returning_state.settings.update(theme=theme, text_scale=100)
    page = check_page(window_at(make_window, returning_state, "check", (1280, 800)))
    start(qtbot, page)
    screen = question(page)
    colours = DARK if theme is Theme.DARK else LIGHT
    for press in ("mouse", "Enter"):
        if press == "mouse":
            click(qtbot, screen.next_button)
        else:
            key(qtbot, Qt.Key.Key_Return)
        settle()
        words = screen.error_label
        assert words.isVisible()
        assert heard[-1] == words.text() == "Please choose an answer to go on."
        ink = words.palette().windowText().color().name().upper()
        assert ink == colours.warning_text, (press, ink)  # not the muted grey of a hint
        box = words.parentWidget()
        assert isinstance(box, QWidget)
        image = box.grab().toImage()
        ratio = image.devicePixelRatio()
        paper = image.pixelColor(int((box.width() - 4) * ratio), int(box.height() / 2 * ratio))
        assert paper.name().upper() == colours.warning_bg
        assert contrast_ratio(ink, paper.name()) >= 4.5
        # A sign before the words, drawn in the warning ink: seen without its colour too.
        first_line = range(words.y(), words.y() + words.fontMetrics().height())
        sign = {
            image.pixelColor(int(x * ratio), int(y * ratio)).name().upper()
            for x in range(4, words.x() - 2)
            for y in first_line
        }
        assert colours.warning_text in sign, (press, sign)
        # Heard once: the words, and nothing else inside the box has a name of its own.
        named = [spoken_name(w) for w in [box, *box.findChildren(QWidget)] if spoken_name(w)]
        assert named == [words.text()], named
    assert len(heard) == 2
