"""The one-page summary for a clinician: what was reported, pointed to and ruled out."""

from __future__ import annotations

import re
import subprocess
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter

from companion.core.triage import evaluate
from companion.core.triage_content import load_triage
from companion.ui.check_report import render, report_html, save_pdf

CONTENT = load_triage()
WHEN = datetime(2026, 3, 9, 10, 30, tzinfo=UTC)


def pages(path: Path) -> int | None:
    try:
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True)
    except FileNotFoundError:
        return None
    match = re.search(r"^Pages:\s+(\d+)$", info.stdout, re.MULTILINE)
    return int(match.group(1)) if match else None


def test_the_summary_lists_signs_answers_and_patterns() -> None:
    result = evaluate(CONTENT, {"night_pain": "yes", "feel": ["burning"], "saddle_numbness": "no"})
    html = report_html(CONTENT, result, "112", WHEN)
    assert "2026-03-09 10:30" in html
    assert "Urgent" in html and "Night pain that rest does not ease" in html
    assert "Numbness around the genitals or bottom" in html  # not reported
    assert "Irritated sciatic nerve" in html
    assert "Burning" in html  # the answer as the person saw it
    assert "not a diagnosis" in html


def test_printing_fits_one_page(qapp: object, tmp_path: Path) -> None:
    everything = {q.id: "no" for q in CONTENT.questions if q.kind == "yes_no"}
    result = evaluate(CONTENT, everything)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    assert render(report_html(CONTENT, result, None, WHEN), printer) == 1
    del printer
    assert target.read_bytes().startswith(b"%PDF")
    assert pages(target) in (1, None)


def test_save_pdf_writes_one_page(qapp: object, tmp_path: Path) -> None:
    result = evaluate(CONTENT, {"saddle_numbness": "no"})
    target = tmp_path / "summary.pdf"
    assert save_pdf(report_html(CONTENT, result, "112", WHEN), target) == 1
    assert pages(target) in (1, None)
