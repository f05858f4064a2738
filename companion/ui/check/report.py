"""A one-page summary of a finished check, to print or save as PDF for a clinician.

In the order a clinician reads it: how urgent and what to do now; the patterns with
their reasons; what was reported and what was ruled out; what helps and what to avoid;
when to get help. Every piece of advice comes from the one composer in core
(`triage_advice.compose`). Lists are lists; the page is laid out in two columns where
that saves room, and the type shrinks a little (never below a readable size) to stay
on one page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPdfWriter,
    QTextDocument,
)

from companion import APP_NAME
from companion.core.check.advice import (
    Guidance,
    also_looked_at,
    shown_patterns,
)
from companion.core.check.engine import CLOSEST, NONE_CLOSE, Reason, TriageResult
from companion.core.check.model import TriageContent
from companion.core.shared.atomic_file import claim_output
from companion.ui.shared.dates import day_and_time_text
from companion.ui.shared.paper import page_size

# Type sizes in pixels at 96 dots per inch, as the text is laid out (13 px is about
# 10 points, 11 px about 8 points, still easy to read on paper).
TYPE_SIZES = (14, 13, 12)  # tried with every level of detail first
SMALL_TYPE_SIZES = (11,)  # then smaller type
# Last, the smallest type scaled down a little more: 11 px at 91% is about 7.5 points.
LAST_RESORT_SHRINK = (0.97, 0.94, 0.91)
# Levels of detail, most first: the most reasons listed for one pattern (None: all), and
# whether the less likely patterns' reasons and the other patterns' scores are shown.
DETAILS = ((None, True), (6, True), (4, True), (3, False))
INK, MUTED, RULE, TINT = "#1B262C", "#4B5B63", "#C9D3D6", "#EEF3F3"


def when_text(when: datetime) -> str:
    """A date and time in the person's own language and format."""
    return day_and_time_text(when, weekday=True)


def _items(lines: Sequence[str]) -> str:
    if not lines:
        return ""
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def _heading(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _two_columns(left: str, right: str) -> str:
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='50%' valign='top' style='padding-right: 10px'>{left}</td>"
        f"<td width='50%' valign='top' style='padding-left: 10px'>{right}</td>"
        "</tr></table>"
    )


def _split_list(lines: Sequence[str]) -> str:
    """A list over two columns, the first column the longer, to save height."""
    if len(lines) < 4:
        return _items(lines)
    half = (len(lines) + 1) // 2
    return _two_columns(_items(lines[:half]), _items(lines[half:]))


def _points(score: int) -> str:
    """A signed score: "2 points", "-2 points"."""
    size = abs(score)
    if score < 0:
        return QCoreApplication.translate("CheckReport", "-%n point(s)", "", size)
    return QCoreApplication.translate("CheckReport", "%n point(s)", "", size)


def _urgency(result: TriageResult, guidance: Guidance) -> str:
    parts = [
        "<p class='big'><b>"
        + escape(
            QCoreApplication.translate("CheckReport", "How urgent: %1.").replace(
                "%1", guidance.label
            )
        )
        + f"</b> {escape(guidance.heading)}.</p>",
        f"<p>{escape(guidance.text)}</p>",
    ]
    if guidance.signs:
        parts.append(
            "<p><b>"
            + escape(QCoreApplication.translate("CheckReport", "Warning signs reported"))
            + "</b></p>"
        )
        signs = [f"{s.title}: {s.note}" if s.note else s.title for s in guidance.signs]
        parts.append(_items(signs))
    if guidance.also_noted:
        also = QCoreApplication.translate("CheckReport", "Also noted: %1.").replace(
            "%1", "; ".join(guidance.also_noted)
        )
        parts.append(f"<p>{escape(also)}</p>")
    # Not inside an f-string: Qt's string extraction cannot see a call there.
    now_words = QCoreApplication.translate("CheckReport", "What to do now")
    parts.append(f"<p><b>{escape(now_words)}</b></p>")
    parts.append(_items(guidance.now_to_take_home()))
    if guidance.what_to_say:
        parts.append(
            "<p><b>"
            + escape(QCoreApplication.translate("CheckReport", "What to say when you call"))
            + "</b></p>"
        )
        parts.append(_items(guidance.what_to_say))
    return (
        f"<table width='100%' cellpadding='7' cellspacing='0' bgcolor='{TINT}'>"
        f"<tr><td>{''.join(parts)}</td></tr></table>"
    )


