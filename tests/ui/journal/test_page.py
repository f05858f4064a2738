"""Journal page: add, change, delete and undo through the form; the warning signs it shows."""

from __future__ import annotations

from datetime import timedelta, timezone
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import parse_entry
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import EVENTS, TimerEvent
from companion.ui.journal.form import JournalForm
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import CTRL, MakeWindow, add_entries, journal_page, open_form, stored
from tests.helpers.qt import click


def test_empty_journal_invites_the_first_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.empty_card.isVisible()
    assert not page.graph_card.isVisible() and page.chart is None
    click(qtbot, page.first_entry_button)
    assert isinstance(page.form, JournalForm)
    assert page.form.windowTitle() == "New journal entry"


def test_a_first_entry_by_keyboard_and_mouse(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert form.when.dateTime().toPython() == clock().replace(tzinfo=None)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_5)  # focus starts on "pain now"
    assert form.pain_now.value() == 5
    assert form.pain_worst.value() == 5  # the worst is raised to match
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.feelings["tingling"])
    qtbot.keyClicks(form.walk, "12")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert page.form is None or not page.form.isVisible()
    [data] = stored(returning_state)
    assert data["pain_now"] == 5 and data["level"] == "calf" and data["side"] == "left"
    assert data["feelings"] == ["tingling"] and data["walk_minutes"] == 12
    assert data["time"] == clock().isoformat()
    # The entry is on the page at once; the notice follows a turn of the event loop later.
    assert page.rows[0].summary.text().startswith("Pain 5 out of 10")
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")
    assert page.rows[0].summary.text().startswith("Pain 5 out of 10 (worst 5) · Calf (Left)")
    assert page.chart is not None
    _x, depth = page.chart.level_curve.getData()
    assert list(depth) == [5.0]


def test_missing_answers_are_named_and_nothing_is_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.save_button)
    assert form.isVisible()
    assert form.errors.isVisible()
    assert "Please choose how much it hurts now" in form.error_text.text()
    assert "how far down the leg" in form.error_text.text()
    assert stored(returning_state) == []
    qtbot.keyClicks(form.walk, "lots")
    click(qtbot, form.pain_now.buttons[3])
    click(qtbot, form.picker.levels.buttons["none"])
    click(qtbot, form.save_button)
    assert "Walking minutes should be a number" in form.error_text.text()
    assert form.focusWidget() is form.walk


def test_next_entry_offers_the_last_values_and_saves_at_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["upper_thigh"], pain=6)
    page = journal_page(make_window(returning_state, page="journal"))
    clock.advance(days=1)
    form = open_form(qtbot, page)
    assert form.pain_now.value() == 6
    assert form.picker.level() == "upper_thigh" and form.picker.side() == "left"
    assert "Filled in from your last entry" in form.intro.text()
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Left)  # one less than last time
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    assert [d["pain_now"] for d in stored(returning_state)] == [6, 5]


