"""Every control heard: a walk over every page, view, dialog, check question, result, the
journal form and the kiosk, asking Qt's accessibility interface (what a screen reader
gets) for the name of each focusable control that shows."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen, Section
from companion.ui.check.screens import (
    EmergencyScreen,
    NoticeScreen,
    QuestionScreen,
    ReviewScreen,
)
from companion.ui.journal.page import JournalPage
from companion.ui.learn.page import LearnPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.question import Question
from companion.ui.shared.theme import MIN_TOUCH_PX
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import (
    name_of,
    out_of_reading_order,
    role,
    scroll_tab_stops,
    settle,
    tab_through,
    unnamed_controls,
)
from tests.helpers.answers import NERVE, SAFE
from tests.helpers.check_ui import answer_shown, answer_until, give
from tests.helpers.check_ui import start as start_check
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries
from tests.helpers.kiosk_pages import finish_a_check
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click

MakeWindow = Callable[..., MainWindow]
PAGES = ("home", "check", "learn", "timers", "journal", "settings")


def heard(root: QWidget, where: str) -> None:
    """Every focusable control showing has a name, and no scroll area is a nameless stop;
    nothing opened a stray window of its own (which would also take the focus away)."""
    assert unnamed_controls(root) == [], f"unnamed on {where}"
    assert scroll_tab_stops(root) == [], f"a nameless scroll area is a Tab stop on {where}"
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    strays = [w for w in windows if w.parentWidget() is None and w is not root.window()]
    strays = [w for w in strays if not root.window().isAncestorOf(w)]
    if isinstance(root.window().parentWidget(), QWidget):
        strays = [w for w in strays if w is not root.window().parentWidget().window()]
    assert strays == [], f"{where} opened a window: {[type(w).__name__ for w in strays]}"


def test_every_page_names_every_control(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(returning_state)
    for page in PAGES:
        window.show_page(page)
        heard(window, page)
        widget = window.page(page)
        scroll = widget if isinstance(widget, QScrollArea) else widget.findChild(QScrollArea)
        assert scroll is not None and not scroll.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_the_pages_and_panels_are_heard_as_single_choices(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="timers")
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    choices = [*window.nav.buttons.values(), *timers.tabs.values()]
    for choice in choices:
        assert role(choice) in (QAccessible.Role.RadioButton, QAccessible.Role.PageTab)
    interface = QAccessible.queryAccessibleInterface(window.nav.buttons["timers"])
    assert interface is not None and interface.state().checked


def test_every_check_screen_names_every_control(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = window.page("check")
    assert isinstance(page, CheckPage)
    heard(window, "the check's start")
    start_check(qtbot, page)
    seen: set[str] = set()
    for _ in range(60):
        view = page.view
        if isinstance(view, QuestionScreen):
            heard(window, f"question {view.question.id}")
            seen.add(type(view.input).__name__)
            answer_shown(qtbot, page, view, NERVE)
        elif isinstance(view, NoticeScreen):
            click(qtbot, view.continue_button)
        else:
            break
    assert seen >= {"ChoiceInput", "SeveralInput", "ScaleInput", "BodyRegionInput"}
    review = page.view
    assert isinstance(review, ReviewScreen)
    heard(window, "the review")
    click(qtbot, review.result_button)
    result = page.view
    assert isinstance(result, ResultScreen)
    heard(window, "the result")
    for section in result.findChildren(Section):
        if section.toggle.isVisible():
            section.toggle.click()  # what opens (the reasons, more detail) is heard too
    heard(window, "the result, opened")

    page.restart()
    start_check(qtbot, page)
    answer_until(qtbot, page, "both_legs", SAFE)
    give(qtbot, page, "yes")  # nerve symptoms in both legs...
    give(qtbot, page, "not_sure")  # ...behaving in a way not known: an urgent notice
    assert isinstance(page.view, NoticeScreen)
    heard(window, "the urgent notice")
    page.restart()
    start_check(qtbot, page)
    answer_until(qtbot, page, "saddle_numbness", SAFE)
    give(qtbot, page, "yes")  # numbness in the saddle area: the check stops
    assert isinstance(page.view, EmergencyScreen)
    heard(window, "the emergency screen")


def test_every_learn_view_names_every_control(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="learn")
    page = window.page("learn")
    assert isinstance(page, LearnPage)
    assert page.learn is not None
    page.open_card(next(iter(page.learn.cards)))
    heard(window, "a Learn card")
    page.card_view.more_button.click()
    heard(window, "a Learn card's detail")
    page.open_anatomy()
    assert page.anatomy is not None
    for layer in page.anatomy.layer_buttons.values():
        layer.click()
        next(iter(page.anatomy.part_buttons.values())).click()
        heard(window, f"the drawing's layer {layer.text()}")
    page.open_quiz()
    quiz = page.quiz
    assert quiz is not None
    heard(window, "a quiz question")
    for _ in range(quiz.session.total):
        quiz.choice_buttons[0].click()
        quiz.check_button.click()
        heard(window, "the quiz's feedback")
        quiz.next_button.click()
    heard(window, "the quiz's end")


def test_every_timer_view_names_every_control(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="timers")
    page = window.page("timers")
    assert isinstance(page, TimersPage)
    for name in page.panels:
        page.tabs[name].click()
        heard(window, f"the {name} panel")
    page.tabs["heat"].click()
    heat = page.panels["heat"]
    heat.begin_button.click()  # type: ignore[attr-defined]
    heard(window, "the heat safety check")
    for question in heat.questions:  # type: ignore[attr-defined]
        question.buttons[False].click()
    heat.start_button.click()  # type: ignore[attr-defined]
    heard(window, "heat running")
    heat.stop_button.click()  # type: ignore[attr-defined]
    heard(window, "heat finished")
    page.tabs["breaks"].click()
    breaks = page.panels["breaks"]
    breaks.enabled_box.click()  # type: ignore[attr-defined]
    heard(window, "breaks on")
    breaks.start_break.click()  # type: ignore[attr-defined]
    heard(window, "a break under way")
    page.tabs["walk"].click()
    walk = page.panels["walk"]
    walk.start_button.click()  # type: ignore[attr-defined]
    heard(window, "walking")
    walk.symptoms.click()  # type: ignore[attr-defined]
    heard(window, "the walking questions")


def test_the_journal_form_and_the_dialogs_name_every_control(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = journal.new_entry()
    qtbot.waitExposed(form)
    heard(form, "a new journal entry")
    form.signs[next(iter(form.signs))].click()  # the safety advice opens
    heard(form, "a journal entry with a warning sign")
    form.reject()
    form = journal.edit_entry(journal.rows[0].item.id)
    qtbot.waitExposed(form)
    heard(form, "a journal entry being changed")
    form.reject()

    welcome = window.show_welcome()
    qtbot.waitExposed(welcome)
    heard(welcome, "the welcome")
    welcome.next_button.click()
    heard(welcome, "the welcome's emergency number")
    welcome.reject()
    about = window.show_about()
    qtbot.waitExposed(about)
    heard(about, "About")
    about.reject()
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    settings.ask_delete_all()
    box = settings.confirm_box
    assert isinstance(box, Question)
    qtbot.waitExposed(box)
    heard(box, "the delete confirmation")
    box.reject()


@pytest.mark.usefixtures("own_temp_folder")
def test_every_kiosk_view_names_every_control(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    for name in window.tabs:
        window.tabs[name].click()
        heard(window, f"the kiosk's {name} page")
    window.tabs["welcome"].click()
    page = finish_a_check(qtbot, window)
    assert isinstance(page.view, ResultScreen) and page.view.handoff is not None
    heard(window, "the kiosk's result with the hand-off")
    pad = window.open_pin_pad()
    qtbot.waitExposed(pad)
    heard(window, "the staff PIN pad")
    pad.close_overlay()
    QApplication.processEvents()


def test_tab_follows_the_screen_on_every_page(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(returning_state)
    window.resize(1280, 800)
    for page in PAGES:
        window.show_page(page)
        widget = window.page(page)
        QApplication.processEvents()
        order = [w for w in tab_through(window.nav.buttons[page], qtbot) if widget.isAncestorOf(w)]
        assert order, f"Tab never reaches the {page} page"
        assert out_of_reading_order(order, widget) == [], f"Tab order on {page}"


def test_tab_follows_the_journal_form(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = journal.edit_entry(journal.rows[0].item.id)
    qtbot.waitExposed(form)
    order = tab_through(form.when, qtbot)
    assert order[-1] is form.delete_button  # through every field to the buttons below
    assert form.note in order and form.save_button in order
    body = [w for w in order if form.body.isAncestorOf(w)]
    assert out_of_reading_order(body, form.body) == []


def small_targets(root: QWidget) -> list[str]:
    """Buttons and button-like choices showing in `root` smaller than a finger (44 px) in
    either direction. (A tick box or a round choice is the whole row with its words.)"""
    found = []
    for control in root.findChildren(QAbstractButton):
        like_a_button = isinstance(control, QPushButton | QToolButton) or (
            control.property("role") in ("nav", "switch")
        )
        small = control.width() < MIN_TOUCH_PX or control.height() < MIN_TOUCH_PX
        if like_a_button and control.isVisible() and small:
            found.append(f"{name_of(control)}: {control.size().toTuple()}")
    # A text box or a drop-down is tapped to type or to open: a finger tall too (they
    # were 42 px).
    for field in [*root.findChildren(QLineEdit), *root.findChildren(QComboBox)]:
        inside = isinstance(field.parentWidget(), QAbstractSpinBox | QComboBox)
        if field.isVisible() and not inside and field.height() < MIN_TOUCH_PX:
            found.append(f"{name_of(field)}: {field.size().toTuple()}")
    return found


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1024, 600)])
def test_every_button_is_a_finger_wide_and_tall(
    make_window: MakeWindow,
    make_kiosk: MakeKiosk,
    returning_state: AppState,
    clock: FakeClock,
    width: int,
    height: int,
) -> None:
    add_entries(returning_state, clock, ["calf", "upper_thigh", "buttock"])
    window = make_window(returning_state)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(width, height)
    for page in PAGES:
        window.show_page(page)
        settle()
        assert small_targets(window) == [], page
    # The journal's entry form, a window of its own (its 0 to 10 buttons were 43 px).
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    form = journal.edit_entry(journal.rows[0].item.id)
    settle()
    assert small_targets(form) == [], "the entry form"
    form.reject()
    kiosk = make_kiosk().window
    for name in kiosk.tabs:
        kiosk.tabs[name].click()
        settle()
        assert small_targets(kiosk) == [], f"the kiosk's {name} page"