def _capped(lines: Sequence[str], most: int | None) -> list[str]:
    """The first `most` lines (the strongest reasons come first), and how many more."""
    if most is None or len(lines) <= most:
        return list(lines)
    # Not "see the app": the clinician reading the paper has not got it, nor has anyone
    # once a kiosk has cleared itself.
    more = QCoreApplication.translate("CheckReport", "and %1 more, left out to fit the page")
    more = more.replace("%1", str(len(lines) - most + 1))
    return [*lines[: most - 1], more]


def _strongest_first(reasons: Sequence[Reason]) -> list[str]:
    return [r.text for r in sorted(reasons, key=lambda r: -abs(r.weight))]


def _patterns(
    content: TriageContent,
    result: TriageResult,
    guidance: Guidance,
    most: int | None,
    full: bool,
) -> str:
    if not result.scored:
        return ""
    shown = shown_patterns(content, result)
    finding = result.finding
    if finding == CLOSEST:
        names = ", ".join(p.name for p in shown)
        title = QCoreApplication.translate(
            "CheckReport", "What the answers point to: no single pattern leads (closest: %1)"
        ).replace("%1", names)
    elif finding == NONE_CLOSE:
        title = QCoreApplication.translate(
            "CheckReport",
            "What the answers point to: no pattern fits yet. The answers given were too "
            "few, or pointed away from each one.",
        )
    else:
        title = QCoreApplication.translate(
            "CheckReport", "What the answers point to: %1 fits best"
        ).replace("%1", content.patterns[result.leading].name)
    parts = [_heading(title)]
    for pattern in shown:
        towards = _capped(_strongest_first(pattern.reasons_for), most)
        away = _capped(_strongest_first(pattern.reasons_against), most)
        name = escape(f"{pattern.name} ({_points(pattern.score)}).")
        for_words = escape(QCoreApplication.translate("CheckReport", "Pointed towards it:"))
        if away:
            against_words = escape(
                QCoreApplication.translate("CheckReport", "Pointed away from it:")
            )
            left = f"<p><b>{name}</b> {for_words}</p>{_items(towards)}"
            right = f"<p>{against_words}</p>{_items(away)}"
            parts.append(_two_columns(left, right))
        else:
            parts.append(f"<p><b>{name}</b> {for_words}</p>")
            parts.append(_split_list(towards))
    others = [f"{p.name} ({_points(p.score)})" for p in also_looked_at(content, result)]
    if others and full:
        also = QCoreApplication.translate(
            "CheckReport", "Also looked at, closest first: %1."
        ).replace("%1", "; ".join(others))
        parts.append(f"<p class='muted'>{escape(also)}</p>")
    for note in guidance.notes:
        parts.append(f"<p class='muted'>{escape(note)}</p>")
    return "".join(parts)


LONG_ANSWER = 48  # characters: a longer answer takes a whole row