def test_walking_minutes_come_from_a_walking_check_since_the_last_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["buttock"])
    walk = TimerEvent(clock() - timedelta(minutes=20), "walk", 9.5)
    returning_state.store.partitioned(EVENTS, "time").insert(walk.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    assert form.walk.text() == "9.5"
    assert form.walk_source.isVisible()
    assert "walking check" in form.walk_source.text()


def test_change_an_entry_then_undo(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    assert form.windowTitle() == "Change journal entry"
    click(qtbot, form.picker.levels.buttons["buttock"])
    click(qtbot, form.save_button)
    assert [d["level"] for d in stored(returning_state)] == ["calf", "buttock"]
    qtbot.waitUntil(lambda: page.notice_text.text() == "Your change was saved.")
    click(qtbot, page.undo_button)
    assert [d["level"] for d in stored(returning_state)] == ["calf", "calf"]
    assert page.notice_text.text() == "The change was taken back."


def test_changing_the_note_of_an_entry_made_further_east_keeps_its_time(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Made two hours ago three hours further east, the entry's clock read 11:30 where
    it is 10:30 now: the field cut it to 10:30 and a changed note moved the entry to now
    (as does the hour that repeats when clocks go back)."""
    made = (clock() - timedelta(hours=2)).astimezone(timezone(timedelta(hours=4)))
    entry = parse_entry({"time": made.isoformat(), "pain_now": 4, "level": "calf", "side": "left"})
    returning_state.store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].change_button)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.keyClicks(form.note, "Slept badly")
    click(qtbot, form.save_button)
    [data] = stored(returning_state)
    assert data["note"] == "Slept badly" and data["time"] == "2026-03-09T11:30:00+04:00"


def test_delete_an_entry_then_undo_with_ctrl_z(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].delete_button)
    assert [d["level"] for d in stored(returning_state)] == ["calf"]
    assert "was deleted" in page.notice_text.text()
    assert len(page.rows) == 1
    page.undo_button.setFocus()
    qtbot.keyClick(page.undo_button, Qt.Key.Key_Z, CTRL)
    assert [d["level"] for d in stored(returning_state)] == ["calf", "buttock"]
    assert page.notice_text.text() == "The deleted entry is back."
    assert len(page.rows) == 2


def test_delete_by_keyboard_again_and_again(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """Delete keeps the keyboard where it was: on the Delete of the entry that moved up
    into the deleted one's place, so pressing it again deletes the next."""
    add_entries(returning_state, clock, ["calf", "lower_thigh_knee", "buttock", "lower_back"])
    page = journal_page(make_window(returning_state, page="journal"))
    page.rows[0].delete_button.setFocus()
    for left in (["calf", "lower_thigh_knee", "buttock"], ["calf", "lower_thigh_knee"]):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
        assert [d["level"] for d in stored(returning_state)] == left
        assert QApplication.focusWidget() is page.rows[0].delete_button
        assert page.rows[0].item.entry.level == left[-1]
    page.rows[1].delete_button.setFocus()  # the last row: the row above takes its place
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert [d["level"] for d in stored(returning_state)] == ["lower_thigh_knee"]
    assert QApplication.focusWidget() is page.rows[0].delete_button


def test_delete_from_the_form(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    click(qtbot, page.rows[0].change_button)
    assert isinstance(page.form, JournalForm)
    click(qtbot, page.form.delete_button)
    assert stored(returning_state) == []
    assert page.empty_card.isVisible()


def test_a_red_flag_entry_shows_the_checks_advice_at_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[6])
    click(qtbot, form.picker.levels.buttons["calf"])
    assert not form.safety.isVisible()
    click(qtbot, form.picker.sides.buttons["both"])
    assert not form.safety.isVisible()  # an ache in both legs is not the check's sign
    click(qtbot, form.feelings["tingling"])  # pins and needles in both legs is
    assert form.safety.isVisible()
    assert form.safety.heading.text() == "Get medical help today"
    assert "both legs" in form.safety.body.text()
    click(qtbot, form.signs["saddle_numbness"])
    assert form.safety.heading.text() == "Get help now"
    assert "Call 112" in form.safety.body.text()
    click(qtbot, form.save_button)
    assert page.safety.isVisible()
    assert "Call 112" in page.safety.body.text()
    assert stored(returning_state)[0]["warning_signs"] == ["saddle_numbness"]


def test_the_list_names_nerve_feelings_in_both_legs_as_a_warning_sign(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """No box is ticked, but tingling in both legs is the check's warning sign (the form
    and the report say so): the entry's row in the list says so too. An ache in both
    legs is not."""
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[3])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["both"])
    click(qtbot, form.feelings["ache"])
    click(qtbot, form.save_button)
    assert "warning sign" not in page.rows[0].summary.text()
    click(qtbot, page.rows[0].change_button)
    assert isinstance(page.form, JournalForm)
    click(qtbot, page.form.feelings["tingling"])
    assert page.form.safety.isVisible()
    click(qtbot, page.form.save_button)
    assert stored(returning_state)[0]["warning_signs"] == []
    assert page.rows[0].summary.text().endswith("· warning signs noted")


def test_a_clot_in_the_leg_then_chest_pain_can_be_ticked(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[4])
    click(qtbot, form.picker.levels.buttons["calf"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.signs["clot_signs"])
    assert form.safety.heading.text() == "Get medical help today"
    assert "A swollen, warm calf, or other signs of a blood clot" in form.safety.body.text()
    assert "trouble breathing, call 112" in form.safety.body.text()
    click(qtbot, form.signs["chest_breath"])
    assert form.safety.heading.text() == "Get help now"
    first = form.safety.body.text().split("\n\n")[0]
    assert first.startswith("Chest pain or sudden breathlessness: Call 112")
    click(qtbot, form.save_button)
    assert page.safety.heading.text() == "Get help now"
    assert stored(returning_state)[0]["warning_signs"] == ["chest_breath", "clot_signs"]


def test_spreading_pain_links_to_the_warning_signs(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["buttock"] * 14 + ["calf"] * 14)
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    assert page.trend_card.title.text() == "The pain is reaching further down the leg"
    assert page.trend_card.warning_button.isVisibleTo(page)
    click(qtbot, page.trend_card.warning_button)
    assert window.current_page() == "check"


def test_a_retreat_is_not_called_good_once_the_leg_grows_weaker(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    """The pain has moved up from the calf to the buttock: a good sign, until an entry
    says the leg is weaker. Then the trend says so and shows the same-day advice."""
    add_entries(returning_state, clock, ["calf"] * 14 + ["buttock"] * 13)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.trend_card.title.text() == "The pain is moving back up the leg"
    assert not page.trend_card.same_day_card.isVisibleTo(page)
    form = open_form(qtbot, page)
    click(qtbot, form.pain_now.buttons[3])
    click(qtbot, form.picker.levels.buttons["buttock"])
    click(qtbot, form.picker.sides.buttons["left"])
    click(qtbot, form.feelings["weakness"])
    click(qtbot, form.save_button)
    assert page.trend_card.title.text() == "Your leg seems weaker or more numb than before"
    assert "not a good sign" in page.trend_card.text.text()
    same_day = page.trend_card.same_day_card
    qtbot.waitUntil(same_day.isVisible)
    assert same_day.accessibleName() == "Get medical help today"
    assert "Contact a doctor or urgent care today." in same_day.accessibleDescription()
    assert not page.trend_card.warning_button.isVisibleTo(page)
    assert not page.trend_card.clinician_text.isVisibleTo(page)
    assert "Get medical help today" in page.trend_card.accessibleDescription()
    # The clinician's report says it too, about the person, with how soon (domain.md
    # §5: weakness or numbness getting worse needs a clinician the same day).
    from companion.ui.journal.report import JournalReport

    report = page._report()
    assert isinstance(report, JournalReport)
    html = report.html_text()
    assert "The leg seems weaker or more numb than before" in html
    assert "Weakness or numbness that is getting worse needs a clinician the same day." in html
    # Undo takes the entry back, and with it the warning.
    qtbot.waitUntil(page.undo_button.isVisible)
    click(qtbot, page.undo_button)
    assert page.trend_card.title.text() == "The pain is moving back up the leg"
    assert not page.trend_card.same_day_card.isVisibleTo(page)


def test_the_forms_warning_signs_use_the_apps_shared_words(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    from companion.core.shared.get_help import load_get_help

    shared = load_get_help()
    form = open_form(qtbot, journal_page(make_window(returning_state, page="journal")))
    for sign, box in form.signs.items():
        row = box.parentWidget()
        assert row is not None
        shown = [words.text() for words in row.findChildren(QLabel)]
        assert shown == [shared.sign(sign).title]  # the words beside the box
        assert box.accessibleName() == shared.sign(sign).title


def test_leg_picker_by_keyboard_and_on_the_drawing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    form = open_form(qtbot, page)
    picker = form.picker
    click(qtbot, picker.levels.buttons["buttock"])
    qtbot.keyClick(picker.levels.buttons["buttock"], Qt.Key.Key_Down)
    assert picker.level() == "upper_thigh"
    assert picker.levels.buttons["upper_thigh"].hasFocus()
    assert picker.levels.buttons["upper_thigh"].accessibleName() == (
        "How far down the leg: Upper thigh"
    )
    qtbot.keyClick(picker.levels.buttons["upper_thigh"], Qt.Key.Key_Up)
    assert picker.level() == "buttock"
    form.scroll_area.ensureWidgetVisible(picker.drawing)
    band = picker.drawing.band_rect("calf")
    assert not band.isEmpty()
    centre = band.center().toPoint()
    qtbot.mouseClick(picker.drawing, Qt.MouseButton.LeftButton, pos=QPoint(centre))
    assert picker.level() == "calf"
    assert "calf" in picker.drawing.accessibleName()
    click(qtbot, picker.levels.buttons["none"])
    assert not picker.sides.isEnabled()


def test_a_daily_entry_by_keyboard_alone(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["upper_thigh"], pain=6)
    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    clock.advance(days=1)
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    assert form.focusWidget() is form.pain_now.focus_button()
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_3)  # pain now: 3
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)  # to the worst pain (raised to 3)
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Tab)  # to the leg picker
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Up)  # one level higher up the leg
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: page.form is None)
    data = stored(returning_state)[-1]
    assert data["pain_now"] == 3 and data["pain_worst"] == 3
    assert data["level"] == "buttock" and data["time"] == clock().isoformat()
    qtbot.waitUntil(lambda: page.notice_text.text() == "Entry saved.")


