"""The navigation's icons grow with the text and stay as crisp as the words beside them:
each is drawn at its size on screen, never drawn at 24 or 48 px and scaled."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.shared.theme import DARK
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle


def painted_icon(window: MainWindow, choice: QAbstractButton) -> tuple[int, int]:
    """(pixels of exactly the icon's colour, pixels it inks at all) as the button is
    painted in the window: the first inked stretch from the left, inside its border."""
    place = QRect(choice.mapTo(window, QPoint(0, 0)), choice.size())
    image = window.grab(place).toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    edge = int(6 * ratio)
    ground = image.pixelColor(edge, edge)
    ink = (DARK.on_accent if choice.isChecked() else DARK.text).lower()

    def inked(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - ground.red()) + abs(c.green() - ground.green()) > 60

    rows = range(edge, image.height() - edge)
    columns = range(edge, image.width() - edge)
    first = next(x for x in columns if any(inked(x, y) for y in rows))
    last = next(x for x in range(first, columns.stop) if not any(inked(x, y) for y in rows))
    painted = [
        image.pixelColor(x, y).name() for x in range(first, last) for y in rows if inked(x, y)
    ]
    return sum(colour == ink for colour in painted), len(painted)


def crispness(window: MainWindow) -> dict[str, tuple[int, int]]:
    return {page: painted_icon(window, choice) for page, choice in window.nav.buttons.items()}


def assert_crisp(found: dict[str, tuple[int, int]], share: float) -> None:
    for page, (solid, inked) in found.items():
        assert inked > 0 and solid >= inked / 4, (page, solid, inked)
    solid = sum(s for s, _ in found.values())
    inked = sum(i for _, i in found.values())
    assert solid >= inked * share, (solid, inked, found)


@pytest.mark.parametrize(("scale", "share"), [(100, 1 / 3), (175, 1 / 2)])
def test_the_icons_are_as_crisp_as_the_words(
    make_window: Callable[..., MainWindow], returning_state: AppState, scale: int, share: float
) -> None:
    """In the dark theme each page's icon is drawn at its size (23 px at the normal text,
    39 px at the largest): 39% of the pixels the six icons paint are exactly their colour
    at 100% (Timers' 41 of 153), 60% at 175%. Drawn at 24 or 48 px and scaled, 19% were
    at 100% (Timers' 6 of 174: a blur) and 44% at 175%."""
    returning_state.settings.update(theme=Theme.DARK, text_scale=scale)
    window = make_window(returning_state)
    settle()
    assert_crisp(crispness(window), share)


def test_the_icons_are_drawn_again_for_a_new_text_size_and_screen(
    make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """Text made larger while the window is open: the icons grow and are drawn at their
    new size, as crisp as if the app had started so; a sharper screen draws them again."""
    returning_state.settings.update(theme=Theme.DARK, text_scale=100)
    window = make_window(returning_state)
    settle()
    returning_state.settings.update(text_scale=175)
    settle()
    assert window.nav.buttons["home"].iconSize().width() == 39
    assert_crisp(crispness(window), 1 / 2)
    home = window.nav.buttons["home"]
    before = home.icon().cacheKey()
    QApplication.sendEvent(window.nav, QEvent(QEvent.Type.DevicePixelRatioChange))
    assert home.icon().cacheKey() != before
