"""A one-page summary of a finished check, to print or save as PDF for a clinician.

It lists what was reported (every answer), what the answers pointed to and ruled out,
and the advice given. The text shrinks until it fits on one page.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from companion import APP_NAME
from companion.core.triage import TriageResult, fill_number
from companion.core.triage_content import TriageContent

LARGEST_POINT_SIZE = 10.0
SMALLEST_POINT_SIZE = 5.5


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckReport", text)


def _items(lines: list[str] | tuple[str, ...]) -> str:
    return "<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"


def report_html(
    content: TriageContent, result: TriageResult, number: str | None, when: datetime
) -> str:
    """The summary as simple HTML (QTextDocument's subset)."""
    u = result.urgency_text
    parts = [
        f"<h2>{escape(APP_NAME)}: {escape(tr('guided check summary'))}</h2>",
        f"<p>{escape(when.strftime('%Y-%m-%d %H:%M'))}. "
        + escape(tr("This summary explains; it is not a diagnosis."))
        + "</p>",
        f"<h3>{escape(tr('How urgent'))}: {escape(u.label)}. {escape(u.heading)}</h3>",
    ]
    if result.hits:
        parts.append(
            _items([f"{h.title}: {fill_number(content, h.advice, number)}" for h in result.hits])
        )
    else:
        parts.append(f"<p>{escape(content.texts['safety_clear'])}</p>")
    leading = content.patterns[result.leading]
    parts.append(f"<h3>{escape(tr('Fits best'))}: {escape(leading.name)}</h3>")
    rows = []
    for p in result.patterns:
        towards = "; ".join(r.text for r in p.reasons_for) or "–"
        away = "; ".join(r.text for r in p.reasons_against) or "–"
        rows.append(
            f"<tr><td><b>{escape(p.name)}</b></td><td align='right'>{p.score}</td>"
            f"<td>{escape(towards)}</td><td>{escape(away)}</td></tr>"
        )
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr><th>{escape(tr('Pattern'))}</th><th>{escape(tr('Points'))}</th>"
        f"<th>{escape(tr('Pointed towards it'))}</th><th>{escape(tr('Pointed away'))}</th></tr>"
        + "".join(rows)
        + "</table>"
    )
    signs = [item.title for item in result.ruled_out if item.kind == "sign"]
    if signs:
        parts.append(f"<h3>{escape(tr('Warning signs not reported'))}</h3>")
        parts.append(f"<p>{escape('; '.join(signs))}.</p>")
    parts.append(f"<h3>{escape(tr('What was reported'))}</h3>")
    answered = [
        f"<tr><td>{escape(q.text)}</td><td>{escape(content.option_text(q, result.answers[q.id]))}"
        "</td></tr>"
        for q in content.questions
        if q.id in result.answers
    ]
    parts.append(
        "<table border='1' cellspacing='0' cellpadding='2' width='100%'>"
        + "".join(answered)
        + "</table>"
    )
    parts.append(f"<h3>{escape(tr('Advice given'))}</h3>")
    parts.append(_items([*result.do, *(tr("Avoid: %1").replace("%1", a) for a in result.avoid)]))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _fit_document(html: str, device: QPagedPaintDevice) -> QTextDocument:
    """A document laid out on the device's page, shrunk until it is one page long."""
    layout = device.pageLayout()
    rect = layout.paintRectPixels(device.logicalDpiX())
    document = QTextDocument()
    document.setDocumentMargin(0)
    size = LARGEST_POINT_SIZE
    while True:
        font = QFont()
        font.setPointSizeF(size)
        document.setDefaultFont(font)
        document.setHtml(html)
        # Text is laid out at Qt's usual 96 dots per inch and scaled to the device.
        scale = device.logicalDpiX() / 96.0
        document.setPageSize(QSizeF(rect.width() / scale, rect.height() / scale))
        if document.pageCount() <= 1 or size <= SMALLEST_POINT_SIZE:
            return document
        size -= 0.5


def _page_setup(device: QPagedPaintDevice) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def render(html: str, device: QPagedPaintDevice) -> int:
    """Print `html` on `device` (a printer or a PDF writer); returns the page count."""
    _page_setup(device)
    document = _fit_document(html, device)
    document.print_(device)
    return document.pageCount()


def save_pdf(html: str, path: Path) -> int:
    """Write the summary as a one-page PDF; returns the page count. Raises OSError."""
    with path.open("ab"):
        pass  # a clear OSError now, rather than a silent failure inside Qt
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setTitle(APP_NAME)
    writer.setCreator(APP_NAME)
    pages = render(html, writer)
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages
