"""The 0 to 10 pain scale's end words on a small screen at the largest text, in Spanish:
"0: ..." reads on one line at the left, "10: ..." ends under the 10 key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import ScaleInput
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.clock import FakeClock

MakeWindow = Callable[..., MainWindow]


def place(widget: QWidget, scale: ScaleInput) -> QRect:
    return QRect(widget.mapTo(scale, QPoint(0, 0)), widget.size())


@pytest.mark.parametrize("width", [800, 1024])
def test_the_pain_scale_s_end_words_sit_at_their_ends(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    width: int,
) -> None:
    # At 800x600 "10: El peor dolor que pueda imaginar" ended 62 px right of the 10 key
    # (the second row of keys, 6 to 10, is shorter), in 3 lines beside "0: Sin dolor",
    # which sat half-way down a box 3 lines tall; at 1024x600 the same 3 lines.
    assert install_translators(qapp, "es")
    try:
        state = AppState.open(tmp_path, now=clock, language="es")
        state.settings.update(
            welcome_done=True, emergency_number="112", text_scale=175, language="es"
        )
        window = make_window(state, page="check")
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(width, 600)
        page = check_page(window)
        start(qtbot, page)
        answer_until(qtbot, page, "pain_now", NERVE)
        settle()
        scale = question(page).input
        assert isinstance(scale, ScaleInput)
        words = {w.text().split(":")[0]: w for w in scale.findChildren(QLabel)}
        low, high, ten = words["0"], words["10"], scale.buttons[10]
        assert low.text() == "0: Sin dolor"
        line = low.fontMetrics().lineSpacing()
        assert place(low, scale).height() < 1.5 * line, place(low, scale).getRect()
        assert place(high, scale).height() < 2.5 * line, place(high, scale).getRect()
        assert abs(place(high, scale).right() - place(ten, scale).right()) <= 1, (
            place(high, scale).getRect(),
            place(ten, scale).getRect(),
        )
        assert place(low, scale).top() <= place(high, scale).top()
        assert not place(low, scale).intersects(place(high, scale))
        assert place(low, scale).top() > place(ten, scale).bottom()
    finally:
        install_translators(qapp, "en")
