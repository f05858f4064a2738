"""One way of moving by keyboard, the same on every page: in a single-choice list the
arrows move and choose; Enter confirms and goes on; the keyboard stays on the main button
of a running activity; Esc, Alt+Left and the sidebar close an open Learn card."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.reminder import ReminderStore
from companion.core.shared.app_state import AppState
from companion.core.shared.records import HEAT, WALK
from companion.core.shared.settings import Units
from companion.ui.check.answers import ChoiceInput
from companion.ui.check.page import CheckPage
from companion.ui.check.screens import AdultsOnlyScreen, EmergencyScreen, QuestionScreen
from companion.ui.journal.form import JournalForm
from companion.ui.learn.page import LearnPage
from companion.ui.learn.quiz_view import QuizView
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.breaks_panel import BreaksPanel
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.pack_panel import PackPanel
from companion.ui.timers.page import TimersPage
from companion.ui.timers.walk_panel import WalkPanel
from tests.helpers.answers import SAFE
from tests.helpers.check_ui import give
from tests.helpers.check_ui import start as start_check
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries, journal_page
from tests.helpers.keyboard import key
from tests.helpers.timers_ui import timers_panel

MakeWindow = Callable[..., MainWindow]
ALT = Qt.KeyboardModifier.AltModifier


# --- single-choice lists: the arrows move and choose -----------------------------------


def test_in_the_check_arrows_move_and_choose_and_enter_goes_on(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="check")
    page = window.page("check")
    assert isinstance(page, CheckPage)
    start_check(qtbot, page)
    screen = page.view
    assert isinstance(screen, QuestionScreen) and isinstance(screen.input, ChoiceInput)
    first_question = screen.question.id
    values = list(screen.input.buttons)
    assert screen.input.value() is None
    assert key(qtbot, Qt.Key.Key_Down) is screen.input.buttons[values[1]]
    assert screen.input.value() == values[1]  # moved and chosen in one key
    key(qtbot, Qt.Key.Key_Up)
    assert screen.input.value() == values[0]
    key(qtbot, Qt.Key.Key_End)
    assert screen.input.value() == values[-1]
    key(qtbot, Qt.Key.Key_Home)
    wanted = SAFE[first_question]  # an answer that carries on with the check
    for _ in range(values.index(wanted)):
        key(qtbot, Qt.Key.Key_Down)
    assert screen.input.value() == wanted
    key(qtbot, Qt.Key.Key_Return)  # confirms and goes on
    assert isinstance(page.view, QuestionScreen) and page.view.question.id != first_question
    assert page.session.answers[first_question] == wanted


def test_tab_goes_on_from_a_stop_screens_heading_into_the_page(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Where the check stops, the keyboard is put on the heading so a screen reader reads
    it first; Tab then goes to the first button below it, not out to the page list."""
    window = make_window(returning_state, page="check")
    page = window.page("check")
    assert isinstance(page, CheckPage)
    start_check(qtbot, page)
    give(qtbot, page, "under_18")
    teen = {"health_signs": ["none"], "pain_regions": ["upper_thigh_left"], "onset": "gradual"}
    while isinstance(page.view, QuestionScreen):  # the warning signs come first, at any age
        give(qtbot, page, teen.get(page.view.question.id, "no"))
    adults = page.view
    assert isinstance(adults, AdultsOnlyScreen) and adults.heading.hasFocus()
    assert key(qtbot, Qt.Key.Key_Tab) is adults.back_button
    adults.heading.setFocus()
    assert key(qtbot, Qt.Key.Key_Backtab) is window.nav.buttons["check"]  # before the page
    adults.restart_button.click()  # a new check, for an adult this time
    if not isinstance(page.view, QuestionScreen):
        start_check(qtbot, page)
    give(qtbot, page, SAFE["age_band"])
    give(qtbot, page, "yes")  # numbness around the genitals: an emergency
    emergency = page.view
    assert isinstance(emergency, EmergencyScreen) and emergency.heading.hasFocus()
    assert key(qtbot, Qt.Key.Key_Tab) is emergency.back_button


