"""The emergency number field keeps its words in view while its page grows, and lets go
of the page's scroll bar when it goes away."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.content import EmergencyChoice
from companion.ui.shared.emergency_number_field import OTHER, EmergencyNumberField
from tests.helpers.keyboard import key, pick

RANGE_CHANGED = SIGNAL("rangeChanged(int,int)")
ACTION_TRIGGERED = SIGNAL("actionTriggered(int)")


def test_a_field_that_goes_away_leaves_nothing_on_the_pages_scroll_bar(qtbot: QtBot) -> None:
    """The field followed the scroll bar through two lambdas, which outlived it: the bar
    still called a field that was gone. Now the bar lets it go with the field."""
    area = QScrollArea()
    qtbot.addWidget(area)
    page = QWidget()
    column = QVBoxLayout(page)
    field = EmergencyNumberField((EmergencyChoice("112", "Europe"),))
    column.addWidget(field)
    column.addWidget(QLineEdit())  # where Tab goes after the number
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.resize(320, 120)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    bar = area.verticalScrollBar()
    before = (bar.receivers(RANGE_CHANGED), bar.receivers(ACTION_TRIGGERED))

    pick(qtbot, field.combo, OTHER)
    assert key(qtbot, Qt.Key.Key_Tab) is field.other
    qtbot.keyClicks(field.other, "+44 999")
    key(qtbot, Qt.Key.Key_Tab)
    assert field.error.text()  # the words saying why, kept in view as the page grows
    assert (bar.receivers(RANGE_CHANGED), bar.receivers(ACTION_TRIGGERED)) == (
        before[0] + 1,
        before[1] + 1,
    )

    field.deleteLater()
    QCoreApplication.sendPostedEvents(field, QEvent.Type.DeferredDelete)
    assert (bar.receivers(RANGE_CHANGED), bar.receivers(ACTION_TRIGGERED)) == before


def test_another_number_left_empty_says_so_once(qtbot: QtBot) -> None:
    """'Another number…' chosen, Tab into its box and out again without typing: nothing
    was said, and the box stayed empty while the app kept using 112."""
    area = QWidget()
    qtbot.addWidget(area)
    column = QVBoxLayout(area)
    field = EmergencyNumberField((EmergencyChoice("112", "Europe"),))
    field.set_number("112")
    refused: list[bool] = []
    field.number_refused.connect(lambda: refused.append(True))
    column.addWidget(field)
    column.addWidget(QLineEdit())  # where Tab goes after the number
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    pick(qtbot, field.combo, OTHER)
    assert key(qtbot, Qt.Key.Key_Tab) is field.other
    key(qtbot, Qt.Key.Key_Tab)  # left empty, nothing typed
    assert field.error.text() == "Please enter your emergency number."
    assert refused == [True]
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back into the box
    qtbot.keyClicks(field.other, "9")
    qtbot.keyClick(field.other, Qt.Key.Key_Backspace)  # typed, then taken away: a change
    key(qtbot, Qt.Key.Key_Tab)
    assert field.error.text() == "Please enter your emergency number." and len(refused) == 2
