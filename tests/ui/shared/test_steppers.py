"""Every number, time and date field in the app can be stepped with a finger: its "-" and
"+" are each at least a touch target wide and high, side by side, and a click on "+"
moves it one step. Its words sit as far in from the border as a drop-down's. Before,
the arrows were 14x21 px, stacked, and the words sat 5 px from the border where a
drop-down's sit 11 px in."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionSpinBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.settings import Theme
from companion.ui.shared.fields import NumberField
from companion.ui.shared.theme import KIOSK_TOUCH_PX, MIN_TOUCH_PX, apply_theme
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import name_of, settle

MakeWindow = Callable[..., MainWindow]
PAGES = ("home", "check", "learn", "timers", "journal", "settings")
SPIN, COMBO = QStyle.ComplexControl.CC_SpinBox, QStyle.ComplexControl.CC_ComboBox


def step_areas(field: QAbstractSpinBox) -> dict[str, tuple[int, int, int, int]]:
    """Where a finger steps the field: its "-" and "+", or a calendar's drop-down."""
    if isinstance(field, QDateTimeEdit) and field.calendarPopup():
        combo = QStyleOptionComboBox()
        combo.initFrom(field)
        combo.rect = field.rect()
        arrow = QStyle.SubControl.SC_ComboBoxArrow
        return {"drop-down": field.style().subControlRect(COMBO, combo, arrow, field).getRect()}
    option = QStyleOptionSpinBox()
    field.initStyleOption(option)
    rects = {}
    for name, part in (
        ("-", QStyle.SubControl.SC_SpinBoxDown),
        ("+", QStyle.SubControl.SC_SpinBoxUp),
    ):
        rects[name] = field.style().subControlRect(SPIN, option, part, field).getRect()
    return rects


def text_inset(field: QWidget) -> int:
    """How far in from the field's left edge its words start."""
    if isinstance(field, QComboBox):
        option = QStyleOptionComboBox()
        field.initStyleOption(option)
        edit = QStyle.SubControl.SC_ComboBoxEditField
        return field.style().subControlRect(COMBO, option, edit, field).x()
    assert isinstance(field, QAbstractSpinBox)
    line = field.lineEdit()
    return line.geometry().x() + line.textMargins().left() + 2  # a line edit keeps 2 px


def shown_fields(
    window: MainWindow, qtbot: QtBot, step: Callable[[QAbstractSpinBox], None]
) -> tuple[list[QAbstractSpinBox], list[QComboBox]]:
    """The steppers and drop-downs a person meets on every page, every timer tab and the
    journal's entry form, found by walking the widgets shown; `step` clicks each
    stepper while it is shown."""
    steppers: dict[int, QAbstractSpinBox] = {}
    combos: list[QComboBox] = []

    def look(root: QWidget) -> None:
        settle()
        for field in root.findChildren(QAbstractSpinBox):
            if field.isVisible() and id(field) not in steppers:
                steppers[id(field)] = field
                step(field)
        combos.extend(box for box in root.findChildren(QComboBox) if box.isVisible())

    for page in PAGES:
        window.show_page(page)
        look(window)
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    window.show_page("timers")
    for tab in timers.tabs.values():
        tab.click()
        look(window)
    window.show_page("journal")
    form = window.page("journal").new_entry()  # type: ignore[attr-defined]
    qtbot.waitExposed(form)
    look(form)
    return list(steppers.values()), combos


@pytest.mark.parametrize("scale", [100, 175])
def test_every_stepper_has_touch_sized_steps_that_step_and_words_in_line(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, scale: int
) -> None:
    returning_state.settings.update(text_scale=scale)
    window = make_window(returning_state)
    window.resize(1280, 800)

    def step(field: QAbstractSpinBox) -> None:
        """A click on "+" moves the field one step up."""
        if isinstance(field, QDateTimeEdit) and field.calendarPopup():
            return  # a drop-down: it opens a calendar (and Up and Down step it)
        if not field.isEnabled():
            return  # off until its choice is on (the reminder's time)
        if isinstance(field, QSpinBox):
            field.setValue(field.minimum())
        elif isinstance(field, QDateTimeEdit):
            field.setTime(QTime(8, 0))
            field.setCurrentSection(QDateTimeEdit.Section.HourSection)
        x, y, width, height = step_areas(field)["+"]
        before = field.value() if isinstance(field, QSpinBox) else field.time()  # type: ignore[attr-defined]
        qtbot.mouseClick(
            field, Qt.MouseButton.LeftButton, pos=QPoint(x + width // 2, y + height // 2)
        )
        if isinstance(field, QSpinBox):
            assert field.value() == before + field.singleStep(), field.accessibleName()
        else:
            assert isinstance(field, QDateTimeEdit)
            assert field.time() == before.addSecs(3600), field.accessibleName()

    steppers, combos = shown_fields(window, qtbot, step)
    # The breaks' three numbers and two times, heat's and ice's minutes, the reminder
    # time and the entry's date.
    assert len(steppers) >= 9, [name_of(field) for field in steppers]
    small = [
        f"{field.accessibleName()} {part}: {rect[2]}x{rect[3]}"
        for field in steppers
        for part, rect in step_areas(field).items()
        if rect[2] < MIN_TOUCH_PX or rect[3] < MIN_TOUCH_PX
    ]
    assert not small, small
    drop_down_inset = text_inset(combos[0])
    off = {
        field.accessibleName(): text_inset(field)
        for field in steppers
        if abs(text_inset(field) - drop_down_inset) > 2
    }
    assert not off, f"drop-downs' words start {drop_down_inset} px in; these: {off}"


def test_a_kiosks_steps_are_the_kiosks_larger_touch_size(qtbot: QtBot, qapp: QApplication) -> None:
    apply_theme(qapp, Theme.DARK, 175, KIOSK_TOUCH_PX)
    field = NumberField(1, 20, name="Minutes", unit="min")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    for part, (_x, _y, width, height) in step_areas(field.spin).items():
        assert min(width, height) >= KIOSK_TOUCH_PX, f"{part}: {width}x{height}"
