"""An entry from an earlier day with a warning sign, opened again: the check's advice is
worded for then ("if this is still so now"), with the number from Settings."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.journal.form import JournalForm
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored
from tests.helpers.qt import click


def add_sign(state: AppState, clock: FakeClock, days_ago: int, sign: str) -> None:
    when = clock() - timedelta(days=days_ago, hours=2)
    entry = parse_entry(
        {
            "time": when.isoformat(),
            "pain_now": 6,
            "level": "calf",
            "side": "left",
            "warning_signs": [sign],
        }
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


def test_an_old_entry_with_a_warning_sign_is_advised_as_from_then(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    returning_state.settings.update(emergency_number="999")
    add_sign(returning_state, clock, 5, "saddle_numbness")  # Wednesday 4 March
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    notice = form.safety
    assert notice.isVisible()
    assert notice.heading.text() == "This entry from Wednesday, 4 March 2026 has a warning sign"
    assert notice.heading.text() != "Get help now"
    body = notice.body.text()
    assert body.startswith("If this is still so now, or it comes back:")
    assert "Call 999" in body and "112" not in body  # the number from Settings
    assert body.endswith("If it has passed, still tell your doctor about it.")
    assert notice.accessibleName() == notice.heading.text()
    # Saved again (a note added), the page says the same, not "now" as if new today.
    qtbot.keyClicks(form.note, "Gone by the evening")
    click(qtbot, form.save_button)
    assert stored(returning_state)[0]["note"] == "Gone by the evening"
    assert page.safety.isVisible()
    assert page.safety.heading.text() == notice.heading.text()
    assert page.safety.body.text().startswith("If this is still so now")


def test_moved_to_today_the_advice_is_for_today_again(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_sign(returning_state, clock, 1, "weakness_worsening")
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    assert form.safety.heading.text().startswith("This entry from Sunday, 8 March 2026")
    # The date by keyboard: one day on, to today.
    form.when.setFocus()
    form.when.setCurrentSection(form.when.Section.DaySection)
    qtbot.keyClick(form.when, Qt.Key.Key_Up)
    assert form.when.dateTime().date().day() == 9
    assert form.safety.heading.text() == "Get medical help today"
    assert "Contact a doctor or urgent care today." in form.safety.body.text()


def test_a_new_entry_today_keeps_the_advice_for_now(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.signs["bladder_bowel_change"])
    assert form.safety.heading.text() == "Get help now"
    assert form.safety.body.text().startswith("New bladder or bowel trouble: Call 112")


def test_the_form_and_the_page_give_the_same_advice_without_a_number_set(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Ticked in the form, then saved: the page repeats the form's advice word for word,
    with the stand-in words while no emergency number is set."""
    returning_state.settings.update(emergency_number=None)
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[6])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["both"])
    click(qtbot, form.feelings["numbness"])  # nerve feelings in both legs
    click(qtbot, form.signs["bladder_bowel_change"])
    heading, body = form.safety.heading.text(), form.safety.body.text()
    assert heading == "Get help now"
    assert "your local emergency number" in body and "both legs" in body
    click(qtbot, form.save_button)
    assert page.safety.isVisible()
    assert (page.safety.heading.text(), page.safety.body.text()) == (heading, body)
