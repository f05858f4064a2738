"""The clinician's report as a person gets it: page 1 alone at any journal size, the entry
table on the pages after with no row split, the paper size, and its words."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from companion.core.journal.choices import load_journal_content
from companion.core.journal.entry import Entry
from companion.core.journal.insights import load_insight_content
from companion.core.journal.trend import load_trend_content
from companion.core.shared.app_state import AppState
from companion.core.shared.paper import A4, LETTER
from companion.core.shared.records import CheckRecord
from companion.ui.journal.report import JournalReport
from companion.ui.journal.report_data import ReportData, ReportOptions
from companion.ui.journal.report_dialog import ReportDialog
from companion.ui.journal.report_table import COLUMN_SHARES, EntryTable
from companion.ui.shared.language import install_translators
from tests.helpers.journal_report import (
    LEVELS,
    LONG_NOTE,
    NOW,
    entries,
    page_words,
    pdf_pages,
    report,
)
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.qt import click


def made_table(made: JournalReport) -> EntryTable:
    """The entry table the report draws after its first page."""
    return EntryTable(made.entries, made.content, made.data.language, made.now)


def media_box(path: Path) -> tuple[float, float]:
    found = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", path.read_bytes())
    assert found is not None
    return float(found[1]), float(found[2])


@pytest.mark.parametrize("count", [3, 90])
def test_the_default_report_is_exactly_one_page(qtbot: QtBot, tmp_path: Path, count: int) -> None:
    target = tmp_path / "report.pdf"
    assert report(entries(count)).write_pdf(target) == 1
    assert pdf_pages(target) == 1
    assert media_box(target) == (595.0, 842.0)  # A4, in points


def test_ten_years_still_fit_page_one_and_the_table_follows(qtbot: QtBot, tmp_path: Path) -> None:
    items = entries(3650)
    default = tmp_path / "default.pdf"
    assert report(items).write_pdf(default) == 1 and pdf_pages(default) == 1
    full = tmp_path / "full.pdf"
    made = report(items, full=True)
    pages = made.write_pdf(full)
    assert pages == pdf_pages(full) and pages > 100


def test_on_letter_paper_page_one_still_fits(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "letter.pdf"
    assert report(entries(90), paper=LETTER).write_pdf(target) == 1
    assert media_box(target) == (612.0, 792.0)


def test_no_row_of_the_entry_table_splits_across_pages(qtbot: QtBot, tmp_path: Path) -> None:
    """The rows drawn on each page, measured as they are drawn, fit below the page's
    heading; each entry is on exactly one page; the PDF has those pages after page 1."""
    made = report(entries(90), full=True)
    writer = QPdfWriter(str(tmp_path / "measure.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(made.page_layout())
    rect = writer.pageLayout().paintRectPixels(writer.logicalDpiY())
    pages, heights, head = made_table(made).pages(writer, rect.width(), rect.height())
    assert [i for start, stop in pages for i in range(start, stop)] == list(range(90))
    assert len(pages) > 1 and len(set(heights)) > 3  # rows of many heights
    for start, stop in pages:
        assert head + sum(heights[start:stop]) < rect.height()
    target = tmp_path / "full.pdf"
    assert made.write_pdf(target) == 1 + len(pages) == pdf_pages(target)


def test_symptoms_have_their_own_column_and_notes_hold_only_the_note(qtbot: QtBot) -> None:
    made = report(entries(5), full=True)
    head = made_table(made).head()
    assert len(head) == len(COLUMN_SHARES)
    symptoms, notes = head.index("Symptoms"), head.index("Notes")
    rows = made_table(made).rows()  # newest first
    assert "Tingling" in rows[1][symptoms] or "Tingling" in rows[0][symptoms]
    warned = rows[1]  # the entry before last ticked a warning sign
    assert "Warning sign:" in warned[symptoms] and "Warning sign" not in warned[notes]
    assert all("Tingling" not in row[notes] for row in rows)
    assert rows[0][notes] == LONG_NOTE[: 40 + (4 * 37) % len(LONG_NOTE)].strip()


def test_the_most_urgent_warning_sign_comes_first(qtbot: QtBot) -> None:
    items = entries(5)
    both = ("weakness_worsening", "bladder_bowel_change")
    items[-1] = Entry(
        time=items[-1].time, pain_now=5, level="calf", side="left", warning_signs=both
    )
    made = report(items, full=True)
    text = made.html_text()
    bladder, weaker = "New bladder or bowel trouble", "A leg getting weaker or more numb"
    assert text.index(bladder) < text.index(weaker)
    symptoms = made_table(made).head().index("Symptoms")
    newest = made_table(made).rows()[0][symptoms]
    assert newest.index(bladder) < newest.index(weaker)


def test_page_one_says_what_a_clinician_needs(qtbot: QtBot) -> None:
    made = report(entries(10))
    text = made.html_text()
    # The graph's title names its real dates, not "the last 3 months".
    assert "The graph, 24 November 2026 to 3 December 2026" in text
    assert "3 months" not in text
    assert "Key figures" in text and "First 5 days" in text and "Last 5 days" in text
    assert "Sitting at work" in text  # the rated activity, first and latest scores
    assert "Done on 1 December 2026. The result the person saw: “Fits the nerve pattern.”" in text
    assert "ticked in 1 entry (2 December 2026)" in text
    assert made.summary.words.title in text  # the same words as `journal summary`
    assert made.summary.insights_title in text


def test_a_check_after_the_report_was_made_is_not_the_last_check(qtbot: QtBot) -> None:
    made = JournalReport(
        ReportData(
            entries(5), [], [CheckRecord(NOW + timedelta(days=1), "", "", (), "x")], NOW, None, "en"
        ),
        load_journal_content(),
        load_trend_content(),
        load_insight_content(),
    )
    assert "No guided check has been done yet." in made.html_text()


def test_the_report_speaks_spanish(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> None:
    assert install_translators(qapp, "es")
    try:
        made = report(entries(20), language="es", full=True)
        text = made.html_text()
        assert "Cifras clave" in text and "Primeros 10 días" in text
        assert "del 14 de noviembre de 2026 al 3 de diciembre de 2026" in text
        assert made_table(made).head()[4] == "Síntomas"
        assert made.write_pdf(tmp_path / "es.pdf") >= 2
    finally:
        install_translators(qapp, "en")


def test_a_report_of_one_day_names_that_day_once(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """Entries all made on one day gave "from 4 December 2026 to 4 December 2026" on
    page 1 and above the entry table."""
    day = [replace(e, time=NOW.replace(hour=8 + 4 * n)) for n, e in enumerate(entries(3))]
    made = report(day, full=True)
    text = html.unescape(made.html_text())
    assert "3 entries on 4 December 2026." in text
    assert "4 December 2026 to 4 December 2026" not in text
    assert made_table(made).title() == "Entries, 4 December 2026"
    assert made.write_pdf(tmp_path / "one-day.pdf") == 2
    assert install_translators(qapp, "es")
    try:
        made = report(day, language="es", full=True)
        text = html.unescape(made.html_text())
        assert "3 anotaciones del 4 de diciembre de 2026." in text
        assert "del 4 de diciembre de 2026 al 4 de diciembre" not in text
        assert made_table(made).title() == "Anotaciones del 4 de diciembre de 2026"
    finally:
        install_translators(qapp, "en")


def test_the_dialog_chooses_the_table_and_the_paper(qtbot: QtBot) -> None:
    dialog = ReportDialog(paper=A4)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.options() == ReportOptions(full=False, paper=A4)
    click(qtbot, dialog.full)
    dialog.paper.setFocus()
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)
    assert dialog.options() == ReportOptions(full=True, paper=LETTER)
    assert dialog.paper.accessibleName() == "Paper size"
    assert dialog.full.accessibleName() and dialog.ok_button.accessibleName()


@pytest.mark.parametrize("scale", [100, 175])
def test_the_paper_field_lines_up_with_the_words_above_it(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, scale: int
) -> None:
    returning_state.settings.update(text_scale=scale)
    window = make_window(returning_state, page="journal")
    dialog = ReportDialog(window, paper=A4)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    labels = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.paper]
    assert len(labels) == 1
    left = {w.mapTo(dialog, QPoint(0, 0)).x() for w in (labels[0], dialog.paper)}
    # At 175% the field sat 12 px in from its label and the box's other left edges.
    assert len(left) == 1, left
    # The field starts under its label, not beside it, at every text size.
    under = labels[0].mapTo(dialog, QPoint(0, labels[0].height())).y()
    assert dialog.paper.mapTo(dialog, QPoint(0, 0)).y() >= under


def test_the_spanish_entry_table_keeps_its_words_whole_and_apart(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """In Spanish the walking column's heading read "Cami / nar (min)", broken inside the
    word, and a long page title ("... al 3 de diciembre de 2026 (página 2 de 12)", the
    page number now at the foot) ran onto a second line that sat on the table's heading row."""
    assert install_translators(qapp, "es")
    try:
        target = tmp_path / "es.pdf"
        report(entries(120), language="es", full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
    words = page_words(target, 2)
    said = [word for word, _top, _bottom in words]
    assert "Caminar" in said and "(min)" in said
    heading_top = min(top for word, top, _bottom in words if word == "Fecha")
    title = said[: said.index("Fecha")]
    assert title[0] == "Anotaciones," and title[-1] == "2026"
    assert all(bottom <= heading_top for _word, _top, bottom in words[: len(title)])


@pytest.mark.parametrize(("language", "place"), [("es", "es_ES"), ("es", "es_MX"), ("en", "en_US")])
def test_each_entry_of_the_table_is_one_line_tall(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str, place: str
) -> None:
    """In Spanish the date wrapped onto two lines on every row ("27 de nov de 2026," /
    "7:00"): 3,000 short entries took 105 pages (64 now); and "2:00 PM" in the
    United States wrapped too (99 pages, 63 now)."""
    short = [
        Entry(time=NOW - timedelta(hours=7 * (300 - n)), pain_now=n % 8, level=LEVELS[n % 4])
        for n in range(300)
    ]
    before = QLocale()
    assert install_translators(qapp, language)
    QLocale.setDefault(QLocale(place))
    try:
        target = tmp_path / "report.pdf"
        pages = report(short, language=language, full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
        QLocale.setDefault(before)
    words = page_words(target, 2)
    days = [n for n, (word, _top, _bottom) in enumerate(words) if re.fullmatch(r"[\d/]+,", word)]
    assert len(days) > 40  # a page full of rows
    for n in days:  # the time sits beside its day, not on a second line
        assert words[n + 1][1] == words[n][1], words[n : n + 3]
    assert pages == 1 + 7  # page 1, then 300 rows at one line each


@pytest.mark.parametrize(
    ("language", "worst", "calf"), [("en", "(worst", "Calf,"), ("es", "(peor", "Pantorrilla,")]
)
def test_pain_and_how_far_it_reaches_stay_on_one_line(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, language: str, worst: str, calf: str
) -> None:
    """The pain "7 (worst 7)" wrapped after "(worst", and "Pantorrilla, Izquierda" after
    its comma, on most rows: 3,000 such entries took 101 pages (105 in Spanish)."""
    full = [
        Entry(
            time=NOW - timedelta(hours=7 * (300 - n)),
            pain_now=n % 8,
            pain_worst=7,
            level=("lower_back", "calf")[n % 2],
            side=("left", "right")[n % 3 % 2],
        )
        for n in range(300)
    ]
    assert install_translators(qapp, language)
    try:
        target = tmp_path / "report.pdf"
        pages = report(full, language=language, full=True).write_pdf(target)
    finally:
        install_translators(qapp, "en")
    words = page_words(target, 2)
    worsts = [n for n, (word, _top, _bottom) in enumerate(words) if word == worst]
    calves = [n for n, (word, _top, _bottom) in enumerate(words) if word == calf]
    assert len(worsts) > 20 and len(calves) > 10  # a page of rows
    for n in worsts:  # "7 (worst 7)" on one line
        assert words[n + 1][0].endswith(")") and words[n + 1][1] == words[n][1], words[n : n + 2]
        assert words[n - 1][1] == words[n][1], words[n - 1 : n + 1]
    for n in calves:  # the side sits beside the calf
        assert words[n + 1][1] == words[n][1], words[n : n + 2]
    assert pages == 1 + 7  # page 1, then 300 rows at one line each
