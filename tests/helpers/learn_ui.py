"""Shared steps for the Learn page tests: opening the page, finding its tiles and
buttons, and a card opened with the mouse."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.records import SELF_CARE, CheckRecord
from companion.ui.learn.card_view import CardView
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from companion.ui.shared.banded_drawing import BandedDrawing
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.qt import click


def card_picture(qtbot: QtBot, window: MainWindow, card_id: str) -> BandedDrawing:
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    tile = learn.start.findChild(CardTile, f"tile_{card_id}")
    assert tile is not None
    click(qtbot, tile)
    settle()
    view = learn.card_view
    assert isinstance(view, CardView) and isinstance(view.image, BandedDrawing)
    return view.image


def open_learn(qtbot: QtBot, state: AppState, width: int = 1000) -> LearnPage:
    page = LearnPage(state)
    qtbot.addWidget(page)
    page.resize(width, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def visible_tiles(widget: QWidget) -> list[CardTile]:
    tiles = [t for t in widget.findChildren(CardTile) if t.isVisibleTo(widget)]
    return sorted(
        tiles,
        key=lambda t: (
            t.mapTo(widget, t.rect().topLeft()).y(),
            t.mapTo(widget, t.rect().topLeft()).x(),
        ),
    )


def card_tiles(page: LearnPage) -> list[str]:
    """Titles of the card tiles on the start view, top to bottom, left to right."""
    explore = {page.start.anatomy_tile, page.start.quiz_tile}
    return [t.title() for t in visible_tiles(page.start) if t not in explore]


def button_named(widget: QWidget, text: str) -> QAbstractButton:
    """The visible button (or a choice drawn as one) showing `text`."""
    buttons = widget.findChildren(QAbstractButton)
    found = [b for b in buttons if b.text() == text and b.isVisible()]
    assert len(found) == 1, f"expected one visible button {text!r}, found {len(found)}"
    return found[0]


def tile_named(widget: QWidget, title: str) -> CardTile:
    """The visible tile showing `title` (its accessible name may say more)."""
    found = [t for t in visible_tiles(widget) if t.title() == title]
    assert found, f"no visible tile {title!r}"
    return found[0]


def a_check(leading: str, urgency: str = SELF_CARE, when: datetime | None = None) -> CheckRecord:
    when = when or datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
    return CheckRecord(
        when, urgency, leading, ((leading, 0.8),) if leading != "mixed" else (), "A summary line."
    )
