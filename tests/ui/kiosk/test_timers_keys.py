"""The kiosk's "Heat and breaks" page by keyboard: it only explains, so nothing on it
takes the keyboard; the page itself must, or its cards below the fold cannot be read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.shared.language import install_translators
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import settle, spoken_name
from tests.helpers.keyboard import key
from tests.helpers.kiosk_ui import MakeKiosk


@pytest.mark.usefixtures("own_temp_folder")
@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "How the timers work"), ("es", "Cómo funcionan los temporizadores")],
)
def test_tab_reaches_the_explained_timers_and_page_down_scrolls_them(
    qtbot: QtBot, qapp: QApplication, make_kiosk: MakeKiosk, language: str, said: str
) -> None:
    """Tab went from the "Heat and breaks" tab to "Finish and clear" and back, never into
    the page, and Page Down there moved nothing: a keyboard user never saw the walking
    check's card, below the fold. Tab now stops on the page, heard as what it holds (not
    the tab's name again), and Page Down scrolls it."""
    assert install_translators(qapp, language)
    try:
        window = make_kiosk(language=language).window
        window.tabs["timers"].setFocus(Qt.FocusReason.TabFocusReason)
        key(qtbot, Qt.Key.Key_Space)  # choose the tab
        page = window.page("timers")
        assert isinstance(page, TimersPage) and page.isVisible()
        settle()
        bar = page.verticalScrollBar()
        assert bar.maximum() > 0  # more than one screen of cards
        stops = [key(qtbot, Qt.Key.Key_Tab) for _ in range(3)]
        assert page in stops
        while QApplication.focusWidget() is not page:
            key(qtbot, Qt.Key.Key_Tab)
        assert spoken_name(page) == said
        assert spoken_name(page) != spoken_name(window.tabs["timers"])
        key(qtbot, Qt.Key.Key_PageDown)
        assert bar.value() > 0
    finally:
        install_translators(qapp, "en")
