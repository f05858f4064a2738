"""The shell as a person meets it: navigation, menus, home, about, first run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.journal.entry import LEVELS, Entry
from companion.core.shared.app_state import CHECKS, JOURNAL, AppState
from companion.core.shared.records import CheckRecord
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.keyboard import pick
from tests.helpers.qt import visible_text

MakeWindow = Callable[..., MainWindow]


def button_named(widget: QWidget, text: str) -> QPushButton:
    matches = [b for b in widget.findChildren(QPushButton) if b.text() == text and b.isVisible()]
    assert len(matches) == 1, f"expected one visible button {text!r}, found {len(matches)}"
    return matches[0]


def test_title_names_the_app_and_page(make_window: MakeWindow, returning_state: AppState) -> None:
    window = make_window(returning_state)
    assert window.windowTitle() == "Home – Thigh Pain Companion"
    assert not window.windowIcon().isNull()


def test_clicking_each_nav_button_opens_its_page(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state)
    for page in ("check", "learn", "timers", "journal", "settings", "home"):
        qtbot.mouseClick(window.nav.buttons[page], Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.page(page)
        assert window.nav.buttons[page].isChecked()


def test_keyboard_shortcuts_and_arrows_move_between_pages(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "journal"
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "settings"
    # The pages are a single-choice list: the arrows move and open, Tab leaves the list.
    window.nav.buttons["home"].click()
    window.nav.buttons["home"].setFocus()
    qtbot.keyClick(window.nav.buttons["home"], Qt.Key.Key_Down)
    assert window.nav.buttons["check"].hasFocus()
    assert window.current_page() == "check"
    qtbot.keyClick(window.nav.buttons["check"], Qt.Key.Key_End)
    assert window.current_page() == "settings" and window.nav.buttons["settings"].hasFocus()
    qtbot.keyClick(window.nav.buttons["settings"], Qt.Key.Key_Up)
    assert window.current_page() == "journal"
    qtbot.keyClick(window.nav.buttons["journal"], Qt.Key.Key_Tab)
    focus = QApplication.focusWidget()
    assert focus is not None and window.page("journal").isAncestorOf(focus)
    qtbot.keyClick(focus, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert window.nav.buttons["journal"].hasFocus()  # back to the one page chosen


def test_every_page_opened_for_the_first_time_leaves_the_keyboard_in_the_list(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # A page is built the first time it is opened; building it must not pull the
    # keyboard into it, or the next arrow press would no longer move between pages.
    from companion.core.shared.pages import PAGES

    window = make_window(returning_state)
    window.nav.buttons[PAGES[0]].setFocus()
    for page in PAGES[1:]:
        assert page not in window.pages
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        assert window.current_page() == page
        assert window.nav.buttons[page].hasFocus(), f"{page}: {QApplication.focusWidget()}"


def test_a_page_opened_by_its_shortcut_takes_the_keyboard_along_in_the_list(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    # With the keyboard on Home in the list, Ctrl+5 opens the journal: the keyboard moves
    # to Journal with it, so the next arrow goes on from there (and a screen reader does
    # not name Home while the journal shows). Elsewhere on a page, it stays where it is.
    window = make_window(returning_state)
    window.nav.buttons["home"].setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "journal"
    assert window.nav.buttons["journal"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert window.current_page() == "settings"
    in_page = window.page("settings").findChild(QAbstractButton)
    assert in_page is not None
    in_page.setFocus()
    qtbot.keyClick(in_page, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "home"
    assert not any(choice.hasFocus() for choice in window.nav.buttons.values())


def test_open_on_a_page_from_the_command_line(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    assert window.stack.currentWidget() is window.page("settings")
    # The keyboard starts on the page shown, not on Home: Space there would open Home,
    # and a screen reader would say "Home" over the settings.
    learn = make_window(returning_state, page="learn")
    assert QApplication.focusWidget() is learn.nav.buttons["learn"]
    qtbot.keyClick(learn.nav.buttons["learn"], Qt.Key.Key_Space)
    assert learn.current_page() == "learn"
    qtbot.keyClick(learn.nav.buttons["learn"], Qt.Key.Key_Down)
    assert learn.current_page() == "timers" and learn.nav.buttons["timers"].hasFocus()


def test_the_window_opens_as_big_and_where_it_was_left(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    from companion.core.shared.window_place import WINDOW_FILE

    first = make_window(returning_state)
    usual = (first.size(), first.isMaximized())  # the test screen is small: maximised
    first.showNormal()
    first.setGeometry(0, 40, 800, 540)
    first.close()
    again = make_window(returning_state)
    assert not again.isMaximized()
    x, y, width, height = again.geometry().getRect()
    assert (y, width, height) == (40, 800, 540)
    assert 0 <= x <= 4  # Qt keeps the frame, a few pixels wide, on the (small) screen
    again.showMaximized()
    again.close()
    assert make_window(returning_state).isMaximized()  # maximised stays maximised
    # A place Qt cannot use (hand-edited, from another version): the usual size.
    (returning_state.data_dir / WINDOW_FILE).write_text('{"geometry": "AdnQywADAAA="}')
    fresh = make_window(returning_state)
    assert (fresh.size(), fresh.isMaximized()) == usual
    returning_state.delete_all_data()  # kept no longer than the rest of the data
    assert not (returning_state.data_dir / WINDOW_FILE).exists()


def test_a_window_dragged_mostly_off_the_side_keeps_its_size_and_height(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    """On a small laptop screen a person drags the window 60% off the left edge to peek
    at something behind it: it opens again at the size and height it was left, brought
    onto the screen (the check for a title bar out of reach must not take it for one)."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen().availableGeometry()
    first = make_window(returning_state)
    first.showNormal()
    first.setGeometry(screen.left() - 480, screen.top() + 40, 800, 540)
    first.close()
    # 320 of its 800 pixels are on the screen, title bar and all: enough to grab it.
    again = make_window(returning_state)
    assert not again.isMaximized()  # the usual place is maximised on the small test screen
    x, y, width, height = again.geometry().getRect()
    assert (y, width, height) == (screen.top() + 40, 800, 540)
    assert screen.left() - 480 <= x <= screen.left() + 4  # where it was, or just on


