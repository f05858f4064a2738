"""A Learn card opened with the mouse, for the tests of its drawing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.learn.card_view import CardView
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from companion.ui.shared.banded_drawing import BandedDrawing
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import click
from tests.ui.accessibility import settle


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
