"""The breaks' active hours are written as the person's locale writes times, as the
sentences about breaks beside them are: "8:00 PM" on a 12-hour English desktop, "8:00"
in Spanish (not "20:00" and "08:00" whatever the locale)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import settle
from tests.helpers.qt import click, visible_text

MakeWindow = Callable[..., MainWindow]


def plain(text: str) -> str:
    """Qt writes a narrow no-break space before AM and PM: a plain space, to compare."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture
def locale_restored(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    yield
    install_translators(qapp, "en")
    QLocale.setDefault(before)


def breaks_panel(make_window: MakeWindow, state: AppState) -> BreaksPanel:
    page = make_window(state, page="timers").page("timers")
    assert isinstance(page, TimersPage)
    page.show_panel("breaks")
    panel = page.panels["breaks"]
    assert isinstance(panel, BreaksPanel)
    return panel


@pytest.mark.usefixtures("locale_restored")
def test_active_hours_on_a_12_hour_english_desktop(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    QLocale.setDefault(QLocale("en_US"))
    panel = breaks_panel(make_window, returning_state)  # Monday 10:30
    click(qtbot, panel.enabled_box)
    assert plain(panel.start_time.text()) == "8:00 AM"
    assert plain(panel.end_time.text()) == "8:00 PM"
    panel.end_time.setFocus()
    for _ in range(11):  # 8 PM down to 9 AM, one hour per key press
        qtbot.keyClick(panel.end_time, Qt.Key.Key_Down)
    assert driver.scheduler.settings.end.hour == 9
    assert plain(panel.end_time.text()) == "9:00 AM"
    assert "The next break will be at 8:30 AM tomorrow." in plain(visible_text(panel))
    for _ in range(4):  # on past noon: 1 PM
        qtbot.keyClick(panel.end_time, Qt.Key.Key_Up)
    assert driver.scheduler.settings.end.hour == 13
    assert plain(panel.end_time.text()) == "1:00 PM"


@pytest.mark.usefixtures("locale_restored")
def test_active_hours_in_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    returning_state: AppState,
    driver: TimerDriver,
) -> None:
    assert install_translators(qapp, "es")
    panel = breaks_panel(make_window, returning_state)
    click(qtbot, panel.enabled_box)
    assert (panel.start_time.text(), panel.end_time.text()) == ("8:00", "20:00")
    panel.end_time.setFocus()
    for _ in range(11):
        qtbot.keyClick(panel.end_time, Qt.Key.Key_Down)
    assert panel.end_time.text() == "9:00"
    shown = visible_text(panel)
    assert "a las 8:30" in shown and "08:30" not in shown


@pytest.mark.usefixtures("locale_restored")
@pytest.mark.parametrize("locale", ["en_US", "es_ES"])
def test_both_times_are_whole_at_the_largest_text_in_the_narrowest_window(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, locale: str
) -> None:
    """At 175% in an 800x520 window the row had no room for two "8:00 PM" fields: each was
    squeezed below its words ("8:00 P")."""
    QLocale.setDefault(QLocale(locale))
    returning_state.settings.update(text_scale=175)
    window = make_window(returning_state, page="timers")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(800, 520)
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    page.tabs["breaks"].click()
    panel = page.panels["breaks"]
    assert isinstance(panel, BreaksPanel)
    settle()
    for field in (panel.start_time, panel.end_time):
        words = field.fontMetrics().horizontalAdvance(field.text())
        assert field.lineEdit().width() >= words, field.text()


@pytest.mark.usefixtures("locale_restored")
@pytest.mark.parametrize("size", [(800, 520), (1280, 800)])
@pytest.mark.parametrize("scale", [100, 175])
def test_to_stays_with_the_end_time_when_the_row_wraps(
    make_window: MakeWindow, returning_state: AppState, size: tuple[int, int], scale: int
) -> None:
    """With wider fields the end time went onto a second line and left "to" at the end
    of the first: "8:00 AM [-][+] to" above "8:00 PM [-][+]"."""
    QLocale.setDefault(QLocale("en_US"))
    returning_state.settings.update(text_scale=scale)
    window = make_window(returning_state, page="timers")
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setMinimumSize(400, 300)
    window.resize(*size)
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    page.tabs["breaks"].click()
    panel = page.panels["breaks"]
    assert isinstance(panel, BreaksPanel)
    settle()
    to_words = next(w for w in panel.findChildren(QLabel) if w.text() == "to")
    end = panel.end_time
    to_middle = to_words.mapTo(panel, to_words.rect().center()).y()
    end_top = end.mapTo(panel, end.rect().topLeft()).y()
    assert end_top <= to_middle <= end_top + end.height()  # on the end time's line
    assert (
        to_words.mapTo(panel, to_words.rect().topRight()).x()
        < end.mapTo(panel, end.rect().topLeft()).x()
    )
