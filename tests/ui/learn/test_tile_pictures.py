"""Learn's tiles: every tile's words start at one place, drawing or not; the drawings
grow with the text; and in the dark theme they stand out from the tile."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import THUMB, CardTile
from tests.helpers.accessibility import settle
from tests.helpers.check_ui import MakeWindow
from tests.helpers.contrast import contrast_ratio
from tests.helpers.layout import window_at
from tests.helpers.learn_ui import visible_tiles


def tiles(make_window: MakeWindow, state: AppState, size: tuple[int, int]) -> list[CardTile]:
    window = window_at(make_window, state, "learn", size)
    page = window.page("learn")
    assert isinstance(page, LearnPage)
    found = [tile for tile in visible_tiles(page.start) if isinstance(tile, CardTile)]
    assert len(found) > 3
    return found


def words_start(tile: CardTile) -> int:
    return tile.title_label.mapTo(tile, QPoint(0, 0)).x()


def test_a_tile_without_a_drawing_starts_its_words_where_the_others_do(
    make_window: MakeWindow, largest_text: AppState
) -> None:
    """ "When to get help" has no drawing: its title started about 86 px left of the
    others'."""
    found = tiles(make_window, largest_text, (1024, 600))
    bare = [tile for tile in found if tile.thumb is None]
    assert bare, "every tile has a drawing now: this test has nothing to prove"
    assert {words_start(tile) for tile in found} == {words_start(found[0])}


def test_the_drawings_grow_with_the_text(make_window: MakeWindow, largest_text: AppState) -> None:
    """At 175% the drawings stayed 72 px while the words beside them grew."""
    for tile in tiles(make_window, largest_text, (1024, 600)):
        if tile.thumb is not None:
            assert tile.thumb.width() >= THUMB * 1.6, (tile.title(), tile.thumb.width())
            assert tile.thumb.height() == tile.thumb.width()


def test_at_the_usual_text_size_the_drawings_keep_their_size(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    for tile in tiles(make_window, returning_state, (1280, 800)):
        if tile.thumb is not None:
            assert tile.thumb.width() == THUMB


@pytest.mark.parametrize("theme", [Theme.DARK, Theme.LIGHT])
def test_a_drawing_stands_out_from_its_tile(
    make_window: MakeWindow, returning_state: AppState, theme: Theme
) -> None:
    """In the dark theme the legs' dark skin and thin lines all but vanished on the
    near-black tile: the drawing's backing must differ from the tile by 3:1 or more (the
    light theme's drawings are made for its light tiles)."""
    returning_state.settings.update(theme=theme)
    found = tiles(make_window, returning_state, (1280, 800))
    settle()
    tile = next(tile for tile in found if tile.thumb is not None)
    thumb = tile.thumb
    assert thumb is not None
    shot = tile.grab().toImage()
    ratio = tile.devicePixelRatioF()
    drawing = thumb.drawing_rect().toRect().translated(thumb.pos())
    middle = drawing.center().y()

    def colour(x: int) -> str:
        return str(shot.pixelColor(round(x * ratio), round(middle * ratio)).name())

    behind = colour(drawing.left() + 1)  # just inside the drawing's own area
    tile_colour = colour(thumb.x() - 6)  # the tile, left of the drawing
    if theme is Theme.DARK:
        assert contrast_ratio(behind, tile_colour) >= 3, (behind, tile_colour)
    else:
        assert behind == tile_colour  # no backing needed: the drawing sits on the tile
