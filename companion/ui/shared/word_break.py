"""Buttons whose words break onto more lines, at spaces, when the button is narrower
than them (the largest text in a small window, a long translation), instead of pushing
the page wider than the window. With room, a button looks as it always does."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
)

# A style pads a button's sides only; more than one line needs room above and below.
LINES_PADDING_PX = 12
# The gap a style leaves after a radio button's (hidden) marker, which it does not size.
LABEL_GAP_PX = 8


class BreaksWords:
    """For a button class: `text()` is always the words whole; what is painted is the
    words broken for the width the button has. The class says how its style sizes
    contents (`_size_for`) and how it paints words (`_show`), and calls `_fit` when
    resized."""

    _words = ""

    def _size_for(self, contents: QSize) -> QSize:
        raise NotImplementedError

    def _text_size(self, text: str) -> QSize:
        raise NotImplementedError

    def _show(self, text: str) -> None:
        raise NotImplementedError

    def _button(self) -> QAbstractButton:
        return cast(QAbstractButton, self)

    def _option(self) -> QStyleOptionButton:
        """The button's style option, as when it has neither focus nor the pointer: the
        theme's thicker focus border must not make the button ask for a new size each
        time the keyboard reaches it (Qt's own buttons work out their size once)."""
        option = QStyleOptionButton()
        button = self._button()
        button.initStyleOption(option)  # type: ignore[attr-defined]
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_MouseOver)
        return option

    def _start(self, text: str, horizontal: QSizePolicy.Policy) -> None:
        self._words = text
        # Never narrower than its longest word; taller with each line.
        policy = QSizePolicy(horizontal, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self._button().setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._words = text
        button = self._button()
        self._show(self._broken(button.width()) if button.isVisible() else text)
        button.updateGeometry()

    def text(self) -> str:
        return self._words

    def _size_of(self, text: str) -> QSize:
        return self._size_for(self._text_size(text))

    def _padding(self) -> int:
        # Asked for words wider than any minimum width a style gives a button.
        wide = QSize(10_000, self._text_size("X").height())
        return self._size_for(wide).width() - wide.width()

    def _broken(self, width: int) -> str:
        """The words in as few lines as fit `width`, the lines as even as they can be (no
        lone last word)."""
        room = width - self._padding()
        advance = self._button().fontMetrics().horizontalAdvance
        if advance(self._words) <= room:
            return self._words

        def lines_for(room: int) -> list[str]:
            lines: list[str] = []
            for word in self._words.split():
                if lines and advance(f"{lines[-1]} {word}") <= room:
                    lines[-1] = f"{lines[-1]} {word}"
                else:
                    lines.append(word)
            return lines

        fewest = len(lines_for(room))
        low, high = 1, room  # the narrowest room that still needs no more lines
        while low < high:
            middle = (low + high) // 2
            if len(lines_for(middle)) <= fewest:
                high = middle
            else:
                low = middle + 1
        return "\n".join(lines_for(high))

    def sizeHint(self) -> QSize:
        return self._size_of(self._words)

    def minimumSizeHint(self) -> QSize:
        advance = self._button().fontMetrics().horizontalAdvance
        return self._size_of(max(self._words.split(), key=advance, default=""))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        shown = self._broken(width)
        return self._size_of(shown).height() + (LINES_PADDING_PX if "\n" in shown else 0)

    def _fit(self, width: int) -> None:
        shown = self._broken(width)
        if shown != QAbstractButton.text(self._button()):
            self._show(shown)


class FittingButton(BreaksWords, QPushButton):
    """A push button whose words break onto more lines when its row is narrow."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._start(text, QSizePolicy.Policy.Preferred)

    def _size_for(self, contents: QSize) -> QSize:
        # What QPushButton's own size hint does (the style adds its padding).
        option = self._option()
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, contents, self
        )

    def _text_size(self, text: str) -> QSize:
        return self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, text)

    def _show(self, text: str) -> None:
        QPushButton.setText(self, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)


class WrappingRadio(BreaksWords, QRadioButton):
    """A radio button whose words break onto more lines when it is narrow."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self._start(text, QSizePolicy.Policy.Preferred)

    def _size_for(self, contents: QSize) -> QSize:
        # What QRadioButton's own size hint does.
        option = self._option()
        if not option.icon.isNull():
            icon = option.iconSize
            contents = QSize(
                contents.width() + icon.width() + 4, max(contents.height(), icon.height())
            )
        return self.style().sizeFromContents(
            QStyle.ContentsType.CT_RadioButton, option, contents, self
        )

    def _text_size(self, text: str) -> QSize:
        flags = Qt.TextFlag.TextShowMnemonic
        return self.style().itemTextRect(self.fontMetrics(), QRect(), flags, False, text).size()

    def _show(self, text: str) -> None:
        QRadioButton.setText(self, text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit(event.size().width())
        super().resizeEvent(event)


class SwitchButton(WrappingRadio):
    """A radio button drawn as a button: a press anywhere on it counts, padding too; its
    words break onto more lines when it is narrow."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def _size_for(self, contents: QSize) -> QSize:
        # The style draws the words a few pixels further in than it sizes for (the gap
        # after a marker, even with no marker shown): add them, or the words are cut.
        size = super()._size_for(contents)
        return QSize(size.width() + LABEL_GAP_PX, size.height())
