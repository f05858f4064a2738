"""A note in a right-to-left script (Arabic, Hebrew) that is cut short keeps the words
that say so readable: they are in the report's language, which reads left to right."""

from __future__ import annotations

import re
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from companion.core.journal.entry import Entry
from tests.helpers.journal_report import NOW, report

HEBREW = "כאב בחלק האחורי של הירך אחרי הליכה ארוכה. " * 50  # 2,000 characters and more
ARABIC = "ألم في الجزء الخلفي من الفخذ بعد المشي الطويل، " * 45


def line_texts(path: Path) -> list[str]:
    """The table page's lines as a reader sees them, left to right."""
    shown = subprocess.run(
        ["pdftotext", "-bbox", "-f", "2", "-l", "2", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', shown
    )
    lines: dict[int, list[tuple[float, str]]] = {}
    for x, y, word in words:
        lines.setdefault(round(float(y)), []).append((float(x), word))
    return [" ".join(word for _x, word in sorted(line)) for _y, line in sorted(lines.items())]


@pytest.mark.parametrize("note", [HEBREW, ARABIC], ids=["hebrew", "arabic"])
def test_the_cut_short_words_read_left_to_right_after_a_right_to_left_note(
    qapp: QApplication, tmp_path: Path, note: str
) -> None:
    """Before: beside a Hebrew note the words read "cut short:) ... 1604 more characters
    in (the app", their brackets turned round and the note's end between them."""
    items = [Entry(time=NOW - timedelta(hours=3), pain_now=4, level="calf", note=note)]
    target = tmp_path / "report.pdf"
    report(items, full=True).write_pdf(target)
    lines = line_texts(target)
    # the brackets open and close where they should, "(cut short: … in the app)"
    assert any(re.search(r"\(cut short:", line) for line in lines), lines
    assert any(line.endswith("the app)") for line in lines), lines
    assert not any(re.search(r"short:\)|\(the app|in \(", line) for line in lines), lines
