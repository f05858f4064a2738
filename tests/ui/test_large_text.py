"""At the largest text size (175%), on a 1280x800 and a 1024x600 screen and in the
narrowest window (800x520), in every shipped language, nothing is cut off: no page is
wider than its window, every button and choice has room for its words, and every filled
field (a time, a date, a number, a drop-down's entry) shows its longest value whole.
English is seen with a 12-hour clock (10:00 PM is the widest time it writes)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import (
    MAX_ACTIVITY_NAME,
    MAX_SITTING_MINUTES,
    MAX_WALK_MINUTES,
    parse_entry,
)
from companion.core.journal.io import export_csv
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.kiosk_config import KioskConfig, text_scale_for
from companion.core.shared.language import shipped_languages
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import NoticeScreen, QuestionScreen, ReviewScreen
from companion.ui.learn.page import LearnPage
from companion.ui.shared.language import install_translators
from companion.ui.shared.rows import OneRow
from companion.ui.shared.word_break import BreaksWords
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.page import TimersPage
from tests.helpers.accessibility import name_of, settle
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import answer_shown
from tests.helpers.check_ui import start as start_check
from tests.helpers.clock import FakeClock
from tests.helpers.filled_fields import clipped_fields, text_room
from tests.helpers.journal_ui import add_entries
from tests.helpers.kiosk_pages import finish_a_check
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.layout import hint_width, sized
from tests.helpers.qt import click, visible_text, when_asked

MakeWindow = Callable[..., MainWindow]
SCREENS = [(1280, 800), (1024, 600), (800, 520)]
# A file name as long as a person might type, with no space for a line to break at.
LONG_NAME = "my_thigh_pain_notes_for_the_physiotherapist_visit_" * 2


def cut_off(window: QWidget) -> list[str]:
    """What is cut off in `window`: a scrolling page wider than its view, or a button,
    tick box or choice smaller than its words need (or a button stretched taller), or a
    label narrower than its longest word or shorter than its lines, or an empty field's
    hint (placeholder) wider than the field, or a filled field narrower than its words
    (`clipped_fields`)."""
    settle()
    problems = []
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and area.widgetResizable():
            need = inner.minimumSizeHint().width()
            if need > area.viewport().width():
                problems.append(f"{name_of(area)}: needs {need}, has {area.viewport().width()}")
    for control in window.findChildren(QAbstractButton):
        if not control.isVisible() or not control.text():
            continue
        need = control.sizeHint()
        if control.hasHeightForWidth():  # its words wrap: as tall as they need at its width
            need = QSize(control.minimumSizeHint().width(), control.heightForWidth(control.width()))
        if control.width() < need.width() or control.height() < need.height() - 2:
            problems.append(f"{name_of(control)}: {control.size().toTuple()} < {need.toTuple()}")
        elif isinstance(control, BreaksWords) and control.height() > need.height() + 2:
            # Its row is taller (words beside it wrap): it keeps its own height, except
            # tabs kept in one row, all of one height on purpose (`OneRow`).
            holder = control.parentWidget()
            if holder is None or not isinstance(holder.layout(), OneRow):
                problems.append(f"{name_of(control)}: stretched to {control.height()} px")
    for shown in window.findChildren(QLabel):
        if not shown.isVisible() or not shown.text():
            continue
        need = shown.minimumSizeHint().width()
        where = type(shown.parentWidget()).__name__
        if shown.width() < need:  # a word cut off
            problems.append(f"{where} {shown.text()[:40]!r}: {shown.width()} < {need}")
        elif shown.wordWrap() and shown.height() < shown.heightForWidth(shown.width()) - 2:
            # its lines squeezed: the last ones (or the letters' tails) cut off below
            tall = shown.heightForWidth(shown.width())
            problems.append(f"{where} {shown.text()[:40]!r}: {shown.height()} px < {tall}")
    for field in window.findChildren(QLineEdit):
        if not field.isVisible() or not field.placeholderText() or field.text():
            continue
        if hint_width(field) > text_room(field):  # the hint's last words cut off
            words = field.placeholderText()[:40]
            problems.append(f"hint {words!r}: {text_room(field)} < {hint_width(field)}")
    return problems + clipped_fields(window)


def assert_whole(window: QWidget, where: str) -> None:
    """Nothing in `window` is cut off; else say where, and each thing that is."""
    problems = cut_off(window)
    assert not problems, f"{where}: " + "; ".join(problems)


@pytest.fixture(params=shipped_languages())
def speaker(
    request: pytest.FixtureRequest,
    qapp: QApplication,
    tmp_path_factory: pytest.TempPathFactory,
    clock: FakeClock,
) -> Iterator[AppState]:
    """A returning user, with the interface and the content in each shipped language
    (Spanish words run about a fifth longer than English ones), English on a 12-hour
    clock ("10:00 PM" is wider than "22:00"). Settings shows the data folder: its name
    here is long and has no space, the worst a path can be."""
    assert install_translators(qapp, request.param)
    if request.param == "en":
        QLocale.setDefault(QLocale("en_US"))
    folder = tmp_path_factory.mktemp(request.param) / ("thigh_pain_companion_data_" * 4)
    state = AppState.open(folder, now=clock, language=request.param)
    state.settings.update(welcome_done=True, emergency_number="112")
    yield state
    install_translators(qapp, "en")


def add_pasted_entry(state: AppState, clock: FakeClock) -> None:
    """The newest entry: a link pasted into its note, an activity named without a space."""
    entry = parse_entry(
        {
            "time": clock().isoformat(),
            "pain_now": 3,
            "level": "calf",
            "side": "left",
            "note": "https://example.org/" + "a" * 200,
            "activities": [{"name": "b" * MAX_ACTIVITY_NAME, "rating": 7}],
        }
    )
    state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["1280x800", "1024x600", "800x520"])
def test_no_page_is_cut_off_at_the_largest_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: AppState,
    clock: FakeClock,
    width: int,
    height: int,
    tmp_path: Path,
) -> None:
    speaker.settings.update(text_scale=175)
    window = sized(make_window(speaker), width, height)
    assert_whole(window, "home, the first time")  # its longest buttons
    add_entries(speaker, clock, ["calf", "upper_thigh", "buttock"])
    add_pasted_entry(speaker, clock)
    for page in ("home", "check", "learn", "timers", "journal", "settings"):
        window.show_page(page)
        assert_whole(window, page)
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    window.show_page("timers")  # its panels are looked at where a person sees them
    for name, tab in timers.tabs.items():
        tab.click()
        assert_whole(window, name)
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    window.show_page("learn")
    learn.open_card(next(iter(learn.learn.cards)))
    assert_whole(window, "a card")
    learn.open_anatomy()
    assert_whole(window, "the drawing")
    learn.open_quiz()
    assert_whole(window, "the quiz")
    journal = window.page("journal")
    window.show_page("journal")
    form = journal.new_entry()  # type: ignore[attr-defined]
    qtbot.waitExposed(form)
    assert_whole(form, "the journal form")
    qtbot.keyClicks(form.walk, str(MAX_WALK_MINUTES))  # the widest numbers they take
    qtbot.keyClicks(form.sitting, str(MAX_SITTING_MINUTES))
    assert_whole(form, "the journal form's minutes")
    form.activity_names[0].setText("w" * MAX_ACTIVITY_NAME)  # named, not rated: refused
    form.activity_ratings[0].setCurrentIndex(0)
    click(qtbot, form.save_button)
    assert form.errors.isVisible() and "w" * 30 in form.error_text.text()
    assert_whole(form, "the journal form's problems")
    form.reject()
    target = tmp_path / f"{LONG_NAME}.csv"
    journal.ask_save_path = lambda _kind, _name: str(target)  # type: ignore[attr-defined]
    click(qtbot, journal.export_csv_button)  # type: ignore[attr-defined]
    assert str(target) in journal.notice_text.text()  # type: ignore[attr-defined]
    assert_whole(window, "the journal's notice of a file saved")


@pytest.mark.parametrize(("width", "height"), SCREENS, ids=["1280x800", "1024x600", "800x520"])
def test_no_check_screen_is_cut_off_at_the_largest_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: AppState,
    width: int,
    height: int,
    tmp_path: Path,
) -> None:
    speaker.settings.update(text_scale=175)
    window = sized(make_window(speaker, page="check"), width, height)
    page = window.page("check")
    assert isinstance(page, CheckPage)
    start_check(qtbot, page)
    for _ in range(60):
        view = page.view
        if isinstance(view, QuestionScreen):
            assert_whole(window, view.question.id)
            answer_shown(qtbot, page, view, NERVE)
        elif isinstance(view, NoticeScreen):
            click(qtbot, view.continue_button)
        else:
            break
    assert isinstance(page.view, ReviewScreen)
    assert_whole(window, "the review")
    click(qtbot, page.view.result_button)
    assert isinstance(page.view, ResultScreen)
    assert_whole(window, "the result")
    assert page.save_pdf(tmp_path / f"{LONG_NAME}.pdf")
    assert LONG_NAME in page.view.message_label.text()
    assert_whole(window, "the result's notice of a file saved")


@pytest.mark.usefixtures("own_temp_folder")
def test_the_kiosk_at_1024x600_shows_next_with_the_first_question(
    qtbot: QtBot,
    make_kiosk: MakeKiosk,
) -> None:
    window = make_kiosk(text_scale=text_scale_for(KioskConfig(), 600)).window
    window.setGeometry(0, 0, 1024, 600)
    settle()
    window.tabs["check"].click()
    page = window.page("check")
    assert isinstance(page, CheckPage)
    start_check(qtbot, page)
    screen = page.view
    assert isinstance(screen, QuestionScreen)
    settle()
    viewport = page.viewport()
    for widget in (screen.question_label, screen.next_button):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + widget.height() <= viewport.height(), widget
    # The page says what its tab says.
    window.tabs["timers"].click()
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    assert timers.title_label.text() == window.tabs["timers"].text()
    for tab in window.tabs.values():  # and every tab has room for its words
        words = tab.fontMetrics().horizontalAdvance(tab.text())
        assert tab.width() >= words + 2 * 14 + 2 * 2, tab.text()


@pytest.mark.usefixtures("own_temp_folder")
def test_the_kiosk_at_1024x600_is_not_cut_off(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(text_scale=175).window
    window.setGeometry(0, 0, 1024, 600)
    settle()
    for name, tab in window.tabs.items():
        tab.click()
        assert_whole(window, name)
    window.tabs["welcome"].click()
    finish_a_check(qtbot, window)
    assert_whole(window, "the result")
    QApplication.processEvents()


def test_the_import_question_fits_a_small_screen_at_the_largest_text(
    qtbot: QtBot,
    make_window: MakeWindow,
    speaker: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    """An import's problems quote what a row holds: an activity named with capital Ws and
    no space breaks inside the box rather than push it past the screen (a message box
    cut 40 of them off at 175% on an 800 px screen), and Add and Cancel stay in view."""
    speaker.settings.update(text_scale=175)
    window = sized(make_window(speaker), 800, 520)
    window.show_page("journal")
    journal = window.page("journal")
    wide = "W" * MAX_ACTIVITY_NAME
    rows = [
        parse_entry(
            {
                "time": (clock() - timedelta(days=days)).isoformat(),
                "pain_now": 2,
                "level": "calf",
                "side": "left",
                "activities": [{"name": wide, "rating": 7}] if days == 2 else [],
            }
        )
        for days in (1, 2)
    ]
    text = export_csv(rows).replace(f"{wide},7", f"{wide},x")  # named, rated "x": refused
    source = tmp_path / "entries.csv"
    source.write_text(text, encoding="utf-8")
    journal.ask_open_path = lambda: str(source)  # type: ignore[attr-defined]
    looked: list[tuple[str, list[str], QSize, QSize]] = []

    def look(box: QWidget) -> None:
        settle()
        screen = box.screen().availableGeometry().size()
        looked.append((visible_text(box), cut_off(box), box.frameGeometry().size(), screen))
        box.reject()  # type: ignore[attr-defined]

    when_asked(look)
    click(qtbot, journal.import_button)  # type: ignore[attr-defined]
    assert len(looked) == 1
    words, problems, size, screen = looked[0]
    assert "W" * 20 in words  # the row's problem, naming the activity
    assert problems == []
    assert size.width() <= screen.width() and size.height() <= screen.height()


def test_every_box_fits_the_screen_at_the_largest_text(
    qtbot: QtBot, make_window: MakeWindow, speaker: AppState
) -> None:
    """The welcome's two steps, About, the report's choices and the delete question: none
    is cut off or larger than the screen at 175%. The welcome is seen as on a first run,
    with no emergency number yet (which adds a line under the list)."""
    speaker.settings.update(text_scale=175, emergency_number=None)
    window = sized(make_window(speaker), 800, 520)

    def fits(box: QWidget, where: str) -> None:
        qtbot.waitExposed(box)
        assert_whole(box, where)
        screen = box.screen().availableGeometry().size()
        size = box.frameGeometry().size()
        assert size.width() <= screen.width() and size.height() <= screen.height(), where

    welcome = window.show_welcome()
    fits(welcome, "the welcome")
    welcome.next_button.click()
    fits(welcome, "the welcome's emergency number")
    welcome.reject()
    about = window.show_about()
    fits(about, "About")
    about.reject()
    window.show_page("settings")
    settings = window.page("settings")
    settings.ask_delete_all()  # type: ignore[attr-defined]
    box = settings.confirm_box  # type: ignore[attr-defined]
    assert box is not None
    fits(box, "the delete question")
    box.reject()
    window.show_page("journal")
    journal = window.page("journal")
    seen = when_asked(lambda dialog: (fits(dialog, "the report's choices"), dialog.reject()))  # type: ignore[attr-defined, func-returns-value]
    assert journal.ask_report_options() is None  # type: ignore[attr-defined]
    assert len(seen) == 1
