"""Learn's search box, typed in as a person types: other forms of a word, odd queries,
and what an empty result offers."""

from __future__ import annotations

import random
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.learn import start as start_module
from companion.ui.learn.page import LearnPage
from tests.helpers.clock import FakeClock
from tests.helpers.learn_ui import card_tiles, open_learn, visible_tiles
from tests.helpers.qt import announcements, click


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


def type_in(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Key clicks for Latin-1; anything else (emoji, Arabic, Hebrew) as an input method
    or on-screen keyboard sends it."""
    for letter in text:
        if ord(letter) < 256:
            qtbot.keyClicks(field, letter)
        else:
            typed = QInputMethodEvent()
            typed.setCommitString(letter)
            QApplication.sendEvent(field, typed)


def test_nothing_found_offers_a_way_back_to_the_cards(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """With no match the only way back to the cards was the small x in the field, or
    Esc, which nothing on the page mentions."""
    page = open_learn(qtbot, returning_state)
    with qtbot.waitActive(page):  # the keyboard goes back to the field: a window's focus
        page.activateWindow()
    start = page.start
    qtbot.keyClicks(start.search_field, "zebra")
    assert start.results_heading.text() == "No cards found"
    assert start.no_results.text() == (
        "Nothing matches “zebra”. Try another word, such as nerve, heat or sitting."
    )
    assert start.show_all.isVisible() and start.show_all.text() == "Show all cards"
    click(qtbot, start.show_all)
    assert start.search_field.text() == "" and start.search_field.hasFocus()
    assert start.reason_card.isVisible() and not start.show_all.isVisible()
    assert card_tiles(page)[0] == "Nerve or muscle? How to tell"
    qtbot.keyClicks(start.search_field, "heat")  # found: no way back needed
    assert visible_tiles(start) and not start.show_all.isVisible()


@pytest.mark.parametrize(
    "typed",
    [
        "😀🦵🔥",  # emoji only: no word to search
        "ألم في الفخذ",  # Arabic, right to left: "pain in the thigh"
        "כאב ברגל",  # Hebrew: "pain in the leg"
        "?!… -- (( )) ¿¡ '' «»",  # punctuation only
        "heat 🔥 ice",  # emoji between words
    ],
)
def test_odd_queries_say_what_was_found(
    qtbot: QtBot, returning_state: AppState, typed: str
) -> None:
    page = open_learn(qtbot, returning_state)
    start = page.start
    type_in(qtbot, start.search_field, typed)
    assert start.search_field.text() == typed
    if typed.startswith("heat"):
        assert "Heat and ice, safely" in [tile.title() for tile in visible_tiles(start)]
        return
    assert start.results_heading.text() == "No cards found"
    assert start.show_all.isVisible() and visible_tiles(start) == []
    assert start.widget().minimumSizeHint().width() <= start.viewport().width()


def test_a_pasted_page_then_one_more_letter(qtbot: QtBot, returning_state: AppState) -> None:
    """1,000 characters of a card's own words pasted, then a letter typed after them:
    every word is searched, the page still fits, and the message stays short."""
    page = open_learn(qtbot, returning_state)
    start = page.start
    card = page.learn.card("sleep") if page.learn else None
    assert card is not None
    pasted = " ".join((card.main + " " + card.detail).split())[:1000]
    start.search_field.setText(pasted)
    qtbot.keyClicks(start.search_field, "s")
    assert len(start.search_field.text()) == 1001
    assert "Sleeping with thigh or nerve pain" in [t.title() for t in visible_tiles(start)]
    assert start.widget().minimumSizeHint().width() <= start.viewport().width()
    start.search_field.setText("?" * 1000)
    assert start.results_heading.text() == "No cards found"
    assert len(start.no_results.text()) < 150


@pytest.mark.parametrize(
    "typed",
    [
        "\u200f",  # a right-to-left mark, as copied from Arabic or Hebrew text
        "\u200e\u200f\u200b",  # direction marks and a zero-width space
        "\u0301",  # an accent typed on its own, no letter under it
        "\u00a0\u2003 \u200f ",  # odd spaces around a mark
    ],
)
def test_a_paste_of_marks_no_one_can_see_is_no_search(
    qtbot: QtBot, returning_state: AppState, typed: str
) -> None:
    """It said "No cards found. Nothing matches “”", quoting what looked like nothing,
    and hid every card. A field that looks empty shows every card, as an empty one does."""
    page = open_learn(qtbot, returning_state)
    start = page.start
    every = card_tiles(page)
    type_in(qtbot, start.search_field, typed)
    assert start.search_field.text() == typed
    assert not start.results_heading.isVisible() and not start.no_results.isVisible()
    assert card_tiles(page) == every
    type_in(qtbot, start.search_field, "heat")  # then a word: it searches as usual
    assert "Heat and ice, safely" in [tile.title() for tile in visible_tiles(start)]


class _Watched(tuple[str, ...]):
    """The cards' stems, counting how many search reads one by one."""

    read = 0

    def __iter__(self) -> Iterator[str]:
        type(self).read += len(self)
        return super().__iter__()


def test_a_paste_of_ten_thousand_characters_is_searched_without_a_freeze(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """Each word of a 10,000-character paste was compared with every stem of every
    card (764 in English): 1.1 million comparisons, and the page froze for 1.5 s (0.2 s
    now). Search now looks each word up in the sorted stems."""
    page = open_learn(qtbot, returning_state)
    start = page.start
    qtbot.keyClicks(start.search_field, "heat")  # the cards are read at the first search
    search = start.search
    search._vocabulary = _Watched(search._vocabulary)
    made_up = random.Random(1)
    pasted = " ".join(
        "".join(made_up.choices(string.ascii_lowercase, k=made_up.randint(3, 9)))
        for _ in range(1500)
    )[:10_000]
    start.search_field.setText(pasted)
    assert start.results_heading.isVisible()
    assert _Watched.read < len(search._vocabulary)  # not once a word: not at all
    qtbot.keyClicks(start.search_field, " heat")
    assert "Heat and ice, safely" in [tile.title() for tile in visible_tiles(start)]


def test_hernia_discal_finds_the_card_about_the_back(qtbot: QtBot, spanish_page: LearnPage) -> None:
    """In English "herniated disc" and "slipped disc" find the lower back card (its
    keyword "disc"); the Spanish "hernia discal", the usual words for it, found nothing:
    the card's "disco" is not the start of "discal"."""
    title = spanish_page.titles()["lower_back"]
    assert title in found(qtbot, spanish_page, "hernia discal")


def paste_over(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """Select all that is typed (Ctrl+A) and paste `text` over it (Ctrl+V)."""
    QApplication.clipboard().setText(text)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.text() == text


def test_other_cards_as_many_as_before_are_heard(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a new count was said: "ice" pasted over with "bed" showed 4 other cards, and
    a screen reader, its keyboard still in the field, heard nothing. The same cards again
    ("pillow", then "pills"; a space typed after a word) are not said again."""
    page = open_learn(qtbot, returning_state)
    field = page.start.search_field
    heard = announcements(monkeypatch, start_module)
    paste_over(qtbot, field, "ice")
    assert heard == ["4 cards found"]
    ice = set(card_tiles(page))
    paste_over(qtbot, field, "bed")
    assert set(card_tiles(page)) != ice and len(card_tiles(page)) == 4
    assert heard == ["4 cards found", "4 cards found"]
    qtbot.keyClicks(field, " ")  # typed to its end: the same cards
    paste_over(qtbot, field, "pillow")
    pillow = set(card_tiles(page))
    paste_over(qtbot, field, "pills")
    assert set(card_tiles(page)) == pillow
    assert heard == ["4 cards found", "4 cards found", "3 cards found"]
