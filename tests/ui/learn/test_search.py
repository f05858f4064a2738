"""Learn's search box, typed in as a person types: other forms of a word, odd queries,
and what an empty result offers."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn.page import LearnPage
from tests.helpers.clock import FakeClock
from tests.ui.learn_helpers import open_learn, visible_tiles


@pytest.fixture
def spanish_page(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> LearnPage:
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    return open_learn(qtbot, state)


def found(qtbot: QtBot, page: LearnPage, query: str) -> dict[str, str]:
    """Type `query` in a cleared search box; the tiles shown, title -> the text under it."""
    page.start.search_field.clear()
    qtbot.keyClicks(page.start.search_field, query)
    return {tile.title(): tile.text_label.text() for tile in visible_tiles(page.start)}


@pytest.mark.parametrize(
    ("typed", "card", "says"),
    [
        ("doler", "sitting_pacing", "duele"),  # 4 cards said "doler"; 8 more say "duele"
        ("me duele", "sitting_pacing", "duele"),  # worked before: still does
        ("me siento", "sitting_pacing", ""),  # "I sit": found nothing at all
        ("sentir", "nerve_or_muscle", ""),  # the card says "se sienten"
        ("duermo", "sleep", ""),  # found nothing
        ("vuelvo", "return_to_running", "vuelve"),  # found nothing
        ("envolver el hielo", "heat_and_ice", "Envuelva"),  # found nothing
    ],
)
def test_another_form_of_a_spanish_verb_finds_the_card(
    qtbot: QtBot, spanish_page: LearnPage, typed: str, card: str, says: str
) -> None:
    """Spanish stems change as a verb is said ("doler", "me duele"); a person types the
    verb or their own form of it, and the card that says another form appears."""
    title = spanish_page.titles()[card]
    tiles = found(qtbot, spanish_page, typed)
    assert title in tiles, typed
    assert says in tiles[title]  # the sentence under the title shows why it matched
