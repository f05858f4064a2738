"""A result's section heading that breaks onto two lines, at the largest text in Spanish
in a small window: the second line starts under the words of the first, not under the
open/closed arrow before them (as a person sees it, measured on the painted button)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check.result import ResultScreen, Section
from companion.ui.shared.language import install_translators
from companion.ui.shared.theme import DARK, LIGHT
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import check_page, start, walk
from tests.helpers.contrast import contrast_ratio
from tests.helpers.qt import click


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


def runs(columns: list[bool], gap: int = 5) -> list[tuple[int, int]]:
    """The stretches of inked columns, split where `gap` or more blank ones lie between."""
    found: list[tuple[int, int]] = []
    blank = gap
    for x, inked in enumerate(columns):
        if not inked:
            blank += 1
            continue
        if blank >= gap or not found:
            found.append((x, x))
        else:
            found[-1] = (found[-1][0], x)
        blank = 0
    return found


def line_starts(toggle: QAbstractButton) -> tuple[int, int]:
    """Where the first line's words start (after the open/closed arrow, when it stands
    on that line) and where the second line starts, in px from the button's left, read
    off the painted button."""
    image = toggle.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ratio = image.devicePixelRatio()
    width, height = image.width(), image.height()
    ground = image.pixelColor(width - int(8 * ratio), height // 2)

    def inked(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return (
            abs(c.red() - ground.red())
            + abs(c.green() - ground.green())
            + abs(c.blue() - ground.blue())
            > 150
        )

    edge = int(6 * ratio)  # inside the button's border
    xs = range(edge, width - edge)
    arrow = toggle.fontMetrics().tightBoundingRect("▸")
    # The rows of each line, less the middle ones, where an arrow between them may be.
    middle = arrow.height() * ratio // 2 + 2 * ratio
    top = range(edge, int(height / 2 - middle))
    bottom = range(int(height / 2 + middle), height - edge)
    first = runs([any(inked(x, y) for y in top) for x in xs])
    if first[0][1] - first[0][0] <= (arrow.width() + 2) * ratio:  # the arrow, not a word
        first = first[1:]
    second = runs([any(inked(x, y) for y in bottom) for x in xs])
    return round((first[0][0] + edge) / ratio), round((second[0][0] + edge) / ratio)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [(1024, 600), (1280, 800)])
def test_a_section_heading_on_two_lines_keeps_its_indent(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    spanish: None,
    theme: str,
    size: tuple[int, int],
) -> None:
    # "▸  Lo que sus respuestas / hacen menos probable": the second line began 23 px
    # left of the first line's words, under the arrow.
    state = AppState.open(tmp_path / "data", language="es")
    state.settings.update(welcome_done=True, emergency_number="112", text_scale=175, theme=theme)
    window = make_window(state, page="check")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(*size)
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    settle()
    broken = [s for s in result.findChildren(Section) if "\n" in QAbstractButton.text(s.toggle)]
    if size == (1024, 600):
        assert broken, "a heading breaks onto two lines in the small window"
    for section in broken:
        for _ in range(2):  # closed, then open
            first, second = line_starts(section.toggle)
            assert abs(second - first) <= 2, (section.title, first, second)
            click(qtbot, section.toggle)
            settle()
        assert section.toggle.accessibleName() == f"Mostrar: {section.title}"


def arrow_ink(section: Section) -> set[str]:
    """The colours of the open/closed arrow as the heading's icon draws it (its solid
    pixels, not the soft edges)."""
    toggle = section.toggle
    image = toggle.icon().pixmap(toggle.iconSize(), toggle.devicePixelRatioF()).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_the_arrow_is_seen_in_either_theme_and_never_heard(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """The arrow is a picture drawn in the words' colour: when the theme changes with the
    result open, it is drawn again in the new one (in the old, dark on dark, it would
    show at 1.2:1). A screen reader hears what a press does, never the arrow."""
    returning_state.settings.update(theme=Theme.LIGHT)
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    sections = result.findChildren(Section)
    assert sections
    click(qtbot, sections[0].toggle)  # one open (▾), the others closed (▸)
    for theme, palette in ((Theme.DARK, DARK), (Theme.LIGHT, LIGHT), (Theme.DARK, DARK)):
        returning_state.settings.update(theme=theme)
        settle()
        for section in sections:
            (ink,) = arrow_ink(section)
            assert ink == palette.text.lower(), (theme, section.title)
            painted = section.toggle.grab().toImage()
            ground = painted.pixelColor(painted.width() - 12, painted.height() // 2).name()
            assert contrast_ratio(ink, ground) >= 4.5, (theme, ink, ground)
            name = section.toggle.accessibleName()
            shown = "Hide" if section is sections[0] else "Show"
            assert name == f"{shown}: {section.title}"
            assert not set("▸▾") & set(name + section.toggle.text())


def test_the_arrow_is_drawn_again_for_a_sharper_screen(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """The arrow is drawn in pixels for the screen it is on: moved to a screen with more
    pixels to the inch, it was left at the old size and looked blurred."""
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    (section, *_) = page.view.findChildren(Section)
    before = section.toggle.icon().cacheKey()
    QApplication.sendEvent(section.toggle, QEvent(QEvent.Type.DevicePixelRatioChange))
    assert section.toggle.icon().cacheKey() != before


def painted_arrow(toggle: QAbstractButton) -> list[tuple[int, int, str]]:
    """The arrow's pixels (x, y, colour) as painted on the heading: the first inked
    stretch from the left, inside the button's border."""
    image = toggle.grab().toImage()
    ratio = image.devicePixelRatio()
    ground = image.pixelColor(image.width() - int(12 * ratio), image.height() // 2)

    def inked(x: int, y: int) -> bool:
        c = image.pixelColor(x, y)
        return abs(c.red() - ground.red()) + abs(c.green() - ground.green()) > 60

    edge = int(6 * ratio)
    rows = range(edge, image.height() - edge)
    columns = [any(inked(x, y) for y in rows) for x in range(edge, image.width() - edge)]
    left, right = (edge + x for x in runs(columns)[0])
    return [
        (x, y, image.pixelColor(x, y).name())
        for x in range(left, right + 1)
        for y in rows
        if inked(x, y)
    ]


def test_the_arrow_is_as_crisp_as_the_words_at_the_largest_text(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    """At the largest text in the dark theme, the arrow on the painted heading is as crisp
    as its words: drawn at the heading's size, 46 of its 84 pixels are solid in the words'
    own colour. Drawn at 48 px and scaled down to the 30 px heading, only 21 of 94 were,
    the rest a soft edge: a blurred arrow beside sharp words."""
    returning_state.settings.update(theme=Theme.DARK, text_scale=175)
    window = make_window(returning_state, page="check")
    page = check_page(window)
    start(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    sections = page.view.findChildren(Section)
    click(qtbot, sections[0].toggle)  # one open (▾), the others closed (▸)
    settle()
    for section in sections:
        arrow = painted_arrow(section.toggle)
        solid = [x for x, _, colour in arrow if colour == DARK.text.lower()]
        assert len(solid) >= len(arrow) * 2 / 5, (section.title, len(solid), len(arrow))
        tall = max(y for _, y, _ in arrow) - min(y for _, y, _ in arrow) + 1
        side = section.toggle.fontMetrics().height() * section.toggle.devicePixelRatioF()
        assert tall >= side / 3, (section.title, tall, side)  # at the heading's size
