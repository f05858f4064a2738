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

from companion.core.shared.drawing_labels import (
    DrawingLabel,
    Span,
    panel_at,
    stack,
    stacked_height,
)
from companion.ui.shared.illustration import IllustrationView, themed_colour

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


def unbroken_words(line: str) -> list[str]:
    """The words of `line` that a break may fall between: a step's number ("2.") stays
    with the word after it."""
    words: list[str] = []
    for word in line.split():
        if words and words[-1][:-1].isdigit() and words[-1].endswith(".") and len(words) == 1:
            words[-1] = f"{words[-1]} {word}"
        else:
            words.append(word)
    return words


def wrapped(lines: tuple[str, ...], metrics: QFontMetricsF, room: float) -> tuple[str, ...]:
    """The drawing's own lines, each broken at spaces where it is wider than `room`."""
    out: list[str] = []
    for line in lines:
        current = ""
        for word in unbroken_words(line):
            trial = f"{current} {word}" if current else word
            if current and metrics.horizontalAdvance(trial) > room:
                out.append(current)
                current = word
            else:
                current = trial
        out.append(current)
    return tuple(out)


def panel_edges(
    view: IllustrationView, label: DrawingLabel, lines: list[float]
) -> tuple[float, float]:
    """The left and right edges, in widget px, of the panel of the drawing that holds
    `label` (the whole widget when the drawing has no dividers at `lines`)."""
    left, right = panel_at(label.box[0] if label.anchor is None else label.anchor[0], lines)
    low = 0.0 if left == float("-inf") else view.to_widget(QPointF(left, 0)).x()
    high = float(view.width()) if right == float("inf") else view.to_widget(QPointF(right, 0)).x()
    return low, high


_MOST_LINES_BESIDE = 3  # a label of a panelled drawing that needs more goes under it


@dataclass(frozen=True)
class _Measured:
    label: DrawingLabel
    lines: tuple[str, ...]
    rect: QRectF  # at the top it would like
    anchor: QPointF | None
    under: bool  # under the drawing, not beside the spot it names


def _measure(
    view: IllustrationView, labels: list[DrawingLabel], font: QFont, lines: list[float]
) -> list[_Measured]:
    """Each label's lines and box (at the top it would like), before stacking. A label
    stays in its own panel of the drawing, never over the next one; in a drawing of
    panels, a label with no leader line that would be too narrow beside its figure goes
    under the drawing, across its panel."""
    metrics = QFontMetricsF(font)
    pad = round(metrics.height() * 0.25)
    # The panels whose labels go under the drawing: all of them, to keep their order.
    crowded = {
        panel_edges(view, label, lines)
        for label in labels
        if _too_narrow(view, label, metrics, lines)
    }
    out = []
    for label in labels:
        x, y, box_width, box_height = label.box
        anchor = None if label.anchor is None else view.to_widget(QPointF(*label.anchor))
        low, high = panel_edges(view, label, lines)
        under = (low, high) in crowded and anchor is None and not label.caption
        low, width = low + MARGIN, high - MARGIN
        # Words set at the end wrap in the room from where the drawing began their box,
        # clear of what they name; only a word too long for it takes the whole panel
        # (grown left from the room's end, "Parte alta del muslo" covered the leg).
        left = max(low, view.to_widget(QPointF(x, y)).x())
        words = _broken(label, metrics, width - left - 2 * pad)
        if label.at_end and _longest(words, metrics) > width - left - 2 * pad:
            left = low
            words = _broken(label, metrics, width - left - 2 * pad)
        if under:
            left = low
            words = _broken(label, metrics, width - left - 2 * pad)
        text_width = max(metrics.horizontalAdvance(line) for line in words)
        need = text_width + (0 if label.caption else 2 * pad)
        if label.at_end:  # from where its box began, growing right as far as the panel
            start = view.to_widget(QPointF(x, y)).x()
            right = max(view.to_widget(QPointF(x + box_width, y)).x(), start + need)
            left = max(low, min(width, right) - need)
        elif left + need > width:  # a word longer than the room: move it left
            floor = low if anchor is None else max(low, anchor.x() + 2 * pad)
            left = max(floor, width - need)
        height = metrics.lineSpacing() * (len(words) - 1) + metrics.height()
        height += 0 if label.caption else 2 * pad
        middle = view.to_widget(QPointF(x, y + box_height / 2)).y()
        top = MARGIN if label.caption else middle - height / 2
        if under:
            top = view.drawing_rect().bottom() + GAP
        rect = QRectF(left, top, need, height)
        if label.caption and label.centred:
            words, rect = _around_point(view, label, metrics, low, width)
        out.append(_Measured(label, words, rect, anchor, under))
    return out


