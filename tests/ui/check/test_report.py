"""The one-page summary for a clinician: what was reported, pointed to and ruled out."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument, QTextTable
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from companion.core.check.advice import compose
from companion.core.check.engine import TriageResult, evaluate
from companion.core.check.load import load_triage
from companion.core.check.model import TriageContent
from companion.ui.check.report import LONG_ANSWER, render, report_html, report_versions, save_pdf
from companion.ui.shared.language import install_translators
from tests.helpers.answers import NERVE, NOTHING_CLOSE

CONTENT = load_triage()
WHEN = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)


def pages(path: Path) -> int | None:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    except FileNotFoundError:
        return None
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    return int(match.group(1)) if match else None


def versions(result: TriageResult, number: str | None = "112") -> list[str]:
    return report_versions(CONTENT, result, compose(CONTENT, result, number), WHEN)


def test_the_summary_lists_signs_answers_and_patterns() -> None:
    result = evaluate(CONTENT, {"night_pain": "yes", "feel": ["burning"], "saddle_numbness": "no"})
    html = report_html(CONTENT, result, compose(CONTENT, result, "112"), WHEN)
    assert "2026" in html and "10:30" in html
    assert "Urgent" in html and "Night pain that rest does not ease" in html
    assert "answered no: Numbness in the saddle area" in html  # asked and not reported
    assert "Irritated sciatic nerve" in html
    assert "Burning" in html  # the answer as the person saw it
    assert "not a diagnosis" in html


def test_an_answer_with_nothing_chosen_is_left_out_not_printed_empty() -> None:
    # An answers file may give a list question no choice at all ("pain_regions": []):
    # the summary printed "Where it is felt:" with nothing after it.
    result = evaluate(CONTENT, {**NERVE, "pain_regions": []})
    html = report_html(CONTENT, result, compose(CONTENT, result, "112"), WHEN)
    assert "What was reported" in html
    assert "Where it is felt" not in html
    chosen = evaluate(CONTENT, NERVE)  # with a place chosen, it is printed
    assert "Where it is felt" in report_html(CONTENT, chosen, compose(CONTENT, chosen, "112"), WHEN)


def test_the_summary_has_what_to_do_patterns_ruled_out_avoid_and_when_to_get_help() -> None:
    result = evaluate(CONTENT, NERVE)
    html = report_html(CONTENT, result, compose(CONTENT, result, "112"), WHEN)
    order = [
        "How urgent",
        "What to do now",
        "What the answers point to: Irritated sciatic nerve fits best",
        "Pointed towards it:",
        "What was reported",
        "What was ruled out",
        "Narrowed spinal canal is less likely:",
        "What can help",
        "What to avoid",
        "When to get help",
        "Call 112 or go to an emergency department now if you have:",
        "Contact a doctor or urgent care the same day if you have:",
        "Book a visit with your doctor or a physiotherapist if:",
        "Pain that moves back up your leg",
    ]
    places = [html.index(words) for words in order]
    assert places == sorted(places)
    # Lists, never glued: no ".;" and no "Avoid: Avoid".
    assert ".;" not in html and "Avoid: Avoid" not in html
    assert html.count("<li>") >= 15
    # The least detailed version still has every part, with fewer reasons.
    least = versions(result)[-1]
    for words in ("What to do now", "What was ruled out", "What to avoid", "When to get help"):
        assert words in least
    assert "more, left out to fit the page" in least and "see the app" not in least


def every_option(content: TriageContent) -> dict[str, object]:
    """The longest summary: every option of every list ticked, and more signs."""
    every: dict[str, object] = {**NERVE, "health_signs": ["fever", "weight_loss"]}
    for question in content.questions:
        if question.kind in ("several_of", "body_region") and question.id != "health_signs":
            every[question.id] = [o.value for o in question.options if not o.exclusive]
    every.update(night_pain="yes", spreading_down="yes", stops_activities="yes")
    return every


def test_the_longest_spanish_summary_fits_one_page(qapp: QApplication, tmp_path: Path) -> None:
    """In Spanish the longest summary, at its least detail and smallest type, was still
    a line too long: its last line ("Hecho con ...") sat alone on a second page."""
    spanish = load_triage(language="es")
    result = evaluate(spanish, every_option(spanish))
    assert install_translators(qapp, "es")
    try:
        made = report_versions(spanish, result, compose(spanish, result, "112"), WHEN)
    finally:
        assert install_translators(qapp, "en")
    target = tmp_path / "largo.pdf"
    assert save_pdf(made, target) == 1
    assert pages(target) in (1, None)
    shown = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True)
    if shown.returncode == 0:
        assert "Muéstreselo a su médico" in shown.stdout


def test_printing_fits_one_page(qapp: object, tmp_path: Path) -> None:
    everything = {q.id: "no" for q in CONTENT.questions if q.kind == "yes_no"}
    result = evaluate(CONTENT, everything)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert render(versions(result, None), printer) == 1
    del printer
    assert target.read_bytes().startswith(b"%PDF")
    assert pages(target) in (1, None)


def test_save_pdf_writes_one_page(qapp: object, tmp_path: Path) -> None:
    result = evaluate(CONTENT, {"saddle_numbness": "no"})
    target = tmp_path / "summary.pdf"
    assert save_pdf(versions(result), target) == 1
    assert pages(target) in (1, None)


def test_the_longest_summary_still_fits_one_page_in_readable_type(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "long.pdf"
    assert save_pdf(versions(evaluate(CONTENT, every_option(CONTENT))), target) == 1
    assert pages(target) in (1, None)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True)
    text = subprocess.run(["pdftotext", "-bbox", str(target), "-"], capture_output=True, text=True)
    if text.returncode == 0 and fonts.returncode == 0:
        heights = [
            float(y1) - float(y0)
            for y0, y1 in re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', text.stdout)
        ]
        # Words at least about 8 points tall (a line box is a little taller than the type).
        assert min(heights) >= 8.0


def test_every_heading_of_the_spanish_summary_is_spanish(qapp: QApplication) -> None:
    """'What to do now' was written inside an f-string, where Qt's string extraction
    cannot see it, so the Spanish summary kept it in English."""
    spanish = load_triage(language="es")
    result = evaluate(spanish, {**NERVE, "night_pain": "yes"})
    assert install_translators(qapp, "es")
    try:
        html = report_html(spanish, result, compose(spanish, result, "112"), WHEN)
    finally:
        assert install_translators(qapp, "en")
    assert "Qué hacer ahora" in html
    english = ("What to do now", "How urgent", "Warning signs", "What was", "When to get help")
    assert not [words for words in english if words in html]


def summary_words(qapp: QApplication, language: str, answers: dict[str, object], path: Path) -> str:
    """The printed summary's words, as pdftotext reads them, one space between words."""
    content = load_triage(language=language)
    result = evaluate(content, answers)
    assert install_translators(qapp, language)
    try:
        made = report_versions(content, result, compose(content, result, "112"), WHEN)
    finally:
        assert install_translators(qapp, "en")
    assert save_pdf(made, path) == 1
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
    assert shown.returncode == 0
    # As a person reads it: the PDF's "ﬁ" ligature is the letters "fi".
    return " ".join(unicodedata.normalize("NFKC", shown.stdout).split())


