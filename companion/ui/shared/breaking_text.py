"""Words shown like a label whose long words break where they must: a file or folder
path, a pasted link in a note, an activity named without a space.

A label breaks lines only between words: one word wider than the window makes the whole
page wider than the window. This text breaks between words as a label does, and inside a
word only when the word alone is wider than the line; what is selected and copied is the
text itself (a label's hidden break marks would be copied with it). The theme styles it
by its class name, `BreakingText`, and its `role`. A screen reader hears it as a label:
static text, not a text box to type in."""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextDocument, QTextOption, QWheelEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextEdit

from companion.ui.shared.theme import forgettable

# Its longest word stays whole, as in a label, up to this many characters; a longer one
# (a path, a link) breaks where it must.
LONGEST_WHOLE_WORD = 12
WIDTHS_KEPT = 64  # heights kept for this many widths, then worked out afresh
# The keys it answers itself, as a selectable label does; every other key (Page Down,
# the arrows, Enter) goes on to the page or dialog around it.
OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.SelectAll)


def _hear_as_static_text() -> None:
    """Install Qt's accessibility factory for every `BreakingText`: a screen reader is
    told of static text, as of a label, whose name is what it hears (a text box's value
    would repeat the words after the name). Other widgets keep Qt's own. Done when the
    first is made: Qt's accessibility classes cost start-up about 2 ms."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QAccessibleWidget

    class StaticText(QAccessibleWidget):
        def __init__(self, widget: BreakingText) -> None:
            super().__init__(widget, QAccessible.Role.StaticText)

        def text(self, kind: QAccessible.Text) -> str:
            if kind == QAccessible.Text.Value:
                return ""
            return super().text(kind)

    def static_text(key: str, target: QObject) -> QAccessibleWidget | None:
        return StaticText(target) if isinstance(target, BreakingText) else None

    QAccessible.installFactory(static_text)


class BreakingText(QTextEdit):
    """Read-only, selectable with the mouse like every label; no frame, no scroll bars,
    as tall as its lines. A screen reader hears static text: `name` and then the words
    as its description, or else the words alone. Keys other than Copy and Select All, and
    the mouse wheel, reach the page around it."""

    _text = ""  # the words as given
    _heights: dict[int, int] | None = None  # the height at each width asked (a layout asks often)
    _heard_as_static_text = False  # the accessibility factory is installed once, by the first

    def __init__(self, text: str = "", role: str | None = None, *, name: str = "") -> None:
        super().__init__()
        if not BreakingText._heard_as_static_text:
            _hear_as_static_text()
            BreakingText._heard_as_static_text = True
        self._name = name
        if role:
            self.setProperty("role", role)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # as a selectable label has
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # A label's background, the theme's or none (a box shown before the theme is,
        # such as the one that says why the app could not start, would show a white field).
        self.viewport().setAutoFillBackground(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        # Heights are measured on a document of its own, kept (a copy made for each
        # measure is never freed) and laid out as the shown one.
        self._measure = QTextDocument(self)
        self._measure.setDocumentMargin(0)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._measure.setDefaultTextOption(option)
        forgettable(self)  # a scroll area inside: a kiosk's pages must let it go
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(text)

    def text(self) -> str:
        """The words as given (plain text turns a no-break space into a space)."""
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.setPlainText(text)
        self._measure.setPlainText(text)
        self.setAccessibleName(self._name or text)
        if self._name:
            self.setAccessibleDescription(text)
        self._forget()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._forget()
        super().changeEvent(event)

    def _forget(self) -> None:
        self._heights = None
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        if self._heights is None or len(self._heights) >= WIDTHS_KEPT:
            self._heights = {}
        if width not in self._heights:
            self._measure.setDefaultFont(self.font())
            self._measure.setTextWidth(max(1, width - 2 * self.frameWidth()))
            height = ceil(self._measure.size().height()) + 2 * self.frameWidth()
            self._heights[width] = height
        return self._heights[width]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if any(event.matches(key) for key in OWN_KEYS):
            super().keyPressEvent(event)
        else:
            event.ignore()

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the page scrolls; Ctrl and the wheel never resize these words alone

    def _narrowest(self) -> int:
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(word) for word in self.text().split()), default=0)
        return min(longest, metrics.averageCharWidth() * LONGEST_WHOLE_WORD)

    def sizeHint(self) -> QSize:
        # Its words on one line, up to a comfortable line's length (as a label's hint).
        metrics = self.fontMetrics()
        width = min(metrics.horizontalAdvance(self.text()), metrics.averageCharWidth() * 80)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        # As a label's: its narrowest width, and the height of its words on one line (the
        # layout asks the height for the width it gives).
        return QSize(self._narrowest(), self.heightForWidth(1 << 20))
