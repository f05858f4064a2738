"""The urgency icon follows a new theme or text size while it is on screen, as the words
beside it do: on a check's result and in the list of past checks it was drawn once, so
after a switch to the light theme it stayed in the dark theme's colour, and after the
text was made larger it stayed at its old size."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check.urgency import URGENCY_ICONS
from companion.ui.shared.theme import DARK, LIGHT, Palette
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import check_page, finish, history, start, walk
from tests.helpers.qt import click


def ink(icon: QLabel) -> set[str]:
    """The colours of the icon's solid pixels (not its soft edges)."""
    image = icon.pixmap().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def tint(palette: Palette) -> set[str]:
    return {getattr(palette, colour).lower() for _name, colour in URGENCY_ICONS.values()}


def badge_icon(screen: QWidget) -> QLabel:
    words = screen.findChild(QLabel, "urgencyLabel")
    badge = words.parentWidget()
    return next(w for w in badge.findChildren(QLabel) if w is not words)


def test_the_results_urgency_icon_follows_the_theme_and_text_size(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """Dark theme, normal text: the Self-care icon is 40 px in the dark theme's accent.
    Switched to light with the result open, it was left in that pale #7CCBD6 on the light
    page (1.7:1; the light accent is 5.7:1); made larger (175%), it stayed 40 px beside
    words 1.75 times as big. Now it is drawn again in the new colour and size."""
    returning_state.settings.update(theme=Theme.DARK, text_scale=100)
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    icon = badge_icon(page.view)
    assert ink(icon) <= tint(DARK) and ink(icon)
    returning_state.settings.update(theme=Theme.LIGHT)
    settle()
    assert ink(icon) <= tint(LIGHT) and ink(icon), ink(icon)
    before = icon.pixmap().deviceIndependentSize().width()
    returning_state.settings.update(text_scale=175)
    settle()
    after = icon.pixmap().deviceIndependentSize().width()
    assert before == 40 and 40 * 1.6 <= after <= 40 * 1.8, (before, after)  # as the words


def test_a_past_checks_urgency_icon_follows_the_theme(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """The list of past checks on the Check page, the theme switched while it shows: the
    row's icon was left in the old theme's colour."""
    returning_state.settings.update(theme=Theme.DARK)
    page = check_page(make_window(returning_state, page="check"))
    start(qtbot, page)
    finish(qtbot, page, NERVE)
    click(qtbot, page.view.restart_button)  # type: ignore[attr-defined]
    (row,) = history(page).rows
    icon = next(w for w in row.findChildren(QLabel) if not w.pixmap().isNull())
    assert ink(icon) <= tint(DARK) and ink(icon)
    for theme, palette in ((Theme.LIGHT, LIGHT), (Theme.DARK, DARK)):
        returning_state.settings.update(theme=theme)
        settle()
        assert ink(icon) <= tint(palette) and ink(icon), (theme, ink(icon))
