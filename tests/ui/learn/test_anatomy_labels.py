"""The anatomy drawings' labels follow the text size: at 175% their words are drawn
bigger, and still none covers another or runs off the drawing, in every language."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn.anatomy_view import AnatomyPage
from companion.ui.learn.page import LearnPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

LABELLED = ("nerve", "muscles", "front")  # the layers whose drawings carry words
SCALES = (100, 175)


def open_anatomy_at(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    state: AppState,
) -> AnatomyPage:
    window = make_window(state, "learn")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(1024, 600)
    settle()
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    click(qtbot, learn.start.anatomy_tile)
    assert learn.anatomy is not None
    return learn.anatomy


def test_labels_grow_with_the_text_size_and_keep_apart(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    language: str,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    heights: dict[tuple[int, str], list[float]] = {}
    for scale in SCALES:
        state = AppState.open(tmp_path / str(scale), now=clock, language=language)
        state.settings.update(welcome_done=True, text_scale=scale)
        view = open_anatomy_at(qtbot, make_window, state)
        for layer in LABELLED:
            click(qtbot, view.layer_buttons[layer])
            settle()
            canvas = view.canvas
            placed = canvas.placed_labels()
            words = " ".join(" ".join(p.lines) for p in placed)
            assert ("Sciatic nerve" if language == "en" else "Nervio ciático") in words or (
                layer != "nerve"
            )
            assert len(placed) >= 6, layer
            heights[scale, layer] = [QFontMetricsF(p.font).height() for p in placed]
            for item in placed:
                where = f"{language} {scale}% {layer}: {' '.join(item.lines)}"
                assert canvas.rect().toRectF().contains(item.rect), where
                if item.anchor is not None:  # beside the spot it names, its line reaching it
                    assert item.rect.left() > item.anchor.x(), where
                    assert canvas.rect().toRectF().contains(item.anchor), where
            for one, other in combinations(placed, 2):
                assert not one.rect.intersects(other.rect), (
                    f"{language} {scale}% {layer}: {one.lines} covers {other.lines}"
                )
            # Each line of words fits its box.
            for item in placed:
                metrics = QFontMetricsF(item.font)
                widest = max(metrics.horizontalAdvance(line) for line in item.lines)
                assert widest <= item.rect.width() + 0.5
        # The words are the size of the page's own text.
        assert heights[scale, "nerve"][0] == QFontMetricsF(view.part_text.font()).height()
    for layer in LABELLED:
        small, large = heights[100, layer], heights[175, layer]
        assert all(big >= 1.6 * little for big, little in zip(large, small, strict=True)), layer


def test_labels_are_placed_again_when_the_text_size_or_window_changes(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """The placed labels are kept between repaints; a new text size or a new window
    size must still move and size them, not leave them where they were."""
    state = AppState.open(tmp_path, now=clock)
    state.settings.update(welcome_done=True)
    view = open_anatomy_at(qtbot, make_window, state)
    canvas = view.canvas
    before = QFontMetricsF(canvas.placed_labels()[0].font).height()
    state.settings.update(text_scale=175)  # as Ctrl+plus or Settings does
    settle()
    after = canvas.placed_labels()
    assert QFontMetricsF(after[0].font).height() >= 1.6 * before
    view.window().resize(800, 520)
    settle()
    for item in canvas.placed_labels():
        assert canvas.rect().toRectF().contains(item.rect), " ".join(item.lines)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 800)])
def test_each_pain_map_has_its_name_under_it(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    language: str,
    clock: FakeClock,
    tmp_path: Path,
    width: int,
    height: int,
) -> None:
    """The "Pain patterns" layer shows four maps, each named under it. The names were set at the
    top of the drawing: "Nerve" over "Lower back" on the first map, "Muscle" over
    "Narrowed canal" on the second, the bottom two maps with no name near them."""
    state = AppState.open(tmp_path, now=clock, language=language)
    state.settings.update(welcome_done=True, text_scale=175)
    view = open_anatomy_at(qtbot, make_window, state)
    view.window().resize(width, height)
    click(qtbot, view.layer_buttons["patterns"])
    settle()
    canvas = view.canvas
    placed = canvas.placed_labels()
    assert len(placed) == 4
    middle = canvas.to_widget(canvas.renderer.viewBoxF().center())
    drawing = canvas.drawing_rect()
    for item, (left, top) in zip(placed, [(1, 1), (0, 1), (1, 0), (0, 0)], strict=True):
        where = f"{language} {width}x{height}: {' '.join(item.lines)}"
        assert (item.rect.right() <= middle.x()) == bool(left), where  # its own column
        assert (item.rect.bottom() <= middle.y()) == bool(top), where  # its own row
        assert drawing.adjusted(0, 0, 0, 8).contains(item.rect), where  # never clipped
    for one, other in combinations(placed, 2):
        assert not one.rect.intersects(other.rect)
