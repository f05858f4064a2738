"""Rows of controls that stay inside a narrow window: they carry on in a new line, or
share out the width evenly, instead of pushing the page wider (large text, a small
screen, long words in another language)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QWidget,
    QWidgetItem,
)


def columns_that_fit(width: int, widest: int, gap: int, most: int) -> int:
    """How many columns of at least `widest` px, `gap` px apart, fit in `width`: from 1
    (even when not one fits) to `most`. Grids of choices and tiles take fewer columns,
    never cut-off words, at large text or in a narrow window."""
    if widest + gap <= 0:  # nothing to make room for: as many as allowed
        return most
    return max(1, min(most, (width + gap) // (widest + gap)))


class ColumnGrid(QWidget):
    """Widgets in as many columns as fit, up to `most`: a column is never narrower than
    the widest widget's own minimum (its longest word), so large text or a narrow window
    gives fewer columns, never cut-off words. Its minimum width is one column's, so it
    never widens the page. Read row by row unless a subclass places the widgets its own
    way (`_place`) or measures them its own way (`_widest`)."""

    def __init__(
        self, items: list[QWidget], most: int, parent: QWidget | None = None, *, gap: int = -1
    ) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        if gap >= 0:
            self.grid.setHorizontalSpacing(gap)
        self.items = list(items)
        self.most = most
        self.columns = 0
        self._arrange(most)

    def _arrange(self, columns: int, *, again: bool = False) -> None:
        if columns == self.columns and not again:
            return
        for widget in self.items:
            self.grid.removeWidget(widget)
        for column in range(self.most):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)
        self._place(columns)
        self.columns = columns

    def _place(self, columns: int) -> None:
        for index, widget in enumerate(self.items):
            self.grid.addWidget(widget, index // columns, index % columns)

    def _widest(self) -> int:
        return max((widget.minimumSizeHint().width() for widget in self.items), default=0)

    def _fit(self, width: int) -> None:
        gap = max(self.grid.horizontalSpacing(), 0)
        self._arrange(columns_that_fit(width, self._widest(), gap, self.most))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._widest(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # a widget's words changed size
            self._fit(self.width())
        return super().event(event)


class FlowLayout(QLayout):
    """Controls side by side that carry on in a new line when the width runs out, so a row
    of buttons or choices never pushes the page wider than the window (large text, a
    small screen). Each keeps its preferred size, or the row's width if that is less (a
    control whose words wrap is then as tall as they need); a row is as tall as its
    tallest. With `middle`, the shorter controls of a row sit on its middle line (a hint
    beside a tall box is read with the box's number), else at its top."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 12, *, middle: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._middle = middle
        # The height for each width asked, and the least size: a layout pass asks again
        # and again, and each answer lays out the words of every item. Until a change.
        self._heights: dict[int, int] = {}
        self._least: QSize | None = None
        self.setContentsMargins(0, 0, 0, 0)
        self.setSpacing(spacing)
        # A layout owns its items, and Qt's own layouts delete them when they go; Python
        # cannot, so without this every row would leave its items behind (a kiosk makes
        # thousands a day). A plain function: the layout is half gone by then.
        self.destroyed.connect(partial(_delete_items, self._items))

    def addWidget(self, widget: QWidget) -> None:
        # Qt's own steps, without PySide's: for a layout not yet in a window (as
        # `button_row` makes them) PySide keeps bookkeeping for each widget added that it
        # never frees, a few hundred bytes for every screen a kiosk shows.
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self.invalidate()
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        # Qt calls this whenever an item's size hint or the items themselves change.
        self._heights.clear()
        self._least = None
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def sizeHint(self) -> QSize:
        hints = [item.sizeHint() for item in self._shown()]
        gaps = self.spacing() * max(len(hints) - 1, 0)
        margins = self.contentsMargins()
        return QSize(
            sum(h.width() for h in hints) + gaps + margins.left() + margins.right(),
            max((h.height() for h in hints), default=0) + margins.top() + margins.bottom(),
        )

    def minimumSize(self) -> QSize:
        if self._least is None:
            size = QSize()
            for item in self._shown():
                size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            edges = QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
            self._least = size + edges
        return self._least

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing()
        x, y, line = area.x(), area.y(), 0
        placed: list[tuple[QLayoutItem, QRect]] = []  # the current line's items
        for item in self._shown():
            hint = item.sizeHint()
            width = min(hint.width(), max(area.width(), item.minimumSize().width()))
            height = item.heightForWidth(width) if item.hasHeightForWidth() else hint.height()
            if x > area.x() and x + width > area.right() + 1:
                if move:
                    self._place(placed, line)
                placed = []
                x, y, line = area.x(), y + line + gap, 0
            placed.append((item, QRect(QPoint(x, y), QSize(width, height))))
            x += width + gap
            line = max(line, height)
        if move:
            self._place(placed, line)
        return y + line - rect.y() + margins.bottom()

    def _place(self, placed: list[tuple[QLayoutItem, QRect]], line: int) -> None:
        for item, place in placed:
            if self._middle:
                place.translate(0, (line - place.height()) // 2)
            item.setGeometry(place)


def parts_as_read(widget: QWidget) -> list[QWidget]:
    """The parts `widget` shows (its child widgets, not its windows) as a person reads
    them: line by line from the top, left to right along a line. A part that starts above
    the bottom of a line's first part is on that line (a label on the middle of a box)."""
    own = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    parts = sorted((w for w in own if w.isVisibleTo(widget) and not w.isWindow()), key=QWidget.y)
    read: list[QWidget] = []
    while parts:
        first = parts[0]
        # A part with no height yet (not laid out) is a line of its own: its bottom is
        # above its top, and the line left it out, so the loop never ended (Tab hung).
        line = [part for part in parts if part.y() <= max(first.y(), first.geometry().bottom())]
        parts = [part for part in parts if part not in line]
        read += sorted(line, key=QWidget.x)
    return read


class OnBoxLine(QWidget):
    """`widget` on the middle line of `box` beside it ("Other:" beside its minutes box, a
    row's name beside the first line of its buttons), also when what comes with the box
    (its limits, more buttons) goes on under it and makes the row taller. Place it at the
    top of its row. (No layout of its own: Qt would ask a layout, not this, how tall.)"""

    def __init__(self, widget: QWidget, box: QWidget) -> None:
        super().__init__()
        self.widget, self.box = widget, box
        widget.setParent(self)
        box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The box's size came after ours was asked (its style, the text size): ask again.
        if watched is self.box and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the widget's words changed
            self.updateGeometry()
            self._place()
        return super().event(event)

    def _own_height(self, width: int) -> int:
        if self.widget.hasHeightForWidth():
            return self.widget.heightForWidth(width)
        return self.widget.sizeHint().height()

    def sizeHint(self) -> QSize:
        hint = self.widget.sizeHint()
        return QSize(hint.width(), max(hint.height(), self.box.sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        least = self.widget.minimumSizeHint()
        return QSize(least.width(), max(least.height(), self.box.sizeHint().height()))

    def hasHeightForWidth(self) -> bool:
        return self.widget.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        return max(self._own_height(width), self.box.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place()
        super().resizeEvent(event)

    def _place(self) -> None:
        height = min(self._own_height(self.width()), self.height())
        self.widget.setGeometry(0, (self.height() - height) // 2, self.width(), height)


def shrunk_widths(wanted: Sequence[int], least: Sequence[int], room: int) -> list[int]:
    """Widths for controls side by side in `room` px: each its `wanted` width when they
    all fit, else the widest are cut down to one width (never below their `least`, the
    longest word) until they fit, so a short name ("Heat", "Calor / en pausa") stays
    whole and the longest ones break first."""

    def total(cap: int) -> int:
        return sum(min(w, max(low, cap)) for w, low in zip(wanted, least, strict=True))

    if total(max(wanted, default=0)) <= room:
        return list(wanted)
    low, high = 0, max(wanted)  # the widest cap that fits: total(low) fits, total(high) not
    while high - low > 1:
        middle = (low + high) // 2
        if total(middle) <= room:
            low = middle
        else:
            high = middle
    return [min(w, max(floor, low)) for w, floor in zip(wanted, least, strict=True)]


class OneRow(FlowLayout):
    """Controls kept in one row (a page's tabs): when the row is short of room, the
    widest break their words onto more lines first (`shrunk_widths`), and all are as
    tall as the row (tabs of one height, their words in the middle). Only when even
    their longest words do not fit side by side (a very narrow window) does the row
    carry on below, as a `FlowLayout` does. With `spread`, room left over widens each
    control alike, so the row spans its whole width (the kiosk's pages in a row of
    their own)."""

    spread = False

    def set_spread(self, spread: bool) -> None:
        if spread != self.spread:
            self.spread = spread
            self.invalidate()

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown, gap = self._shown(), self.spacing()
        least = [item.minimumSize().width() for item in shown]
        room = area.width() - gap * max(len(shown) - 1, 0)
        if not shown or sum(least) > room:
            return super()._arrange(rect, move=move)
        widths = shrunk_widths([item.sizeHint().width() for item in shown], least, room)
        spare = room - sum(widths)
        if self.spread and spare > 0:
            share, rest = divmod(spare, len(widths))
            widths = [w + share + (i < rest) for i, w in enumerate(widths)]
        heights = [
            item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
            for item, w in zip(shown, widths, strict=True)
        ]
        line = max(heights)
        if move:
            x = area.x()
            for item, width in zip(shown, widths, strict=True):
                place = QRect(x, area.y(), width, line)
                widget = item.widget()
                # The widget itself: its item would keep a button of fixed height (one
                # that fits its words) at that height.
                if widget is not None:
                    widget.setGeometry(place)
                else:
                    item.setGeometry(place)
                x += width + gap
        return line + margins.top() + margins.bottom()


class EvenRows(FlowLayout):
    """Controls of one width side by side, filling the row, in as few rows as give each
    its minimum width: eleven numbers in one row, or six and five; three cards in a row,
    or one under another. Each row is as tall as its tallest."""

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def sizeHint(self) -> QSize:
        shown = self._shown()
        widest = max((item.sizeHint().width() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(
            widest * len(shown) + self.spacing() * max(len(shown) - 1, 0),
            max((item.sizeHint().height() for item in shown), default=0),
        ) + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _columns(self, shown: list[QLayoutItem], width: int) -> int:
        margins = self.contentsMargins()
        widest = self.minimumSize().width() - margins.left() - margins.right()
        for rows in range(1, len(shown) + 1):
            columns = -(-len(shown) // rows)
            if columns * widest + (columns - 1) * self.spacing() <= width:
                return columns
        return 1

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown, gap = self._shown(), self.spacing()
        columns = self._columns(shown, area.width())
        y = area.y()
        for start in range(0, len(shown), columns):
            row = shown[start : start + columns]
            # Whole pixels: the first cells take one more each until the width is used.
            share, extra = divmod(area.width() - gap * (columns - 1), columns)
            widths = [share + (1 if i < extra else 0) for i in range(len(row))]
            height = max(
                item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, w in zip(row, widths, strict=True)
            )
            x = area.x()
            for item, w in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, w, height))
                x += w + gap
            y += height + gap
        return max(y - gap, area.y()) - rect.y() + margins.bottom()


def _delete_items(items: list[QLayoutItem]) -> None:
    for item in items:
        if shiboken6.isValid(item):
            shiboken6.delete(item)
    items.clear()


# Beside its buttons, a paragraph keeps at least this many average characters a line: a
# narrower column (Spanish at 175% in a 1024 px window) ran to seven short lines with
# empty room under the button, so the button goes under the words instead.
READABLE_CHARS = 25


def _tall(layout: QLayout, width: int) -> int:
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()


class _ShapeRow(QBoxLayout):
    """`BesideOrBelow`'s row: Qt asks a widget's layout, not the widget, how tall it is."""

    def __init__(self, owner: BesideOrBelow) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, owner)
        self.owner = owner

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.owner.height_for(width)


class BesideOrBelow(QFrame):
    """Words with their buttons to the right, or the buttons under the words when the row
    is too narrow for both (the largest text in a small window, a long translation), so
    neither is ever squeezed smaller than it needs, nor the words into a thin column.

    With `short`, the words are a name, not a paragraph ("Other:" and its minutes box, one
    item of a flowing row): the name at its own width and the buttons at their least are
    enough to go beside it, and under it they come close (half the `spacing`). Its width
    hint is always the two side by side, so in a row it goes back beside its name as soon
    as the row is wide enough, and the two always go to a new line together."""

    def __init__(
        self,
        words: QLayout,
        buttons: Sequence[QWidget],
        *,
        parent: QWidget | None = None,
        spacing: int = 12,
        short: bool = False,
    ) -> None:
        super().__init__(parent)
        self.words = words
        self.spacing, self.short = spacing, short
        self.row = _ShapeRow(self)
        # The row decides its own shape (below): its minimum is the narrow one.
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(spacing)
        self.row.addLayout(words, 0 if short else 1)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(12)
        for widget in buttons:
            self.button_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        self.button_row.addStretch(1)  # under the words, the buttons keep to the left
        self.row.addLayout(self.button_row, 1 if short else 0)

    def _room_for_both(self) -> int:
        margins = self.row.contentsMargins()
        if self.short:
            words, buttons = self.words.sizeHint().width(), self.button_row.minimumSize().width()
        else:
            readable = READABLE_CHARS * self.fontMetrics().averageCharWidth()
            words = max(self.words.minimumSize().width(), readable)
            buttons = self.button_row.sizeHint().width()
        return words + self.row.spacing() + buttons + margins.left() + margins.right()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._room_for_both()), hint.height())

    def minimumSizeHint(self) -> QSize:
        margins = self.row.contentsMargins()
        narrow = max(self.words.minimumSize().width(), self.button_row.minimumSize().width())
        return QSize(narrow + margins.left() + margins.right(), super().minimumSizeHint().height())

    def height_for(self, width: int) -> int:
        """How tall in the shape `width` gives, also before it takes that shape (a row
        asks first, then gives the width); in the shape it is in, its layout's answer."""
        wide = width >= self._room_for_both()
        margins = self.row.contentsMargins()
        edges = margins.top() + margins.bottom()
        inner = width - margins.left() - margins.right()
        if wide == (self.row.direction() == QBoxLayout.Direction.LeftToRight):
            if QBoxLayout.hasHeightForWidth(self.row):
                return QBoxLayout.heightForWidth(self.row, width)
            return QBoxLayout.sizeHint(self.row).height()
        if not wide:
            gap = self.spacing // 2 if self.short else self.spacing
            return _tall(self.words, inner) + gap + _tall(self.button_row, inner) + edges
        if self.short:
            buttons = inner - self.words.sizeHint().width() - self.spacing
        else:
            buttons = self.button_row.sizeHint().width()
        words = inner - self.spacing - buttons
        return max(_tall(self.words, words), _tall(self.button_row, buttons)) + edges

    def resizeEvent(self, event: QResizeEvent) -> None:
        wide = event.size().width() >= self._room_for_both()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)
            self.row.setSpacing(self.spacing if wide or not self.short else self.spacing // 2)
        super().resizeEvent(event)
