"""Learn's start view, cards, links and search, driven as a person would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.core.shared.records import EMERGENCY, HAMSTRING_STRAIN, SCIATIC_NERVE
from companion.core.shared.resources import resource_dir
from companion.ui.learn import start as start_module
from companion.ui.learn.page import LearnPage
from companion.ui.shared.language import install_translators
from tests.helpers.accessibility import role, settle, spoken_name
from tests.helpers.check_ui import MakeWindow
from tests.helpers.clock import FakeClock
from tests.helpers.filled_fields import text_room
from tests.helpers.layout import hint_width, sized
from tests.helpers.learn_ui import (
    a_check,
    button_named,
    card_tiles,
    open_learn,
    tile_named,
    visible_tiles,
)
from tests.helpers.qt import announcements, click


def test_without_a_check_learn_starts_with_nerve_or_muscle(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page = open_learn(qtbot, returning_state)
    assert page.currentWidget() is page.start
    assert page.start.reason_heading.text() == "A good place to start"
    tiles = card_tiles(page)
    assert tiles[0] == "Nerve or muscle? How to tell"
    assert len(tiles) == len(page.learn.cards)  # type: ignore[union-attr]
    click(qtbot, button_named(page.start, "Take the guided check"))  # offered, and goes there


def test_a_finished_check_puts_its_cards_first(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    returning_state.save_check(a_check(HAMSTRING_STRAIN))
    assert card_tiles(page)[0] == "Caring for a hamstring strain"
    assert page.start.reason_heading.text() == "Picked for your last check"
    assert "muscle strain pattern" in page.start.reason_text.text()
    assert not page.start.check_button.isVisible()


def test_a_check_an_emergency_stopped_is_not_said_to_point_anywhere(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """Stopped at saddle numbness after the age, the check scored no pattern: Learn does
    not call the first two in its list "the closest ones"."""
    answers = {"age_band": "age_50_69", "saddle_numbness": "yes"}
    result = evaluate(load_triage(), answers)
    returning_state.save_check(check_record(result, returning_state.now()))
    page = open_learn(qtbot, returning_state)
    text = page.start.reason_text.text()
    assert "points to no pattern" in text
    assert "closest" not in text


def test_an_earlier_check_orders_the_page_when_it_opens(
    qtbot: QtBot, returning_state: AppState
) -> None:
    returning_state.save_check(a_check(SCIATIC_NERVE))
    page = open_learn(qtbot, returning_state)
    assert card_tiles(page)[:2] == [
        "Nerve pain first aid",
        "Positions for an irritated nerve",
    ]


def test_an_urgent_check_puts_when_to_get_help_first_and_says_why(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page = open_learn(qtbot, returning_state)
    returning_state.save_check(a_check(SCIATIC_NERVE, EMERGENCY))
    assert card_tiles(page)[0] == "When to get help"
    assert "needs help right away" in page.start.reason_text.text()
    assert page.start.reason_card.property("role") == "warning"


def test_deleting_all_data_goes_back_to_the_start_order(
    qtbot: QtBot, returning_state: AppState
) -> None:
    returning_state.save_check(a_check(HAMSTRING_STRAIN))
    page = open_learn(qtbot, returning_state)
    returning_state.delete_all_data()
    assert card_tiles(page)[0] == "Nerve or muscle? How to tell"


def test_open_a_card_read_more_and_go_back(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    click(qtbot, tile_named(page.start, "Nerve pain first aid"))
    view = page.card_view
    assert page.currentWidget() is view
    assert view.title_label.text() == "Nerve pain first aid"
    assert view.image is not None and view.image.isVisible()
    assert "change position" in view.main_text.text().lower()
    assert view.sources_label.text().startswith("Sources: ")
    assert not view.detail.isVisible()
    assert role(view.more_button) == QAccessible.Role.Button  # not a tick box
    click(qtbot, view.more_button)
    assert view.detail.isVisible()
    assert view.more_button.text() == "Hide more detail"
    assert spoken_name(view.more_button) == "Hide more detail"  # heard as it reads
    click(qtbot, view.more_button)
    assert not view.detail.isVisible()
    assert spoken_name(view.more_button) == "Show more detail"
    # Read next: a related card, then back to the first card, then back to the start.
    read_next = tile_named(view, "Heat and ice, safely")
    assert read_next.accessibleName() == "Read next: Heat and ice, safely"
    click(qtbot, read_next)
    assert view.title_label.text() == "Heat and ice, safely"
    assert view.back_button.text() == "← Back to “Nerve pain first aid”"
    click(qtbot, view.back_button)
    assert view.title_label.text() == "Nerve pain first aid"
    assert view.back_button.text() == "← Back to Learn"
    click(qtbot, view.back_button)
    assert page.currentWidget() is page.start


def test_every_card_opens_with_its_drawings(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    for title in card_tiles(page):
        click(qtbot, tile_named(page.start, title))
        view = page.card_view
        assert view.title_label.text() == title
        card = view.card
        assert card is not None
        if card.image:
            assert view.image is not None and view.image.renderer.isValid()
            assert view.image.accessibleName() == card.image_alt
        click(qtbot, view.more_button)
        assert view.detail_text.text()
        click(qtbot, view.back_button)


def test_card_buttons_lead_to_other_pages(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    click(qtbot, tile_named(page.start, "Nerve pain first aid"))
    with qtbot.waitSignal(page.page_requested) as sent:
        click(qtbot, button_named(page.card_view, "Start a heat timer"))
    assert sent.args == ["timers"]


def test_links_in_the_text_work_from_the_keyboard(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    click(qtbot, tile_named(page.start, "Caring for a hamstring strain"))
    text = page.card_view.main_text
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # the first link in the text
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert page.card_view.title_label.text() == "Back to running after a strain"


def test_a_self_care_card_ends_with_when_to_get_help(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """The shared footer sits under the main text in a box of its own, with the number
    from the settings, and its link (by keyboard) opens the full list of signs."""
    page = open_learn(qtbot, returning_state)
    click(qtbot, tile_named(page.start, "Loading a sore tendon, step by step"))
    view = page.card_view
    assert view.footer is not None and view.footer.isVisible()
    assert view.footer.accessibleName() == "When to get help"
    assert "Call 112 or go to an emergency department" in view.footer_text.text()
    assert "about 6 weeks" in view.footer_text.text()
    assert "When to get help" not in view.main_text.text()
    view.footer_text.setFocus()
    qtbot.keyClick(view.footer_text, Qt.Key.Key_Tab)
    qtbot.keyClick(view.footer_text, Qt.Key.Key_Return)
    assert view.title_label.text() == "When to get help"
    assert view.footer is None  # the help card lists the signs itself


def test_the_emergency_number_comes_from_the_settings(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page = open_learn(qtbot, returning_state)
    click(qtbot, tile_named(page.start, "When to get help"))
    assert "Call 112 or go" in page.card_view.main_text.text()
    returning_state.settings.update(emergency_number=None)
    click(qtbot, page.card_view.back_button)
    click(qtbot, tile_named(page.start, "When to get help"))
    assert "Call your local emergency number or go" in page.card_view.main_text.text()


def test_search_finds_cards_and_clearing_brings_the_list_back(
    qtbot: QtBot, returning_state: AppState
) -> None:
    page = open_learn(qtbot, returning_state)
    start = page.start
    qtbot.keyClicks(start.search_field, "ibuprofen")
    assert not start.reason_card.isVisible()
    tiles = visible_tiles(start)
    assert tiles and tiles[0].title() == "Medicine facts"
    assert start.results_heading.text() in ("1 card found", f"{len(tiles)} cards found")
    click(qtbot, tiles[0])
    assert page.card_view.title_label.text() == "Medicine facts"
    click(qtbot, page.card_view.back_button)
    start.search_field.clear()
    assert start.reason_card.isVisible()
    assert card_tiles(page)[0] == "Nerve or muscle? How to tell"


def test_search_with_no_match_says_so_kindly(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    qtbot.keyClicks(page.start.search_field, "zebra")
    assert page.start.results_heading.text() == "No cards found"
    assert "Try another word" in page.start.no_results.text()
    assert visible_tiles(page.start) == []


def test_a_screen_reader_hears_what_the_search_found(
    qtbot: QtBot, returning_state: AppState, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyboard stays in the search field, so 'No cards found' and the count were
    shown and never heard."""
    heard = announcements(monkeypatch, start_module)
    page = open_learn(qtbot, returning_state)
    qtbot.keyClicks(page.start.search_field, "ibuprofen")
    assert heard and heard[-1] == page.start.results_heading.text() == "1 card found"
    assert len(heard) <= len("ibuprofen")  # said when the count changes, not per letter
    page.start.search_field.clear()
    heard.clear()
    qtbot.keyClicks(page.start.search_field, "zebra")  # heard once, at "z"
    assert heard == [
        "No cards found. Nothing matches “z”. Try another word, such as nerve, heat or sitting."
    ]


