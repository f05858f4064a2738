"""Settings page: changes apply at once, persist, and deleting data asks first."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared import app_state, atomic_file
from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.settings import SettingsStore, Theme, Units
from companion.ui.settings.page import SettingsPage
from companion.ui.shared import page_layout
from companion.ui.shared.language import install_translators
from companion.ui.shared.question import Question
from companion.ui.shared.theme import DARK, point_size
from companion.ui.shell.main_window import MainWindow
from tests.helpers.accessibility import labelled_by, settle
from tests.helpers.clock import FakeClock
from tests.helpers.filled_fields import choice_problems
from tests.helpers.keyboard import key, pick
from tests.helpers.layout import sized
from tests.helpers.qt import announcements, click, visible_text, wheel_down

MakeWindow = Callable[..., MainWindow]


def settings_page(window: MainWindow) -> SettingsPage:
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    return page


def test_text_size_changes_the_font_and_is_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    pick(qtbot, page.text_size, 150)
    assert QApplication.font().pointSizeF() == point_size(150)
    assert SettingsStore.open(returning_state.data_dir).current.text_scale == 150
    assert page.status.text() == "Saved."


def test_a_screen_reader_hears_saved_and_a_failed_save(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The keyboard stays on the setting changed, so "Saved." (or why it was not) is
    said to the screen reader as it appears; before, it was shown and never heard."""
    heard = announcements(monkeypatch, page_layout)
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    page.sound.setFocus()
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert heard == ["Saved."]
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert heard == ["Saved.", "Saved."]  # each change is heard, not only the first

    def read_only(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    real_replace = os.replace
    monkeypatch.setattr(atomic_file.os, "replace", read_only)
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert len(heard) == 3 and "read-only" in heard[2], heard
    monkeypatch.setattr(atomic_file.os, "replace", real_replace)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()  # saved: the window closes without asking


def test_a_screen_reader_hears_what_each_drop_down_is_for(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    """On Linux a drop-down is heard by the entry it shows ("Largest (175%)"); what it is
    for reaches the screen reader only from a label beside it whose buddy it is."""
    page = settings_page(make_window(returning_state, page="settings"))
    assert labelled_by(page.emergency.combo) == ["Emergency number"]
    assert labelled_by(page.language) == ["Language"]
    assert labelled_by(page.text_size) == ["Text size (also Ctrl+plus and Ctrl+minus)"]


def test_ctrl_plus_and_minus_step_the_text_size(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert returning_state.settings.current.text_scale == 115
    assert page.text_size.currentData() == 115  # the open page follows the change
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert returning_state.settings.current.text_scale == 90
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert returning_state.settings.current.text_scale == 100
    assert page.text_size.currentData() == 100


def test_dark_theme_applies_to_the_whole_app(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    radio = page.theme_buttons[Theme.DARK]
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)
    assert returning_state.settings.current.theme is Theme.DARK
    assert QApplication.palette().window().color().name().upper() == DARK.window
    assert DARK.window in QApplication.instance().styleSheet()  # type: ignore[union-attr]


def test_sound_and_units_are_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    page.sound.setFocus()
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert returning_state.settings.current.sound is False

    qtbot.mouseClick(page.unit_buttons[Units.IMPERIAL], Qt.MouseButton.LeftButton)
    assert SettingsStore.open(returning_state.data_dir).current.units is Units.IMPERIAL


def test_leaving_the_list_on_its_prompt_keeps_showing_the_number_used(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """Up from 112 reaches "Choose your emergency number…"; Tab then left the page
    showing no number while 112 was kept and Home still said "Call 112"."""
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    field.combo.setFocus()
    key(qtbot, Qt.Key.Key_Up)
    assert field.combo.currentText() == "Choose your emergency number…"
    key(qtbot, Qt.Key.Key_Tab)
    assert field.combo.currentText().startswith("112  ·  ")
    assert field.number() == returning_state.settings.current.emergency_number == "112"


def test_emergency_number_can_be_changed(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    assert page.emergency.number() == "112"
    pick(qtbot, page.emergency.combo, "000")
    assert returning_state.settings.current.emergency_number == "112"  # not yet chosen
    qtbot.keyClick(page.emergency.combo, Qt.Key.Key_Return)
    assert returning_state.settings.current.emergency_number == "000"
    window.show_page("home")
    assert "Call 000 or go to an emergency department" in visible_text(window.page("home"))


def test_a_number_changed_on_the_other_computer_shows_after_a_change_here(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """A sync tool brings the other computer's settings.json, with 911 chosen there;
    changing the text size here keeps that number, and the app shows it."""
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    path = returning_state.data_dir / "settings.json"
    synced = json.loads(path.read_bytes()) | {"emergency_number": "911"}
    path.with_name(".synced").write_text(json.dumps(synced), encoding="utf-8")
    path.with_name(".synced").replace(path)

    pick(qtbot, page.text_size, 130)

    assert page.emergency.number() == "911"
    assert page.status.text() == "Saved."
    window.show_page("home")
    assert "Call 911 or go to an emergency department" in visible_text(window.page("home"))
    assert SettingsStore.open(returning_state.data_dir).current.text_scale == 130


def type_with_input_method(widget: QWidget, text: str) -> None:
    """Text as a keyboard for another script sends it (QTest's key clicks know Latin-1 only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_a_typed_number_in_arabic_digits_is_saved_and_superscripts_are_refused(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    type_with_input_method(field.other, "¹¹²")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert "only digits" in field.error.text()
    assert returning_state.settings.current.emergency_number == "112"  # unchanged
    field.other.clear()
    type_with_input_method(field.other, "٩٩٩")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert not field.error.isVisible()
    assert returning_state.settings.current.emergency_number == "999"
    window.show_page("home")
    assert "Call 999 or go to an emergency department" in visible_text(window.page("home"))


@pytest.mark.parametrize(
    "pasted", ["\u200f١١٢", "١١٢\u200e", "1\u200b1\u200b2"], ids=["RLM", "LRM", "ZWSP"]
)
def test_a_pasted_number_with_invisible_direction_marks_is_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, pasted: str
) -> None:
    # Copied from a page in Arabic, "١١٢" came with a right-to-left mark the person
    # cannot see: "An emergency number has only digits, like 112 or 911." and nothing saved.
    returning_state.settings.update(emergency_number="000")
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    QApplication.clipboard().setText(pasted)
    qtbot.keyClick(field.other, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert not field.error.isVisible(), field.error.text()
    assert returning_state.settings.current.emergency_number == "112"


def test_a_number_not_kept_does_not_sit_under_an_earlier_saved(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # Dark theme chosen ("Saved."), then "+44 999" typed and Tab: the field said why the
    # number was not kept while the page still said "Saved." under it.
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    click(qtbot, page.theme_buttons[Theme.DARK])
    assert page.status.text() == "Saved."
    field = page.emergency
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    qtbot.keyClicks(field.other, "+44 999")
    qtbot.keyClick(field.other, Qt.Key.Key_Tab)
    assert field.error.isVisible()
    assert page.status.text() == "" and not page.status.isVisible()
    assert returning_state.settings.current.emergency_number != "+44 999"


def test_a_pasted_direction_override_cannot_show_one_number_and_save_another(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # "\u202e211" is drawn right to left: the box showed "112" while the app saved 211.
    returning_state.settings.update(emergency_number="000")
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    QApplication.clipboard().setText("\u202e211")
    qtbot.keyClick(field.other, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert field.other.text() == "211"  # shown as it will be dialled, before it is kept
    qtbot.keyClicks(field.other, "2")
    assert field.other.text() == "2112"  # typing carries on where the cursor was
    qtbot.keyClick(field.other, Qt.Key.Key_Backspace)
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert returning_state.settings.current.emergency_number == "211"


def test_typing_a_number_the_list_holds_keeps_the_keyboard_on_the_number(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # "Another number…", 000 and Enter: the list then showed "000 · Australia" and the
    # typing box hid, and the keyboard landed on the Language list of the next card.
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    qtbot.keyClicks(field.other, "000")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert returning_state.settings.current.emergency_number == "000"
    assert field.combo.currentData() == "000" and not field.other.isVisible()
    assert QApplication.focusWidget() is field.combo


def test_a_failed_save_says_so_and_keeps_the_change(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, monkeypatch: object
) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    window = make_window(returning_state, page="settings")
    page = settings_page(window)

    def read_only(*_args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    real_replace = os.replace
    monkeypatch.setattr(atomic_file.os, "replace", read_only)
    page.sound.setFocus()
    qtbot.keyClick(page.sound, Qt.Key.Key_Space)
    assert "read-only" in page.status.text()
    assert window.banner.isVisible()
    assert "read-only" in window.banner.message.text()
    assert returning_state.settings.current.sound is False  # kept in memory
    monkeypatch.setattr(atomic_file.os, "replace", real_replace)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    assert SettingsStore.open(returning_state.data_dir).current.sound is False


def delete_everything(qtbot: QtBot, page: SettingsPage) -> None:
    """Delete all data as a person does: the button, then "Delete everything"."""
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert box is not None
    delete = next(b for b in box.buttons.buttons() if b.text() == "Delete everything")
    with qtbot.waitSignal(page.data_deleted):
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)


def test_delete_all_data_asks_first_and_can_be_cancelled(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    returning_state.store.partitioned(JOURNAL, "time").insert(
        {"time": returning_state.now().isoformat(), "pain_now": 5}
    )
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirm_box
    assert isinstance(box, Question)
    assert "cannot be undone" in box.words_label.text()
    assert box.keep_button.isDefault() and box.keep_button.text() == "Keep my data"  # Enter
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert page.status.text() == "Nothing was deleted."
    assert returning_state.store.partitioned(JOURNAL, "time").count() == 1


def test_delete_all_data_removes_everything_and_starts_fresh(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    returning_state.store.partitioned(JOURNAL, "time").insert(
        {"time": returning_state.now().isoformat(), "pain_now": 5}
    )
    returning_state.store.maintenance()
    data_dir = returning_state.data_dir
    assert (data_dir / "backups").exists()
    (data_dir / "my-notes.txt").write_text("not the app's")
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    delete_everything(qtbot, page)
    leftovers = sorted(p.name for p in data_dir.iterdir())
    # The person's own file is never touched; store.json is the new, empty store's.
    assert leftovers == ["my-notes.txt", "store.json"]
    assert returning_state.settings.current.emergency_number is None
    assert returning_state.store.partitioned(JOURNAL, "time").count() == 0
    assert window.welcome is not None and window.welcome.isVisible()  # first run again
    assert page.emergency.number() is None


def test_after_deleting_everything_the_keyboard_is_on_the_screen_not_in_a_hidden_page(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # Deleting starts the guided check over; the check, not shown, used to take the
    # keyboard, so after the welcome closed it sat on a button nobody could see.
    window = make_window(returning_state, page="check")
    window.show_page("settings")
    page = settings_page(window)
    window.nav.buttons["settings"].setFocus()
    delete_everything(qtbot, page)
    assert window.welcome is not None
    window.welcome.reject()  # the person closes the welcome
    focus = QApplication.focusWidget()
    assert focus is not None and focus.isVisible(), focus
    assert not window.page("check").isAncestorOf(focus)


def test_scrolling_past_a_list_never_changes_a_setting(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    combo = settings_page(window).emergency.combo
    wheel_down(combo)
    assert combo.currentData() == "112"
    assert returning_state.settings.current.emergency_number == "112"


def test_typing_another_number_saves_it_once(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    field = settings_page(window).emergency
    saves: list[object] = []
    returning_state.settings.add_listener(saves.append)
    pick(qtbot, field.combo, "other")
    assert field.other.isVisible() and field.combo.hasFocus()  # no jump into the box
    field.other.setFocus()
    qtbot.keyClicks(field.other, "1 1 2 2")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert returning_state.settings.current.emergency_number == "1122"
    assert len(saves) == 1


def test_choosing_a_language_is_saved_and_says_it_comes_at_the_next_start(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = settings_page(window)
    assert returning_state.content.language == "en"
    names = [page.language.itemText(i) for i in range(1, page.language.count())]
    assert names == ["English", "Español"]  # each in its own name
    pick(qtbot, page.language, "es")
    assert SettingsStore.open(returning_state.data_dir).current.language == "es"
    assert page.language_note.isVisible()
    assert page.language_note.text().splitlines() == [
        "Español will be used the next time you open the app.",
        "La próxima vez que abra la aplicación se usará este idioma: Español.",
    ]
    assert returning_state.content.language == "en"  # this run keeps its language
    pick(qtbot, page.language, "en")
    assert not page.language_note.isVisible()  # back to the one in use: nothing to say
    pick(qtbot, page.language, None)
    assert SettingsStore.open(returning_state.data_dir).current.language is None


def test_a_long_folder_name_breaks_onto_lines_and_copies_as_it_is(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    folder = tmp_path / ("My_thigh_pain_data_kept_in_one_long_folder_name_" * 3)
    state = AppState.open(folder, now=clock)
    state.settings.update(welcome_done=True, emergency_number="112")
    window = make_window(state, page="settings")
    window.resize(800, 520)
    page = settings_page(window)
    shown = page.folder_label
    page.ensureWidgetVisible(shown)
    qtbot.waitUntil(lambda: shown.width() < 700)
    assert shown.toPlainText() == str(folder)
    assert shown.height() >= 3 * shown.fontMetrics().lineSpacing()  # on lines, all of it
    assert shown.accessibleName() == "Data folder"
    assert page.horizontalScrollBar().maximum() == 0  # the page is no wider than the window
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(shown, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(shown, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == str(folder)  # no hidden marks in it


def test_a_refused_delete_says_why_in_the_persons_language(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A folder the app may not change: the status said Python's own English words,
    "[Errno 13] Permission denied: '/…/backups'", in the middle of a Spanish sentence."""
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    state.store.maintenance()  # the backups folder, which is deleted first

    def refused(path: object, *_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(app_state.shutil, "rmtree", refused)
    assert install_translators(qapp, "es")
    try:
        page = settings_page(make_window(state, page="settings"))
        qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
        assert page.confirm_box is not None
        delete = next(b for b in page.confirm_box.buttons.buttons() if b.text() == "Borrar todo")
        qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
        assert page.status.text() == (
            "No se pudieron borrar algunos archivos, porque la aplicación no tiene permiso "
            "para cambiar su carpeta de datos (puede que sea de solo lectura). Siguen en la "
            "carpeta."
        )
    finally:
        assert install_translators(qapp, "en")


def test_a_long_emergency_entry_shows_whole_at_the_largest_text(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """At 175% on a 1024x600 screen the list showed "112 · Most of Europe, India and
    many…": 711 px of words in under 600 px. A long entry now carries on below, the box as
    tall as its lines, and a short one takes one line again."""
    returning_state.settings.update(text_scale=175)
    window = sized(make_window(returning_state, page="settings"), 1024, 600)
    box = settings_page(window).emergency.combo
    assert "Most of Europe, India and many other countries" in box.currentText()
    assert choice_problems(box) == []
    pick(qtbot, box, "other")
    settle()
    assert box.currentText() == "Another number…" and choice_problems(box) == []
    one_line = box.height()
    pick(qtbot, box, "999")
    settle()
    assert "United Kingdom, Ireland, Hong Kong and Malaysia" in box.currentText()
    assert choice_problems(box) == [] and box.height() > one_line


def test_tab_round_from_the_page_list_shows_the_control_it_lands_on(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    """After Tab went through the page to "Delete all my data" and on to the page list,
    the next Tab put the keyboard on the emergency number, scrolled out of sight above:
    the page stayed at its bottom, so nobody could see where the keyboard was."""
    window = make_window(returning_state, page="settings")
    window.resize(1024, 600)
    page = settings_page(window)
    page.delete_button.setFocus()
    qtbot.keyClick(page.delete_button, Qt.Key.Key_Tab)
    assert window.nav.isAncestorOf(QApplication.focusWidget())
    landed = key(qtbot, Qt.Key.Key_Tab)
    assert page.isAncestorOf(landed), landed
    top = landed.mapTo(page.viewport(), landed.rect().topLeft()).y()
    assert top >= 0 and top + landed.height() <= page.viewport().height(), top
    backward = key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.nav.isAncestorOf(backward)
    landed = key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert landed is page.delete_button
    top = landed.mapTo(page.viewport(), landed.rect().topLeft()).y()
    assert top >= 0 and top + landed.height() <= page.viewport().height(), top


@pytest.mark.parametrize(
    ("language", "metric", "imperial"),
    [
        ("en", "Distances in kilometres and metres", "Distances in miles and yards"),
        ("es", "Distancias en kilómetros y metros", "Distancias en millas y yardas"),
    ],
)
def test_the_units_are_heard_as_one_sentence_without_a_capital_inside(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    language: str,
    metric: str,
    imperial: str,
) -> None:
    """A screen reader said "Distances in Kilometres and metres" ("Distancias en
    Kilómetros y metros"): the option's own label put inside a sentence."""
    state = AppState.open(tmp_path / "data", now=clock, language=language)
    state.settings.update(welcome_done=True, emergency_number="112")
    assert install_translators(qapp, language)
    try:
        page = settings_page(make_window(state, page="settings"))
        click(qtbot, page.unit_buttons[Units.IMPERIAL])
        assert page.unit_buttons[Units.IMPERIAL].isChecked()
        assert page.unit_buttons[Units.METRIC].accessibleName() == metric
        assert page.unit_buttons[Units.IMPERIAL].accessibleName() == imperial
    finally:
        assert install_translators(qapp, "en")
