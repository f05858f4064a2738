"""The shared frame of every page: a scrolling column with a title, and cards."""

from __future__ import annotations

import html
import itertools
from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    Qt,
    SignalInstance,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.rows import FlowLayout, parts_as_read
from companion.ui.shared.theme import MIN_TOUCH_PX, forgettable
from companion.ui.shared.word_break import FittingButton

MAX_COLUMN_WIDTH = 920
SIDE_MARGIN_PX = 32
NARROW_MARGIN_PX = 16
NARROW_PAGE_PX = 600  # a page narrower than this has the narrow margins
PINNED_GAP_PX = 12  # between a control the keyboard is on and the pinned row below it
HEADING_GAP_PX = 24  # above a heading kept in view: the edge of its card shows too
# One level in, no room above or below: the label's own place in the column spaces it.
LIST_STYLE = "margin-top: 0px; margin-bottom: 0px; margin-left: 0px; -qt-list-indent: 1;"


def label(text: str, role: str | None = None, *, rich: bool = False) -> QLabel:
    """A wrapping label; `role` picks its style from the theme (title, heading, muted)."""
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        widget.setProperty("role", role)
    return widget


class OptionText(QLabel):
    """The words of one option, wrapping on small screens or large text; a click on
    them works like a click on the option itself."""

    def __init__(self, words: str, target: QAbstractButton) -> None:
        super().__init__(words)
        self.target = target
        self.setWordWrap(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.target.click()
            self.target.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class OptionRow(QWidget):
    """One option: its radio button or tick box, and its words beside it. With the
    keyboard on the button, the page shows the whole row, words and all."""


@runtime_checkable
class FocusPart(Protocol):
    """A control that can be taller than the view (the body map), whose keyboard place
    is one part of it: the page shows that part, with its focus ring."""

    def focus_rect(self) -> QRect:
        """The part the keyboard is on, ring and all, in the control's own coordinates."""
        ...


def option_row(button: QAbstractButton, words: str) -> OptionRow:
    """A radio button or check box with its words beside it, as one touch-sized row; the
    words wrap (a tick box's own text cannot), so a long option never widens the page."""
    button.setAccessibleName(words)
    row = OptionRow()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(10)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    text = OptionText(words, button)
    text.setMinimumHeight(MIN_TOUCH_PX)
    text.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
    layout.addWidget(text, 1)
    return row


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say `text` now, as it would a message that just appeared."""
    # Imported when first needed: Qt builds its accessibility classes in about 4 ms, which
    # start-up would pay for a message nobody has sent yet.
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


class StatusLabel(BreakingText):
    """A short message ("Saved.", a problem, where a file went) that takes no room and is
    not heard while there is nothing to say; a long file name in it breaks where it must.
    Each message given while the window shows is said to a screen reader as it appears
    (the keyboard stays where it was, so it would not be heard otherwise)."""

    def __init__(self, role: str = "muted") -> None:
        super().__init__(role=role)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))
        if text and self.window().isVisible():
            announce(self, text)


def bullet_list(items: list[str] | tuple[str, ...]) -> QLabel:
    """A bulleted list as one wrapping, selectable label whose items' second lines start
    under their first words, not under the bullet: "•  " put before each line began the
    second line of "Adormecimiento alrededor de los / genitales o del ano" (Spanish, 175%)
    at the bullet, 31 px left of its words. A rich-text list, as the Learn cards show
    theirs; the items' own words are escaped (no markup surprises), and a screen reader
    hears each item once, in order."""
    rows = "".join(f"<li>{html.escape(item, quote=False)}</li>" for item in items)
    return label(f"<ul style='{LIST_STYLE}'>{rows}</ul>", rich=True)


def markdown_label(text: str) -> QLabel:
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.MarkdownText)
    widget.setText(text)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def button(text: str, *, role: str | None = None, accessible: str | None = None) -> FittingButton:
    """A push button in the app's look, whose words break onto more lines when it is
    narrower than them (the largest text in a small window, a long translation)."""
    widget = FittingButton(text)
    widget.setAccessibleName(accessible or text.replace("&", ""))
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    if role:
        widget.setProperty("role", role)
    return widget


def card(
    role: str = "card", *, spacing: int = 10, frame: QFrame | None = None
) -> tuple[QFrame, QVBoxLayout]:
    """A card of `role`: a new frame, or `frame` (a card class of its own) made one."""
    frame = frame if frame is not None else QFrame()
    frame.setProperty("role", role)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.setSpacing(spacing)
    return frame, layout


def replace_widget(layout: QBoxLayout, old: QWidget, new: QWidget) -> None:
    """Put `new` in `old`'s place in `layout` (same stretch and alignment), then hide
    `old` and delete it. On a page that is showing, `new` shows at once (a layout would
    show it only on the next event loop turn); on a hidden one it shows with the page,
    and is styled once, there.

    Not `QLayout.replaceWidget`: it hands the old widget's layout item back to its caller
    to delete, and from Python nothing does, so each swap left 32 bytes behind (the
    guided check swaps its screen about 25 times for each kiosk visitor). Here Qt deletes
    the item itself when the widget is taken out."""
    index = layout.indexOf(old)
    item = layout.itemAt(index)
    if index < 0 or item is None:
        raise ValueError("the widget to replace is not in this layout")
    layout.insertWidget(index, new, layout.stretch(index), item.alignment())
    layout.removeWidget(old)
    host = layout.parentWidget()
    if host is None or host.isVisible():
        new.show()
    old.hide()
    old.deleteLater()


def button_row(*buttons: QWidget) -> FlowLayout:
    """Buttons side by side, carrying on below when the window is narrow."""
    row = FlowLayout()
    for widget in buttons:
        row.addWidget(widget)
    return row


def tab_stops_as_laid_out(root: QWidget) -> list[QWidget]:
    """The Tab stops inside `root` in the order its layouts place them: top to bottom and
    left to right, a grid row by row. A focusable control counts as one stop (its inner
    parts are its own business); a scroll area's content, a stack's current view and the
    shown parts of a widget without a layout (as they lie) are walked into. A heading the
    keyboard was put on (a result's, so a screen reader reads it first) counts as a stop
    while it holds the keyboard, so Tab goes on from it to the control below it."""
    found: list[QWidget] = []
    holding = QApplication.focusWidget()

    def visit_widget(widget: QWidget) -> None:
        tab_stop = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        if (tab_stop or widget is holding) and widget.focusProxy() is None:
            found.append(widget)
            return
        if isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None:
                visit_widget(inner)
            if isinstance(widget, PageScaffold) and widget.pinned is not None:
                visit_widget(widget.pinned)  # below the column, read after it
            return
        if isinstance(widget, QStackedWidget):
            current = widget.currentWidget()
            if current is not None:
                visit_widget(current)
            return
        if (layout := widget.layout()) is not None:
            visit_layout(layout)
            return
        for part in parts_as_read(widget):  # it places its parts itself
            visit_widget(part)

    def visit_layout(layout: QLayout) -> None:
        indexes = list(range(layout.count()))
        if isinstance(layout, QGridLayout):
            grid = layout
            indexes.sort(key=lambda i: grid_cell(grid, i))
        elif isinstance(layout, QBoxLayout) and layout.direction() in (
            QBoxLayout.Direction.RightToLeft,
            QBoxLayout.Direction.BottomToTop,
        ):
            indexes.reverse()
        for index in indexes:
            item = layout.itemAt(index)
            if item is None:
                continue
            inner_widget, inner_layout = item.widget(), item.layout()
            if inner_widget is not None:
                visit_widget(inner_widget)
            elif inner_layout is not None:
                visit_layout(inner_layout)

    visit_widget(root)
    return [widget for widget in found if widget is not root]


def tab_order_as_laid_out(root: QWidget) -> None:
    """Make Tab move through `root` as a person reads it, however late each control was
    made (a list filled in again, a screen replaced): Qt's own order is the order of
    making."""
    stops = tab_stops_as_laid_out(root)
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)


def back_keys(view: QWidget, go_back: Callable[[], None] | SignalInstance) -> None:
    """Esc and Alt+Left leave `view` (a Learn card, the drawing, the quiz) the way its Back
    button does, while the keyboard is anywhere in it. Give a signal itself rather than
    its `emit`: PySide keeps memory for good for each connection to a Qt method."""
    for keys in ("Escape", "Alt+Left"):
        shortcut = QShortcut(QKeySequence(keys), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(go_back)


def enter_presses_button(view: QWidget, event: QKeyEvent) -> bool:
    """Enter (or the keypad's) on a push button inside `view` presses it, as Space does:
    Qt's push button takes only Space outside a dialog. True if it pressed one."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return False
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return False
    focus = view.focusWidget()  # the one the key came from, as it passed up to `view`
    if isinstance(focus, QPushButton) and view.isAncestorOf(focus) and focus.isEnabled():
        focus.click()
        return True
    return False


def lay_out_now() -> None:
    """Finish every layout waiting to be done, so positions read next are where things
    show: a layout done can ask its parent's for another, so a few passes."""
    for _ in range(4):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def scroll_area_around(widget: QWidget) -> QScrollArea | None:
    """The scroll area `widget` sits in (the nearest one above it), if any."""
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    return area


def quiet_scroll_area(area: QScrollArea, name: str) -> None:
    """A scroll area that is not a Tab stop of its own: Tab goes from control to control
    and brings each into view, and Page Up, Page Down and the arrow keys a control does
    not use still reach the area and scroll it. It carries `name` for screen readers."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setAccessibleName(name)
    forgettable(area)


def _column_in(holder: QWidget) -> QWidget:
    """A page's column in `holder`: as wide as `holder` up to `MAX_COLUMN_WIDTH`, at its
    left (the page's words, and the row pinned below them, line up)."""
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    column = QWidget()
    column.setMaximumWidth(MAX_COLUMN_WIDTH)
    column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    row.addWidget(column)
    return column


class PageScaffold(QScrollArea):
    """A page: title and intro on top, then a column of content that scrolls when small."""

    def __init__(
        self,
        title: str,
        intro: str,
        parent: QWidget | None = None,
        *,
        title_breaks_words: bool = False,
    ) -> None:
        """`title_breaks_words` for a title that may hold one long word (a clinic's name
        from a config file): a label would be cut off at the page's edge."""
        super().__init__(parent)
        self.pinned: QFrame | None = None  # see `pin_below`; first: Qt filters events early
        self._pinned_inner: QVBoxLayout | None = None  # its margins follow the column's
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        quiet_scroll_area(self, title)
        outer = QWidget()
        outer.setObjectName("pageBody")
        body = _column_in(outer)
        holder = outer.layout()
        assert holder is not None
        self._holder: QLayout = holder  # the row holding the column; see `_reserve`
        self._size_seen = self.size()  # see `resizeEvent`
        self.column: QBoxLayout = QVBoxLayout(body)
        self.column.setContentsMargins(SIDE_MARGIN_PX, 24, SIDE_MARGIN_PX, 32)
        self.column.setSpacing(16)
        self.title_label: QLabel | BreakingText = (
            BreakingText(title, "title") if title_breaks_words else label(title, "title")
        )
        self.column.addWidget(self.title_label)
        self.intro_label = label(intro, "muted")
        self.column.addWidget(self.intro_label)
        self.setWidget(outer)
        # Qt worked out the scroll range for the size a new widget has (100x30): the page
        # "did not fit", so its first layout had a scroll bar, and every wrapped word was
        # measured at that width, then again without it. No range yet: the first layout
        # takes the whole width, and a page that does not fit gets its bar then.
        self.verticalScrollBar().setRange(0, 0)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_came_in)

    def _focus_came_in(self, old: QWidget | None, new: QWidget | None) -> None:
        """Tab from the page list into the page shows the control it lands on. Qt scrolls
        only for a move between the page's own controls, so after Tab went round once the
        keyboard sat on the emergency number scrolled out of sight above. Under a pinned
        row every move by the keyboard is followed here too (Tab, Shift+Tab, the arrow
        keys): Qt counts the room behind the row as in view, and left the control there."""
        body = self.widget()
        if new is None or body is None or not body.isAncestorOf(new):
            return
        if old is not None and body.isAncestorOf(old) and self.pinned is None:
            return  # a move inside the page: Qt's own scrolling already follows it
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return  # a click: nothing moves under the pointer
        self.show_control(new)

    def add(self, widget: QWidget) -> QWidget:
        self.column.addWidget(widget)
        return widget

    def pin_below(self, row: QLayout | None) -> None:
        """Keep `row` (a wizard's Back and Next) in view under the scrolling column, in
        line with it, whatever the text size and window: at 175% in a 1024x600 window a
        question's buttons sat below the window's edge. None takes the last row away."""
        if self.pinned is not None:
            self.pinned.hide()
            self.pinned.deleteLater()
            self.pinned = self._pinned_inner = None
        if row is None:
            self._reserve(0)
            return
        # On the viewport, over the column's foot (the column gets that much more room
        # below): a child of the scroll area itself is not heard by a screen reader, which
        # is told only of its viewport and scroll bars.
        frame = QFrame(self.viewport())
        frame.setObjectName("pinnedRow")
        inner = QVBoxLayout(_column_in(frame))  # lined up with the column above it
        side = self.column.contentsMargins().left()
        inner.setContentsMargins(side, 12, side, 12)
        holder = row.parent()
        if isinstance(holder, QLayout):  # taken out of the screen that made it
            holder.removeItem(row)
            row.setParent(None)
        inner.addLayout(row)
        self._pinned_inner = inner
        frame.installEventFilter(self)  # its words change size: it takes its new height
        self.pinned = frame
        self._place_pinned()
        frame.show()
        frame.raise_()

    def _reserve(self, height: int) -> None:
        """Room as tall as the pinned row below the column (the column keeps its own
        margins), so its end can scroll out from behind the row: the bottom margin of
        the row that holds the column, which is 0 with nothing pinned."""
        if self._holder.contentsMargins().bottom() != height:
            self._holder.setContentsMargins(0, 0, 0, height)

    def _pinned_height(self) -> int:
        return self.pinned.height() if self.pinned is not None else 0

    def _floor(self) -> int:
        """The lowest point in the viewport a control may reach: above the pinned row,
        or the view's foot."""
        bottom = (
            self.pinned.geometry().top() if self.pinned is not None else self.viewport().height()
        )
        return bottom - PINNED_GAP_PX

    def _span(self, widget: QWidget) -> tuple[int, int]:
        top = widget.mapTo(self.viewport(), QPoint(0, 0)).y()
        return top, top + widget.height()

    def _seen_span(self, widget: QWidget) -> tuple[int, int]:
        """What must show whole for the control the keyboard is on: with the words beside
        it (an answer's row; at 175% in Spanish a long answer's words reached under the
        row while its button showed), or the part the keyboard is on (the body map's
        place: the whole map scrolled the page's title away). Else the control itself."""
        room = self._floor() - PINNED_GAP_PX
        row = widget.parentWidget()
        if isinstance(row, OptionRow):
            top, bottom = self._span(row)
            if bottom - top <= room:
                return top, bottom
        top, bottom = self._span(widget)
        if isinstance(widget, FocusPart):
            part = widget.focus_rect()
            return top + part.top(), top + part.bottom() + 1
        return top, bottom

    def show_control(self, widget: QWidget, *, heading: QWidget | None = None) -> None:
        """Scroll `widget` (the control the keyboard is on) into view, clear of the pinned
        row: it is never left hidden (WCAG's "focus not obscured"). What must show is
        `_seen_span`'s: an answer with its words, or the body map's place in focus. With
        `heading` (a new question's first words), the view goes up to show the heading
        too, but only as far as keeps that whole in view: when both cannot show, the
        heading gives way. (The body map, taller than the view at 175%, opened at its
        own top with the question scrolled off above it.)"""
        bar, floor = self.verticalScrollBar(), self._floor()
        top, bottom = self._seen_span(widget)
        height = bottom - top
        if top < PINNED_GAP_PX or height > floor - PINNED_GAP_PX:
            # Above the view, or taller than the room: its top near the view's top, with up
            # to 50 px of what is above it when it fits with that.
            margin = max(PINNED_GAP_PX, min(50, floor - height))
            bar.setValue(bar.value() + top - margin)
        elif bottom > floor:  # below, or behind the row (Qt counts the room behind it in view)
            bar.setValue(bar.value() + bottom - floor)
        if heading is None:
            return
        above = heading.mapTo(self.viewport(), QPoint(0, 0)).y() - HEADING_GAP_PX
        seen_top, seen_bottom = self._seen_span(widget)
        if above < 0:
            bar.setValue(bar.value() - min(-above, max(0, floor - seen_bottom)))
        elif self._span(widget)[1] - self._span(widget)[0] > floor - PINNED_GAP_PX:
            # Taller than the room: the heading at the top, as much of it as fits below.
            bar.setValue(bar.value() + min(above, max(0, seen_top - PINNED_GAP_PX)))

    def show_opened(self, opener: QWidget, opened: QWidget) -> None:
        """Words just opened under `opener` (its button): the view moves on until they show whole
        clear of the pinned row, but never so far that `opener` leaves the view's top;
        the keyboard stays on `opener`, so it stays in view."""
        self.show_control(opener)
        bar = self.verticalScrollBar()
        below = self._span(opened)[1] - self._floor()
        if below > 0:
            bar.setValue(bar.value() + min(below, max(0, self._span(opener)[0] - PINNED_GAP_PX)))

    def _place_pinned(self) -> None:
        frame = self.pinned
        if frame is None:
            return
        body_layout = frame.layout()
        assert body_layout is not None
        inner = self._pinned_inner
        side = self.column.contentsMargins().left()
        if inner is not None and inner.contentsMargins().left() != side:
            inner.setContentsMargins(side, 12, side, 12)  # the column's, narrow or not
        port = self.viewport().rect()
        height = (
            body_layout.totalHeightForWidth(port.width())
            if body_layout.hasHeightForWidth()
            else body_layout.totalSizeHint().height()
        )
        self._reserve(height)
        frame.setGeometry(0, port.height() - height, port.width(), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.pinned and event.type() == QEvent.Type.LayoutRequest:
            self._place_pinned()
        return super().eventFilter(watched, event)

    def focusNextPrevChild(self, next: bool) -> bool:
        tab_order_as_laid_out(self)
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_presses_button(self, event):  # on every page, as Space does
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        tab_order_as_laid_out(self)
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The page's own width, not the event's: a scroll area is told of its viewport's
        # resizes here too, and the viewport narrows by the scroll bar. Decided on that,
        # a page 600 px wide that fits only with the narrow margins chased its own scroll
        # bar for ever (the quiz's feedback at 796x796: the window froze).
        self.fit_margins(self.width())
        super().resizeEvent(event)
        self._place_pinned()
        if self.size() != self._size_seen:  # the page's own, not its viewport's (above)
            self._size_seen = self.size()
            self._keep_focus_in_view()

    def _keep_focus_in_view(self) -> None:
        """After the window changed size, the control the keyboard is on is brought back
        into view: the words around it wrapped anew and moved it (at 175% in Spanish, a
        1024x600 window made 800x600 left the answer below the window's edge)."""
        focus, body = QApplication.focusWidget(), self.widget()
        if focus is None or body is None or not body.isAncestorOf(focus) or not self.isVisible():
            return
        lay_out_now()
        self.show_control(focus)

    def fit_margins(self, width: int) -> None:
        """Narrow (the largest text in a small window): narrower margins leave the room to
        the content. Decided on the page's own `width`, which the scroll bar coming and
        going does not change, so the two can never chase each other. A page that works
        out its layout from the margins in its own resizeEvent calls this first."""
        side = SIDE_MARGIN_PX if width >= NARROW_PAGE_PX else NARROW_MARGIN_PX
        margins = self.column.contentsMargins()
        if margins.left() != side:
            self.column.setContentsMargins(side, margins.top(), side, margins.bottom())

    def finish(self) -> None:
        self.column.addStretch(1)


def grid_cell(grid: QGridLayout, index: int) -> tuple[int, int]:
    """(row, column) of a grid's item."""
    position: Any = grid.getItemPosition(index)  # PySide6 types it as object
    return int(position[0]), int(position[1])
