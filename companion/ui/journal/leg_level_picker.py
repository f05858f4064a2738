"""Pick how far down the leg the pain reaches: on a drawing, with words, or by keyboard.

The drawing (`assets/illustrations/leg_levels.svg`) shows the lower back and one leg
from behind, in bands; the bands the pain reaches are filled. Beside it, one button per
level carries the words. Up and Down move the level; Tab reaches only the chosen
button, so a keyboard user passes the whole list in one step. The side (left, right,
both legs) is chosen with buttons below.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from companion.core.journal.choices import JournalContent
from companion.core.journal.entry import LEVELS, NO_PAIN
from companion.ui.shared.illustration import IllustrationView
from companion.ui.shared.page_layout import label
from companion.ui.shared.rows import FlowLayout
from companion.ui.shared.word_break import SwitchButton

DRAWING = "leg_levels"
SKIN = "#F3E3D3"
PAIN = "#B42318"
PAIN_OPACITY = "0.55"


class ButtonChoice(QWidget):
    """One choice among a few buttons: radio buttons drawn big enough to touch (a screen
    reader hears "radio button"), with nothing chosen until the person picks.

    The chosen button looks like a primary button. Only the chosen button (or the first,
    while none is chosen) is in the Tab order; the arrow keys move the choice, Home and
    End jump to the ends. `key_value(event)` may turn other keys (digits) into a value.
    """

    changed = Signal(object)

    def __init__(
        self,
        options: Sequence[tuple[Any, str, str]],
        *,
        vertical: bool = False,
        key_value: Callable[[QKeyEvent, Any], Any] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._key_value = key_value
        self._value: Any = None
        self._values = [value for value, _text, _name in options]
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[Any, SwitchButton] = {}
        # A row carries on below when the window is narrow (large text, a small screen).
        layout: QLayout = QVBoxLayout(self) if vertical else FlowLayout(self, spacing=4)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6 if vertical else 4)
        for value, text, accessible in options:
            widget = SwitchButton(text)
            widget.setProperty("role", "switch")
            widget.setAccessibleName(accessible)
            widget.setCursor(Qt.CursorShape.PointingHandCursor)
            widget.installEventFilter(self)
            widget.clicked.connect(lambda _checked=False, v=value: self.set_value(v, emit=True))
            if vertical:
                widget.fill_width()
            self.group.addButton(widget)
            self.buttons[value] = widget
            layout.addWidget(widget)
        self._update_buttons()

    def value(self) -> Any:
        return self._value

    def set_value(self, value: Any, *, emit: bool = False) -> None:
        if value is not None and value not in self.buttons:
            raise ValueError(f"{value!r} is not a choice")
        changed = value != self._value
        self._value = value
        self._update_buttons()
        if emit and changed:
            self.changed.emit(value)

    def focus_button(self) -> SwitchButton:
        return self.buttons[self._value if self._value is not None else self._values[0]]

    def _update_buttons(self) -> None:
        self.group.setExclusive(False)  # lets "nothing chosen" show as nothing checked
        for value, widget in self.buttons.items():
            widget.setChecked(value == self._value)
        self.group.setExclusive(True)
        focus = self.focus_button()
        for widget in self.buttons.values():
            widget.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if widget is focus else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(focus)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            target = self._target(event)
            if target is not None:
                self.set_value(target, emit=True)
                self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(watched, event)

    def _target(self, event: QKeyEvent) -> Any:
        key = event.key()
        index = self._values.index(self._value) if self._value is not None else -1
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            return self._values[max(0, index - 1)] if index >= 0 else self._values[0]
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            return self._values[min(len(self._values) - 1, index + 1)]
        if key == Qt.Key.Key_Home:
            return self._values[0]
        if key == Qt.Key.Key_End:
            return self._values[-1]
        if self._key_value is not None:
            value = self._key_value(event, self._value)
            if value in self.buttons:
                return value
        return None


class LegDrawing(IllustrationView):
    """The drawing of the leg in bands; clicking a band picks that level.

    Not in the Tab order: the word buttons beside it do the same by keyboard.
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        self._level = NO_PAIN
        super().__init__(DRAWING, "", parent, min_height=220)
        self.setMinimumWidth(110)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_level(self, level: str) -> None:
        if level != self._level:
            self._level = level
            self.redraw()

    def marked_svg(self, text: str) -> str:
        """The bands down to the chosen level, filled with the pain colour."""
        for level in LEVELS[1 : LEVELS.index(self._level) + 1]:
            text = text.replace(
                f'id="level_{level}" fill="{SKIN}"',
                f'id="level_{level}" fill="{PAIN}" fill-opacity="{PAIN_OPACITY}"',
            )
        return text

    def sizeHint(self) -> QSize:
        return QSize(170, 340)

    def hasHeightForWidth(self) -> bool:
        return False

    def band_rect(self, level: str) -> QRectF:
        """Where a level's band is drawn inside the widget (empty for "none")."""
        return self.element_rect(f"level_{level}")

    def level_at(self, point: QPointF) -> str | None:
        """The band under a point; where two bands' boxes overlap, the nearer centre wins."""
        hits = [
            (abs(rect.center().y() - point.y()), level)
            for level in LEVELS[1:]
            if (rect := self.band_rect(level)).contains(point)
        ]
        return min(hits)[1] if hits else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        level = self.level_at(event.position())
        if level is not None and event.button() == Qt.MouseButton.LeftButton:
            self.picked.emit(level)
            event.accept()
            return
        super().mousePressEvent(event)