def test_a_window_kept_at_the_end_of_the_number_range_opens_on_the_screen(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    """A place Qt saved, hand-edited or damaged, with its top at -2147483647 (the least a
    place can hold): Qt's own check that puts a window back on the screen overflows, and
    the window opened 2,147,483,647 pixels above it, out of sight and out of reach."""
    import base64
    import json
    import struct

    from PySide6.QtGui import QGuiApplication

    from companion.core.shared.window_place import WINDOW_FILE

    first = make_window(returning_state)
    first.showNormal()
    first.setGeometry(0, 40, 800, 540)
    saved = bytearray(first.saveGeometry().data())
    first.close()
    least = -(2**31) + 1
    # The magic number and version (8 bytes), then the frame, the normal and (last 16
    # bytes) the window's own place, each as left, top, right, bottom.
    for at in (8, 24, len(saved) - 16):
        struct.pack_into(">iiii", saved, at, 0, least, 799, least + 539)
    text = base64.b64encode(bytes(saved)).decode("ascii")
    (returning_state.data_dir / WINDOW_FILE).write_text(json.dumps({"geometry": text}))
    again = make_window(returning_state)
    screen = QGuiApplication.primaryScreen().availableGeometry()
    top = again.frameGeometry().top()
    assert screen.top() <= top < screen.bottom()  # before: -2147483647


def test_first_time_home_offers_the_check_as_first_step(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    state.settings.update(welcome_done=True)
    window = make_window(state)
    home = window.page("home")
    text = visible_text(home)
    assert "Start with the guided check" in text
    assert "emergency number is not set" in text
    assert "your local emergency number" in text  # never a made-up default
    qtbot.mouseClick(button_named(home, "Start the guided check"), Qt.MouseButton.LeftButton)
    assert window.current_page() == "check"


def test_returning_home_shows_the_state_at_a_glance(
    make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    journal = returning_state.store.partitioned(JOURNAL, "time")
    clock.advance(days=-2)
    journal.insert(Entry(time=clock(), pain_now=6, level=LEVELS[3], side="right").to_dict())
    returning_state.store.table(CHECKS).insert(
        CheckRecord(
            clock(), "self_care", "sciatic_nerve", (), "The nerve pattern fits best."
        ).to_dict()
    )
    clock.advance(days=2)
    window = make_window(returning_state)
    home = window.page("home")
    text = visible_text(home)
    assert "Welcome back" in home.title_label.text()
    assert "Next step: today's journal entry" in text
    assert "Last entry 2 days ago. Pain then: 6 out of 10. Entries in the last 7 days: 1." in text
    assert "Last done 2 days ago." in text and "nerve pattern" in text
    assert "Call 112 or go to an emergency department" in text
    assert "emergency number is not set" not in text


def test_home_updates_after_a_new_entry(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, clock: FakeClock
) -> None:
    window = make_window(returning_state, page="settings")
    returning_state.store.partitioned(JOURNAL, "time").insert(
        Entry(time=clock(), pain_now=3, level=LEVELS[3], side="right").to_dict()
    )
    qtbot.mouseClick(window.nav.buttons["home"], Qt.MouseButton.LeftButton)
    assert "You are up to date for today" in visible_text(window.page("home"))


def test_welcome_runs_on_first_start_and_saves_the_choice(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    assert "not take the place of a doctor" in dialog.intro_text.text()
    assert "Step 1 of 2" in dialog.step_label.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert "Step 2 of 2" in dialog.step_label.text()
    assert not dialog.next_button.isEnabled()  # a number first, or "later"
    assert dialog.number_hint.isVisible()  # says why the button is not ready yet
    pick(qtbot, dialog.number_field.combo, "999")
    assert dialog.next_button.isEnabled() and not dialog.number_hint.isVisible()
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert state.settings.current.emergency_number == "999"
    assert state.settings.current.welcome_done
    assert "Call 999 or go to an emergency department" in visible_text(window.page("home"))


def test_welcome_takes_a_typed_number_and_enter_finishes(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    field = dialog.number_field
    pick(qtbot, field.combo, "other")
    assert field.other.isVisible()
    assert field.combo.nextInFocusChain() is field.other  # Tab goes to the box next
    field.other.setFocus()
    qtbot.keyClicks(field.other, "11x")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert "only digits" in field.error.text()
    assert dialog.isVisible() and not dialog.next_button.isEnabled()
    field.other.clear()
    qtbot.keyClicks(field.other, "1122")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert state.settings.current.emergency_number == "1122"
    assert state.settings.current.welcome_done


def test_welcome_can_leave_the_number_for_later(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert state.settings.current.welcome_done
    assert state.settings.current.emergency_number is None  # "later" keeps it unset
    assert "emergency number is not set" in visible_text(window.page("home"))


def test_about_box_names_the_app_version_and_disclaimer(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state)
    about = window.show_about()
    qtbot.waitExposed(about)
    text = visible_text(about)
    assert "Thigh Pain Companion" in text and "Version 0.1.0" in text
    assert "not a diagnosis" in about.body.text()
    assert str(returning_state.data_dir) in text


@pytest.mark.parametrize(("scale", "scrolls"), [(100, False), (175, True)])
def test_the_about_box_fits_the_screen_with_close_in_view(
    qtbot: QtBot, make_window: MakeWindow, returning_state: AppState, scale: int, scrolls: bool
) -> None:
    returning_state.settings.update(text_scale=scale)
    window = make_window(returning_state)
    about = window.show_about()
    qtbot.waitExposed(about)
    screen = about.screen().availableGeometry()
    assert about.height() <= screen.height() * 0.9
    close = about.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.isVisible() and about.rect().contains(close.geometry())
    bar = about.words_area.verticalScrollBar()
    assert (bar.maximum() > 0) is scrolls
    if scrolls:  # from the keyboard too: Close has the focus, the keys scroll the words
        about.activateWindow()
        qtbot.waitUntil(lambda: about.focusWidget() is close)
        qtbot.keyClick(close, Qt.Key.Key_PageDown)
        assert bar.value() > 0
        qtbot.keyClick(close, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        qtbot.keyClick(close, Qt.Key.Key_PageUp)
        assert bar.value() < bar.maximum()
        qtbot.keyClick(close, Qt.Key.Key_Home)
        assert bar.value() == 0
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_every_control_has_a_name_and_a_big_enough_target(
    make_window: MakeWindow, returning_state: AppState
) -> None:
    window = make_window(returning_state)
    for page in window.nav.buttons:
        window.show_page(page)
        QApplication.processEvents()
        controls = window.findChildren(QAbstractButton) + window.findChildren(QComboBox)
        controls += window.findChildren(QLineEdit)
        for control in controls:
            if not control.isVisible():
                continue
            text = control.text() if isinstance(control, QAbstractButton) else ""
            name = control.accessibleName() or text
            assert name.strip(), f"unnamed {type(control).__name__} on {page}"
            # Reachable by Tab, or (in a single-choice list) by the arrows from the chosen
            # entry, which is the list's one Tab stop.
            group = control.group() if isinstance(control, QAbstractButton) else None
            reachable = control.focusPolicy() & Qt.FocusPolicy.TabFocus or (
                group is not None
                and group.exclusive()
                and any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group.buttons())
            )
            assert reachable, f"{name!r} on {page}: not reachable by keyboard"
            assert control.height() >= 40, f"{name!r} on {page} is {control.height()} px tall"


def test_pyqtgraph_is_not_loaded_at_start(tmp_path: Path) -> None:
    """The graph library loads only when the journal's graph is first shown; OpenSSL
    (hashlib) only when an entry moves to another year, and the sync tool's conflict
    copies are looked for when the journal first reads a year (both loaded at start for
    a while: 14 million instructions, 1%).

    Checked in a fresh process: other tests in this one have already shown the graph.
    """
    import subprocess
    import sys

    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from companion.core.shared.app_state import AppState\n"
        "from companion.ui.shared.appearance import Appearance\n"
        "from companion.ui.shell.main_window import MainWindow\n"
        "app = QApplication([])\n"
        f"state = AppState.open(__import__('pathlib').Path({str(tmp_path)!r}))\n"
        "state.settings.update(welcome_done=True)\n"
        "window = MainWindow(state, Appearance(app, state.settings))\n"
        "window.show()\n"
        "app.processEvents()\n"
        "heavy = ('pyqtgraph', 'hashlib', 'companion.core.shared.conflict_copies')\n"
        "print([name for name in heavy if name in sys.modules])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_spanish_welcome_explains_a_wrong_number_in_spanish(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path
) -> None:
    state = AppState.open(tmp_path / "es", language="es")
    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
    field = dialog.number_field
    pick(qtbot, field.combo, "other")
    field.other.setFocus()
    qtbot.keyClicks(field.other, "11x")
    qtbot.keyClick(field.other, Qt.Key.Key_Return)
    assert field.error.text() == "Un número de emergencias solo tiene cifras, como 112 o 911."
    assert state.settings.current.emergency_number is None


def test_the_welcome_offers_the_language_first_and_says_when_it_applies(
    qtbot: QtBot, make_window: MakeWindow, state: AppState
) -> None:
    from companion.core.shared.settings import SettingsStore

    window = make_window(state)
    dialog = window.show_welcome()
    qtbot.waitExposed(dialog)
    combo = dialog.language_choice.combo
    assert combo.isVisible() and combo.accessibleName() == "Language"
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["Match my computer", "English", "Español"]  # each in its own name
    assert not dialog.language_choice.note.isVisible()
    pick(qtbot, combo, "es")
    assert SettingsStore.open(state.data_dir).current.language == "es"  # as in Settings
    assert dialog.language_choice.note.text().splitlines() == [
        "Español will be used the next time you open the app.",
        "La próxima vez que abra la aplicación se usará este idioma: Español.",
    ]
    assert state.content.language == "en"  # this run keeps its language
    settings = window.page("settings")
    assert settings.language.currentData() == "es"  # Settings shows the same choice
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.later_button, Qt.MouseButton.LeftButton)
    assert state.settings.current.language == "es" and state.settings.current.welcome_done
