"""The clinician's report for the journal's UI tests: a journal of any size, the report made
from it, and the pages and words of the PDF as a reader sees them."""

from __future__ import annotations

import html
import re
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path

from companion.core.journal.choices import load_journal_content
from companion.core.journal.entry import Activity, Entry
from companion.core.journal.insights import load_insight_content
from companion.core.journal.trend import load_trend_content
from companion.core.shared.paper import A4
from companion.core.shared.records import CheckRecord
from companion.ui.journal.report import JournalReport
from companion.ui.journal.report_data import ReportData, ReportOptions

ZONE = timezone(timedelta(hours=1))


NOW = datetime(2026, 12, 4, 21, 0, tzinfo=ZONE)


LEVELS = ("calf", "lower_thigh_knee", "upper_thigh", "buttock")


LONG_NOTE = "The pain crept down to the calf after a long drive and stayed all evening. " * 8


def entries(count: int) -> list[Entry]:
    """One entry a day up to yesterday evening, drawing back up the leg, with the fields
    that make a row tall: feelings, what was done, activities and a note."""
    out = []
    for index in range(count):
        out.append(
            Entry(
                time=NOW - timedelta(days=count - index, hours=2),
                pain_now=3 + index % 5,
                pain_worst=7,
                level=LEVELS[index * len(LEVELS) // count],
                side="left",
                feelings=("tingling", "ache") if index % 2 else ("sharp",),
                walk_minutes=float(10 + index % 30),
                done=("heat", "breaks") if index % 3 else ("ice",),
                activities=(Activity("Sitting at work", min(10, index % 11)),),
                warning_signs=("weakness_worsening",) if index == count - 2 else (),
                note=LONG_NOTE[: 40 + (index * 37) % len(LONG_NOTE)],
            )
        )
    return out


CHECK = CheckRecord(NOW - timedelta(days=3), "soon", "sciatic", (), "Fits the nerve pattern.")


def report(
    items: list[Entry], *, full: bool = False, paper: str = A4, language: str = "en"
) -> JournalReport:
    return JournalReport(
        ReportData(items, [], [CHECK], NOW, "112", language),
        load_journal_content(language=language),
        load_trend_content(language=language),
        load_insight_content(language=language),
        ReportOptions(full=full, paper=paper),
    )


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


def page_words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """The words on one page of a PDF as a reader sees them: (word, top, bottom)."""
    shown = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [
        (html.unescape(word), float(top), float(bottom))
        for top, bottom, word in re.findall(
            r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>',
            shown,
        )
    ]
