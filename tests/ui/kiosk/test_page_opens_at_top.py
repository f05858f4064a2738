"""A page opened from the welcome's big buttons opens at its top, its title in sight, on
the small screens kiosks use at the largest text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.kiosk_pages import welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click


def title_of(page: QWidget) -> QLabel:
    return next(
        each
        for each in page.findChildren(QLabel)
        if each.property("role") == "title" and each.isVisibleTo(page)
    )


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(800, 600), (1024, 600)], ids=["800x600", "1024x600"])
@pytest.mark.parametrize("choice", ["check", "learn"])
def test_a_big_button_opens_its_page_at_the_top(
    qtbot: QtBot,
    qapp: QApplication,
    make_kiosk: MakeKiosk,
    choice: str,
    size: tuple[int, int],
    language: str,
) -> None:
    # "Start the guided check" opened the check scrolled 206 px down to its "Start the
    # check" button (1024x600, text at 175%): the title "Guided check" and the heading
    # "How this check works" out of sight, the list of steps starting mid-way. The tab
    # "Guided check" opened the same page at its top.
    assert install_translators(qapp, language)
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    try:
        window = make_kiosk(text_scale=175, speak=speak, language=language).window
        window.setGeometry(QRect(QPoint(0, 0), QPoint(size[0] - 1, size[1] - 1)))
        settle()
        start = welcome(window)
        click(qtbot, start.check_button if choice == "check" else start.learn_button)
        settle()
        assert window.current_page() == choice
        title = title_of(window.page(choice))
        seen = QRect(window.stack.mapTo(window, QPoint(0, 0)), window.stack.size())
        where = QRect(title.mapTo(window, QPoint(0, 0)), title.size())
        assert seen.contains(where), (title.text(), where.getRect(), seen.getRect())
    finally:
        install_translators(qapp, "en")