def test_the_form_fits_a_small_screen_at_large_text(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    returning_state.settings.update(text_scale=150)
    add_entries(returning_state, clock, ["calf"])
    window = make_window(returning_state, page="journal")
    window.resize(1024, 600)
    page = journal_page(window)
    form = open_form(qtbot, page)
    assert form.width() <= 1024 and form.height() <= 600 - 30  # room for a title bar
    bar = form.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the form scrolls, the buttons stay below it
    for widget in (form.save_button, form.cancel_button):
        assert widget.isVisible()
        assert form.rect().contains(widget.geometry().translated(widget.parentWidget().pos()))
    form.activity_ratings[2].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(form.activity_ratings[2], Qt.Key.Key_Tab)  # Tab to the note scrolls it in
    assert form.focusWidget() is form.note
    viewport = form.scroll_area.viewport()

    section = form.note.parentWidget()  # the card with the heading "Note"

    def in_view(widget: QWidget) -> bool:
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        return 0 <= top <= viewport.height() - widget.height()

    qtbot.waitUntil(lambda: in_view(section))  # the note and its heading
    assert bar.value() > 0
    qtbot.keyClick(form.note, Qt.Key.Key_Backtab)
    assert form.focusWidget() is form.activity_ratings[2]
    assert in_view(form.activity_ratings[2])
    assert form.scroll_area.horizontalScrollBar().maximum() == 0  # nothing cut at the side


def test_a_spanish_journal_names_what_is_missing_in_spanish(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    state = AppState.open(tmp_path / "es", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    page = journal_page(make_window(state, page="journal"))
    form = open_form(qtbot, page)
    click(qtbot, form.save_button)
    assert "Elija cuánto le duele ahora, de 0 a 10." in form.error_text.text()
    assert "Elija hasta dónde baja el dolor por la pierna." in form.error_text.text()
    assert "Please choose" not in form.error_text.text()
    assert stored(state) == []
