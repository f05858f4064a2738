"""The language setting as one control: each language in its own name, and a plain note of
when the choice applies (the next start). Settings and the first-run welcome both use it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from companion.core.shared.app_state import AppState
from companion.core.shared.language import language_names, next_start_language
from companion.core.shared.messages import Message, in_language
from companion.ui.shared.fields import ChoiceBox
from companion.ui.shared.language import system_languages
from companion.ui.shared.page_layout import label


class LanguageChoice(QWidget):
    """A drop-down of "Match my computer" and the shipped languages, with the note.

    `save(code)` stores the choice (None: the computer's language) and says why when it
    cannot; the note shows only when the choice was stored and changes the language.
    Every page is built in one language, so a choice applies from the next start:
    rebuilding them while a check, an entry or a timer is under way could lose it.
    """

    def __init__(
        self,
        state: AppState,
        save: Callable[[str | None], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self._save = save
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.combo = ChoiceBox()
        self.combo.setAccessibleName(self.tr("Language"))
        self.combo.addItem(self.tr("Match my computer"), None)
        for code, name in language_names().items():
            self.combo.addItem(name, code)
        self.combo.activated.connect(self._chosen)
        layout.addWidget(self.combo)
        self.note = label("", "muted")
        self.note.hide()
        layout.addWidget(self.note)
        self.column = layout
        self.show_current()

    def put_above(self, heading: QLabel) -> None:
        """Show `heading` above the list, naming it for a screen reader (see
        `EmergencyNumberField.put_above`)."""
        self.column.insertWidget(0, heading)
        heading.setBuddy(self.combo)

    def show_current(self) -> None:
        """The stored choice, without storing it again."""
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(
            max(0, self.combo.findData(self.state.settings.current.language))
        )
        self.combo.blockSignals(False)

    def _chosen(self, index: int) -> None:
        code = self.combo.itemData(index)
        self._save(code)
        if self.state.settings.current.language != code:
            return  # not stored: the caller said why
        running = self.state.content.language
        words = next_start_language(code, running, system_languages())
        if words is None:
            self.note.hide()
            return
        # Said in the language in use and in the one chosen, for whoever reads the next.
        note = Message("language.next_start", name=language_names()[words])
        lines = dict.fromkeys(in_language(note, language) for language in (running, words))
        self.note.setText("\n".join(lines))
        self.note.show()
