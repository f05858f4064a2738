"""After "Take your summary home" on a kiosk that prints, the print button is on the
screen beside the code: on the small screens kiosks use, at the largest text, in Spanish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.check.result import ResultScreen
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import start, walk
from tests.helpers.kiosk_pages import check, welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click
from tests.helpers.take_home import LONG_CODE_CASE, case_answers, place


@pytest.mark.usefixtures("own_temp_folder")
@pytest.mark.parametrize("size", [(1024, 600), (800, 600)], ids=["1024x600", "800x600"])
def test_one_touch_shows_the_code_and_the_print_button(
    qtbot: QtBot, qapp: QApplication, make_kiosk: MakeKiosk, size: tuple[int, int]
) -> None:
    # At 800x600 the button began 239 px below the page's edge (the caption beside the
    # code took 352 px); at 1024x600 only its top 47 of 84 px showed.
    assert install_translators(qapp, "es")
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    try:
        window = make_kiosk(
            text_scale=175, speak=speak, language="es", handoff=("qr", "print")
        ).window
        window.setGeometry(QRect(QPoint(0, 0), QSize(*size)))
        settle()
        click(qtbot, welcome(window).check_button)
        page = check(window)
        start(qtbot, page)
        walk(qtbot, page, case_answers(LONG_CODE_CASE))
        click(qtbot, page.view.result_button)
        result = page.view
        assert isinstance(result, ResultScreen)
        settle()
        panel, take_home = result.handoff, result.take_home_button
        assert panel is not None and panel.qr is not None and take_home is not None
        click(qtbot, take_home)
        settle()
        viewport = page.viewport()
        button = panel.print_button
        assert button is not None and button.text() == "Imprimir un resumen"
        for widget in (panel.qr, panel.heading, button):
            rect = place(widget, viewport)
            assert viewport.rect().contains(rect), (rect.getRect(), viewport.size().toTuple())
        # The code's caption is still there, under the code, for who scrolls.
        assert panel.caption is not None and panel.caption.isVisibleTo(panel)
        assert place(panel.caption, viewport).top() >= place(panel.qr, viewport).bottom()
    finally:
        install_translators(qapp, "en")