def test_with_almost_nothing_answered_the_summary_says_no_pattern_plainly(
    qapp: QApplication, tmp_path: Path
) -> None:
    """With nothing that pointed to a pattern, the summary said "no single pattern leads
    (closest: –)": an empty list of the closest patterns, shown as a dash."""
    words = summary_words(qapp, "en", {"saddle_numbness": "no"}, tmp_path / "en.pdf")
    assert "(closest: –)" not in words and "closest: )" not in words
    assert (
        "What the answers point to: no pattern fits yet. The answers given were too "
        "few, or pointed away from each one." in words
    )
    palabras = summary_words(qapp, "es", {"saddle_numbness": "no"}, tmp_path / "es.pdf")
    assert "(los más cercanos: –)" not in palabras
    assert "todavía no encaja ningún patrón" in palabras
    # A mixed picture with a pattern close to leading still names it.
    where_only = {key: NERVE[key] for key in list(NERVE)[:12]}  # up to where the pain is
    close = summary_words(qapp, "en", where_only, tmp_path / "close.pdf")
    assert "no single pattern leads (closest: Irritated sciatic nerve)" in close


def test_with_every_question_answered_and_nothing_close_the_summary_lists_no_pattern(
    qapp: QApplication, tmp_path: Path
) -> None:
    """Every question answered, no pattern above 0 points: the summary listed all five
    patterns at "(0 points)" as "Also looked at, closest first", and "What to do now"
    said "Follow the tips for the pattern your answers fit"."""
    words = summary_words(qapp, "en", NOTHING_CLOSE, tmp_path / "nothing.pdf")
    assert "What the answers point to: no pattern fits yet." in words
    assert "closest first" not in words and "(0 points)" not in words
    assert "pattern your answers fit" not in words
    assert "What to do now" in words and "Follow the tips below." in words
    palabras = summary_words(qapp, "es", NOTHING_CLOSE, tmp_path / "nada.pdf")
    assert "todavía no encaja ningún patrón" in palabras
    assert "del más cercano al más lejano" not in palabras and "(0 puntos)" not in palabras
    assert "Siga los consejos de abajo." in palabras
    assert "el patrón con el que encajan sus respuestas" not in palabras


def _reported_cells(html: str) -> list[str]:
    """The words of each cell of the "What was reported" table, as they read."""
    document = QTextDocument()
    document.setHtml(html)
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        cells: list[str] = []
        for row in range(frame.rows()):
            for column in range(frame.columns()):
                cell = frame.cellAt(row, column)
                if cell.column() != column:
                    continue  # the rest of a cell across both columns
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.KeepAnchor)
                cells.append(cursor.selectedText())
        if cells and any(cell.startswith("Where it is felt:") for cell in cells):
            return cells
    raise AssertionError("no table of answers")


@pytest.mark.parametrize("answers", [NERVE, NOTHING_CLOSE], ids=["nerve", "calm"])
def test_the_answers_read_in_the_questions_order_with_no_empty_cell(
    qapp: QApplication, answers: dict[str, object]
) -> None:
    """A long answer on its own row took the place of the short one waiting before it,
    which came after it, and a short one left alone had an empty cell beside it that
    read as an answer left out."""
    result = evaluate(CONTENT, {**answers})
    html = report_html(CONTENT, result, compose(CONTENT, result, "112"), WHEN)
    cells = _reported_cells(html)
    assert all(cell.strip() for cell in cells), cells
    shorts = [q.short for q in CONTENT.questions if any(c.startswith(q.short + ":") for c in cells)]
    assert [cell.split(":")[0] for cell in cells] == shorts
    assert any(len(cell) > LONG_ANSWER + 2 for cell in cells)  # a long one among them
