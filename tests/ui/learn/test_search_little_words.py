"""Learn's search and the little words a person types on the way to a real one: "no",
"me", "de la", "the". Typed as a person types, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn import start as start_module
from companion.ui.learn.page import LearnPage
from companion.ui.shared.language import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.learn_ui import card_tiles, open_learn, visible_tiles
from tests.helpers.qt import announcements


@pytest.fixture
def spanish_page(qtbot: QtBot, tmp_path: Path, clock: FakeClock) -> LearnPage:
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    return open_learn(qtbot, state)


@pytest.fixture
def spanish_words(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    install_translators(qapp, "es")
    yield
    install_translators(qapp, "en")  # the other tests' English words
    QLocale.setDefault(before)


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


def test_only_little_words_show_every_card_and_say_what_to_try(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """ "the" or "my", the first word of "the pain in my leg", said "No cards found" and
    hid every card."""
    page = open_learn(qtbot, returning_state)
    start = page.start
    every_card = card_tiles(page)
    for typed in ("the", "my", "the "):
        found(qtbot, page, typed)
        assert start.results_heading.isHidden()  # no "No cards found"
        assert card_tiles(page) == every_card
        assert start.no_results.isVisible() and not start.show_all.isVisible()
        assert start.no_results.text() == (
            f"Words like “{typed.strip()}” are too common to search for. Try a word such "
            "as sleep, heat or sitting. Here are all the cards."
        )
    qtbot.keyClicks(start.search_field, "pain in my leg")  # then a real word: results
    assert start.results_heading.isVisible() and not start.no_results.isVisible()


def test_the_little_words_hint_is_heard_once_as_it_appears(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyboard stays in the field, so the hint is said as it appears. Typing "in a"
    said the 23-word hint twice in a row ("Words like “i” ...", then "“in a”"), each
    letter that only changed the words it quotes starting it over."""
    page = open_learn(qtbot, returning_state)
    field = page.start.search_field
    heard = announcements(monkeypatch, start_module)
    hints = lambda: [said for said in heard if said.startswith("Words like")]  # noqa: E731
    for letter in "in a":
        qtbot.keyClicks(field, letter)
        assert page.start.no_results.isVisible(), field.text()  # shown all along
    assert hints() == [
        "Words like “i” are too common to search for. Try a word such as sleep, heat or "
        "sitting. Here are all the cards."
    ]
    qtbot.keyClicks(field, "nkle")  # "in ankle": cards found, and their count heard
    assert heard[-1] == page.start.results_heading.text()
    field.clear()
    qtbot.keyClicks(field, "my")  # shown again: heard again, once
    assert len(hints()) == 2 and hints()[-1].startswith("Words like “my”")


def test_only_little_words_in_spanish(
    qtbot: QtBot, spanish_words: None, spanish_page: LearnPage
) -> None:
    start = spanish_page.start
    every_card = card_tiles(spanish_page)
    found(qtbot, spanish_page, "de la")
    assert start.results_heading.isHidden() and card_tiles(spanish_page) == every_card
    assert start.no_results.isVisible()
    assert start.no_results.text() == (
        "Palabras como “de la” son demasiado comunes para buscarlas. Pruebe una palabra "
        "como dormir, calor o sentarse. Aquí tiene todas las fichas."
    )
