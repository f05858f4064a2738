"""The kiosk window's pages, and a guided check done on it from the welcome to the result."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import ReviewScreen
from companion.ui.kiosk.welcome import KioskWelcome
from companion.ui.kiosk.window import KioskWindow
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import start as start_check
from tests.helpers.check_ui import walk
from tests.helpers.qt import click


def check(window: KioskWindow) -> CheckPage:
    page = window.page("check")
    assert isinstance(page, CheckPage)
    return page


def welcome(window: KioskWindow) -> KioskWelcome:
    page = window.page("welcome")
    assert isinstance(page, KioskWelcome)
    return page


def finish_a_check(qtbot: QtBot, window: KioskWindow) -> CheckPage:
    click(qtbot, welcome(window).check_button)
    page = check(window)
    start_check(qtbot, page)
    walk(qtbot, page, NERVE)
    assert isinstance(page.view, ReviewScreen)
    click(qtbot, page.view.result_button)
    assert isinstance(page.view, ResultScreen)
    return page
