"""A check in the journal's list, and a past check opened again, say its line in the
language the app speaks now, not the one it was done in."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.shared.app_state import AppState
from companion.ui.check.result import ResultScreen
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import check_page, history
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page
from tests.helpers.qt import click

ENGLISH = load_triage(language="en")
SPANISH = load_triage(language="es")


def test_a_check_done_in_spanish_shows_its_line_in_english_in_the_journal(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """The journal listed "Encaja mejor con el patrón del nervio irritado; ..." in an
    English app: the words saved on the day the check was done in Spanish."""
    done = clock() - timedelta(hours=2)
    returning_state.save_check(check_record(evaluate(SPANISH, NERVE), done))
    page = journal_page(make_window(returning_state, page="journal"))
    (row,) = page.check_rows.values()
    english = evaluate(ENGLISH, NERVE).summary
    assert english.startswith("Fits ")
    assert row.summary.text() == english
    assert row.accessibleName().endswith(english)


def test_a_past_check_read_differently_today_says_its_day_in_english(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """ "On the day it said: ..." quoted the Spanish words of a check done in Spanish."""
    saved = check_record(evaluate(SPANISH, NERVE), clock() - timedelta(days=3))
    returning_state.save_check(replace(saved, urgency="soon"))  # today's rules: self-care
    page = check_page(make_window(returning_state, page="check"))
    click(qtbot, history(page).rows[0].open_button)
    past = page.view
    assert isinstance(past, ResultScreen)
    said = [w.text() for w in past.findChildren(QLabel) if "On the day it said" in w.text()]
    assert said and said[0].endswith(
        "On the day it said: Fits the irritated nerve pattern best; see a clinician soon."
    )
