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


def test_a_box_is_never_narrower_than_its_buttons(qtbot: QtBot) -> None:
    """Large text and a long answer ("Añadir 1000 anotaciones" at 175%): the box opens
    wide enough for its buttons' words, and cannot be dragged narrower than them."""
    box = WordsDialog("Import entries")
    font = box.font()
    font.setPointSizeF(font.pointSizeF() * 2.5)
    box.setFont(font)
    box.column.addWidget(BreakingText("1000 new entries are ready to add."))
    add = box.buttons.addButton("Add 1000 entries", QDialogButtonBox.ButtonRole.AcceptRole)
    opened(qtbot, box)
    buttons = box.buttons.buttons()
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)
    box.resize(100, box.height())
    qtbot.waitUntil(lambda: box.width() >= box.minimumWidth())
    assert add.width() >= add.minimumSizeHint().width()
    assert all(b.width() >= b.minimumSizeHint().width() for b in buttons)