def test_in_the_quiz_arrows_move_and_choose_and_enter_checks_then_goes_on(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    learn.open_quiz()
    quiz = learn.quiz
    assert isinstance(quiz, QuizView)
    assert quiz.choice_buttons[0].hasFocus()
    assert key(qtbot, Qt.Key.Key_Down) is quiz.choice_buttons[1]
    assert quiz.group.checkedId() == 1
    key(qtbot, Qt.Key.Key_Up)
    assert quiz.group.checkedId() == 0
    assert key(qtbot, Qt.Key.Key_Return) is quiz.next_button  # checked: the feedback shows
    assert quiz.feedback_card.isVisible()
    key(qtbot, Qt.Key.Key_Return)
    assert quiz.session.index == 1 and not quiz.feedback_card.isVisible()
    assert quiz.choice_buttons[0].hasFocus()


def test_after_a_wrong_quiz_answer_the_right_one_is_shown(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    learn.open_quiz()
    quiz = learn.quiz
    assert quiz is not None
    question = quiz.session.question
    wrong = next(i for i in range(len(question.choices)) if i != question.correct)
    quiz.choice_buttons[wrong].click()
    quiz.check_button.click()
    right_words = question.choices[question.correct]
    assert quiz.right_answer.isVisible() and right_words in quiz.right_answer.text()
    marked = quiz.choice_buttons[question.correct]
    assert marked.text().startswith("✓") and "right answer" in marked.accessibleName()
    assert quiz.right_answer.text() in quiz.feedback_card.accessibleName()
    quiz.choice_buttons[question.correct].click()
    quiz.check_button.click()
    assert not quiz.right_answer.isVisible()  # right this time: nothing to correct


def test_in_the_timers_and_settings_arrows_move_and_choose(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    heat = timers_panel(make_window, returning_state, HEAT)
    assert isinstance(heat, PackPanel)
    window = heat.window()
    assert isinstance(window, MainWindow)
    heat.begin_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    first = heat.questions[0]
    assert first.buttons[True].hasFocus() and not first.is_answered()
    key(qtbot, Qt.Key.Key_Right)
    assert first.answer() is False  # "No", chosen by the arrow alone
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    settings.unit_buttons[Units.METRIC].setFocus()
    key(qtbot, Qt.Key.Key_Down)
    assert returning_state.settings.current.units is Units.IMPERIAL


# --- the keyboard stays with a running activity ----------------------------------------


def test_the_keyboard_stays_on_the_running_walking_check(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    window = make_window(returning_state, page="timers")
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    timers.tabs[WALK].click()
    walk = timers.panels[WALK]
    assert isinstance(walk, WalkPanel)
    walk.start_button.setFocus()
    assert key(qtbot, Qt.Key.Key_Space) is walk.symptoms  # the walk's main button
    key(qtbot, Qt.Key.Key_Space)  # Space again stops the walk; it never leaves the page
    assert window.current_page() == "timers"
    assert driver.scheduler.walk is not None and not driver.scheduler.walk.running
    focus = QApplication.focusWidget()
    assert focus is not None and walk.isAncestorOf(focus)


def test_the_keyboard_stays_with_heat_and_a_break(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, driver: TimerDriver
) -> None:
    heat = timers_panel(make_window, returning_state, HEAT)
    assert isinstance(heat, PackPanel)
    window = heat.window()
    assert isinstance(window, MainWindow)
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    heat.begin_button.click()
    for question in heat.questions:
        question.buttons[False].click()
    heat.start_button.setFocus()
    assert key(qtbot, Qt.Key.Key_Space) is heat.pause_button
    heat.stop_button.setFocus()
    focus = key(qtbot, Qt.Key.Key_Space)  # stopped: on to the skin check's button
    assert heat.isAncestorOf(focus) and focus.isVisible()
    timers.tabs["breaks"].click()
    breaks = timers.panels["breaks"]
    assert isinstance(breaks, BreaksPanel)
    breaks.enabled_box.click()
    breaks.start_break.setFocus()
    assert key(qtbot, Qt.Key.Key_Space) is breaks.done
    assert key(qtbot, Qt.Key.Key_Space).isVisible()
    assert window.current_page() == "timers"


# --- an open Learn card closes with Esc, Alt+Left and the sidebar ---------------------


def test_esc_alt_left_and_the_sidebar_close_an_open_learn_card(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    card = next(iter(learn.learn.cards))
    for close in (
        lambda: key(qtbot, Qt.Key.Key_Escape),
        lambda: key(qtbot, Qt.Key.Key_Left, ALT),
        lambda: qtbot.mouseClick(window.nav.buttons["learn"], Qt.MouseButton.LeftButton),
    ):
        learn.open_card(card)
        assert learn.currentWidget() is learn.card_view
        close()
        assert learn.currentWidget() is learn.start
        assert window.current_page() == "learn"


# --- Enter on a page's button presses it, as Space does --------------------------------

ENTER_KEYS = [
    pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
    pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
]


def press_on(qtbot: QtBot, target: QWidget, name: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """Tab's way onto `target`, then the key there."""
    target.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is target
    key(qtbot, name, modifier)


@pytest.mark.parametrize(("enter", "modifier"), ENTER_KEYS)
def test_enter_presses_the_button_it_is_on_on_every_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    enter: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    """Qt's push button takes only Space outside a dialog: Enter on Home's, the Journal's
    (its reminder offer too) or Settings' buttons did nothing."""
    add_entries(returning_state, clock, ["calf"])  # today's: Home offers heat
    window = make_window(returning_state, page="home")
    home = window.page("home")
    heat = next(b for b in home.findChildren(QPushButton) if b.text() == "Start a heat timer")
    press_on(qtbot, heat, enter, modifier)
    assert window.current_page() == "timers"

    window.show_page("journal")
    journal = journal_page(window)
    press_on(qtbot, journal.add_button, enter, modifier)
    form = journal.form
    assert isinstance(form, JournalForm) and form.isVisible()
    form.reject()
    journal.reminder_offer.offer()
    press_on(qtbot, journal.reminder_offer.no_button, enter, modifier)
    assert not journal.reminder_offer.isVisible()
    assert "turn one on in Settings" in journal.notice_text.text()
    assert not ReminderStore(returning_state).load().enabled

    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    press_on(qtbot, settings.delete_button, enter, modifier)
    box = settings.confirm_box
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # the safe way out: nothing deleted
    assert settings.status.text() == "Nothing was deleted."
