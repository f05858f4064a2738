"""Words a Learn drawing's panels hold stay in their own panel, and labels beside a
drawing leave what they name uncovered, at the largest text in Spanish, in both window
sizes: measured on the words' boxes as placed on screen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.resources import asset_path
from companion.ui.learn.card_view import CardView
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from companion.ui.shared.labelled_drawing import LabelledDrawing
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.clock import FakeClock
from tests.helpers.layout import window_at
from tests.helpers.learn_ui import card_picture
from tests.helpers.qt import click

SIZES = [(1024, 600), (1280, 800)]


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from companion.ui.shared.language import install_translators

    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


def learn_at(
    make_window: Callable[..., MainWindow], clock: FakeClock, tmp_path: Path, size: tuple[int, int]
) -> MainWindow:
    state = AppState.open(tmp_path, now=clock, language="es")
    state.settings.update(welcome_done=True, text_scale=175, theme="dark")
    return window_at(make_window, state, "learn", size)


@pytest.mark.parametrize("size", SIZES)
def test_a_caption_under_a_panel_stays_in_that_panel(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    spanish: None,
    size: tuple[int, int],
) -> None:
    # "Envuélvalo en un paño", under the heat pack of panel 3, was set across the whole
    # width below the dividers' ends: it began 100 px inside panel 2 (1024x600).
    view = card_picture(qtbot, learn_at(make_window, clock, tmp_path, size), "nerve_first_aid")
    dividers = [line.center().x() for line in view.divider_lines()]
    assert len(dividers) == 2
    caption = [p for p in view.placed_labels() if p.group.text.startswith("Envuélvalo")]
    assert len(caption) == 1
    rect = caption[0].rect
    assert rect.left() > dividers[1], (rect.left(), dividers[1])  # in panel 3, all of it
    top = min(line.top() for line in view.divider_lines())
    for placed in view.placed_labels():  # no word set beside the dividers crosses one
        if placed.rect.top() >= top:  # (a heading above them may run across)
            crossed = [x for x in dividers if placed.rect.left() < x < placed.rect.right()]
            assert not crossed, (placed.lines, crossed)


def leg_outline(name: str) -> QRectF:
    """The bounding box of the leg (the drawing's first shape), in its own units."""
    svg = asset_path(f"illustrations/{name}").read_text(encoding="utf-8")
    found = re.search(r'<path d="([^"]+)"', svg)
    assert found is not None
    numbers = [float(n) for n in re.findall(r"-?[0-9.]+", found.group(1))]
    xs, ys = numbers[0::2], numbers[1::2]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


@pytest.mark.parametrize("size", SIZES)
def test_the_progress_drawings_labels_leave_the_leg_uncovered(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    spanish: None,
    size: tuple[int, int],
) -> None:
    # At 1024x600 "Parte alta del muslo" grew left over the leg's edge (by 7 px) and
    # "Baja: va peor" sat on its feet.
    window = learn_at(make_window, clock, tmp_path, size)
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    tile = learn.start.findChild(CardTile, "tile_track_progress")
    assert tile is not None
    click(qtbot, tile)
    settle()
    view = learn.card_view
    assert isinstance(view, CardView) and isinstance(view.image, LabelledDrawing)
    drawing = view.image
    leg = leg_outline("learn_track_progress.es.svg")
    on_screen = QRectF(
        drawing.to_widget(QPointF(leg.left(), leg.top())),
        drawing.to_widget(QPointF(leg.right(), leg.bottom())),
    )
    placed = drawing.placed_labels()
    assert len(placed) == 8
    for item in placed:
        assert not item.rect.intersects(on_screen), (item.lines, item.rect, on_screen)
        assert drawing.rect().toRectF().contains(item.rect), item.lines


@pytest.mark.parametrize(("scale", "size"), [(115, (1024, 600)), (150, (1280, 800))])
def test_the_panels_headings_share_one_line(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    clock: FakeClock,
    tmp_path: Path,
    spanish: None,
    scale: int,
    size: tuple[int, int],
) -> None:
    # The rule that steps every other word under a time line's ticks took the panels'
    # dividers for dashed levels: "2. Muévase para aliviarlo" was set a line below the
    # headings beside it (27 px at 150%, 1280x800), and across the first divider.
    state = AppState.open(tmp_path, now=clock, language="es")
    state.settings.update(welcome_done=True, text_scale=scale)
    view = card_picture(qtbot, window_at(make_window, state, "learn", size), "nerve_first_aid")
    placed = view.placed_labels()
    first = min(p.group.top for p in placed)  # the row the drawing set at its top
    headings = [p for p in placed if p.group.top == first]
    assert len(headings) == 3
    assert len({round(p.rect.top()) for p in headings}) == 1, [p.rect for p in headings]