def _reported(content: TriageContent, result: TriageResult) -> str:
    """Every answer worth a clinician's eye, two to a row (a long one on its own row);
    safety answers of "no" are in what was ruled out instead."""
    answers = []
    for question in content.questions:
        if question.id not in result.answers:
            continue
        value = result.answers[question.id]
        if question.section == "safety" and value in ("no", ["none"]):
            continue
        words = content.option_text(question, value)
        if words:  # an empty list (possible in an answers file) has nothing to show
            answers.append((question.short, words))
    if not answers:
        return ""
    rows: list[str] = []
    waiting: list[str] = []  # a short answer waiting for one to pair with

    def whole_row(cell: str) -> None:
        rows.append(f"<tr><td colspan='2'>{cell}</td></tr>")

    for short, words in answers:
        cell = f"<span class='muted'>{escape(short)}:</span> {escape(words)}"
        if len(short) + len(words) > LONG_ANSWER:
            # In the questions' order, and no empty cell that reads as a missing answer.
            for alone in waiting:
                whole_row(alone)
            waiting = []
            whole_row(cell)
        elif waiting:
            rows.append(
                f"<tr><td width='50%' valign='top'>{waiting.pop()}</td>"
                f"<td width='50%' valign='top'>{cell}</td></tr>"
            )
        else:
            waiting.append(cell)
    for alone in waiting:
        whole_row(alone)
    return (
        _heading(QCoreApplication.translate("CheckReport", "What was reported"))
        + "<table width='100%' cellspacing='0' cellpadding='1'>"
        + "".join(rows)
        + "</table>"
    )


def _ruled_out(content: TriageContent, result: TriageResult, full: bool) -> str:
    # The warning signs asked about and answered no, named as briefly as the questions.
    signs = [
        q.short
        for q in content.questions
        if q.section == "safety" and result.answers.get(q.id) in ("no", ["none"])
    ]
    patterns = [item for item in result.ruled_out if item.kind == "pattern" and full]
    if not signs and not patterns:
        return ""
    parts = [_heading(QCoreApplication.translate("CheckReport", "What was ruled out"))]
    if signs:
        asked = QCoreApplication.translate(
            "CheckReport", "Warning signs asked about and answered no: %1."
        ).replace("%1", "; ".join(signs))
        parts.append(f"<p>{escape(asked)}</p>")
    cells = []
    for item in patterns:
        less = QCoreApplication.translate("CheckReport", "%1 is less likely:").replace(
            "%1", item.title
        )
        cells.append(f"<p>{escape(less)}</p>{_items(item.reasons)}")
    for i in range(0, len(cells), 2):
        parts.append(_two_columns(cells[i], cells[i + 1] if i + 1 < len(cells) else ""))
    return "".join(parts)


def _self_care(guidance: Guidance) -> str:
    if not guidance.do and not guidance.avoid:
        return ""
    left = (
        _heading(QCoreApplication.translate("CheckReport", "What can help")) + _items(guidance.do)
        if guidance.do
        else ""
    )
    right = (
        _heading(QCoreApplication.translate("CheckReport", "What to avoid"))
        + _items(guidance.avoid)
        if guidance.avoid
        else ""
    )
    return _two_columns(left, right)


def _when_to_get_help(guidance: Guidance) -> str:
    if not guidance.when_to_get_help and not guidance.reassurance:
        return ""
    parts = [_heading(QCoreApplication.translate("CheckReport", "When to get help"))]
    for group in guidance.when_to_get_help:
        parts.append(f"<p><b>{escape(group.heading)}</b></p>")
        parts.append(_items([sign.text for sign in group.signs]))
    parts += [f"<p>{escape(line)}</p>" for line in guidance.reassurance]
    return "".join(parts)


def report_versions(
    content: TriageContent, result: TriageResult, guidance: Guidance, when: datetime
) -> list[str]:
    """The summary at each level of detail, most first: `render` prints the first that
    fits on one page in type that is comfortable to read."""
    return [report_html(content, result, guidance, when, detail) for detail in DETAILS]


