"""A Learn strip opened into bands for its words still reads as one drawing: a dashed line
that runs down it (the "about 6 weeks" level, a divider between panels) goes on across
the bands opened over it, but where a word sits; the names of numbered steps all sit on
the same side of the drawing, each on one line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.banded_drawing import BandedDrawing
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.layout import window_at
from tests.helpers.learn_ui import card_picture


def inked_share(image: QImage, x: float, top: int, bottom: int) -> float:
    """How much of the line at `x` between `top` and `bottom` is drawn in dark ink (in
    either pixel column it falls across)."""
    columns = {int(x), int(x + 0.5)}
    dark = sum(
        1
        for y in range(top, bottom)
        if min(QColor(image.pixel(c, y)).lightness() for c in columns) < 160
    )
    return dark / max(1, bottom - top)


def test_the_six_weeks_line_goes_on_across_the_bands_of_row_names(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    # Spanish at 175%: the row names are too long to sit beside their bars.
    assert install_translators(qapp, "es")
    try:
        state = AppState.open(tmp_path, now=clock, language="es")
        state.settings.update(welcome_done=True, text_scale=175)
        window = window_at(make_window, state, "learn", (1024, 600))
        view = card_picture(qtbot, window, "how_long")
        line_goes_on_across_bands(view)
    finally:
        install_translators(qapp, "en")


def line_goes_on_across_bands(view: BandedDrawing) -> None:
    (line,) = view.dashed_lines()  # "about 6 weeks"
    x = line.left()
    image = view.grab().toImage()
    words = [item.rect for item in view.placed_labels()]
    crossed = [
        band
        for band in view.bands()
        if line.top() < band.top()
        and band.bottom() < line.bottom()
        and not any(
            rect.left() - 4 <= x <= rect.right() + 4 for rect in words if rect.intersects(band)
        )
    ]
    assert len(crossed) >= 3  # the bands of the row names between the bars
    for band in crossed:
        share = inked_share(image, x, round(band.top()) + 2, round(band.bottom()) - 2)
        assert share > 0.25, f"the line breaks off across the band at {band}: {share:.2f}"


@pytest.mark.parametrize("scale", (100, 175))
def test_the_stairs_step_names_sit_together_under_it_each_on_one_line(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    scale: int,
) -> None:
    assert install_translators(qapp, "es")
    try:
        state = AppState.open(tmp_path, now=clock, language="es")
        state.settings.update(welcome_done=True, text_scale=scale)
        window = window_at(make_window, state, "learn", (1024, 600))
        view = card_picture(qtbot, window, "graded_return")
        steps = [item for item in view.placed_labels() if item.group.text[0].isdigit()]
        names = [" ".join(item.lines) for item in steps]
        assert len(steps) == 3, names
        drawing = view.drawing_rects()
        for one in steps:  # no part of the stair between two step names
            for other in steps:
                between = [
                    part
                    for part in drawing
                    if one.rect.bottom() <= part.top() and part.bottom() <= other.rect.top()
                ]
                assert not between, f"{one.lines} and {other.lines} sit either side of it"
        assert all(len(item.lines) == 1 for item in steps), [item.lines for item in steps]
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("px", (13, 16, 23))
def test_a_step_name_never_leaves_its_number_alone_on_a_line(
    qtbot: QtBot, qapp: QApplication, px: int
) -> None:
    assert install_translators(qapp, "es")
    try:
        view = BandedDrawing("learn_graded_steps", "Tres pasos")
        qtbot.addWidget(view)
        font = view.font()
        font.setPixelSize(px)
        view.setFont(font)
        for width in range(300, 1000, 20):  # a phone-wide column up to a wide window
            view.resize(width, view.height())
            for item in view.placed_labels():
                if item.group.text[0].isdigit():
                    assert not any(line.endswith(".") for line in item.lines), (width, item)
                    assert len(item.lines) <= 2, (width, item.lines)
    finally:
        install_translators(qapp, "en")


def test_a_charts_row_names_sit_beside_their_bars_when_they_fit(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    state = AppState.open(tmp_path, now=clock)
    state.settings.update(welcome_done=True, text_scale=100)
    window = window_at(make_window, state, "learn", (1280, 800))
    view = card_picture(qtbot, window, "how_long")
    names = [item for item in view.placed_labels() if item.group.bold and item.group.x == 14]
    assert [" ".join(item.lines) for item in names] == [
        "Sore after exercise",
        "Sciatica",
        "Muscle strain",
        "Tendon pain",
        "Narrowed canal",
    ]
    bars_start = min(part.left() for part in view.drawing_rects()) + 262 / 800 * view.width()
    for item in names:  # beside the bars, within the drawing, not in a band above them
        assert item.rect.right() < bars_start, item.lines
        assert not any(band.intersects(item.rect) for band in view.bands()), item.lines
