"""A check done in one language, then the app opened in the other: Home's "Last check"
card and the journal graph's day details say the check's line in the language the app
speaks now, not the words saved on the day."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.check.engine import evaluate
from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.core.shared.record_log import load_checks
from companion.ui.shared.language import install_translators
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import check_page, finish, start
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page
from tests.helpers.qt import visible_text

LINES = {code: evaluate(load_triage(language=code), NERVE).summary for code in ("en", "es")}


@contextmanager
def speaking(qapp: QApplication, language: str) -> Iterator[None]:
    """The interface in `language` for a while (the tests' app speaks English)."""
    assert install_translators(qapp, language)
    try:
        yield
    finally:
        assert install_translators(qapp, "en")


def check_done(qtbot: QtBot, make_window: MakeWindow, qapp: QApplication, state: AppState) -> None:
    """A person with the app in its language clicks through the whole check."""
    language = state.content.language
    with speaking(qapp, language):
        state.settings.update(welcome_done=True, emergency_number="112")
        page = check_page(make_window(state, page="check"))
        start(qtbot, page)
        finish(qtbot, page, NERVE)
    (saved,) = load_checks(state)
    assert saved.summary == LINES[language]  # the words of the day


@pytest.mark.parametrize(("done_in", "read_in"), [("es", "en"), ("en", "es")])
def test_home_says_the_last_check_in_the_language_the_app_speaks_now(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    qapp: QApplication,
    done_in: str,
    read_in: str,
) -> None:
    """Home showed "Encaja mejor con el patrón del nervio irritado; ..." under "Last
    check" in an English app, a week after the check was done in Spanish."""
    assert LINES["en"].startswith("Fits ") and LINES["es"] != LINES["en"]
    check_done(qtbot, make_window, qapp, AppState.open(tmp_path, now=clock, language=done_in))
    clock.current += timedelta(days=7)
    with speaking(qapp, read_in):
        state = AppState.open(tmp_path, now=clock, language=read_in)
        text = visible_text(make_window(state, page="home").page("home"))
    assert LINES[read_in] in text, text
    assert LINES[done_in] not in text


def test_the_graphs_day_details_say_a_spanish_check_in_english(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock, qapp: QApplication
) -> None:
    """The graph's details of the check's day quoted the Spanish line, while the list
    just below it already said it in English."""
    check_done(qtbot, make_window, qapp, AppState.open(tmp_path, now=clock, language="es"))
    english = AppState.open(tmp_path, now=clock, language="en")
    add_entries(english, clock, ["calf"])  # an entry on the check's day
    page = journal_page(make_window(english, page="journal"))
    chart = page.chart
    assert chart is not None
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    details = chart.details.text()
    assert f"Check: {LINES['en']}" in details, details
    assert LINES["es"] not in details