def report_html(
    content: TriageContent,
    result: TriageResult,
    guidance: Guidance,
    when: datetime,
    detail: tuple[int | None, bool] = DETAILS[0],
) -> str:
    """The summary as simple HTML (QTextDocument's subset)."""
    most, full = detail
    done = QCoreApplication.translate("CheckReport", "Check done on %1.").replace(
        "%1", when_text(when)
    )
    footer = QCoreApplication.translate(
        "CheckReport", "Made with %1. Show it to your doctor or physiotherapist."
    ).replace("%1", APP_NAME)
    style = (
        f"body {{ color: {INK}; }}"
        "h2 { font-size: 140%; margin-top: 0px; margin-bottom: 2px; }"
        "h3 { font-size: 112%; margin-top: 7px; margin-bottom: 2px; }"
        "p { margin-top: 2px; margin-bottom: 2px; }"
        "p.big { font-size: 115%; }"
        "ul { margin-top: 0px; margin-bottom: 2px; margin-left: 14px; -qt-list-indent: 0; }"
        "li { margin-bottom: 1px; }"
        f".muted {{ color: {MUTED}; }}"
    )
    parts = [
        f"<html><head><style>{style}</style></head><body>",
        "<h2>"
        + escape(
            QCoreApplication.translate("CheckReport", "%1: guided check summary").replace(
                "%1", APP_NAME
            )
        )
        + "</h2>",
        f"<p class='muted'>{escape(done)} "
        + escape(
            QCoreApplication.translate(
                "CheckReport", "This summary explains; it is not a diagnosis."
            )
        )
        + "</p>",
        _urgency(result, guidance),
        _patterns(content, result, guidance, most, full),
        _reported(content, result),
        _ruled_out(content, result, full),
        _self_care(guidance),
        _when_to_get_help(guidance),
        f"<p class='muted'>{escape(footer)}</p>",
        "</body></html>",
    ]
    return "".join(parts)


def _layout(html: str, size: int, page: QSizeF) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    font = QFont()
    font.setPixelSize(size)
    document.setDefaultFont(font)
    document.setHtml(html)
    document.setPageSize(page)
    return document


def _fit_document(versions: Sequence[str], device: QPagedPaintDevice) -> QTextDocument:
    """The most detailed version that fits on one page, in the largest type that fits:
    first less detail at a comfortable size, then smaller type."""
    rect = device.pageLayout().paintRectPixels(device.logicalDpiX())
    # Text is laid out at Qt's usual 96 dots per inch and scaled to the device.
    scale = device.logicalDpiX() / 96.0
    page = QSizeF(rect.width() / scale, rect.height() / scale)
    tries = [(html, size) for size in TYPE_SIZES for html in versions[:-1]]
    tries += [(html, size) for size in SMALL_TYPE_SIZES for html in versions[:-1]]
    tries += [(versions[-1], size) for size in (*TYPE_SIZES, *SMALL_TYPE_SIZES)]
    for html, size in tries:
        candidate = _layout(html, size, page)
        if candidate.pageCount() <= 1:
            return candidate
    # Still too long (every option ticked, in Spanish): the least detailed version laid
    # out on a slightly larger page, which printing scales down to the paper, rather
    # than the last line alone on a second page.
    for shrink in LAST_RESORT_SHRINK:
        larger = QSizeF(page.width() / shrink, page.height() / shrink)
        candidate = _layout(versions[-1], SMALL_TYPE_SIZES[-1], larger)
        if candidate.pageCount() <= 1:
            return candidate
    return _layout(versions[-1], SMALL_TYPE_SIZES[-1], page)


def _page_setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(page_size())
    device.setPageMargins(QMarginsF(13, 11, 13, 11), QPageLayout.Unit.Millimeter)


def render(versions: Sequence[str], device: QPagedPaintDevice) -> int:
    """Print the summary on `device` (a printer or a PDF writer), in the most detailed of
    `versions` (see `report_versions`) that fits on one page; returns the page count."""
    _page_setup(device)
    document = _fit_document(versions, device)
    document.print_(device)
    return document.pageCount()


def save_pdf(versions: Sequence[str], path: Path, keep_out: Path | None = None) -> int:
    """Write the summary as a one-page PDF (never inside `keep_out`, the data folder);
    returns the page count. Raises OSError."""
    path = claim_output(path, keep_out)  # not a pipe, a device or the data folder
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(APP_NAME)
    writer.setCreator(APP_NAME)
    pages = render(versions, writer)
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages
