"""The check's progress bar can be seen in both themes: in the dark one its track was
#1B2226 on a #121719 page (1.15:1), so at "Part 1 of 7" there was no bar at all. Its
outline now stands out from the page at 3:1 or more (WCAG non-text contrast), and the
part done is filled in the accent colour."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QProgressBar, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.settings import Theme
from companion.ui.shared.theme import apply_theme
from tests.helpers.contrast import contrast_ratio


def colours(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(image.width())
        for y in range(image.height())
    }


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_progress_bar_stands_out_from_the_page(
    qtbot: QtBot, qapp: QApplication, theme: Theme
) -> None:
    palette = apply_theme(qapp, theme, 100)
    page = QWidget()
    layout = QVBoxLayout(page)
    bar = QProgressBar()
    bar.setRange(0, 70)
    bar.setTextVisible(False)
    bar.setMaximumHeight(10)
    layout.addWidget(bar)
    qtbot.addWidget(page)
    page.resize(400, 60)
    page.show()
    qtbot.waitExposed(page)
    for done, filled in ((0, False), (30, True)):  # part 1 of 7, then part 4
        bar.setValue(done)
        seen = colours(bar.grab().toImage())
        outline = max(contrast_ratio(colour, palette.window) for colour in seen)
        assert outline >= 3.0, f"{theme}: the bar's best contrast with the page {outline:.2f}"
        assert (palette.accent.lower() in seen) is filled
