"""Input widgets every page uses: a number field with its own steps, a field whose hint
fits, a search field, and choices laid out as a grid or a drop-down."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QValidator,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion.ui.shared.icons import tinted_icon
from companion.ui.shared.page_layout import StatusLabel
from companion.ui.shared.rows import ColumnGrid, FlowLayout
from companion.ui.shared.steady_fields import SteadySpinBox
from companion.ui.shared.theme import FIELD_PADDING_PX, MIN_TOUCH_PX, forgettable


def same_width(*fields: QWidget) -> None:
    """Give `fields` the width of the widest one's size hint, so a column of them ends
    at one edge. Call it again when the text size changes."""
    for field in fields:
        field.setMinimumWidth(0)
    widest = max(field.sizeHint().width() for field in fields)
    for field in fields:
        field.setMinimumWidth(widest)


class _WholeNumberBox(SteadySpinBox):
    """Keeps a whole number typed past the top limit as typed, so the field can say it:
    Qt's own throws the digit away, and "100" in a 15 to 90 box was read as "10 is too
    few", "999" in a 5 to 20 box taken as 9 without a word."""

    LONGEST = 9  # digits kept as typed: more is no number anyone means

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = text.removesuffix(self.suffix()).strip()
        if digits.isdigit() and len(digits) <= self.LONGEST and int(digits) > self.maximum():
            return QValidator.State.Intermediate, text, pos  # kept, not taken: said why
        return super().validate(text, pos)


class NumberField(QWidget):
    """A whole number with its limits written beside it (under it when narrow). A number
    out of range is not refused in silence: a message under the field says why, and
    what is kept.

    `value_changed(int)` fires for a number the field takes (typed or stepped)."""

    value_changed = Signal(int)

    def __init__(self, low: int, high: int, *, name: str, unit: str, step: int = 1) -> None:
        super().__init__()
        self.low, self.high, self.unit = low, high, unit
        self.spin: QSpinBox = _WholeNumberBox()
        self.spin.setRange(low, high)
        self.spin.setSingleStep(step)
        self.spin.setSuffix(f" {unit}")
        self.spin.setMinimumHeight(48)
        self.spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin.setKeyboardTracking(False)  # take the number once typed, not per digit
        self.limits = QLabel(
            QCoreApplication.translate("NumberField", "%1 to %2 %3")
            .replace("%1", str(low))
            .replace("%2", str(high))
            .replace("%3", unit)
        )
        self.limits.setProperty("role", "muted")
        self.spin.setAccessibleName(name)
        self.spin.setAccessibleDescription(self.limits.text())
        self.spin.lineEdit().setAccessibleName(name)
        self.spin.lineEdit().setAccessibleDescription(self.limits.text())
        self.message = StatusLabel()
        self.message.setObjectName("numberMessage")
        # The limits go whole under the field when the row has no room for them beside
        # it, rather than one word a line ("15 / a / 90 / min", Spanish at 175%).
        number = QWidget()
        flow = FlowLayout(number, spacing=10, middle=True)  # the limits on the box's middle
        flow.addWidget(self.spin)
        flow.addWidget(self.limits)
        # The message under them, across the field's whole width: beside the box it had
        # what width was left (a column of one word a line beside "Other:" at 175%).
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        column.addWidget(number)
        column.addWidget(self.message)
        self.spin.lineEdit().textEdited.connect(self._typed)
        self.spin.editingFinished.connect(self._finished)
        self.spin.valueChanged.connect(self._taken)
        self._refused: int | None = None

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: int) -> None:
        """Show `value` without a message and without `value_changed`."""
        self.spin.blockSignals(True)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
        self._refused = None
        self.message.setText("")

    def _number(self, text: str) -> int | None:
        digits = text.removesuffix(self.spin.suffix()).strip()
        return int(digits) if digits.isdigit() else None

    def _typed(self, text: str) -> None:
        number = self._number(text)
        if number is None or self.low <= number <= self.high:
            self._refused = None
            self.message.setText("")
            return
        self._refused = number
        self._say(
            QCoreApplication.translate("NumberField", "Please choose %1 to %2.")
            .replace("%1", str(self.low))
            .replace("%2", str(self.high))
        )

    def _finished(self) -> None:
        if self._refused is None:
            return
        word = (
            QCoreApplication.translate("NumberField", "too few")
            if self._refused < self.low
            else QCoreApplication.translate("NumberField", "too many")
        )
        self._say(
            QCoreApplication.translate("NumberField", "%1 is %2: it stays at %3 %4.")
            .replace("%1", str(self._refused))
            .replace("%2", word)
            .replace("%3", str(self.spin.value()))
            .replace("%4", self.unit)
        )
        self._refused = None

    def _taken(self, value: int) -> None:
        self._refused = None
        self.message.setText("")
        self.value_changed.emit(value)

    def _say(self, text: str) -> None:
        self.message.setText(text)  # a StatusLabel: a screen reader hears it


