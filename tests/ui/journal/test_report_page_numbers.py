"""Every page of the clinician's report says "Page N of M" in the same place, at its
foot: page 1 too, and a report of one page ("Page 1 of 1": a loose sheet says that
nothing is missing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from tests.helpers.clock import FakeClock
from tests.helpers.journal_report import entries, page_words, pdf_pages, report
from tests.helpers.journal_ui import MakeWindow, add_entries, journal_page, save_report_through_page


def foot_of(path: Path, page: int) -> tuple[str, float]:
    """The words on the lowest line of a page, and how far down that line is."""
    words = page_words(path, page)
    lowest = max(top for _word, top, _bottom in words)
    return " ".join(word for word, top, _bottom in words if top == lowest), lowest


def test_every_page_of_a_long_report_carries_its_number_at_the_foot(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """Page 1 had no number, while the table's pages said "(page 2 of 4)" in their
    title at the top."""
    add_entries(returning_state, clock, ["calf", "buttock", "upper_thigh"] * 40)
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target, every_entry=True)
    total = pdf_pages(target)
    assert total >= 3  # page 1 and at least two pages of the table
    feet = [foot_of(target, number) for number in range(1, total + 1)]
    assert [words for words, _top in feet] == [f"Page {n} of {total}" for n in range(1, total + 1)]
    assert len({round(top) for _words, top in feet}) == 1  # the same place on each page
    assert "(page" not in " ".join(word for word, _t, _b in page_words(target, 2))


def test_a_one_page_report_says_page_1_of_1(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    save_report_through_page(qtbot, page, target)
    assert pdf_pages(target) == 1
    assert foot_of(target, 1)[0] == "Page 1 of 1"


def test_the_spanish_report_numbers_its_pages_in_spanish(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    assert install_translators(qapp, "es")
    try:
        target = tmp_path / "informe.pdf"
        total = report(entries(90), language="es", full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
    assert total >= 3
    for number in (1, 2, total):
        assert foot_of(target, number)[0] == f"Página {number} de {total}"
