"""A box of words above its buttons (About, the import question, the report's choices,
the settings notices): it opens showing all it holds when the screen has room."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QPushButton
from pytestqt.qtbot import QtBot

from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.words_dialog import WordsDialog


def opened(qtbot: QtBot, box: WordsDialog) -> WordsDialog:
    box.buttons.addButton(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    return box


def test_a_box_of_controls_that_do_not_wrap_opens_tall_enough_for_them(qtbot: QtBot) -> None:
    box = WordsDialog("Choose")
    paper = QComboBox()
    paper.addItem("A4 (210 × 297 mm)")
    box.column.addWidget(paper)
    for n in range(6):
        box.column.addWidget(QPushButton(f"Choice {n}"))
    opened(qtbot, box)
    assert box.words_area.verticalScrollBar().maximum() == 0  # nothing hidden to scroll to


def test_a_box_of_words_opens_tall_enough_for_them_and_no_wider_than_the_screen(
    qtbot: QtBot,
) -> None:
    box = WordsDialog("Notices")
    box.column.addWidget(BreakingText(" ".join(["A sentence of plain words."] * 20)))
    box.column.addWidget(BreakingText("W" * 400))  # no space to break at
    opened(qtbot, box)
    screen = box.screen().availableGeometry()
    assert box.width() <= screen.width() and box.height() <= screen.height()
    assert box.words_area.verticalScrollBar().maximum() == 0
