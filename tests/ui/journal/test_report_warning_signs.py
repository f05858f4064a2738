"""The clinician's report names every warning sign an entry gives, including nerve
symptoms in both legs, which the form takes from the side and the feelings chosen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.journal.page import JournalPage
from companion.ui.journal.report_table import EntryTable
from tests.helpers.journal_report import entries, page_words, report
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form, stored
from tests.helpers.qt import click


def save_entry(qtbot: QtBot, page: JournalPage, side: str, feeling: str) -> None:
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[6])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons[side])
    click(qtbot, form.feelings[feeling])
    click(qtbot, form.save_button)


def test_tingling_in_both_legs_is_a_warning_sign_in_the_report(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    save_entry(qtbot, page, "both", "tingling")
    # The page showed the check's advice for it as it was saved...
    assert page.safety.isVisible() and "both legs" in page.safety.body.text()
    assert stored(returning_state)[0]["warning_signs"] == []  # no box: the side says it
    report = page._report()
    text = report.html_text()
    # ...and page 1 of the report, read by a clinician, names it with its day.
    assert "No warning sign was ticked in this period." not in text
    assert (
        "Nerve symptoms in both legs: in 1 entry, where both legs were chosen with "
        "burning, tingling, numbness or weakness (9 March 2026)"
    ) in text
    # So does the entry's row in the table on the following pages.
    table = EntryTable(report.entries, report.content, "en", report.now)
    symptoms = table.head().index("Symptoms")
    assert "Warning sign: Nerve symptoms in both legs" in table.rows()[0][symptoms]


def test_an_ache_in_both_legs_is_not_called_a_warning_sign(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """As in the check: sore thighs on both sides are not the nerve sign."""
    page = journal_page(make_window(returning_state, page="journal"))
    save_entry(qtbot, page, "both", "ache")
    assert not page.safety.isVisible()
    text = page._report().html_text()
    assert "No warning sign was ticked in this period." in text
    assert "Nerve symptoms in both legs" not in text


def test_warning_signs_come_before_the_graph_on_page_one(qtbot: QtBot, tmp_path: Path) -> None:
    """The warning signs stood at the foot of page 1, below the trend, the graph, the key
    figures, the activities and the last check: a sign to act on today was the last thing
    a clinician read. Now they follow the introduction, above the trend."""
    target = tmp_path / "report.pdf"
    report(entries(90)).write_pdf(target)  # one entry ticks a leg getting weaker
    words = page_words(target, 1)
    said = [word for word, _top, _bottom in words]
    signs = said.index("Warning") if "Warning" in said else -1
    assert said[signs : signs + 5] == ["Warning", "signs", "in", "this", "period"]
    weaker = next(n for n in range(signs, len(said)) if said[n : n + 3] == ["A", "leg", "getting"])
    assert weaker < said.index("Trend") < said.index("Key")
    assert words[weaker][1] < 842 / 4  # in the top quarter of the A4 page (points)
