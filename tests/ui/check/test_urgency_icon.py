"""The urgency icon beside the result's level in words grows with the text and is drawn
at its size, as crisp as the words: it was drawn at 48 px, scaled down (soft) or, at the
largest text, left at 48 px however large the words beside it."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check.urgency import URGENCY_ICONS
from companion.ui.shared.theme import DARK
from companion.ui.shell.main_window import MainWindow
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import check_page, start, walk
from tests.helpers.qt import click


@pytest.mark.parametrize("scale", [100, 175])
def test_the_results_urgency_icon_is_drawn_at_its_size(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState, scale: int
) -> None:
    """At 100% text the icon grows with the words: drawn at 48 px and scaled, 21% of its
    pixels were exactly its colour (Self-care: 124 of 578); drawn at its own 40 px, about
    half. At 175% it is 69 px, where it stayed at 48 px beside words twice as big."""
    returning_state.settings.update(theme=Theme.DARK, text_scale=scale)
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    words = page.view.findChild(QLabel, "urgencyLabel")
    badge = words.parentWidget()
    icon = next(w for w in badge.findChildren(QLabel) if w is not words)
    pixmap = icon.pixmap()
    side = pixmap.deviceIndependentSize().width()
    if scale == 100:
        assert side == 40  # its own size at the usual text
    else:
        assert 40 * 1.6 <= side <= 40 * 1.8, side  # grown as the words are
    image = pixmap.toImage()
    colours = {getattr(DARK, colour).lower() for _name, colour in URGENCY_ICONS.values()}
    inked = solid = 0
    for x in range(image.width()):
        for y in range(image.height()):
            colour = image.pixelColor(x, y)
            inked += colour.alpha() > 20
            solid += colour.alpha() == 255 and colour.name() in colours
    assert solid >= inked * 2 / 5, (icon.accessibleName(), solid, inked)
