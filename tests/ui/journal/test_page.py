"""Journal page: add, change, delete and undo through the form; the graph's data; safety."""

from __future__ import annotations

import errno
import itertools
import os
import re
import stat
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.io import export_csv, read_import
from companion.core.shared import atomic_file
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.records import EVENTS, HEAT, TimerEvent
from companion.ui.journal.chart import PainDistanceChart
from companion.ui.journal.form import JournalForm
from companion.ui.journal.page import JournalPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import HOSTILE_DIR, folder_snapshot
from tests.helpers.qt import click, visible_text, when_asked

MakeWindow = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier


def journal_page(window: MainWindow) -> JournalPage:
    page = window.page("journal")
    assert isinstance(page, JournalPage)
    return page


def add_entries(state: AppState, clock: FakeClock, levels: list[str], pain: int = 4) -> None:
    collection = state.store.partitioned(JOURNAL, "time")
    for days_ago, level in zip(range(len(levels) - 1, -1, -1), levels, strict=True):
        when = clock() - timedelta(days=days_ago, hours=1)
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": pain, "level": level, "side": "left"}
        )
        collection.insert(entry.to_dict())


def open_form(qtbot: QtBot, page: JournalPage) -> JournalForm:
    qtbot.keyClick(page, Qt.Key.Key_N, CTRL)
    form = page.form
    assert isinstance(form, JournalForm)
    qtbot.waitUntil(form.isActiveWindow)
    return form


def stored(state: AppState) -> list[dict[str, object]]:
    return [r.data for r in state.store.partitioned(JOURNAL, "time").all()]


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


