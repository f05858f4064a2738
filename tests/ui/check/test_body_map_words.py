"""The body map's words ("Seen from behind", "Left", "Right") follow the text size and the
language, and never cover a place to pick or run off the map."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from itertools import combinations
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.answers import BodyRegionInput
from companion.ui.check.body_map import BodyMap
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import answer_until, check_page, question, start
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

WORDS = {
    "en": {"Seen from behind", "Left", "Right"},
    "es": {"Vista desde atrás", "Izquierda", "Derecha"},
}


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    assert install_translators(qapp, request.param)
    yield request.param
    install_translators(qapp, "en")


def body_map_at(
    qtbot: QtBot, make_window: Callable[..., MainWindow], state: AppState
) -> BodyRegionInput:
    window = make_window(state, page="check")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(1024, 600)
    settle()
    page = check_page(window)
    start(qtbot, page)
    answer_until(qtbot, page, "pain_regions", SAFE)
    answer = question(page).input
    assert isinstance(answer, BodyRegionInput)
    settle()
    return answer


def longest_ink_run_above_the_body(body: BodyMap) -> int:
    """The tallest line of dark pixels drawn above the lower back, in px: how tall the
    words there look, whatever drew them."""
    image = body.grab().toImage()
    top = round(body.element_rect("region_lower_back").top()) - 4
    longest = run = 0
    for y in range(max(0, min(top, image.height()))):
        dark = any(image.pixelColor(x, y).lightness() < 110 for x in range(image.width()))
        run = run + 1 if dark else 0
        longest = max(longest, run)
    return longest


def check_words_stay_clear(qtbot: QtBot, body: BodyMap, where: str) -> None:
    layout = body.words_layout()
    for item in layout.placed:
        words = " ".join(item.lines)
        assert body.rect().toRectF().contains(item.rect), f"{where}: {words} runs off"
        metrics = QFontMetricsF(item.font)
        assert max(metrics.horizontalAdvance(line) for line in item.lines) <= item.rect.width()
        for value, _name in body.regions:
            place = body.element_rect(f"region_{value}")
            place.setTop(max(place.top(), layout.band))  # zoomed in, cut off at the words
            if place.height() > 0:
                assert not item.rect.intersects(place), f"{where}: {words} covers {value}"
        before = list(body.selected)
        qtbot.mouseClick(body, Qt.MouseButton.LeftButton, pos=item.rect.center().toPoint())
        assert body.selected == before, f"{where}: a click on {words} picked a place"
    for one, other in combinations(layout.placed, 2):
        assert not one.rect.intersects(other.rect), f"{where}: {one.lines} covers {other.lines}"


def test_the_words_grow_with_the_text_size_in_the_persons_language(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    language: str,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """The words were part of the drawing: about 12 px in English and 7 px in Spanish at
    every text size. Now they are the page's text size, so bigger at 175%."""
    ink: dict[int, int] = {}
    for scale in (100, 175):
        state = AppState.open(tmp_path / str(scale), now=clock, language=language)
        state.settings.update(welcome_done=True, emergency_number="112", text_scale=scale)
        answer = body_map_at(qtbot, make_window, state)
        body = answer.map
        ink[scale] = longest_ink_run_above_the_body(body)
        placed = body.words_layout().placed
        assert {" ".join(item.lines) for item in placed} == WORDS[language]
        text_height = QFontMetricsF(QApplication.font()).height()
        for item in placed:
            assert QFontMetricsF(item.font).height() == text_height
        check_words_stay_clear(qtbot, body, f"{language} {scale}%")
        # Zoomed in on the hips, the words are still there, above the drawing.
        click(qtbot, answer.zoom_button)
        settle()
        assert {" ".join(p.lines) for p in body.words_layout().placed} == WORDS[language]
        check_words_stay_clear(qtbot, body, f"{language} {scale}% zoomed")
        click(qtbot, answer.zoom_button)
    # What a person sees: the words above the body are drawn taller at 175%.
    assert ink[175] >= 1.5 * ink[100], ink


def test_the_words_move_when_the_text_size_changes(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """The words' places are kept between repaints: Ctrl+plus must still make them
    bigger, keep them clear of the body, and the keyboard and names keep working."""
    answer = body_map_at(qtbot, make_window, returning_state)
    body = answer.map
    before = QFontMetricsF(body.words_layout().placed[0].font).height()
    returning_state.settings.update(text_scale=175)  # as Ctrl+plus or Settings does
    settle()
    assert QFontMetricsF(body.words_layout().placed[0].font).height() >= 1.6 * before
    check_words_stay_clear(qtbot, body, "after Ctrl+plus")
    body.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(body, Qt.Key.Key_Down)
    qtbot.keyClick(body, Qt.Key.Key_Space)
    assert body.selected == ["buttock_left"]
    assert body.accessibleName() == "Body map, seen from behind. Left buttock: picked."
