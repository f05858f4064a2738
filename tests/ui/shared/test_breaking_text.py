"""Text that may hold a path: it never makes its row wider than a short word, shows all
of itself at any width, and what a person copies is exactly what it says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible, QWheelEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.shared.breaking_text import LONGEST_WHOLE_WORD, BreakingText

# What a file name or a message can hold, less what plain text cannot keep as it is
# (control characters, lone surrogates and the line and paragraph separators, which a
# text document turns into line ends).
SHOWN = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=300
)


@settings(max_examples=60, deadline=None)
@given(text=SHOWN, width=st.integers(min_value=1, max_value=2000))
def test_any_text_keeps_its_words_and_asks_little_room(
    qapp: QApplication, text: str, width: int
) -> None:
    shown = BreakingText(text)
    assert shown.text() == text
    assert shown.accessibleName() == text
    metrics = shown.fontMetrics()
    assert shown.minimumSizeHint().width() <= metrics.averageCharWidth() * LONGEST_WHOLE_WORD
    one_line = shown.minimumSizeHint().height()
    assert shown.heightForWidth(width) >= one_line > 0
    assert shown.heightForWidth(max(width, 1000)) <= shown.heightForWidth(min(width, 40))


def test_a_long_name_breaks_inside_only_when_it_must(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    name = "/home/someone/" + "a_very_long_folder_name_without_any_space_" * 3
    shown = BreakingText(f"Saved to {name}", name="Where it went")
    column.addWidget(shown)
    column.addStretch(1)
    host.resize(240, 400)
    host.show()
    qtbot.waitExposed(host)
    line = shown.fontMetrics().lineSpacing()
    assert shown.width() <= 240
    assert shown.height() >= 4 * line  # every piece of the name on a line of its own
    assert shown.accessibleName() == "Where it went"
    host.resize(4000, 400)
    qtbot.waitUntil(lambda: shown.width() > 3000)
    assert shown.height() < 2 * line  # with room, one line, as a label


def test_what_is_copied_is_the_text_itself(qtbot: QtBot) -> None:
    text = "Saved to /tmp/" + "x" * 120 + ".pdf"
    shown = BreakingText(text)
    qtbot.addWidget(shown)
    shown.resize(200, 300)
    with qtbot.waitActive(shown):  # keys reach only the active window
        shown.show()
        shown.activateWindow()
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton)
    assert shown.hasFocus()  # a click gives it focus, as a selectable label
    qtbot.keyClick(shown, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == text
    qtbot.keyClick(shown, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_Backspace)
    assert shown.toPlainText() == text  # read only
    assert shown.focusPolicy() == Qt.FocusPolicy.ClickFocus  # not a Tab stop


def test_keys_and_the_wheel_reach_the_page_around_it(qtbot: QtBot) -> None:
    """As over a label: Page Down and the arrows scroll the page even after a click on
    the words, and Ctrl with the wheel does not resize these words alone."""
    page = QScrollArea()
    page.setWidgetResizable(True)
    qtbot.addWidget(page)
    column_widget = QWidget()
    column = QVBoxLayout(column_widget)
    shown = BreakingText("Saved to /tmp/" + "x" * 60 + ".pdf")
    column.addWidget(shown)
    column.addSpacing(3000)  # a page far taller than its window
    page.setWidget(column_widget)
    page.resize(400, 300)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton)
    assert shown.hasFocus()
    bar = page.verticalScrollBar()
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    paged = bar.value()
    assert paged > 0
    qtbot.keyClick(shown, Qt.Key.Key_Up)
    assert 0 < bar.value() < paged
    size = shown.font().pointSizeF()
    for modifiers in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.NoModifier):
        wheel = QWheelEvent(
            QPointF(10, 10),
            QPointF(shown.viewport().mapToGlobal(QPoint(10, 10))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            modifiers,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(shown.viewport(), wheel)
    assert shown.font().pointSizeF() == size


def test_a_status_line_takes_no_room_until_it_has_words_and_breaks_a_long_path(
    qtbot: QtBot,
) -> None:
    from companion.ui.shared.page_layout import StatusLabel

    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    status = StatusLabel()
    column.addWidget(status)
    column.addStretch(1)
    host.resize(300, 400)
    host.show()
    qtbot.waitExposed(host)
    assert not status.isVisible()
    said = "The settings could not be saved to /home/someone/" + "folder_" * 30 + "settings.json"
    status.setText(said)
    assert status.isVisible() and status.text() == said
    assert host.minimumSizeHint().width() < 300  # the path breaks, the window stays
    status.setText("")
    assert not status.isVisible()


def test_a_screen_reader_hears_static_text_said_once(qtbot: QtBot) -> None:
    """As a label: static text whose name is the words, with no value repeating them; a
    named one says its name and then the words."""
    host = QWidget()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    plain = BreakingText("Saved to /tmp/report.pdf")
    named = BreakingText("/home/someone/data", name="Data folder")
    box = QLineEdit("typed")  # other widgets keep what Qt says of them
    for widget in (plain, named, box):
        column.addWidget(widget)
    host.show()
    heard = QAccessible.queryAccessibleInterface(plain)
    assert heard is not None and heard.role() == QAccessible.Role.StaticText
    assert heard.text(QAccessible.Text.Name) == "Saved to /tmp/report.pdf"
    assert heard.text(QAccessible.Text.Value) == ""
    plain.setText("Saved to /tmp/other.pdf")
    heard = QAccessible.queryAccessibleInterface(plain)
    assert heard is not None and heard.text(QAccessible.Text.Name) == "Saved to /tmp/other.pdf"
    heard = QAccessible.queryAccessibleInterface(named)
    assert heard is not None and heard.role() == QAccessible.Role.StaticText
    assert heard.text(QAccessible.Text.Name) == "Data folder"
    assert heard.text(QAccessible.Text.Description) == "/home/someone/data"
    heard = QAccessible.queryAccessibleInterface(box)
    assert heard is not None and heard.role() == QAccessible.Role.EditableText
