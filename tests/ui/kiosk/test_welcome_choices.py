"""The kiosk welcome's two big ways in (the check, Learn) show their words whole at any
text size on a small screen: each line of the bold title and of the line under it,
inside the button, none over another."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.kiosk.welcome import BigChoice
from companion.ui.kiosk.window import KioskWindow
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.kiosk_pages import welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    install_translators(qapp, "en")


def box_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


@pytest.mark.usefixtures("own_temp_folder", "speaking")
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
@pytest.mark.parametrize("scale", [115, 175])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_big_choices_show_their_words_whole(
    qtbot: QtBot,
    qapp: QApplication,
    make_kiosk: MakeKiosk,
    language: str,
    scale: int,
    size: tuple[int, int],
) -> None:
    # Spanish at 175% on 1024x600: "Hacer la revisión guiada" lost its top and ran into
    # "Unos 5 minutos…" under it; Learn's title lost its first and last lines.
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    window: KioskWindow = make_kiosk(text_scale=scale, speak=speak).window
    window.setGeometry(0, 0, *size)
    settle()
    page = welcome(window)
    if window.language() != language:
        click(qtbot, page.languages.switch.buttons[language])
        settle()
        page = welcome(window)
    choices = page.findChildren(BigChoice)
    assert len(choices) == 2
    for choice in choices:
        button = box_in(choice, window)
        title, detail = choice.title, choice.detail
        for part in (title, detail):
            assert isinstance(part, QLabel)
            need = part.heightForWidth(part.width())
            assert part.height() >= need, (part.text(), part.height(), need)
            assert button.contains(box_in(part, window)), part.text()
        assert box_in(title, window).bottom() < box_in(detail, window).top(), title.text()


@pytest.mark.usefixtures("own_temp_folder", "speaking")
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
@pytest.mark.parametrize("scale", [115, 175])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_big_choices_are_one_width_their_words_at_the_top(
    qtbot: QtBot,
    qapp: QApplication,
    make_kiosk: MakeKiosk,
    language: str,
    scale: int,
    size: tuple[int, int],
) -> None:
    """Spanish at 175% on 1024 x 600: the check's choice was 333 px wide and Learn's 506,
    and Learn's line "Fichas cortas con dibujos." sat far below its title."""
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    window: KioskWindow = make_kiosk(text_scale=scale, speak=speak).window
    window.setGeometry(0, 0, *size)
    settle()
    page = welcome(window)
    if window.language() != language:
        click(qtbot, page.languages.switch.buttons[language])
        settle()
        page = welcome(window)
    check, learn = page.check_button, page.learn_button
    assert abs(check.width() - learn.width()) <= 1, (check.width(), learn.width())
    for choice in (check, learn):
        title, detail = box_in(choice.title, window), box_in(choice.detail, window)
        line = choice.detail.fontMetrics().height()
        assert detail.top() - title.bottom() < line, (choice.title.text(), title, detail)