@pytest.mark.parametrize("width", [520, 1000])
def test_a_pasted_page_of_text_fits_the_page(
    qtbot: QtBot, returning_state: AppState, width: int
) -> None:
    """10,000 characters pasted with no space: "Nothing matches" repeated them whole, as
    one word no line could hold, and the page grew wider than the window (its intro, the
    search field and the message cut off at the right)."""
    page = open_learn(qtbot, returning_state, width=width)
    start = page.start
    for pasted in ("x" * 10_000, "zebra " * 1_700):
        start.search_field.setText(pasted)
        assert start.results_heading.text() == "No cards found"
        assert start.no_results.isVisible()
        need = start.widget().minimumSizeHint().width()
        assert need <= start.viewport().width(), pasted[:10]
        assert len(start.no_results.text()) < 150  # a line or two, not a wall of zebras
    start.search_field.clear()
    assert start.reason_card.isVisible()


def test_escape_clears_the_search(qtbot: QtBot, returning_state: AppState) -> None:
    """Esc did nothing in the search field: clearing it took Ctrl+A and Delete, or the
    small clear button."""
    page = open_learn(qtbot, returning_state)
    field = page.start.search_field
    qtbot.keyClicks(field, "heat")
    assert not page.start.reason_card.isVisible()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert field.text() == ""
    assert page.start.reason_card.isVisible()
    assert card_tiles(page)[0] == "Nerve or muscle? How to tell"


