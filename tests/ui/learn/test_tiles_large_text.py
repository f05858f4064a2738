"""Learn's tiles at the largest text: two side by side only when each still has room
for a line of words beside its drawing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.shared.app_state import AppState
from companion.ui.learn.page import LearnPage
from companion.ui.shared.language import install_translators
from tests.helpers.check_ui import MakeWindow
from tests.helpers.clock import FakeClock
from tests.helpers.layout import sized
from tests.helpers.learn_ui import visible_tiles

# A line of a tile's text should hold a few words, not one or two.
FEWEST_CHARS_A_LINE = 24


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("scale", [100, 175])
def test_a_tile_line_holds_a_few_words(
    qapp: QApplication,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    language: str,
    scale: int,
) -> None:
    """At 175% on a 1024 x 600 screen, two tiles side by side left 187 px beside each
    drawing: "Cuánto / suele tardar" and its text two words a line, 9 lines a tile."""
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path / "data", now=clock, language=language)
        state.settings.update(welcome_done=True, emergency_number="112", text_scale=scale)
        window = sized(make_window(state, page="learn"), 1024, 600)
        page = window.page("learn")
        assert isinstance(page, LearnPage)
        for tile in visible_tiles(page.start):
            text = tile.text_label
            chars = text.width() / text.fontMetrics().averageCharWidth()
            assert chars >= FEWEST_CHARS_A_LINE, (tile.title(), text.width(), chars)
        if scale == 100:  # the usual size keeps two columns on this screen
            first, second = visible_tiles(page.start)[:2]
            assert first.y() == second.y()
    finally:
        install_translators(qapp, "en")
