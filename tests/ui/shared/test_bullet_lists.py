"""A bulleted list whose item wraps hangs its second line under the item's words, as a
person reads it (Spanish, 175% text, where items wrap most): measured on the painted
label, light and dark, on a 1280x800 and a 1024x600 screen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.check.result import ResultScreen, Section
from companion.ui.check.screens import EmergencyScreen
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import settle, spoken_name
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import check_page, walk
from tests.helpers.check_ui import start as start_check
from tests.helpers.clock import FakeClock
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]
NUMB = "Adormecimiento alrededor de los genitales o del ano"
SCREENS = [(1280, 800), (1024, 600)]
Run = tuple[int, int]  # the first and last column of ink, side by side


def ink_lines(shown: QLabel) -> list[list[Run]]:
    """The lines of `shown` as painted: for each band of rows with ink, its runs of
    columns with ink, left to right."""
    words = shown.palette().color(shown.foregroundRole())  # the theme's, light or dark
    ground = QColor("black" if words.lightness() > 127 else "white")
    seen = QPixmap(shown.size())
    seen.fill(ground)
    shown.render(seen)
    image = seen.toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())[
        :, : image.width()
    ]
    ink = np.abs(rows.astype(int) - ground.lightness()) > 60
    inked = np.flatnonzero(ink.any(axis=1))
    # Bands of rows with ink, side by side; an accent or a dot alone above its letters
    # ("cajón") is part of the line below it.
    bands: list[list[int]] = []
    mark = shown.fontMetrics().xHeight() / 2  # taller than an accent, shorter than letters
    for y in inked:
        if bands and (y == bands[-1][-1] + 1 or len(bands[-1]) < mark):
            bands[-1].append(int(y))
        else:
            bands.append([int(y)])
    lines: list[list[Run]] = []
    for band in bands:
        columns = np.flatnonzero(ink[band[0] : band[-1] + 1].any(axis=0))
        breaks = np.flatnonzero(np.diff(columns) > 1)
        starts = [columns[0], *columns[breaks + 1]]
        ends = [*columns[breaks], columns[-1]]
        lines.append([(int(a), int(b)) for a, b in zip(starts, ends, strict=True)])
    return lines


def hanging_problems(shown: QLabel) -> tuple[list[str], int]:
    """Each painted line that starts neither with the bullet (its words then where the
    first line's words start) nor under the words; and how many lines wrapped on."""
    lines = ink_lines(shown)
    bullet, words = lines[0][0], lines[0][1][0]  # the first line starts an item
    width = bullet[1] - bullet[0]
    problems, wrapped = [], 0
    for number, runs in enumerate(lines):
        first = runs[0]
        is_bullet = abs(first[0] - bullet[0]) <= 1 and abs(first[1] - first[0] - width) <= 1
        if is_bullet and len(runs) > 1 and abs(runs[1][0] - words) <= 4:
            continue
        if abs(first[0] - words) <= 4:
            wrapped += 1
            continue
        problems.append(f"line {number + 1} starts at x={first[0]}, the words at x={words}")
    return problems, wrapped


def bullet_lists(root: QWidget) -> list[QLabel]:
    """The lists showing in `root`: labels a screen reader hears as several lines."""
    return [
        shown
        for shown in root.findChildren(QLabel)
        if shown.isVisible() and "\n" in spoken_name(shown)
    ]


def in_spanish_at_175(
    qapp: QApplication,
    make_window: MakeWindow,
    state: AppState,
    theme: Theme,
    size: tuple[int, int],
) -> MainWindow:
    assert install_translators(qapp, "es")
    state.settings.update(text_scale=175, theme=theme)
    window = make_window(state, page="check")
    window.resize(*size)
    settle()
    return window


@pytest.fixture
def spanish_state(qapp: QApplication, tmp_path: Path, clock: FakeClock) -> Iterator[AppState]:
    """A returning user who reads Spanish."""
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    yield state
    install_translators(qapp, "en")


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK], ids=["light", "dark"])
@pytest.mark.parametrize("size", SCREENS, ids=["1280x800", "1024x600"])
def test_a_wrapped_item_on_the_result_hangs_under_its_words(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    spanish_state: AppState,
    theme: Theme,
    size: tuple[int, int],
) -> None:
    # "•  " before each item began "genitales o del ano" at x=1, under the bullet,
    # 32 px left of "Adormecimiento" (1024x600): the items ran into each other.
    window = in_spanish_at_175(qapp, make_window, spanish_state, theme, size)
    page = check_page(window)
    start_check(qtbot, page)
    walk(qtbot, page, NERVE)
    click(qtbot, page.view.result_button)  # type: ignore[attr-defined]
    result = page.view
    assert isinstance(result, ResultScreen)
    for section in result.findChildren(Section):
        click(qtbot, section.toggle)  # open every part, as a curious reader does
    settle()
    lists = bullet_lists(result)
    heard = [spoken_name(shown).splitlines() for shown in lists]
    assert sum(NUMB in line for items in heard for line in items) == 1  # heard once
    wrapped = 0
    for shown, items in zip(lists, heard, strict=True):
        problems, more = hanging_problems(shown)
        assert not problems, f"{items[0][:40]!r}: " + "; ".join(problems)
        wrapped += more
        assert shown.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert not any(line.startswith("•") for line in items)  # heard once, no "bullet"
    assert wrapped >= 5  # the check has wrapped items to look at


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK], ids=["light", "dark"])
def test_a_wrapped_item_on_the_emergency_screen_hangs_under_its_words(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    spanish_state: AppState,
    theme: Theme,
) -> None:
    window = in_spanish_at_175(qapp, make_window, spanish_state, theme, (1024, 600))
    page = check_page(window)
    start_check(qtbot, page)
    walk(qtbot, page, {**SAFE, "saddle_numbness": "yes"})
    assert isinstance(page.view, EmergencyScreen)
    settle()
    lists = bullet_lists(page.view)
    assert lists
    wrapped = 0
    for shown in lists:
        problems, more = hanging_problems(shown)
        assert not problems, "; ".join(problems)
        wrapped += more
    assert wrapped >= 1


def test_a_wrapped_reminder_on_the_timers_page_hangs_under_its_words(
    qapp: QApplication, make_window: MakeWindow, spanish_state: AppState
) -> None:
    window = in_spanish_at_175(qapp, make_window, spanish_state, Theme.LIGHT, (1024, 600))
    window.show_page("timers")
    timers = window.page("timers")
    wrapped, seen = 0, 0
    for tab in timers.tabs.values():  # type: ignore[attr-defined]
        tab.click()
        settle()
        for shown in bullet_lists(timers):
            problems, more = hanging_problems(shown)
            assert not problems, "; ".join(problems)
            wrapped, seen = wrapped + more, seen + 1
    assert seen and wrapped >= 1