def test_graph_holds_levels_pain_walking_and_markers(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    collection = returning_state.store.partitioned(JOURNAL, "time")
    times = [clock() - timedelta(days=d) for d in (2, 1, 0)]
    for when, level, pain, walk in zip(
        times, ["calf", "lower_thigh_knee", "buttock"], [7, 5, 3], [4, None, 11.5], strict=True
    ):
        entry = parse_entry(
            {
                "time": when.isoformat(),
                "pain_now": pain,
                "pain_worst": pain + 1,
                "level": level,
                "side": "right",
                "walk_minutes": walk,
                "done": ["ice"],
            }
        )
        collection.insert(entry.to_dict())
    heat = TimerEvent(times[1] + timedelta(hours=2), HEAT, 20.0)
    returning_state.store.partitioned(EVENTS, "time").insert(heat.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    xs, depth = chart.level_curve.getData()
    assert list(xs) == [t.timestamp() for t in times]
    assert list(depth) == [5.0, 4.0, 2.0]  # calf, knee, buttock: foot is at the bottom
    assert list(chart.pain_curve.getData()[1]) == [7.0, 5.0, 3.0]
    assert list(chart.worst_curve.getData()[1]) == [8.0, 6.0, 4.0]
    walk_x, walk_y = chart.walk_curve.getData()
    assert list(walk_y) == [4.0, 11.5] and list(walk_x) == [
        times[0].timestamp(),
        times[2].timestamp(),
    ]
    assert list(chart.marker_items[HEAT].getData()[0]) == [heat.time.timestamp()]
    assert len(chart.marker_items["ice"].getData()[0]) == 3  # one per day named in entries
    assert chart.level_plot.getViewBox().yInverted()
    ticks = chart.level_plot.getAxis("left")._tickLevels[0]
    assert ticks[0] == (0, "No pain") and ticks[-1] == (6, "Foot")


def test_range_buttons_and_keyboard_details(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf"] * 40)
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    low, high = chart.visible_range()
    assert round((high - low) / 86400) == 14
    click(qtbot, chart.range_buttons.buttons["all"])
    low, high = chart.visible_range()
    assert low <= chart.xs[0] and high >= chart.xs[-1]
    chart.view.setFocus()
    qtbot.keyClick(chart.view, Qt.Key.Key_End)
    assert chart.selected == 39
    qtbot.keyClick(chart.view, Qt.Key.Key_Left)
    assert chart.selected == 38
    assert "pain 4 out of 10" in chart.details.text() and "Calf" in chart.details.text()


def test_hover_shows_the_nearest_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock", "upper_thigh"])
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    click(qtbot, chart.range_buttons.buttons["2w"])
    vb = chart.level_plot.getViewBox()
    target = vb.mapViewToScene(QPointF(chart.xs[1], 3))
    qtbot.mouseMove(chart.view.viewport(), chart.view.mapFromScene(target))
    qtbot.waitUntil(lambda: chart.selected == 1)
    assert "Buttock" in chart.details.text()


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
    # The clinician's report says it too.
    from companion.ui.journal.report import JournalReport

    report = page._report()
    assert isinstance(report, JournalReport)
    html = report.html_text()
    assert "Your leg seems weaker or more numb than before" in html
    assert "<b>Get medical help today.</b>" in html
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


def test_export_and_import_through_the_page(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf", "buttock"])
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "copy.csv"
    page.ask_save_path = lambda _kind, _name: str(target)
    click(qtbot, page.export_csv_button)
    preview = read_import(target.read_bytes(), name="copy.csv", now=clock())
    assert len(preview.entries) == 2

    extra: Entry = parse_entry(
        {"time": (clock() - timedelta(days=5)).isoformat(), "pain_now": 2, "level": "none"}
    )
    text = export_csv([extra]) + "2026-03-01T10:00:00+01:00,99,,calf,left" + "," * 13 + "\r\n"
    source = tmp_path / "more.csv"
    source.write_text(text, encoding="utf-8")
    page.ask_open_path = lambda: str(source)
    shown: list[str] = []

    def confirm(preview: object) -> bool:
        shown.append(page.describe_preview(preview))  # type: ignore[arg-type]
        return True

    page.confirm_import = confirm
    click(qtbot, page.import_button)
    assert "1 new entry is ready to add." in shown[0]
    assert "Line 3: Pain now should be a whole number from 0 to 10." in shown[0]
    assert len(stored(returning_state)) == 3
    assert page.notice_text.text() == "1 entry was added."
    click(qtbot, page.undo_button)
    assert len(stored(returning_state)) == 2


def test_import_of_a_file_that_is_not_an_export_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    source = tmp_path / "notes.csv"
    source.write_text("date,how\r\nmonday,bad\r\n", encoding="utf-8")
    page.ask_open_path = lambda: str(source)
    page.confirm_import = lambda _preview: True
    click(qtbot, page.import_button)
    assert page.notice_text.text().startswith("Nothing was imported. The column 'date'")
    assert stored(returning_state) == []


@pytest.mark.parametrize(
    "name", ["deep_array.json", "long_number_5000.json", "journal_note_lone_surrogate.json"]
)
def test_a_hostile_import_gets_a_message_naming_where_and_changes_nothing(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, name: str
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    before = folder_snapshot(returning_state.data_dir)
    page.ask_open_path = lambda: str(HOSTILE_DIR / name)
    page.confirm_import = lambda _preview: True
    click(qtbot, page.import_button)
    text = page.notice_text.text()
    assert text.startswith("Nothing was imported. The file cannot be read: line ")
    assert page.notice.isVisible()
    assert folder_snapshot(returning_state.data_dir) == before


def test_an_import_onto_a_full_disk_says_the_entries_are_not_saved_yet(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    entries = [
        parse_entry(
            {"time": (clock() - timedelta(days=d)).isoformat(), "pain_now": 1, "level": "none"}
        )
        for d in (1, 2, 3)
    ]
    source = tmp_path / "three.csv"
    source.write_text(export_csv(entries), encoding="utf-8")
    page.ask_open_path = lambda: str(source)
    page.confirm_import = lambda _preview: True

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full)
    click(qtbot, page.import_button)
    text = page.notice_text.text()
    assert text.startswith("3 entries were added, but they are not saved yet.")
    assert "disk is full" in text and "Try saving again" in text
    window = page.window()
    assert isinstance(window, MainWindow) and window.banner.retry_button.isVisible()
    monkeypatch.undo()
    click(qtbot, window.banner.retry_button)
    assert len(stored(returning_state)) == 3 and not returning_state.store.pending


def test_export_and_report_to_a_pipe_or_a_device_say_so_and_leave_it_alone(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import QTimer

    from companion.ui.journal.report_dialog import ReportDialog

    add_entries(returning_state, clock, ["calf"])
    page = journal_page(make_window(returning_state, page="journal"))
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    page.ask_save_path = lambda _kind, _name: str(pipe)
    click(qtbot, page.export_csv_button)
    said = "It is not an ordinary file (it may be a pipe or a device)."
    assert page.notice_text.text() == f"The file could not be saved. {said}"
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    device = tmp_path / "report.pdf"
    device.symlink_to(os.devnull)
    page.ask_save_path = lambda _kind, _name: str(device)

    def accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog)
        click(qtbot, dialog.ok_button)

    QTimer.singleShot(0, accept)
    click(qtbot, page.report_button)
    assert page.notice_text.text() == f"The report could not be saved. {said}"
    assert stat.S_ISCHR(device.stat().st_mode)


def test_pdf_report_is_written(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    add_entries(returning_state, clock, ["calf"] * 5 + ["buttock"] * 5)
    page = journal_page(make_window(returning_state, page="journal"))
    target = tmp_path / "report.pdf"
    page.ask_save_path = lambda _kind, _name: str(target)
    from PySide6.QtCore import QTimer

    from companion.ui.journal.report import JournalReport
    from companion.ui.journal.report_dialog import ReportDialog
    from companion.ui.journal.report_table import EntryTable

    def choose_every_entry() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReportDialog)
        click(qtbot, dialog.full)
        click(qtbot, dialog.ok_button)

    QTimer.singleShot(0, choose_every_entry)
    click(qtbot, page.report_button)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![s\w])", data)) == 2  # page 1, then the table
    assert "report was saved" in page.notice_text.text()

    report = page._report()
    assert isinstance(report, JournalReport)
    html = report.html_text()
    assert "No guided check has been done yet." in html
    assert any(
        "Buttock" in row[2]
        for row in EntryTable(
            report.entries, report.content, report.data.language, report.now
        ).rows()
    )


def test_graph_follows_dark_mode(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    from companion.core.shared.settings import Theme
    from companion.ui.shared.theme import DARK, LIGHT

    add_entries(returning_state, clock, ["calf"])
    returning_state.settings.update(theme=Theme.LIGHT)
    page = journal_page(make_window(returning_state, page="journal"))
    assert page.chart is not None
    assert page.chart.colours.background == LIGHT.surface
    returning_state.settings.update(theme=Theme.DARK)
    qtbot.waitUntil(
        lambda: page.chart is not None and page.chart.colours.background == DARK.surface
    )
    QApplication.processEvents()


def test_more_than_a_year_in_view_shows_weekly_averages(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    levels = ["calf", "buttock"] * 350  # 700 days, alternating
    add_entries(returning_state, clock, levels)
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    assert len(chart.level_curve.xData) == 700  # 3 months in view: every entry
    click(qtbot, chart.range_buttons.buttons["all"])
    x, y = chart.level_curve.xData, chart.level_curve.yData
    assert 99 <= len(x) <= 101
    assert all(3.0 <= value <= 4.0 for value in y)  # the week's mean of 5 and 2
    assert chart.averages_label.isVisible()
    click(qtbot, chart.range_buttons.buttons["1y"])
    assert len(chart.level_curve.xData) == 700
    assert not chart.averages_label.isVisible()


def date_labels(chart: PainDistanceChart, length: float) -> tuple[list[float], list[str]]:
    """The bottom axis's tick values and labels for the dates in view, `length` px long."""
    axis = chart.marker_plot.getAxis("bottom")
    low, high = chart.visible_range()
    # The labelled ticks come first; a second level holds the midnights between day
    # bands, which have no label.
    (spacing, values), *edges = axis.tickValues(low, high, length)
    for _spacing, midnights in edges:
        assert axis.tickStrings(midnights, 1.0, _spacing) == [""] * len(midnights)
    return values, axis.tickStrings(values, 1.0, spacing)


def assert_apart(chart: PainDistanceChart, values: list[float], labels: list[str], length: float):
    """Neighbouring labels, centred on their ticks, leave room between them."""
    low, high = chart.visible_range()
    metrics = QFontMetrics(chart.marker_plot.getAxis("bottom").style["tickFont"])
    edges = []
    for value, text in zip(values, labels, strict=True):
        middle = (value - low) / (high - low) * length
        half = metrics.horizontalAdvance(text) / 2
        assert middle - half >= 0 and middle + half <= length, text
        edges.append((middle - half, middle + half))
    for (_left, right), (left, _right) in itertools.pairwise(edges):
        assert left - right >= metrics.horizontalAdvance("0"), labels


@pytest.mark.parametrize("length", [560.0, 900.0, 1200.0])
def test_date_axis_labels_stay_apart_at_every_range(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock, length: float
) -> None:
    # Ten years: one entry a fortnight, then daily for the last 3 months.
    collection = returning_state.store.partitioned(JOURNAL, "time")
    days = sorted({*range(0, 3650, 14), *range(0, 91)}, reverse=True)
    for days_ago in days:
        when = clock() - timedelta(days=days_ago, hours=1)
        entry = parse_entry(
            {"time": when.isoformat(), "pain_now": 3, "level": "buttock", "side": "left"}
        )
        collection.insert(entry.to_dict())
    page = journal_page(make_window(returning_state, page="journal"))
    chart = page.chart
    assert chart is not None
    months = {f"{date(2000, m, 1):%b}" for m in range(1, 13)}
    seen = {}
    for key in ("2w", "3m", "1y", "all"):
        chart.set_range(key)
        values, labels = date_labels(chart, length)
        assert_apart(chart, values, labels, length)
        seen[key] = labels
    # 2 weeks (the clock is 9 March 2026): each day, the first with its month.
    assert seen["2w"][0] in ("24 Feb", "25 Feb") and "1 Mar" in seen["2w"]
    assert len(seen["2w"]) >= 7 and all(t.isdigit() for t in seen["2w"] if " " not in t)
    # 3 months: day numbers, the month's name only on the 1st (and the first label).
    assert {"1 Jan 2026", "1 Feb", "1 Mar"} <= set(seen["3m"])
    assert all(t.split()[0] == "1" for t in seen["3m"][1:] if " " in t)
    # A year: months, the year at January and on the first label.
    assert "Jan 2026" in seen["1y"] and set(seen["1y"][1:]) - {"Jan 2026"} <= months
    assert seen["1y"][0].split()[0] in months and seen["1y"][0].split()[1] == "2025"
    # Ten years: years.
    assert all(t.isdigit() and len(t) == 4 for t in seen["all"])
    assert {"2017", "2020", "2025"} <= set(seen["all"]) or length < 600
    assert seen["all"][-1] in ("2025", "2026")


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


def test_a_spanish_import_counts_in_spanish_and_dates_the_rows_in_spanish(
    qtbot: QtBot, qapp: QApplication, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    from companion.ui.shared.language import install_translators

    state = AppState.open(tmp_path / "es", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    add_entries(state, clock, ["calf"])
    assert install_translators(qapp, "es")
    try:
        page = journal_page(make_window(state, page="journal"))
        # The row sits under its day's heading and shows the time; the date it is heard
        # by starts with the weekday, in Spanish.
        when = page.rows[0].accessibleName()
        assert when.split(",")[0] in {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"}
        assert page.rows[0].summary.text().startswith("Dolor 4 de 10 · Pantorrilla (Izquierda)")
        new = [
            parse_entry(
                {"time": (clock() - timedelta(days=d)).isoformat(), "pain_now": 2, "level": "none"}
            )
            for d in (3, 4)
        ]
        text = export_csv(new) + "2026-03-01T10:00:00+01:00,99,,calf,left" + "," * 13 + "\r\n"
        source = tmp_path / "more.csv"
        source.write_text(text, encoding="utf-8")
        page.ask_open_path = lambda: str(source)
        shown: list[str] = []

        def confirm(preview: object) -> bool:
            shown.append(page.describe_preview(preview))  # type: ignore[arg-type]
            return True

        page.confirm_import = confirm
        click(qtbot, page.import_button)
        lines = shown[0].splitlines()
        assert lines[0] == "2 anotaciones nuevas listas para añadir."
        assert lines[1] == "1 fila tiene problemas y se omitirá:"
        assert page.notice_text.text() == "Se añadieron 2 anotaciones."
        click(qtbot, page.undo_button)
        assert page.notice_text.text() == "Se han retirado las 2 anotaciones importadas."
    finally:
        assert install_translators(qapp, "en")


def test_the_import_question_adds_on_enter_and_changes_nothing_on_escape(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    entry = parse_entry(
        {
            "time": (clock() - timedelta(days=1)).isoformat(),
            "pain_now": 2,
            "level": "calf",
            "side": "left",
        }
    )
    source = tmp_path / "entries.csv"
    source.write_text(export_csv([entry]), encoding="utf-8")
    page.ask_open_path = lambda: str(source)
    said: list[str] = []

    def escape(box: QWidget) -> None:
        said.append(visible_text(box))
        said.append(" / ".join(b.text() for b in box.findChildren(QPushButton)))
        qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Escape)

    seen = when_asked(escape)
    click(qtbot, page.import_button)
    assert len(seen) == 1 and seen[0].windowTitle() == "Import entries"
    assert said[0] == "1 new entry is ready to add."
    assert "Add 1 entry" in said[1].split(" / ")
    assert stored(returning_state) == []

    seen = when_asked(lambda box: qtbot.keyClick(box.focusWidget() or box, Qt.Key.Key_Return))
    click(qtbot, page.import_button)
    assert len(seen) == 1
    assert len(stored(returning_state)) == 1
    assert page.notice_text.text() == "1 entry was added."


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="a named pipe is POSIX")
def test_importing_a_pipe_says_why_and_does_not_wait(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, tmp_path: Path
) -> None:
    page = journal_page(make_window(returning_state, page="journal"))
    pipe = tmp_path / "entries.csv"
    os.mkfifo(pipe)  # nothing ever writes to it: reading it would wait for ever
    page.ask_open_path = lambda: str(pipe)
    click(qtbot, page.import_button)
    assert page.notice_text.text() == (
        "The file could not be read. It is not an ordinary file (it may be a pipe or a device)."
    )
    assert stored(returning_state) == []


def test_each_report_asks_in_a_box_of_its_own_that_goes_away(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Asked twice, cancelled twice: no box is left behind in the window."""
    from PySide6.QtCore import QEvent

    from companion.ui.journal.report_dialog import ReportDialog

    window = make_window(returning_state, page="journal")
    page = journal_page(window)
    for _ in range(2):
        seen = when_asked(lambda box: box.reject())  # type: ignore[attr-defined]
        assert page.ask_report_options() is None
        assert len(seen) == 1
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ReportDialog) == []