class HintedField(QLineEdit):
    """A line edit that shows the longest of a few hints (placeholders) that fits, so
    large text or a narrow window shortens the hint instead of cutting it off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placeholders: tuple[str, ...] = ()

    def set_placeholders(self, *texts: str) -> None:
        """Show the longest of `texts` (longest first) that fits the field."""
        self._placeholders = texts
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        if not self._placeholders:
            return
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        room = (
            self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self).width()
        )
        margins = self.textMargins()
        room -= margins.left() + margins.right() + 4  # Qt's own inner margin, 2 a side
        metrics = self.fontMetrics()
        fits = (t for t in self._placeholders if metrics.horizontalAdvance(t) <= room)
        self.setPlaceholderText(next(fits, self._placeholders[-1]))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_placeholder()  # larger text: maybe a shorter hint
        super().changeEvent(event)


class SearchField(HintedField):
    """A search box with a clear button (x) at its right end, as tall as the field and
    as wide (a finger's 44 px, where Qt's own was a 12 px mark to aim at), drawn in the
    theme's text colour (the style's dark grey all but vanished on the dark theme). It
    shows only with something to clear; Esc clears too, as in a desktop's search boxes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        words = QCoreApplication.translate("SearchField", "Clear the search")
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("searchClear")
        self.clear_button.setAccessibleName(words)
        self.clear_button.setToolTip(words)
        self.clear_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc clears from the keys
        self.clear_button.clicked.connect(self._clear_clicked)
        self.textChanged.connect(self._show_clear_button)
        self._tint_clear_button()
        self._place_clear_button()

    def _clear_clicked(self) -> None:
        self.clear()
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # type again at once

    def _tint_clear_button(self) -> None:
        colour = self.palette().color(QPalette.ColorRole.Text).name()
        self.clear_button.setIcon(tinted_icon("clear", colour))
        self._show_clear_button()

    def _show_clear_button(self) -> None:
        self.clear_button.setVisible(bool(self.text()))

    def _place_clear_button(self) -> None:
        """The button's square at the field's right end; the words stop short of it."""
        side = max(self.height(), MIN_TOUCH_PX)
        icon = max(16, self.fontMetrics().height() * 2 // 3)
        self.clear_button.setIconSize(QSize(icon, icon))
        self.clear_button.setGeometry(self.width() - side, (self.height() - side) // 2, side, side)
        self.setTextMargins(0, 0, side - FIELD_PADDING_PX, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_clear_button()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._tint_clear_button()
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._place_clear_button()
        super().changeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text() and not event.modifiers():
            self.clear()
            return
        super().keyPressEvent(event)


class ChoiceGrid(ColumnGrid):
    """Tick boxes (or other small controls) in as many columns as fit, up to `columns`,
    read row by row, so large text or a narrow window gives fewer, not clipped, columns.
    The Tab order is the order given, which is the reading order in any column count."""

    def __init__(
        self, widgets: list[QWidget], columns: int = 3, parent: QWidget | None = None
    ) -> None:
        super().__init__(widgets, columns, parent)

    def _place(self, columns: int) -> None:
        for index, widget in enumerate(self.items):
            # At its own width, left in its column: a click beside a short word is no tick.
            self.grid.addWidget(
                widget, index // columns, index % columns, Qt.AlignmentFlag.AlignLeft
            )

    def _widest(self) -> int:
        return max((widget.sizeHint().width() for widget in self.items), default=0)


# A drop-down's chosen entry: left, in the middle of the box, carrying on below if long.
WRAPPING = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap


class ChoiceBox(QComboBox):
    """A drop-down list that ignores the mouse wheel unless its list is open, so scrolling
    a page past it never changes a setting by accident.

    `committed(index)` fires when the person has really chosen: an entry picked from the
    open list, Enter, or leaving the list after arrowing to a new entry. Arrowing through
    the closed list alone commits nothing.
    """

    committed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # As narrow as the window needs, never wider than the page at large text: a long
        # entry carries on below, the box growing taller for it (heightForWidth).
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self.currentIndexChanged.connect(lambda _index: self.updateGeometry())
        self._from_list = False
        self._committed_index = -1
        self.activated.connect(self._on_activated)
        forgettable(self)

    def _room(self, option: QStyleOptionComboBox) -> QRect:
        """Where the chosen entry's words go: the box less its arrow and padding."""
        return self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        # As tall as the chosen entry's lines need at the width the box has now; the
        # height is fixed, so spare room never stretches the box.
        hint = super().sizeHint()
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.heightForWidth(event.size().width()) != event.size().height():
            self.updateGeometry()  # its entry now takes more lines, or fewer

    def heightForWidth(self, width: int) -> int:
        """One line's height, and a line more for each line a long entry carries on to."""
        one_line = super().sizeHint().height()
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, one_line)
        room = self._room(option)
        metrics = self.fontMetrics()
        tall = metrics.boundingRect(
            QRect(0, 0, max(1, room.width()), 100_000), WRAPPING, self.currentText()
        ).height()
        return one_line + max(0, tall - metrics.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the chosen entry whole, on as many lines as it needs (the box is as tall
        as they are: heightForWidth)."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        words, option.currentText = option.currentText, ""
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)  # its icon, if any
        self.style().drawItemText(
            painter,
            self._room(option),
            WRAPPING,
            option.palette,
            self.isEnabled(),
            words,
            QPalette.ColorRole.Text,
        )

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.view().isVisible():
            super().wheelEvent(event)
        else:
            event.ignore()

    def showPopup(self) -> None:
        self._from_list = True
        super().showPopup()

    def _on_activated(self, index: int) -> None:
        if self._from_list:
            self._from_list = False
            self._commit(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._committed_index = self.currentIndex()
        self._from_list = False
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.view().isVisible() and self.currentIndex() != self._committed_index:
            self._commit(self.currentIndex())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            self._commit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _commit(self, index: int) -> None:
        self._committed_index = index
        self.committed.emit(index)
