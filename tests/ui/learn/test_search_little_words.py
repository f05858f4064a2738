"""Learn's search and the little words a person types on the way to a real one: "no",
"me", "ir". Typed as a person types, in both languages."""

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


def found(qtbot: QtBot, page: LearnPage, query: str) -> list[tuple[str, str]]:
    """Type `query` in a cleared search box; the tiles shown: (title, the text under it)."""
    page.start.search_field.clear()
    qtbot.keyClicks(page.start.search_field, query)
    return [(tile.title(), tile.text_label.text()) for tile in visible_tiles(page.start)]


def test_no_in_no_puedo_dormir_is_not_the_start_of_noche(
    qtbot: QtBot, spanish_page: LearnPage
) -> None:
    """ "no" matched "noche" (night) by its start: the Sleep card showed "El dolor suele
    sentirse peor por la noche" under its title, and the cards came in another order
    than for "dormir" alone."""
    tiles = found(qtbot, spanish_page, "no puedo dormir")
    assert tiles == found(qtbot, spanish_page, "dormir")
    assert tiles and not any("noche" in text for _title, text in tiles)


def test_a_short_word_typed_to_its_end_is_that_word_only(
    qtbot: QtBot, spanish_page: LearnPage
) -> None:
    """ "ir a caminar" (go for a walk): "ir" matched "irritado", so the first card was
    the one about an irritated nerve, under "Moverse es bueno para un nervio irritado"."""
    _title, text = found(qtbot, spanish_page, "ir a caminar")[0]
    assert "irrita" not in text and "camin" in text.lower()
    # The word still being typed matches by its start, as before: "ir" finds "irritado";
    # a space after it says it is typed to its end.
    assert any("irrita" in text for _title, text in found(qtbot, spanish_page, "ir"))
    assert not any("irrita" in text for _title, text in found(qtbot, spanish_page, "ir "))


def test_help_me_sleep_finds_the_sleep_card_first(qtbot: QtBot, returning_state: AppState) -> None:
    """ "me" matched "medicines": the first card was "Medicine facts", and the Sleep card
    was not shown at all."""
    page = open_learn(qtbot, returning_state)
    assert page.learn is not None
    assert found(qtbot, page, "help me sleep")[0][0] == page.learn.card("sleep").title
