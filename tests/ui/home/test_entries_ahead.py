"""A week with the computer's clock six days ahead, then put right: the entry written then
is dated days after today. Home no longer calls it "Last entry today" (over "Next step:
today's journal entry"), nor takes its pain or counts it this week; it says it is there."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add, journal_page, save_an_entry
from tests.helpers.qt import visible_text

MakeWindow = Callable[..., MainWindow]

AHEAD = {
    "en": "1 entry has a date after today: the computer's clock may have been wrong when it "
    "was made.",
    "es": "1 anotación tiene una fecha futura: puede que el reloj del ordenador "
    "estuviera mal al hacerla.",
}


def written_on_a_clock_ahead(
    qtbot: QtBot, make_window: MakeWindow, state: AppState, clock: FakeClock
) -> None:
    """The clock runs six days ahead; an entry (pain 4) is saved on the Journal page;
    then the clock is put right and the app closed."""
    right = clock.current
    clock.advance(days=6)
    window = make_window(state, page="journal")
    save_an_entry(qtbot, journal_page(window))
    window.close()
    clock.current = right


def test_home_after_the_clock_is_put_right(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add(returning_state, clock() - timedelta(days=3), "calf", pain=2)
    written_on_a_clock_ahead(qtbot, make_window, returning_state, clock)

    text = visible_text(make_window(returning_state, page="home").page("home"))

    assert "Next step: today's journal entry" in text
    assert "Last entry today." not in text  # it said so, under "Next step: today's entry"
    assert "Last entry 3 days ago. Pain then: 2 out of 10." in text  # was pain 4
    assert "Entries in the last 7 days: 1." in text  # was 2
    assert AHEAD["en"] in text


@pytest.mark.parametrize("language", ["en", "es"])
def test_home_with_only_an_entry_dated_ahead(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    language: str,
) -> None:
    written_on_a_clock_ahead(qtbot, make_window, returning_state, clock)
    assert install_translators(qapp, language)
    try:
        text = visible_text(make_window(returning_state, page="home").page("home"))
    finally:
        assert install_translators(qapp, "en")

    assert AHEAD[language] in text
    for wrong in ("Last entry today.", "No entries yet.", "Última anotación: hoy.", "Aún no hay"):
        assert wrong not in text
