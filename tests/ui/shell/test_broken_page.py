"""A page whose content file is damaged says so, naming the file and key, instead of
closing the app with a traceback; the other pages still open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.content import ContentError
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import visible_text

MakeWindow = Callable[..., MainWindow]


def test_a_journal_with_a_damaged_trend_file_says_which_and_the_rest_still_opens(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def damaged(language: str = "en") -> None:
        raise ContentError(Path("content/en/journal/trend.toml"), "steady.report", "is missing")

    import companion.ui.journal.page as journal_page

    monkeypatch.setattr(journal_page, "load_trend_content", damaged)
    window = make_window(returning_state)
    window.show()
    qtbot.mouseClick(window.nav.buttons["journal"], Qt.MouseButton.LeftButton)
    shown = window.stack.currentWidget()
    assert shown is window.page("journal")
    said = visible_text(shown)
    assert "This page cannot open" in said
    assert "trend.toml: steady.report: is missing" in said
    # Nothing half-built is left on top of the page; the other pages still open.
    assert [
        w
        for w in window.stack.children()
        if getattr(w, "isVisible", None)
        and w.isWidgetType()
        and window.stack.indexOf(w) == -1
        and w.isVisible()
    ] == []
    qtbot.mouseClick(window.nav.buttons["check"], Qt.MouseButton.LeftButton)
    assert "Guided check" in visible_text(window.stack.currentWidget())
