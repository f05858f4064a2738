"""The answer controls of the guided check, one kind per question kind.

Each control shows the question's options, reports `value()` (None until something is
picked) and emits `changed`. They only display and collect: what an answer means is
decided in companion/core.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.model import (
    BODY_REGION,
    SCALE,
    SCALE_MAX,
    SCALE_MIN,
    SEVERAL_OF,
    YES_NO,
    Question,
    TriageContent,
)
from companion.ui.check.body_map import ZOOMED_WIDTH, BodyMap, RegionList
from companion.ui.shared.focus_ring import RING_PROPERTY
from companion.ui.shared.illustration import is_dark
from companion.ui.shared.page_layout import button, label, option_row
from companion.ui.shared.rows import EvenRows
from companion.ui.shared.single_choice import ArrowChoice
from companion.ui.shared.theme import DARK, LIGHT, RING_PX, ringed


class AnswerInput(QWidget):
    changed = Signal()

    def value(self) -> object | None:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        self.focusNextChild()


class ChoiceInput(AnswerInput):
    """One answer from a list (yes / no / not sure, or the question's options)."""

    def __init__(self, options: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value, words in options:
            radio = QRadioButton()
            self.group.addButton(radio)
            self.buttons[value] = radio
            layout.addWidget(option_row(radio, words))
        self.keys = ArrowChoice(list(self.buttons.values()), self)  # arrows move and choose
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> object | None:
        return next((v for v, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, value: object) -> None:
        chosen = self.buttons.get(str(value))
        if chosen is not None:
            chosen.setChecked(True)

    def focus_first(self) -> None:
        chosen = self.group.checkedButton() or next(iter(self.buttons.values()))
        chosen.setFocus(Qt.FocusReason.TabFocusReason)


class SeveralInput(AnswerInput):
    """Any number of answers; an "only alone" option (none of these) clears the others."""

    def __init__(self, options: list[tuple[str, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.exclusive: set[str] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for value, words, exclusive in options:
            box = QCheckBox()
            box.toggled.connect(lambda checked, v=value: self._toggled(v, checked))
            self.boxes[value] = box
            if exclusive:
                self.exclusive.add(value)
            layout.addWidget(option_row(box, words))

    def _toggled(self, value: str, checked: bool) -> None:
        if checked:
            for other, box in self.boxes.items():
                alone = value in self.exclusive or other in self.exclusive
                if other != value and alone and box.isChecked():
                    box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(False)
        self.changed.emit()

    def value(self) -> object | None:
        chosen = [v for v, b in self.boxes.items() if b.isChecked()]
        return chosen or None

    def set_value(self, value: object) -> None:
        values = value if isinstance(value, list) else []
        for v, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(v in values)
            box.blockSignals(False)

    def focus_first(self) -> None:
        next(iter(self.boxes.values())).setFocus(Qt.FocusReason.TabFocusReason)


ENDS_GAP_PX = 16  # between the scale's two end words when side by side


class ScaleInput(AnswerInput):
    """0 to 10 as a row of buttons. Keys: a digit picks 0 to 9, arrows step, End is 10."""

    PADDING = 4  # narrow keys: eleven fit a row

    def __init__(self, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QPushButton] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        row = EvenRows(spacing=4)  # one row, or two (0 to 5, 6 to 10) when narrow
        for number in range(SCALE_MIN, SCALE_MAX + 1):
            key = QPushButton(str(number))
            key.setCheckable(True)
            # One choice of eleven: heard as "radio button, checked", where a checkable
            # button on its own is heard as a tick box.
            key.setAutoExclusive(True)
            key.setAutoDefault(False)
            key.setProperty("role", "scale")
            words = str(number)
            if number == SCALE_MIN:
                words = f"0, {low}"
            elif number == SCALE_MAX:
                words = f"10, {high}"
            key.setAccessibleName(words)
            self.group.addButton(key, number)
            self.buttons.append(key)
            row.addWidget(key)
        column.addLayout(row)
        # The ends' words: side by side when each fits on one line, else one above the
        # other; "10: ..." always ends under the 10 key, which on two rows is not the
        # scale's right edge. Squeezed side by side, Spanish at 175% broke "10: El peor
        # dolor que pueda imaginar" into 3 lines beside a 1-line "0: Sin dolor" set
        # half-way down, 62 px right of the 10 key on an 800x600 screen.
        self.ends = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.ends.setSpacing(ENDS_GAP_PX)
        self.low_label = label(f"0: {low}", "muted")
        self.high_label = label(f"10: {high}", "muted")
        self.high_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.ends.addWidget(self.low_label, 0, Qt.AlignmentFlag.AlignTop)
        self.ends.addStretch(1)
        self.ends.addWidget(self.high_label, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(self.ends)
        self.group.idToggled.connect(self._toggled)
        self._restyle()

    def _toggled(self, _number: int, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # the keys are already placed for the new width
        self._arrange_ends()

    def _arrange_ends(self) -> None:
        width = self.width()
        past_ten = max(0, width - self.buttons[-1].geometry().right() - 1)
        one_line = sum(
            words.fontMetrics().horizontalAdvance(words.text()) + 2 * words.margin() + 1
            for words in (self.low_label, self.high_label)
        )
        side_by_side = one_line + ENDS_GAP_PX <= width - past_ten
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        if direction != self.ends.direction():  # each setter below lays the scale out again
            self.ends.setSpacing(ENDS_GAP_PX if side_by_side else 4)
            self.ends.setDirection(direction)
            self.ends.setAlignment(
                self.low_label, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
            )
            self.ends.setAlignment(
                self.high_label,
                Qt.AlignmentFlag.AlignTop
                | (Qt.AlignmentFlag.AlignRight if side_by_side else Qt.AlignmentFlag(0)),
            )
        if self.ends.contentsMargins().right() != past_ten:
            self.ends.setContentsMargins(0, 0, past_ten, 0)

    def _restyle(self) -> None:
        # The theme has no look for a checked button: give the picked number a filled,
        # bold look here, in the theme's own colours.
        dark = is_dark(self.palette())
        if dark == getattr(self, "_dark", None):
            return
        self._dark = dark
        p = DARK if dark else LIGHT
        self.setStyleSheet(
            f"QPushButton {{ padding: 0 {self.PADDING}px; }}"
            f'QPushButton[{RING_PROPERTY}="true"]:focus {{ padding: 0 {ringed(self.PADDING)}px; }}'
            f"QPushButton:checked {{ background: {p.accent}; color: {p.on_accent}; "
            f"border: 1px solid {p.accent}; font-weight: 700; }}"
            f'QPushButton[{RING_PROPERTY}="true"]:checked:focus '
            f"{{ border: {RING_PX}px solid {p.focus}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def value(self) -> object | None:
        chosen = self.group.checkedId()
        return chosen if chosen >= 0 else None

    def set_value(self, value: object) -> None:
        if isinstance(value, int) and SCALE_MIN <= value <= SCALE_MAX:
            self.buttons[value].setChecked(True)

    def pick(self, number: int) -> None:
        number = max(SCALE_MIN, min(SCALE_MAX, number))
        self.buttons[number].setChecked(True)
        self.buttons[number].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.value()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.pick(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_End:
            self.pick(SCALE_MAX)
        elif key == Qt.Key.Key_Home:
            self.pick(SCALE_MIN)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.pick(current + 1 if isinstance(current, int) else 0)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.pick(current - 1 if isinstance(current, int) else 0)
        else:
            super().keyPressEvent(event)

    def focus_first(self) -> None:
        current = self.value()
        target = self.buttons[current] if isinstance(current, int) else self.buttons[0]
        target.setFocus(Qt.FocusReason.TabFocusReason)


class BodyRegionInput(AnswerInput):
    """The body map and the same choice as a list, kept in step. The list sits beside the
    map when there is room (large text or a small screen put it below). A button under
    the map zooms in on the hips, where the sitting bones are small on the whole map."""

    def __init__(self, regions: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.map = BodyMap(regions)
        self.zoom_button = button("")  # its words wrap under a narrow map
        self.zoom_button.fill_width()
        self.zoom_button.setCheckable(True)
        self.zoom_button.toggled.connect(self._zoom)
        self._zoom(False)
        self.list = RegionList(regions)
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(24)
        drawing = QVBoxLayout()
        drawing.setSpacing(8)
        drawing.addWidget(self.map, 1, Qt.AlignmentFlag.AlignHCenter)
        drawing.addWidget(self.zoom_button)  # as wide as the map, so its words can wrap
        self.row.addLayout(drawing, 1)
        side = QVBoxLayout()
        side.addWidget(label(self.tr("Or pick from this list:"), "muted"))
        side.addWidget(self.list)
        side.addStretch(1)
        self.row.addLayout(side, 2)
        self.map.changed.connect(self._from_map)
        self.list.changed.connect(self._from_list)

    def _zoom(self, zoomed: bool) -> None:
        low, high = ZOOMED_WIDTH if zoomed else (180, 260)
        self.map.setMinimumWidth(low)
        self.map.setMaximumWidth(high)
        self.map.set_zoomed(zoomed)
        self.map.fit_height()
        words = self.tr("Show the whole leg") if zoomed else self.tr("Zoom in on the hips")
        self.zoom_button.setText(words)
        self.zoom_button.setAccessibleName(words)
        if hasattr(self, "row"):  # not while being built
            self._arrange(self.width())
        self.updateGeometry()

    def _side_by_side_width(self) -> int:
        return self.map.minimumWidth() + self.row.spacing() + self.list.sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        return QSize(self.map.minimumWidth(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def _arrange(self, width: int) -> None:
        wide = width >= self._side_by_side_width()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def _from_map(self) -> None:
        self.list.set_selected(self.map.selected)
        self.changed.emit()

    def _from_list(self) -> None:
        self.map.set_selected(self.list.selected())
        self.changed.emit()

    def value(self) -> object | None:
        return list(self.map.selected) or None

    def set_value(self, value: object) -> None:
        values = [str(v) for v in value] if isinstance(value, list) else []
        self.map.set_selected(values)
        self.list.set_selected(values)

    def focus_first(self) -> None:
        self.map.setFocus(Qt.FocusReason.TabFocusReason)


def answer_input(content: TriageContent, question: Question) -> AnswerInput:
    """The control for one question."""
    if question.kind == YES_NO:
        return ChoiceInput(list(content.yes_no_texts.items()))
    if question.kind == SCALE:
        return ScaleInput(question.low, question.high)
    if question.kind == BODY_REGION:
        return BodyRegionInput([(o.value, o.text) for o in question.options])
    if question.kind == SEVERAL_OF:
        return SeveralInput([(o.value, o.text, o.exclusive) for o in question.options])
    return ChoiceInput([(o.value, o.text) for o in question.options])
