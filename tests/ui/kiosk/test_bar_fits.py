"""The kiosk's top bar fits every screen a clinic uses (800x600, 1024x600, 1280x800) at
every text size from 100% to 175%, in English and Spanish, with a clinic name as long as
real ones (50 letters), with and without a language button: nothing in it is outside it,
nothing lies on anything else, every button shows all its words, the name shows whole or
shortened with "…" (and is then heard and pointed at whole), and the bar leaves most of
the screen to the page."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.kiosk.window import KioskWindow
from companion.ui.shared.language import install_translators
from companion.ui.shared.word_break import FittingButton
from tests.helpers.accessibility import settle, spoken_name
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click

NAME = "Centro de Fisioterapia y Rehabilitación San Rafael"
SCREENS = [(800, 600), (1024, 600), (1280, 800)]
SCALES = [100, 115, 130, 175]
MOST_OF_SCREEN = 0.4  # of its height, the most the bar may take (at 800x600 and 175%)


@pytest.fixture
def kiosk_on(qapp: QApplication, make_kiosk: MakeKiosk) -> Iterator[object]:
    def build(size: tuple[int, int], scale: int, language: str, start: str) -> KioskWindow:
        assert install_translators(qapp, language)
        speak = lambda code: install_translators(qapp, code)  # noqa: E731
        window = make_kiosk(
            clinic_name=NAME, text_scale=scale, speak=speak, start_page=start, language=language
        ).window
        window.setGeometry(QRect(QPoint(0, 0), QPoint(size[0] - 1, size[1] - 1)))
        settle()
        assert window.language() == language
        return window

    yield build
    install_translators(qapp, "en")


def place(widget: QWidget, bar: QWidget) -> QRect:
    return QRect(widget.mapTo(bar, QPoint(0, 0)), widget.size())


def bar_problems(window: KioskWindow) -> list[str]:
    """What a person would see wrong in the kiosk's bar."""
    bar = window.bar
    shown: list[QWidget] = [window.badge, *window.tabs.values()]
    shown += [*window.language_buttons.values(), window.finish_button]
    problems = []
    if bar.mapTo(window, QPoint(0, 0)).x() < 0 or bar.width() > window.width():
        problems.append(f"bar {bar.width()} px wide in a window of {window.width()}")
    for widget in shown:
        where = place(widget, bar)
        if not bar.rect().contains(where):
            problems.append(f"{spoken_name(widget)!r} at {where.getRect()} outside the bar")
        if isinstance(widget, FittingButton):
            need_width = widget.minimumSizeHint().width()
            need_height = widget.heightForWidth(widget.width())
            if widget.width() < need_width or widget.height() < need_height - 2:
                problems.append(
                    f"{widget.text()!r} {widget.width()}x{widget.height()} < "
                    f"{need_width}x{need_height}"
                )
    for one, other in itertools.combinations(shown, 2):
        if place(one, bar).intersects(place(other, bar)):
            problems.append(f"{spoken_name(one)!r} lies on {spoken_name(other)!r}")
    name = window.badge.name
    lines = name.text().split("\n")
    metrics = name.fontMetrics()
    if any(metrics.horizontalAdvance(line) > name.width() for line in lines):
        problems.append(f"the name's lines {lines} are wider than its {name.width()} px")
    if name.height() < metrics.lineSpacing() * len(lines) - 2:
        problems.append(f"the name's {len(lines)} lines are cut below")
    marked = lines[-1].endswith("…") and name.toolTip() == NAME == name.accessibleName()
    if " ".join(lines) != NAME and not marked:
        problems.append(f"the name {lines} is cut with no sign, or not heard whole")
    if bar.height() > window.height() * MOST_OF_SCREEN:
        problems.append(f"the bar takes {bar.height()} of {window.height()} px")
    return problems


@pytest.mark.usefixtures("own_temp_folder")
@pytest.mark.parametrize("start", ["welcome", "check"], ids=["pages", "pages+language"])
@pytest.mark.parametrize("size", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_bar_fits_at_every_text_size(
    qtbot: QtBot, kiosk_on: object, language: str, size: tuple[int, int], start: str
) -> None:
    # At 800x600 and 175% with a language button, the pages went into four rows
    # (Spanish: "Revisión / guiada", "Calor y / pausas" each on two lines too): a bar
    # of 316 px, 53% of the screen, the page's title at its bottom edge.
    found = []
    for scale in SCALES:
        window = kiosk_on(size, scale, language, start)  # type: ignore[operator]
        found += [f"{scale}%: {problem}" for problem in bar_problems(window)]
        window.close()
    assert not found, "\n".join(found)


@pytest.mark.usefixtures("own_temp_folder")
def test_the_pages_go_under_the_name_on_a_narrow_screen_and_back_beside_it(
    qtbot: QtBot, kiosk_on: object
) -> None:
    window = kiosk_on((800, 600), 175, "es", "check")  # type: ignore[operator]
    pages, badge = window.switch, window.badge
    assert place(pages, window.bar).top() >= place(badge, window.bar).bottom()  # below
    assert " ".join(badge.name.text().split("\n")) == NAME  # and the name now whole
    click(qtbot, window.tabs["timers"])  # the last page is there to tap
    assert window.current_page() == "timers"
    window.setGeometry(0, 0, 1920, 1080)  # a bigger screen plugged in
    settle()
    assert place(pages, window.bar).top() < place(badge, window.bar).bottom()  # beside
    assert not bar_problems(window)
