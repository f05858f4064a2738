"""The words of a drawing, drawn by Qt over it at the app's text size.

The drawing scales with the window; its words follow the text size the person chose
instead. `place_labels` places an anatomy drawing's labels: each keeps to the right of
the body where the drawing put it, points at the same spot with its leader line, wraps
when its words need more room than the widget has beside the drawing, and is moved up or
down so that no two cover each other. `paint_labels` draws placed words, wherever they
were placed (the body map places its own).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from companion.core.shared.drawing_labels import DrawingLabel, Span, stack, stacked_height
from companion.ui.shared.illustration import DARK_SWAPS, IllustrationView

MARGIN = 4.0  # px between a label and the widget's edge
GAP = 6.0  # px between two labels above each other
SOFT_INK, PAPER = "#4B5B63", "#FFFFFF"


@dataclass(frozen=True)
class PlacedLabel:
    """A label as drawn: its lines after wrapping, its box in widget pixels, the font."""

    label: DrawingLabel
    lines: tuple[str, ...]
    rect: QRectF
    font: QFont
    anchor: QPointF | None


def wrapped(lines: tuple[str, ...], metrics: QFontMetricsF, room: float) -> tuple[str, ...]:
    """The drawing's own lines, each broken at spaces where it is wider than `room`."""
    out: list[str] = []
    for line in lines:
        current = ""
        for word in line.split():
            trial = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(trial) > room:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return tuple(out)


def _measure(
    view: IllustrationView, labels: list[DrawingLabel], font: QFont
) -> list[tuple[DrawingLabel, tuple[str, ...], QRectF, QPointF | None]]:
    """Each label's lines and box (at the top it would like), before stacking."""
    metrics = QFontMetricsF(font)
    pad = round(metrics.height() * 0.25)
    width = view.width() - MARGIN
    out = []
    for label in labels:
        x, y, box_width, box_height = label.box
        anchor = None if label.anchor is None else view.to_widget(QPointF(*label.anchor))
        # Words set at the end may wrap across the whole widget.
        left = MARGIN if label.at_end else max(MARGIN, view.to_widget(QPointF(x, y)).x())
        lines = wrapped(label.lines, metrics, width - left - 2 * pad)
        text_width = max(metrics.horizontalAdvance(line) for line in lines)
        need = text_width + (0 if label.caption else 2 * pad)
        if label.at_end:  # from where its box began, growing right as far as the widget
            start = view.to_widget(QPointF(x, y)).x()
            right = max(view.to_widget(QPointF(x + box_width, y)).x(), start + need)
            left = max(MARGIN, min(width, right) - need)
        elif left + need > width:  # a word longer than the room: move it left
            floor = MARGIN if anchor is None else anchor.x() + 2 * pad
            left = max(floor, width - need)
        height = metrics.lineSpacing() * (len(lines) - 1) + metrics.height()
        height += 0 if label.caption else 2 * pad
        middle = view.to_widget(QPointF(x, y + box_height / 2)).y()
        top = MARGIN if label.caption else middle - height / 2
        out.append((label, lines, QRectF(left, top, need, height), anchor))
    return out


def place_labels(
    view: IllustrationView, labels: list[DrawingLabel], font: QFont
) -> list[PlacedLabel]:
    """Where each label goes in `view`, none covering another."""
    measured = _measure(view, labels, font)
    spans = [
        Span(rect.top(), rect.height(), rect.left(), rect.right()) for _, _, rect, _ in measured
    ]
    tops = stack(spans, MARGIN, view.height() - MARGIN, GAP)
    return [
        PlacedLabel(label, lines, QRectF(rect.left(), top, rect.width(), rect.height()), font, a)
        for (label, lines, rect, a), top in zip(measured, tops, strict=True)
    ]


def labels_height(view: IllustrationView, labels: list[DrawingLabel], font: QFont) -> int:
    """The least widget height that holds every label, each at its own height."""
    measured = _measure(view, labels, font)
    spans = [Span(0, rect.height(), rect.left(), rect.right()) for _, _, rect, _ in measured]
    return round(stacked_height(spans, GAP) + 2 * MARGIN)


def _colour(light: str, dark: bool) -> QColor:
    return QColor(DARK_SWAPS[light] if dark else light)


def paint_labels(painter: QPainter, placed: list[PlacedLabel], dark: bool) -> None:
    """Leader lines and dots, then the paper boxes and their words."""
    painter.save()
    soft = _colour(SOFT_INK, dark)
    for item in placed:
        if item.anchor is None:
            continue
        rect = item.rect
        end = QPointF(rect.left(), min(max(item.anchor.y(), rect.top() + 6), rect.bottom() - 6))
        painter.setPen(QPen(soft, 1.5))
        painter.drawLine(item.anchor, end)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(soft)
        painter.drawEllipse(item.anchor, 3.5, 3.5)
    paper = _colour(PAPER, dark)
    paper.setAlphaF(0.92)
    for item in placed:
        metrics = QFontMetricsF(item.font)
        pad = 0.0 if item.label.caption else round(metrics.height() * 0.25)
        if not item.label.caption:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(paper)
            painter.drawRoundedRect(item.rect, 6, 6)
        painter.setFont(item.font)
        painter.setPen(_colour(item.label.fill, dark))
        across = Qt.AlignmentFlag.AlignHCenter if item.label.centred else Qt.AlignmentFlag.AlignLeft
        for number, line in enumerate(item.lines):
            top = item.rect.top() + pad + number * metrics.lineSpacing()
            box = QRectF(item.rect.left() + pad, top, item.rect.width() - 2 * pad, metrics.height())
            painter.drawText(box, across | Qt.AlignmentFlag.AlignTop, line)
    painter.restore()
