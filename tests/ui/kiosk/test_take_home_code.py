"""After "Take your summary home", the whole code is on the screen for a phone to read,
on the small screens kiosks use, at the largest text, with the longest codes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.ui.check.qr_code import MIN_MODULE_PX
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import ReviewScreen
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import start, walk
from tests.helpers.kiosk_pages import check, welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click
from tests.helpers.take_home import LONG_CODE_CASE, case_answers, place


@pytest.mark.usefixtures("own_temp_folder")
@pytest.mark.parametrize("scale", [100, 175])
@pytest.mark.parametrize("size", [(1024, 600), (800, 600)], ids=["1024x600", "800x600"])
def test_one_touch_shows_the_whole_long_code_and_its_heading(
    qtbot: QtBot, qapp: QApplication, make_kiosk: MakeKiosk, size: tuple[int, int], scale: int
) -> None:
    # At 1024x600 and 175% in Spanish the code ended 27 px below the screen's edge and the
    # heading "Lléveselo a casa" was half hidden at the top; at 800x600, 12 to 32 px.
    assert install_translators(qapp, "es")
    speak = lambda code: install_translators(qapp, code)  # noqa: E731
    try:
        window = make_kiosk(text_scale=scale, speak=speak, language="es").window
        window.setGeometry(QRect(QPoint(0, 0), QSize(*size)))
        settle()
        click(qtbot, welcome(window).check_button)
        page = check(window)
        start(qtbot, page)
        walk(qtbot, page, case_answers(LONG_CODE_CASE))
        assert isinstance(page.view, ReviewScreen)
        click(qtbot, page.view.result_button)
        result = page.view
        assert isinstance(result, ResultScreen)
        settle()
        panel, button = result.handoff, result.take_home_button
        assert panel is not None and panel.qr is not None and button is not None
        assert len(panel.summary) > 770 and panel.qr.modules() == 117  # the long code
        click(qtbot, button)
        settle()
        viewport = page.viewport()
        code = place(panel.qr, viewport)
        assert viewport.rect().contains(code), (code.getRect(), viewport.size().toTuple())
        assert panel.qr.module_px() >= MIN_MODULE_PX
        drawn = QRect(QPoint(0, 0), panel.qr.size() * panel.qr.devicePixelRatio())
        assert drawn.contains(panel.qr.code_rect())  # the quiet zone too, none cut off
        heading = place(panel.heading, viewport)
        assert viewport.rect().contains(heading), (heading.getRect(), viewport.size().toTuple())
        assert panel.heading.text() == "Lléveselo a casa"
    finally:
        install_translators(qapp, "en")
