"""The locked kiosk window, driven as a stranger in a waiting room (and the staff) would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import QuestionScreen
from companion.ui.kiosk.welcome import KioskWelcome
from companion.ui.kiosk.window import HOLD_SECONDS
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from tests.helpers.kiosk_pages import finish_a_check
from tests.helpers.kiosk_ui import PIN, MakeKiosk
from tests.helpers.qt import click

ADMIN_CHORD = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.ShiftModifier
)
# --- locked ---------------------------------------------------------------------------


def test_it_fills_the_screen_without_a_frame_and_stays_on_top(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.isFullScreen()
    assert window.geometry() == window.screen().geometry()


def test_only_the_check_learn_and_timer_explanations_are_offered(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    tabs = [tab.text() for tab in window.switch.buttons.values() if tab.isVisible()]
    assert tabs == ["Start", "Guided check", "Learn", "Heat and breaks"]
    assert window.finish_button.isVisible()
    for page in ("journal", "settings", "home"):  # links to pages a kiosk has not got
        window.show_page(page)
        assert window.current_page() == "welcome"


def test_closing_and_quit_keys_do_nothing(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    window.show_page("learn")
    assert window.close() is False
    for key, mods in (
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.MetaModifier),
    ):
        qtbot.keyClick(window.page("learn"), key, mods)
        assert window.isVisible() and window.isFullScreen()
        assert window.current_page() == "learn"


def test_a_minimised_window_comes_straight_back(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    window.setWindowState(Qt.WindowState.WindowMinimized)
    assert window.isFullScreen()
    assert not window.windowState() & Qt.WindowState.WindowMinimized


def test_minimised_while_still_full_screen_as_a_window_manager_reports_it(
    make_kiosk: MakeKiosk,
) -> None:
    """Super+D under openbox sets "minimised" on top of "full screen": it comes back."""
    window = make_kiosk().window
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    assert window.windowState() == Qt.WindowState.WindowFullScreen
    assert window.isVisible()


def test_a_hidden_kiosk_is_shown_again_within_a_second(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.window.hide()
    kiosk.wait(1)
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()


def test_a_window_raised_above_the_kiosk_loses_the_screen_within_a_second(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    other = QWidget()  # say, a terminal the desktop's menu opened
    qtbot.addWidget(other)
    with qtbot.waitActive(other):
        other.show()
        other.activateWindow()
    assert QApplication.activeWindow() is other
    kiosk.wait(1)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk.window, timeout=1000)


def test_the_kiosk_leaves_its_own_dialogs_alone(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    pad = kiosk.window.open_pin_pad()
    kiosk.wait(1)
    assert pad.isVisible()


@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")  # offscreen only
def test_escape_closes_a_text_menu_and_only_the_menu(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    from PySide6.QtWidgets import QMenu

    kiosk = make_kiosk()
    kiosk.window.show_page("learn")
    menu = QMenu(kiosk.window)  # the Copy / Select All menu a text label offers
    menu.addAction("Copy")
    menu.addAction("Select All")
    menu.popup(kiosk.window.mapToGlobal(QPoint(200, 200)))
    qtbot.waitUntil(menu.isVisible)
    assert QApplication.activePopupWidget() is menu
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not menu.isVisible())
    assert kiosk.window.isVisible() and kiosk.window.isFullScreen()
    qtbot.keyClick(kiosk.window.page("learn"), Qt.Key.Key_Escape)  # and the kiosk stays
    assert kiosk.window.isVisible() and kiosk.window.current_page() == "learn"


def test_every_button_is_a_big_touch_target(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    finish_a_check(qtbot, window)
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    for name in ("welcome", "check", "learn", "timers"):
        window.show_page(name)
        QApplication.processEvents()
        controls = [
            w
            for kind in (QPushButton, QToolButton, QRadioButton, QCheckBox)
            for w in window.findChildren(kind)
            if w.isVisibleTo(window)
        ]
        assert controls
        for widget in controls:
            assert widget.height() >= 48, (name, widget.text(), widget.height())
            assert widget.accessibleName() or widget.text(), (name, type(widget))
    # Inside Learn: an opened card.
    window.show_page("learn")
    tile = next(t for t in learn.findChildren(CardTile) if t.isVisibleTo(learn))
    click(qtbot, tile)
    card = learn.currentWidget()
    assert card is not None and card is not tile
    QApplication.processEvents()
    buttons = [w for w in card.findChildren(QPushButton) if w.isVisibleTo(card)]
    assert buttons
    for widget in buttons:
        assert widget.height() >= 48, ("card", widget.text(), widget.height())


def test_one_touch_brings_the_take_home_code_into_view(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    page = finish_a_check(qtbot, window)
    result = page.view
    assert isinstance(result, ResultScreen) and result.handoff is not None
    button = result.take_home_button
    assert button is not None and button.isVisible()
    viewport = page.viewport()

    def code_on_screen() -> bool:
        QApplication.processEvents()
        assert result.handoff is not None
        top = result.handoff.mapTo(viewport, QPoint(0, 0)).y()
        return (
            top >= 0 and top + min(result.handoff.height(), viewport.height()) <= viewport.height()
        )

    assert not code_on_screen()  # below the urgency, reasons and advice
    click(qtbot, button)
    assert code_on_screen()


def test_nothing_asks_for_typing(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    finish_a_check(qtbot, window)
    for name in ("learn", "timers"):
        window.show_page(name)
    shown = [
        field
        for page in window.pages.values()
        for field in page.findChildren(QLineEdit)
        if field.isVisibleTo(page)
    ]
    assert shown == []


# --- staff exit -----------------------------------------------------------------------


def test_holding_the_clinic_name_opens_the_pin_pad(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    badge = window.badge
    qtbot.mousePress(badge, Qt.MouseButton.LeftButton)
    kiosk.wait(HOLD_SECONDS - 1)
    qtbot.mouseRelease(badge, Qt.MouseButton.LeftButton)
    kiosk.wait(5)
    assert window.pin_pad is None  # a short press is just a touch
    qtbot.mousePress(badge, Qt.MouseButton.LeftButton)
    kiosk.wait(HOLD_SECONDS)
    assert window.pin_pad is not None and window.pin_pad.isVisible()


def test_the_right_pin_exits_and_a_wrong_one_does_not(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    qtbot.keyClick(
        window,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier
        | Qt.KeyboardModifier.AltModifier
        | Qt.KeyboardModifier.ShiftModifier,
    )
    pad = window.pin_pad
    assert pad is not None and pad.isVisible()
    for digit in "1111":
        click(qtbot, pad.digit_buttons[digit])
    click(qtbot, pad.unlock_button)
    assert window.isVisible() and not window.exit_allowed
    assert "not right" in pad.message.text()
    for digit in PIN:
        click(qtbot, pad.digit_buttons[digit])
    click(qtbot, pad.unlock_button)
    assert window.exit_allowed
    assert not window.isVisible()


def test_five_wrong_pins_lock_the_pad_for_a_minute(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    pad = window.open_pin_pad()
    for _ in range(5):
        for digit in "9999":
            click(qtbot, pad.digit_buttons[digit])
        click(qtbot, pad.unlock_button)
    assert not pad.digit_buttons["2"].isEnabled()
    assert "Try again in 60 seconds" in pad.message.text()
    kiosk.wait(59)
    assert not pad.digit_buttons["2"].isEnabled()
    kiosk.wait(1)
    assert pad.digit_buttons["2"].isEnabled()
    for digit in PIN:
        click(qtbot, pad.digit_buttons[digit])
    click(qtbot, pad.unlock_button)
    assert window.exit_allowed


def test_without_a_pin_set_the_pad_cannot_unlock(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(pin_hash=None).window
    pad = window.open_pin_pad()
    assert "No admin PIN" in pad.message.text() or "no admin PIN" in pad.message.text()
    assert not pad.unlock_button.isVisible()
    click(qtbot, pad.cancel_button)
    assert not pad.isVisible() and window.isVisible()


def test_a_pin_pad_left_open_gives_way_to_still_there(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    # Both open at once, each pulled the keyboard back to itself (a RecursionError), and
    # Enter meant for "I'm still here" tried the pad's half-typed PIN, using up a try.
    kiosk = make_kiosk()
    window = kiosk.window
    qtbot.keyClick(window, Qt.Key.Key_K, ADMIN_CHORD)
    pad = window.pin_pad
    assert pad is not None and pad.isVisible()
    for digit in "24":
        qtbot.keyClick(pad.dots, getattr(Qt.Key, f"Key_{digit}"))
    kiosk.wait(window.idle.idle_seconds)
    notice = window.idle_notice
    assert notice is not None and notice.isVisible()
    assert not pad.isVisible()
    assert QApplication.focusWidget() is notice.button
    qtbot.keyClick(notice.button, Qt.Key.Key_Return)
    kiosk.wait(1)
    assert not notice.isVisible()
    assert window.gate.misses == 0 and window.sessions_cleared == 0


def test_the_pin_pad_opens_in_place_of_still_there(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    qtbot.keyClick(window, Qt.Key.Key_Tab)  # someone used the screen
    kiosk.wait(window.idle.idle_seconds)
    notice = window.idle_notice
    assert notice is not None and notice.isVisible()
    qtbot.keyClick(notice.button, Qt.Key.Key_K, ADMIN_CHORD)
    pad = window.pin_pad
    assert pad is not None and pad.isVisible()
    assert not notice.isVisible()
    assert QApplication.focusWidget() is pad.dots


def test_the_keyboard_alone_starts_the_check(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    # Space on the welcome's big button leaves the keyboard on the check page, not on
    # its Start button: Enter, the check's "go on" key, did nothing there.
    window = make_kiosk().window
    welcome = window.page("welcome")
    assert isinstance(welcome, KioskWelcome)
    welcome.check_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(welcome.check_button, Qt.Key.Key_Space)
    page = window.page("check")
    assert isinstance(page, CheckPage) and page.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, Qt.Key.Key_Return)
    assert isinstance(page.view, QuestionScreen)
    assert page.view.question.id == "age_band"


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_learn_card_offers_no_way_to_the_journal_the_kiosk_has_not_got(
    qtbot: QtBot, make_kiosk: MakeKiosk, language: str
) -> None:
    """ "Open the journal" led to the kiosk's start page, and so did the word "journal"
    in the card's text."""
    window = make_kiosk(language=language).window
    click(qtbot, window.tabs["learn"])
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    card = learn.learn.cards["track_progress"]
    assert [link.page for link in card.links] == ["journal"]  # in the personal app
    tile = next(t for t in learn.findChildren(CardTile) if t.accessibleName() == card.title)
    click(qtbot, tile)
    shown = learn.card_view
    assert learn.currentWidget() is shown and shown.card is not None
    buttons = [b.text() for b in shown.findChildren(QPushButton) if b.isVisibleTo(shown)]
    assert card.links[0].label not in buttons
    texts = (shown.main_text.text(), shown.detail_text.text())
    assert not any("page:journal" in text for text in texts)
    assert "(page:journal)" in card.main + card.detail  # the words stay, as plain text
    assert window.current_page() == "learn"
