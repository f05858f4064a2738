"""Choosing the emergency number: common choices, or type another. Used on first run and in
Settings, so both ask the same way."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.content import DEFAULT_LANGUAGE, EmergencyChoice
from companion.core.shared.emergency_number import validate_emergency_number, without_invisible
from companion.core.shared.messages import in_language, message_of
from companion.ui.shared.page_layout import StatusLabel, scroll_area_around

if TYPE_CHECKING:
    from companion.ui.shared.fields import ChoiceBox

OTHER = "other"


def emergency_number_text(number: str | None) -> str:
    """The emergency number, or while none is set the words that stand in for it."""
    return number or QCoreApplication.translate("EmergencyNumber", "your local emergency number")


class _NumberBox(QLineEdit):
    """The typed number's box; `left_empty` when the keyboard leaves it empty, which
    Qt's editingFinished does not say unless the text changed (so "Another number…"
    left empty said nothing, and the number in use stayed unsaid behind an empty box)."""

    left_empty = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self.text().strip() and self.isVisible():
            self.left_empty.emit()


class EmergencyNumberField(QWidget):
    """Emits `number_chosen(number)` when the person picks or types a valid number."""

    number_chosen = Signal(str)
    number_refused = Signal()  # a typed number was not kept: its reason is shown below

    def __init__(
        self,
        choices: tuple[EmergencyChoice, ...],
        language: str = DEFAULT_LANGUAGE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language  # of the content, which the problems are said in
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        # Loaded here, not at the top: Home needs only the words above, and the drop-down's
        # module (Qt's style classes) would add about 10 ms to start-up.
        from companion.ui.shared.fields import ChoiceBox

        self.combo: ChoiceBox = ChoiceBox()
        self.combo.setAccessibleName(self.tr("Emergency number"))
        self.combo.addItem(self.tr("Choose your emergency number…"), None)
        for choice in choices:
            self.combo.addItem(f"{choice.number}  ·  {choice.places}", choice.number)
        self.combo.addItem(self.tr("Another number…"), OTHER)
        self.other = _NumberBox()
        self.other.setAccessibleName(self.tr("Another emergency number"))
        self.other.setPlaceholderText(self.tr("Type the number, for example 112"))
        self.other.setMaxLength(12)
        self.other.hide()
        self._number: str | None = None  # the number set or last chosen
        # Said to a screen reader as it appears: the keyboard has already moved on.
        self.error = StatusLabel()
        # Where the keyboard was when words were shown: they are kept in view until it
        # moves, or the person scrolls (see _follow_scroll_area).
        self._reveal_for: QWidget | None = None
        self._scroll_area: QScrollArea | None = None
        layout.addWidget(self.combo)
        layout.addWidget(self.other)
        layout.addWidget(self.error)
        self.column = layout
        self.combo.currentIndexChanged.connect(self._on_index)
        self.combo.committed.connect(self._on_choice)
        self.other.editingFinished.connect(self._on_typed)
        self.other.left_empty.connect(self._on_left_empty)
        self.other.textEdited.connect(self._drop_invisible)

    def put_above(self, *labels: QLabel) -> None:
        """Show `labels` above the list; the first names it for a screen reader. On Linux
        a drop-down is heard by its current entry, and by its name only through a label
        beside it in the same widget whose buddy it is (Qt looks no further)."""
        for index, words in enumerate(labels):
            self.column.insertWidget(index, words)
        labels[0].setBuddy(self.combo)

    def set_number(self, number: str | None) -> None:
        self._number = number
        self._show_error(None)
        if number is None:
            self.combo.setCurrentIndex(0)
            self._hide_other()
            return
        index = self.combo.findData(number)
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._hide_other()
        else:
            self.combo.setCurrentIndex(self.combo.findData(OTHER))
            self.other.setText(number)
            self.other.show()

    def _hide_other(self) -> None:
        # A typed number the list holds is shown chosen in the list: the keyboard stays on
        # it, not on whatever comes next on the page (Settings' Language list).
        typing = self.other.hasFocus()
        self.other.hide()
        if typing:
            self.combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def number(self) -> str | None:
        data = self.combo.currentData()
        if data == OTHER:
            try:
                return validate_emergency_number(self.other.text())
            except ValueError:
                return None
        return data if isinstance(data, str) else None

    def _on_index(self, index: int) -> None:
        # The box is shown next in the Tab order; focus stays on the list, so arrowing
        # through it never jumps into the text box.
        if self.combo.itemData(index) == OTHER:
            self.other.show()
        else:
            self._hide_other()
        self._show_error(None)

    def _on_choice(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data is None and self._number is not None:
            # "Choose your emergency number…" clears nothing: show the number still used
            # (Home still said "Call 112" under a Settings page showing no number).
            self.set_number(self._number)
        elif data != OTHER and isinstance(data, str):
            self._number = data
            self.number_chosen.emit(data)

    def _drop_invisible(self, text: str) -> None:
        """What the box shows is what is saved: a pasted direction override (U+202E)
        showed "112" for the "211" the app then kept."""
        seen = without_invisible(text)
        if seen != text:
            cursor = len(without_invisible(text[: self.other.cursorPosition()]))
            self.other.setText(seen)
            self.other.setCursorPosition(cursor)

    def _on_typed(self) -> None:
        if not self.other.isVisible():
            return
        try:
            number = validate_emergency_number(self.other.text())
        except ValueError as exc:
            self._show_error(in_language(message_of(exc), self.language))
            self.number_refused.emit()
            return
        self._show_error(None)
        self._number = number
        self.number_chosen.emit(number)

    def _on_left_empty(self) -> None:
        if not self.error.text():  # not said already, as editingFinished does on a change
            self._on_typed()

    def _show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self._reveal_for = QApplication.focusWidget() if message else None
        if message:
            self._follow_scroll_area()
            self._scroll_to_error()  # a message in place of another moves nothing

    def _follow_scroll_area(self) -> None:
        """Keep new words in view: at large text on a small screen (the welcome's second
        step) they land below the fold once Tab has left the typed number. They are
        placed over a few layout passes, so they are brought into view after each."""
        area = scroll_area_around(self)
        if area is None or area is self._scroll_area:
            return
        self._scroll_area = area
        # Each pass changes how far it scrolls: the page grows, the buttons below wrap.
        # Bound methods, not lambdas: Qt drops them when the field goes, the area may stay.
        bar = area.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.actionTriggered.connect(self._stop_revealing)  # the person scrolled

    def _on_range_changed(self, _low: int, _high: int) -> None:
        self._scroll_to_error()

    def _stop_revealing(self, _action: int) -> None:
        self._reveal_for = None

    def _scroll_to_error(self) -> None:
        area = self._scroll_area
        page = area.widget() if area is not None else None
        moved_on = self._reveal_for is None or QApplication.focusWidget() is not self._reveal_for
        if moved_on or area is None or page is None or not self.error.isVisible():
            return
        # The words' middle, with room for all of them: ensureWidgetVisible would show
        # only the first line of a label whose text can be selected.
        middle = self.error.mapTo(page, self.error.rect().center())
        half = self.error.height() // 2
        area.ensureVisible(middle.x(), middle.y(), 0, half + 8)
