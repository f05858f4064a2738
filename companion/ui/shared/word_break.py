"""Buttons whose words break onto more lines, at spaces, when the button is narrower
than them (the largest text in a small window, a long translation), instead of pushing
the page wider than the window. With room, a button looks as it always does.

The sums start from Qt's own size for the words on one line, which Qt works out once
and keeps: a button that fits costs no more than a plain one (asking the style for
sizes itself made the window's first showing about a tenth slower)."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent, QPoint, QSize
from PySide6.QtGui import QIcon, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractButton, QPushButton, QRadioButton, QSizePolicy

# A style pads a button's sides only; more than one line needs room above and below.
LINES_PADDING_PX = 12
# The gap a style leaves after a radio button's (hidden) marker, which it does not size.
LABEL_GAP_PX = 8
RESIZING = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def fitting_policy(horizontal: QSizePolicy.Policy) -> QSizePolicy:
    """`horizontal`, and a height fixed at what the words need at the width given: never
    narrower than the longest word, taller with each line, never stretched taller."""
    policy = QSizePolicy(horizontal, QSizePolicy.Policy.Fixed)
    policy.setHeightForWidth(True)
    return policy


class BreaksWords:
    """For a button class (`_qt`, the Qt class it is): `text()` is always the words
    whole; what is painted is the words broken for the width the button has (Qt asks for
    the height at a width because the size policy says so)."""

    _words = ""
    _whole: QSize | None = None  # Qt's size for the words unbroken (in their own lines)
    _least: QSize | None = None  # the size with the longest word on a line of its own
    _lines: dict[int, str] | None = None  # the words as broken for each width asked

    _qt: type[QAbstractButton]  # the Qt class it is: its size hint, painting, events

    def _qt_hint(self) -> QSize:
        return self._qt.sizeHint(self._button())

    def _show(self, text: str) -> None:
        self._qt.setText(self._button(), text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        self._qt.resizeEvent(self._button(), event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in RESIZING:
            self._forget()
        self._qt.changeEvent(self._button(), event)

    def setIcon(self, icon: QIcon | QPixmap, /) -> None:
        self._qt.setIcon(self._button(), icon)
        self._forget()

    def setIconSize(self, size: QSize, /) -> None:
        self._qt.setIconSize(self._button(), size)
        self._forget()

    def _forget(self) -> None:
        """Sizes worked out before no longer hold (new words, font, style or icon)."""
        self._whole = self._least = self._lines = None
        self._button().updateGeometry()

    def _button(self) -> QAbstractButton:
        return cast(QAbstractButton, self)

    def _shown(self) -> str:
        return QAbstractButton.text(self._button())

    def __init__(self, text: str) -> None:
        super().__init__(text)  # type: ignore[call-arg]  # the Qt class, next in line
        self._words = text
        self._button().setSizePolicy(fitting_policy(QSizePolicy.Policy.Preferred))

    def fill_width(self) -> None:
        """As wide as its place in the layout, not just its words (a list of choices, a
        heading that opens a section)."""
        self._button().setSizePolicy(fitting_policy(QSizePolicy.Policy.Expanding))

    def setText(self, text: str) -> None:
        self._words = text
        self._forget()
        button = self._button()
        self._show(self._broken(button.width()) if button.isVisible() else text)

    def text(self) -> str:
        return self._words

    def _one_line(self) -> QSize:
        if self._whole is None:
            shown = self._shown()
            if shown == self._words:
                self._whole = self._qt_hint()
            else:  # painted broken just now: measure the words whole, then put back
                self._show(self._words)
                self._whole = self._qt_hint()
                self._show(shown)
        return self._whole

    def _padding(self) -> int:
        return self._one_line().width() - max(map(self._advance, self._paragraphs()))

    def _paragraphs(self) -> list[str]:
        """The words' own lines: a line break written in the words is always kept (a
        timer's name, and under it the time it shows)."""
        return self._words.split("\n")

    def _advance(self, text: str) -> int:
        return self._button().fontMetrics().horizontalAdvance(text)

    def _broken(self, width: int) -> str:
        """The words in as few lines as fit `width`, the lines as even as they can be (no
        lone last word). Kept for each width: a layout pass asks again and again."""
        if self._lines is None:
            self._lines = {}
        if width not in self._lines:
            self._lines[width] = self._break(width)
        return self._lines[width]

    def _break(self, width: int) -> str:
        room = width - self._padding()
        return "\n".join(self._break_line(line, room) for line in self._paragraphs())

    def _break_line(self, words: str, room: int) -> str:
        if self._advance(words) <= room:
            return words
        fewest = len(self._lines_for(words, room))
        low, high = 1, room  # the narrowest room that still needs no more lines
        while low < high:
            middle = (low + high) // 2
            if len(self._lines_for(words, middle)) <= fewest:
                high = middle
            else:
                low = middle + 1
        return "\n".join(self._lines_for(words, high))

    def _lines_for(self, words: str, room: int) -> list[str]:
        lines: list[str] = []
        for word in words.split():
            if lines and self._advance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines

    def width_for_lines(self, most: int) -> int:
        """The narrowest width at which the words take at most `most` lines (never
        narrower than the longest word)."""
        least = self.minimumSizeHint().width()
        high = max(least, self._one_line().width())
        while least < high:
            middle = (least + high) // 2
            if self._break(middle).count("\n") + 1 <= most:
                high = middle
            else:
                least = middle + 1
        return high

    def _height_of(self, lines: int) -> int:
        if lines <= 1:
            return self._one_line().height()
        spacing = self._button().fontMetrics().lineSpacing()
        written = len(self._paragraphs())  # lines Qt's own size already holds
        grown = self._one_line().height() + (lines - written) * spacing + LINES_PADDING_PX
        # A touch target's least height has room around one line to spare: the lines
        # use it before the button grows (two lines in a 50 px kiosk button took 82 px).
        return min(grown, max(self._one_line().height(), lines * spacing + 2 * LINES_PADDING_PX))

    def sizeHint(self) -> QSize:
        # As wide as the words on one line; as tall as the lines painted now need (the
        # height is fixed: a taller row or spare room never stretches the button).
        whole = self._one_line()
        return QSize(whole.width(), self._height_of(self._shown().count("\n") + 1))

    def minimumSizeHint(self) -> QSize:
        if self._least is None:
            widest = max((self._advance(word) for word in self._words.split()), default=0)
            self._least = QSize(widest + self._padding(), self._one_line().height())
        return self._least

    def heightForWidth(self, width: int) -> int:
        return self._height_of(self._broken(width).count("\n") + 1)

    def _fit(self, width: int) -> None:
        shown = self._broken(width)
        if shown != self._shown():
            self._show(shown)


class FittingButton(BreaksWords, QPushButton):
    """A push button whose words break onto more lines when its row is narrow."""

    _qt = QPushButton


class WrappingRadio(BreaksWords, QRadioButton):
    """A radio button whose words break onto more lines when it is narrow."""

    _qt = QRadioButton


class SwitchButton(WrappingRadio):
    """A radio button drawn as a button: a press anywhere on it counts, padding too; its
    words break onto more lines when it is narrow."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def _qt_hint(self) -> QSize:
        # The style draws the words a few pixels further in than it sizes for (the gap
        # after a marker, even with no marker shown): add them, or the words are cut.
        hint = super()._qt_hint()
        return QSize(hint.width() + LABEL_GAP_PX, hint.height())
