"""The time line of "How long it usually takes", at the reader's text size: each axis word
sits under its own tick, clear of the dashed "about 6 weeks" line; each legend key sits
beside its words and stands out from the page in either theme; the Learn list's small
tile shows no loose specks where the words were."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn.tile import CardTile
from companion.ui.shared.banded_drawing import BandedDrawing
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.layout import window_at
from tests.helpers.learn_ui import card_picture

TICKS = (262, 411.9, 608.7, 716.6)  # the axis's ticks, in the drawing's units
SIX_WEEKS = 550


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: QColor, b: QColor) -> float:
    low, high = sorted((luminance(a), luminance(b)))
    return (high + 0.05) / (low + 0.05)


def opened(
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    qtbot: QtBot,
    look: tuple[str, int, str, tuple[int, int]],
) -> tuple[MainWindow, BandedDrawing]:
    language, scale, theme, size = look
    assert install_translators(qapp, language)
    state = AppState.open(tmp_path, now=clock, language=language)
    state.settings.update(welcome_done=True, text_scale=scale, theme=theme)
    window = window_at(make_window, state, "learn", size)
    return window, card_picture(qtbot, window, "how_long")


LOOKS = [("es", 175, "dark", (1024, 600)), ("en", 100, "light", (1280, 800))]


@pytest.mark.parametrize("look", LOOKS)
def test_each_axis_word_sits_under_its_tick_clear_of_the_six_weeks_line(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    look: tuple[str, int, str, tuple[int, int]],
) -> None:
    try:
        _, view = opened(qapp, make_window, clock, tmp_path, qtbot, look)
        first = view.drawing_rects()[0]
        scale = first.width() / view.renderer.viewBoxF().width()
        axis = [item for item in view.placed_labels() if item.group.y == 272]
        assert len(axis) == 4
        line = first.left() + SIX_WEEKS * scale
        for item, tick in zip(sorted(axis, key=lambda i: i.group.x), TICKS, strict=True):
            x = first.left() + tick * scale
            assert item.rect.left() - 1 <= x <= item.rect.right() + 1, (item.lines, x, item.rect)
            assert not item.rect.left() < line < item.rect.right(), (item.lines, line)
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("look", [*LOOKS, ("en", 100, "dark", (1280, 800))])
def test_each_legend_key_sits_beside_its_words_and_stands_out(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    look: tuple[str, int, str, tuple[int, int]],
) -> None:
    try:
        window, view = opened(qapp, make_window, clock, tmp_path, qtbot, look)
        keyed = [item for item in view.placed_labels() if item.group.key is not None]
        assert len(keyed) == 2  # "most people", "some take longer"
        image: QImage = view.grab().toImage()
        page = view.palette().window().color()
        for item in keyed:
            key = view.key_rect(item)
            middle = item.rect.top() + (view.fontMetrics().height()) / 2
            assert abs(key.center().y() - middle) <= 1, item.lines  # on the first line
            assert key.height() >= 8 and key.right() < item.rect.left() + 2 * key.width()
            edge = QColor(image.pixel(round(key.center().x()), round(key.top() + 1)))
            assert contrast(edge, page) >= 3, (item.lines, edge.name(), page.name())
    finally:
        install_translators(qapp, "en")
    del window


def test_the_small_tile_shows_no_specks_where_the_words_were(
    qtbot: QtBot, make_window: Callable[..., MainWindow], clock: FakeClock, tmp_path: Path
) -> None:
    state = AppState.open(tmp_path, now=clock)
    state.settings.update(welcome_done=True)
    window = window_at(make_window, state, "learn", (1280, 800))
    tile = window.findChild(CardTile, "tile_how_long")
    assert tile is not None and tile.thumb is not None
    drawing = tile.thumb.renderer.viewBoxF()
    image = tile.thumb.grab().toImage()
    # The drawing, scaled to the tile's width and centred in its height; its legend sat
    # above the bars, left of the bars' start (x < 250, y < 40): now blank paper.
    scale = image.width() / drawing.width()
    top = (image.height() - drawing.height() * scale) / 2
    paper = QColor(image.pixel(0, 0))
    specks = [
        (x, y)
        for x in range(round(250 * scale))
        for y in range(int(top), round(top + 40 * scale) + 1)
        if contrast(QColor(image.pixel(x, y)), paper) > 1.3
    ]
    assert not specks, specks[:5]
