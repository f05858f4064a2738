"""No word inside a drawing is drawn smaller than a person can read: at 100% text size
the smallest is at least 11 px tall, and it grows with the text size, in every language,
on a small screen and a common one. Words stay inside the view, clear of each other and,
in a drawing of panels (two maps side by side), within their own panel. The drawings are
the ones the content shows: every Learn card's picture and figures, and every step of
every self-check."""

from __future__ import annotations

from collections.abc import Callable
from itertools import combinations
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn.card_view import CardView
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from companion.ui.shared.banded_drawing import BandedDrawing
from companion.ui.shared.illustration import IllustrationView
from companion.ui.shared.labelled_drawing import LabelledDrawing
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.clock import FakeClock
from tests.helpers.layout import window_at
from tests.helpers.qt import click

SMALLEST_AT_100 = 11.0  # px
SIZES = ((1024, 600), (1280, 800))


def word_sizes(views: list[IllustrationView], where: str) -> dict[str, float]:
    """Each drawing's smallest words, in px, as drawn now; words the app draws over a
    drawing stay inside it and clear of each other."""
    found = {}
    for view in views:
        settle()
        if isinstance(view, (LabelledDrawing, BandedDrawing)):
            placed = view.placed_labels()
            for item in placed:
                assert view.rect().toRectF().contains(item.rect), f"{where} {item.lines} runs off"
            for one, other in combinations(placed, 2):
                assert not one.rect.intersects(other.rect), f"{where} {one.lines} {other.lines}"
        if isinstance(view, LabelledDrawing):  # a label keeps to its panel of the drawing
            for item in view.placed_labels():
                low, high = view.panel_edges(item.label)
                inside = low - 0.5 <= item.rect.left() and item.rect.right() <= high + 0.5
                assert inside, f"{where} {item.lines} {item.rect} crosses into another panel"
        if isinstance(view, BandedDrawing):  # words leave what is drawn uncovered
            for item in view.placed_labels():
                assert not view.covers_drawing(item.rect), f"{where} {item.lines} covers it"
                for line in view.divider_lines():  # nor crosses a divider between panels
                    beside = line.top() < item.rect.bottom() and item.rect.top() < line.bottom()
                    across = item.rect.left() < line.left() < item.rect.right()
                    assert not (beside and across), f"{where} {item.lines} crosses a divider"
        px = view.smallest_word_px()
        if px is not None:
            found[f"{where} {view.name}"] = px
    return found


def learn_word_sizes(qtbot: QtBot, window: MainWindow) -> dict[str, float]:
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    found: dict[str, float] = {}
    for card_id in learn.learn.cards:
        tile = learn.start.findChild(CardTile, f"tile_{card_id}")
        assert tile is not None, card_id
        if tile.thumb is not None:  # 72 px: too small for any word, so it shows none
            assert tile.thumb.smallest_word_px() is None, f"tile {card_id} {tile.thumb.name}"
        click(qtbot, tile)
        view = learn.card_view
        assert isinstance(view, CardView) and view.card is not None
        settle()
        shown = [view.image] if view.image is not None else []
        found |= word_sizes(shown, f"card {card_id}:")
        if view.card.figures:
            click(qtbot, view.more_button)
            figures = view.detail.findChildren(IllustrationView)
            assert len(figures) == len(view.card.figures)
            found |= word_sizes(figures, f"card {card_id} figure:")
        click(qtbot, view.back_button)
        settle()
    return found


def self_check_word_sizes(qtbot: QtBot, window: MainWindow) -> dict[str, float]:
    page = check_page(window)
    start(qtbot, page)
    found: dict[str, float] = {}
    for question_id in ("slump_result", "position_result", "heel_press_result", "walking_result"):
        answer_until(qtbot, page, question_id, NERVE)
        steps = question(page).self_test
        assert steps is not None
        for _ in steps.test.steps:
            found |= word_sizes([steps.drawing], f"self-check {question_id}:")
            if steps.next_step_button.isEnabled():
                click(qtbot, steps.next_step_button)
    return found


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("scale", (100, 175))
def test_words_in_drawings_are_big_enough_to_read(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    language: str,
    scale: int,
    size: tuple[int, int],
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    state = AppState.open(tmp_path, now=clock, language=language)
    state.settings.update(welcome_done=True, text_scale=scale)
    window = window_at(make_window, state, "learn", size)
    found = learn_word_sizes(qtbot, window)
    window.show_page("check")
    settle()
    found |= self_check_word_sizes(qtbot, window)
    assert len(found) >= 20  # the content's drawings with words were all reached
    least = SMALLEST_AT_100 * scale / 100
    small = {where: round(px, 1) for where, px in found.items() if px < least - 0.25}
    assert not small, f"{language} {scale}% {size}: words smaller than {least:.1f} px: {small}"