def test_search_hides_the_headings_of_the_lists_it_replaces(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """'Start here' and 'Explore and check' stayed under the results with nothing below
    them, as if their cards had gone missing."""
    page = open_learn(qtbot, returning_state)
    start = page.start
    browse_headings = (start.first_heading, start.explore_heading, start.more_heading)
    assert all(heading.isVisible() for heading in browse_headings)
    for query in ("zebra", "heat"):
        start.search_field.setText(query)
        shown = [h.text() for h in start.findChildren(QLabel) if h.isVisible()]
        assert not any(heading.text() in shown for heading in browse_headings), query
    start.search_field.clear()
    assert all(heading.isVisible() for heading in browse_headings)


def test_tiles_are_keyboard_buttons_with_names(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    tile = tile_named(page.start, "Sitting and pacing")
    assert tile.accessibleName() == "Sitting and pacing"
    assert tile.height() >= 44
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_Space)
    assert page.card_view.title_label.text() == "Sitting and pacing"


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_opens_a_tile_as_space_does(
    qtbot: QtBot, returning_state: AppState, enter: Qt.Key
) -> None:
    """Qt's push button takes only Space outside a dialog: Enter on a tile did nothing."""
    page = open_learn(qtbot, returning_state)
    tile = tile_named(page.start, "Sitting and pacing")
    tile.setFocus()
    qtbot.keyClick(tile, enter)
    assert page.currentWidget() is page.card_view
    assert page.card_view.title_label.text() == "Sitting and pacing"
    page.show_start()
    page.start.quiz_tile.setFocus()
    qtbot.keyClick(page.start.quiz_tile, enter)
    assert page.quiz is not None and page.currentWidget() is page.quiz


@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_presses_the_buttons_of_a_card_and_of_the_start(
    qtbot: QtBot, returning_state: AppState, enter: Qt.Key
) -> None:
    """As on a tile: Enter on "Show more detail", a card's own button or "← Back" did
    nothing, and neither did Enter on "Take the guided check"."""
    page = open_learn(qtbot, returning_state)
    asked: list[str] = []
    page.page_requested.connect(asked.append)
    page.start.check_button.setFocus()
    qtbot.keyClick(page.start.check_button, enter)
    assert asked == ["check"]
    click(qtbot, tile_named(page.start, "Nerve pain first aid"))
    view = page.card_view
    view.more_button.setFocus()
    qtbot.keyClick(view.more_button, enter)
    assert view.detail.isVisible() and view.more_button.text() == "Hide more detail"
    assert view.link_buttons, "the card has a button to another page"
    view.link_buttons[0].setFocus()
    qtbot.keyClick(view.link_buttons[0], enter)
    assert len(asked) == 2
    view.back_button.setFocus()
    qtbot.keyClick(view.back_button, enter)
    assert page.currentWidget() is page.start


def test_narrow_window_shows_one_column(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state, width=520)
    first = tile_named(page.start, "Nerve or muscle? How to tell")
    second = tile_named(page.start, "Why nerves hurt, and why pain is not damage")
    qtbot.waitUntil(lambda: second.y() > first.y())  # stacked, not side by side
    assert second.x() == first.x()
    page.resize(1000, 800)
    qtbot.waitUntil(lambda: second.y() == first.y() and second.x() > first.x())


def test_broken_content_shows_a_clear_message(
    qtbot: QtBot, returning_state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "content"
    shutil.copytree(resource_dir("content"), copy)
    (copy / "en" / "learn" / "quiz.toml").write_text("broken = [", encoding="utf-8")
    monkeypatch.setattr("companion.ui.learn.page.language_dir", lambda _root, lang: copy / lang)
    page = LearnPage(returning_state)
    qtbot.addWidget(page)
    page.show()
    shown = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "could not be loaded" in shown
    assert "quiz.toml" in shown


def test_the_little_words_come_from_the_content(
    qtbot: QtBot, returning_state: AppState, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A translator changes which words search leaves out in `learn/search.toml`, with
    no code to touch: here "heat" joins them, and a search for it finds nothing."""
    copy = tmp_path / "content"
    shutil.copytree(resource_dir("content"), copy)
    words = copy / "en" / "learn" / "search.toml"
    words.write_text(words.read_text(encoding="utf-8").replace('"a",', '"a", "heat",'), "utf-8")
    monkeypatch.setattr("companion.ui.learn.page.language_dir", lambda _root, lang: copy / lang)
    page = LearnPage(returning_state)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.start.search_field, "the heat")
    assert page.start.no_results.text().startswith("Words like “the heat” are too common")
    page.start.search_field.clear()
    qtbot.keyClicks(page.start.search_field, "ice")
    assert visible_tiles(page.start)[0].title() == "Heat and ice, safely"


def test_ctrl_f_goes_to_the_search_field(qtbot: QtBot, returning_state: AppState) -> None:
    page = open_learn(qtbot, returning_state)
    with qtbot.waitActive(page):
        page.activateWindow()
    tile = tile_named(page.start, "Sleeping with thigh or nerve pain")
    tile.setFocus()
    qtbot.keyClick(tile, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.start.search_field.hasFocus()


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)], ids=["1024x600", "1280x800"])
def test_the_search_hint_fits_at_the_largest_text(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    language: str,
    size: tuple[int, int],
) -> None:
    """At 175% the hint shortens (no "..."); at the usual size it keeps the shortcut and
    the examples; either way, typing searches."""
    assert install_translators(qapp, language)
    try:
        state = AppState.open(tmp_path / "data", now=clock, language=language)
        state.settings.update(welcome_done=True, emergency_number="112", text_scale=175)
        window = sized(make_window(state, page="learn"), *size)
        page = window.page("learn")
        assert isinstance(page, LearnPage)
        field = page.start.search_field
        assert field.isVisible() and hint_width(field) <= text_room(field), field.placeholderText()
        state.settings.update(text_scale=100)
        settle()
        assert "Ctrl+F" in field.placeholderText()
        assert hint_width(field) <= text_room(field)
        qtbot.keyClicks(field, "heat" if language == "en" else "calor")
        assert page.start.results.isVisible()
    finally:
        install_translators(qapp, "en")


def test_spanish_search_leaves_out_the_little_words(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    """Only English little words were left out: "dolor por la noche" put the card on
    pain first and sleep second (ranked by how often a card says "por" and "la"), and
    "¿puedo usar calor o hielo?" listed all 20 cards, as every one says "o" or "puedo"."""
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    page = open_learn(qtbot, state)
    titles = page.titles()
    qtbot.keyClicks(page.start.search_field, "dolor por la noche")
    assert visible_tiles(page.start)[0].title() == titles["sleep"]
    page.start.search_field.clear()
    qtbot.keyClicks(page.start.search_field, "¿puedo usar calor o hielo?")
    found = [tile.title() for tile in visible_tiles(page.start)]
    assert found == [titles["heat_and_ice"], titles["muscle_strain"]]


def test_an_apostrophe_in_the_search_leaves_no_one_letter_word(
    qtbot: QtBot, returning_state: AppState
) -> None:
    """Typed "can't" was searched as "can" and "t", "it's" as "it" and "s": alone, "can’t"
    found all 20 cards, and with another word the one letter ranked the cards ("it's
    burning" put the card on return to running first, by its words starting with s)."""
    page = open_learn(qtbot, returning_state)
    field = page.start.search_field

    def found(query: str) -> list[str]:
        field.clear()
        for letter in query:  # QTest's key clicks know Latin-1 only; ’ comes as a phone sends it
            if ord(letter) < 256:
                qtbot.keyClicks(field, letter)
            else:
                typed = QInputMethodEvent()
                typed.setCommitString(letter)
                QApplication.sendEvent(field, typed)
        assert field.text() == query
        return [tile.title() for tile in visible_tiles(page.start)]

    for typed, meant in (
        ("it's burning", "burning"),
        ("it’s burning", "burning"),
        ("can't bend", "bend"),
        ("hamstring’s", "hamstring"),
        ("don’t stretch", "stretch"),
    ):
        assert found(typed) == found(meant), typed
    found("can’t")  # a little word: every card, and a word to try
    assert page.start.no_results.text().startswith("Words like “can’t” are too common")


def test_spanish_search_finds_every_form_of_a_word(
    qtbot: QtBot, tmp_path: Path, clock: FakeClock
) -> None:
    """Only English endings were trimmed: "sentarme" found no card ("Ninguna ficha
    encontrada") while "sentado" found 10; "caminando" found 6 cards, "caminar" 13."""
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    page = open_learn(qtbot, state)
    titles = page.titles()
    field = page.start.search_field

    def found(query: str) -> list[str]:
        field.clear()
        qtbot.keyClicks(field, query)
        return [tile.title() for tile in visible_tiles(page.start)]

    sitting = found("sentarme")
    assert titles["sitting_pacing"] in sitting
    assert sitting == found("sentado") == found("sentarse")
    assert found("estiramientos") == found("estirar")
    assert found("caminando") == found("caminar")
    assert found("me duele al sentarme")[0] == titles["sitting_pacing"]
    assert found("calor") != found("calma")