class LegLevelPicker(QWidget):
    """How far down the leg (drawing + word buttons) and which side (buttons)."""

    level_changed = Signal(object)  # a level id, or None
    side_changed = Signal(object)  # a side id, or None

    def __init__(self, content: JournalContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        row = QHBoxLayout()
        row.setSpacing(16)
        self.drawing = LegDrawing()
        row.addWidget(self.drawing, 0)
        options = [
            (
                choice.id,
                choice.label,
                QCoreApplication.translate("LegLevelPicker", "How far down the leg: %1").replace(
                    "%1", choice.label
                ),
            )
            for choice in content.levels
        ]
        self.levels = ButtonChoice(options, vertical=True)
        for choice in content.levels:
            self.levels.buttons[choice.id].setAccessibleDescription(choice.description)
        row.addWidget(self.levels, 1)
        column.addLayout(row)
        self.side_label = label(QCoreApplication.translate("LegLevelPicker", "Which side?"))
        column.addWidget(self.side_label)
        self.sides = ButtonChoice(
            [
                (
                    choice.id,
                    choice.label,
                    QCoreApplication.translate("LegLevelPicker", "Side: %1").replace(
                        "%1", choice.label
                    ),
                )
                for choice in content.sides
            ]
        )
        column.addWidget(self.sides)
        self.drawing.picked.connect(lambda level: self.levels.set_value(level, emit=True))
        self.levels.changed.connect(self._on_level)
        self.sides.changed.connect(self.side_changed)
        self._describe()

    def level(self) -> str | None:
        value = self.levels.value()
        return str(value) if value is not None else None

    def side(self) -> str | None:
        value = self.sides.value()
        return str(value) if value is not None else None

    def set_level(self, level: str | None) -> None:
        self.levels.set_value(level)
        self._show_level()

    def set_side(self, side: str | None) -> None:
        self.sides.set_value(side)

    def _on_level(self, level: str | None) -> None:
        self._show_level()
        self.level_changed.emit(level)

    def _show_level(self) -> None:
        level = self.level()
        self.drawing.set_level(level or NO_PAIN)
        no_pain = level == NO_PAIN
        self.side_label.setEnabled(not no_pain)
        self.sides.setEnabled(not no_pain)
        self._describe()

    def _describe(self) -> None:
        level = self.level()
        if level is None:
            words = QCoreApplication.translate("LegLevelPicker", "Nothing chosen yet.")
        else:
            words = self.content.level(level).description
        self.drawing.setAccessibleName(
            QCoreApplication.translate(
                "LegLevelPicker", "Drawing of the lower back and leg from behind. %1"
            ).replace("%1", words)
        )