def _around_point(
    view: IllustrationView, label: DrawingLabel, metrics: QFontMetricsF, low: float, high: float
) -> tuple[tuple[str, ...], QRectF]:
    """A caption the drawing set around its point (the name under each of four pain
    maps): centred under the same spot, on the drawing's own line, kept within its panel
    (`low` to `high`). At the top of the widget, the four names sat two by two over the
    first maps, none under the map it names."""
    words = _broken(label, metrics, high - low)
    need = max(metrics.horizontalAdvance(line) for line in words)
    point = view.to_widget(QPointF(label.box[0], label.box[1]))
    left = max(low, min(high - need, point.x() - need / 2))
    height = metrics.lineSpacing() * (len(words) - 1) + metrics.height()
    return words, QRectF(left, point.y() - metrics.ascent(), need, height)


def _longest(words: tuple[str, ...], metrics: QFontMetricsF) -> float:
    return max(metrics.horizontalAdvance(word) for line in words for word in line.split())


def _too_narrow(
    view: IllustrationView, label: DrawingLabel, metrics: QFontMetricsF, lines: list[float]
) -> bool:
    """Whether a label of a drawing of panels, with no leader line, has too little room
    beside its figure: a word of it does not fit, or it needs too many lines."""
    if not lines or label.anchor is not None or label.caption:
        return False
    pad = round(metrics.height() * 0.25)
    low, high = panel_edges(view, label, lines)
    left = max(low + MARGIN, view.to_widget(QPointF(*label.box[:2])).x())
    room = high - MARGIN - left - 2 * pad
    longest = max(metrics.horizontalAdvance(word) for word in label.text.split())
    return longest > room or len(_broken(label, metrics, room)) > _MOST_LINES_BESIDE


def _broken(label: DrawingLabel, metrics: QFontMetricsF, room: float) -> tuple[str, ...]:
    """The label's lines as the drawing broke them, or broken anew as one run of words
    when one is wider than `room`: the drawing's own breaks were for its box."""
    if all(metrics.horizontalAdvance(line) <= room for line in label.lines):
        return label.lines
    return wrapped((label.text,), metrics, room)


def place_labels(
    view: IllustrationView,
    labels: list[DrawingLabel],
    font: QFont,
    lines: list[float] | None = None,
) -> list[PlacedLabel]:
    """Where each label goes in `view`, none covering another, each within its panel
    between the dividers at `lines` (in the drawing's units)."""
    measured = _measure(view, labels, font, lines or [])
    spans = [Span(m.rect.top(), m.rect.height(), m.rect.left(), m.rect.right()) for m in measured]
    tops = stack(spans, MARGIN, view.height() - MARGIN, GAP)
    return [
        PlacedLabel(
            m.label,
            m.lines,
            QRectF(m.rect.left(), top, m.rect.width(), m.rect.height()),
            font,
            m.anchor,
        )
        for m, top in zip(measured, tops, strict=True)
    ]


def labels_height(
    view: IllustrationView,
    labels: list[DrawingLabel],
    font: QFont,
    lines: list[float] | None = None,
) -> int:
    """The least widget height that holds every label, each at its own height, and the
    drawing at the widget's width with the labels that go under it."""
    measured = _measure(view, labels, font, lines or [])
    spans = [Span(0, m.rect.height(), m.rect.left(), m.rect.right()) for m in measured]
    need = stacked_height(spans, GAP)
    under = [s for s, m in zip(spans, measured, strict=True) if m.under]
    if under:
        need = max(need, view.drawing_rect().bottom() + GAP + stacked_height(under, GAP))
    return round(need + 2 * MARGIN)


def _colour(light: str, dark: bool) -> QColor:
    return QColor(themed_colour(light, dark))


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
