"""Ways out of Learn and the check on a shared clinic screen: its timers are explained,
never run, and it keeps no journal, so no button there promises either."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.check.result import ResultScreen
from companion.ui.kiosk.window import KioskWindow
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from tests.helpers.kiosk_pages import finish_a_check
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click

# Every card whose button opens the timers ("Start a heat timer"...), and the journal one.
TIMER_CARDS = (
    "heat_and_ice",
    "living_with_canal",
    "muscle_strain",
    "narrowed_canal",
    "nerve_first_aid",
    "sitting_pacing",
)


def buttons(widget: QWidget) -> list[str]:
    return [b.text() for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget)]


def open_card(qtbot: QtBot, window: KioskWindow, card_id: str) -> LearnPage:
    """Tap the Learn tab, then the card's tile, as a person in the waiting room does."""
    click(qtbot, window.tabs["learn"])
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    title = learn.learn.cards[card_id].title
    click(qtbot, next(t for t in learn.findChildren(CardTile) if t.accessibleName() == title))
    assert learn.currentWidget() is learn.card_view
    return learn


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_learn_card_offers_a_timer_the_kiosk_cannot_run(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    """ "Start a heat timer" (and five more like it) opened a page that says timers do not
    run here. Now the card says so itself, and where a timer can be used."""
    window = make_kiosk(language=language).window
    for card_id in TIMER_CARDS:
        learn = open_card(qtbot, window, card_id)
        assert learn.learn is not None
        label = learn.learn.cards[card_id].links[0].label
        view = learn.card_view
        assert label not in buttons(view), card_id
        note = view.elsewhere
        assert note is not None and note.isVisibleTo(view), card_id
        if language == "en":
            assert "does not run timers" in note.text()
            assert "app at home" in note.text()
        texts = view.main_text.text() + view.detail_text.text()
        assert "page:timers" not in texts, card_id  # in-text words too: plain, not links
        click(qtbot, view.back_button)


@pytest.mark.parametrize("language", ["en", "es"])
def test_the_kiosk_result_offers_no_timer(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    """The result's "Heat and break timers" opened the page that runs no timer."""
    window = make_kiosk(language=language).window
    page = finish_a_check(qtbot, window)
    result = page.view
    assert isinstance(result, ResultScreen)
    assert result.timers_button is None and result.journal_button is None
    assert result.learn_button.isVisible()  # Learn, which the kiosk has, is still offered
    if language == "en":
        assert "Heat and break timers" not in buttons(result)


# The words a card uses for what only the app at home has, and how it says "at home".
AT_HOME = {
    "en": (("journal", "timer", "keeps your times", "remind you"), "app at home"),
    "es": (("diario", "temporizador", "guarda sus tiempos", "recordarle"), "aplicación en casa"),
}


def plain(rich: str) -> str:
    doc = QTextDocument()
    doc.setHtml(rich)
    return doc.toPlainText()


@pytest.mark.parametrize("language", ["en", "es"])
def test_no_card_speaks_of_a_journal_or_timer_as_if_the_kiosk_had_one(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    """ "The journal is made for that" (Nerve pain is not damage), "Note your sleep in the
    journal" (Sleep) and "The journal looks at the last two weeks" (Track progress) told
    a stranger at the clinic of a journal the screen has not got. On the shared screen
    every such paragraph, with the detail opened, is now left out; only the card's own
    line says it is the app at home that has one."""
    window = make_kiosk(language=language).window
    click(qtbot, window.tabs["learn"])
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    things, home = AT_HOME[language]
    for card_id in learn.learn.cards:
        learn = open_card(qtbot, window, card_id)
        view = learn.card_view
        click(qtbot, view.more_button)
        assert view.detail.isVisible()
        text = plain(view.main_text.text()) + "\n" + plain(view.detail_text.text())
        for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
            if any(thing in sentence.lower() for thing in things):
                assert home in sentence, (card_id, sentence)
        click(qtbot, view.back_button)
