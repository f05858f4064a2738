"""The kiosk between people: answers wiped when idle or on Finish, and each one's language."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QPixmap, QPixmapCache
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.ui.check.result import ResultScreen
from companion.ui.kiosk import idle_notice
from companion.ui.kiosk import welcome as kiosk_welcome
from companion.ui.kiosk.window import KioskWindow
from companion.ui.learn.page import LearnPage
from companion.ui.shared.language import install_translators
from tests.helpers.check_ui import give, question
from tests.helpers.check_ui import start as start_check
from tests.helpers.kiosk_pages import check, finish_a_check, welcome
from tests.helpers.kiosk_ui import MakeKiosk
from tests.helpers.qt import click, wheel_down


def gone(widget: QWidget) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(widget)


# --- resets itself --------------------------------------------------------------------


def test_after_the_idle_time_it_asks_then_wipes_every_answer(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    old_state = window.state
    page = finish_a_check(qtbot, window)
    assert old_state.latest_check() is not None
    kiosk.wait(89)
    assert window.idle_notice is None or not window.idle_notice.isVisible()
    kiosk.wait(1)
    notice = window.idle_notice
    assert notice is not None and notice.isVisible()
    assert notice.seconds_left == 20
    kiosk.wait(19)
    assert notice.isVisible() and notice.seconds_left == 1
    assert window.state is old_state
    kiosk.wait(1)
    # The model, not only the screen: the old person's state and pages are gone.
    assert not notice.isVisible()
    assert window.state is not old_state
    assert old_state.latest_check() is not None  # nothing reachable holds it any more
    assert window.state.latest_check() is None
    assert gone(page)
    assert window.current_page() == "welcome"
    assert welcome(window).cleared_label.isVisible()
    fresh = check(window)
    assert fresh is not page and fresh.session.answers == {}
    assert window.sessions_cleared == 1


def test_a_screen_reader_hears_the_warning_and_that_the_answers_were_cleared(
    qtbot: QtBot, make_kiosk: MakeKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The keyboard goes to "I'm still here", then to the new welcome: neither says what
    is happening, so both are said aloud."""
    heard: list[str] = []
    say = lambda _widget, text: heard.append(text)  # noqa: E731
    monkeypatch.setattr(idle_notice, "announce", say, raising=False)
    monkeypatch.setattr(kiosk_welcome, "announce", say, raising=False)
    kiosk = make_kiosk()
    finish_a_check(qtbot, kiosk.window)
    kiosk.wait(90)
    assert heard == [
        "Still there? To keep things private, this screen will soon clear the answers and "
        "start again for the next person. 20 seconds left before the screen clears."
    ]
    kiosk.wait(20)
    assert heard[-1] == "Your answers have been cleared. Thank you, and take care."
    assert len(heard) == 2


def test_an_untouched_screen_never_asks(make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    kiosk.wait(600)
    assert kiosk.window.idle_notice is None
    assert kiosk.window.sessions_cleared == 0


def test_a_touch_and_the_button_both_keep_the_answers(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click(qtbot, welcome(window).check_button)
    page = check(window)
    start_check(qtbot, page)
    give(qtbot, page, "age_18_49")
    give(qtbot, page, "no")
    kiosk.wait(95)
    notice = window.idle_notice
    assert notice is not None and notice.isVisible()
    click(qtbot, notice.button)
    assert not notice.isVisible()
    kiosk.wait(95)
    assert notice.isVisible()
    qtbot.mouseClick(notice, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # anywhere
    kiosk.wait(1)
    assert not notice.isVisible()
    assert check(window) is page
    assert page.session.answers == {"age_band": "age_18_49", "saddle_numbness": "no"}
    assert question(page).question.id == "bladder_bowel_change"


def test_reading_a_long_learn_page_with_some_scrolling_does_not_time_out(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click(qtbot, welcome(window).learn_button)
    learn = window.page("learn")
    assert isinstance(learn, LearnPage)
    target = learn.currentWidget()
    assert target is not None
    for _ in range(10):  # ten minutes of reading, a scroll every minute
        kiosk.wait(60)
        wheel_down(target.viewport() if hasattr(target, "viewport") else target, QPoint(50, 50))
    assert window.idle_notice is None or not window.idle_notice.isVisible()
    assert window.sessions_cleared == 0
    assert window.current_page() == "learn"


def test_keys_count_as_activity(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    kiosk = make_kiosk()
    window = kiosk.window
    click(qtbot, welcome(window).check_button)
    for _ in range(5):
        kiosk.wait(80)
        qtbot.keyClick(window.page("check"), Qt.Key.Key_Tab)
    assert window.sessions_cleared == 0


def test_finish_and_clear_wipes_the_answers_at_once(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    page = finish_a_check(qtbot, window)
    old_state = window.state
    click(qtbot, window.finish_button)
    assert window.state is not old_state and window.state.latest_check() is None
    assert gone(page)
    assert window.current_page() == "welcome"
    assert welcome(window).cleared_label.isVisible()
    click(qtbot, window.tabs["check"])
    assert not welcome(window).cleared_label.isVisible()
    assert check(window).session.answers == {}


def test_a_reset_keeps_no_drawings_of_the_last_persons_pages(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    # The style keeps drawn pieces in one shared cache, under keys that name each page's
    # palette: a kiosk keeping them would fill up with drawings nobody asks for again.
    window = make_kiosk().window
    finish_a_check(qtbot, window)
    window.grab()
    drawn = QPixmap(64, 64)
    drawn.fill(Qt.GlobalColor.red)
    QPixmapCache.insert("last person's drawing", drawn)
    click(qtbot, window.finish_button)
    assert QPixmapCache.find("last person's drawing") is None
    assert window.current_page() == "welcome"


def test_text_a_person_copied_is_gone_after_the_reset(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    """The summary's words can be selected with the mouse and copied with Ctrl+C; the
    next person must not find them on the clipboard."""
    kiosk = make_kiosk()
    page = finish_a_check(qtbot, kiosk.window)
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    words = next(
        shown
        for shown in page.view.findChildren(QLabel)
        if shown.isVisible() and shown.text() and shown.textInteractionFlags() & selectable
    )
    middle = words.height() // 2
    qtbot.mousePress(words, Qt.MouseButton.LeftButton, pos=QPoint(1, middle))
    qtbot.mouseMove(words, QPoint(words.width() - 2, middle))
    qtbot.mouseRelease(words, Qt.MouseButton.LeftButton, pos=QPoint(words.width() - 2, middle))
    qtbot.keyClick(words, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert copied and copied in words.text()
    kiosk.wait(90 + 20)
    assert kiosk.window.sessions_cleared == 1
    assert QApplication.clipboard().text() == ""


def test_every_page_a_person_opens_is_one_qt_can_let_go_of(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    """Qt's style sheet engine keeps a cache entry for every scroll area and drop-down
    list it paints, and forgets it when the widget goes only if the widget has a sheet
    of its own: without one, each page thrown away at "Finish and clear" left about
    1.7 KB for good (1.4 MB per 1,000 visitors in the soak). Every page's scroll area
    carries one."""
    window = make_kiosk().window
    for name in window.tabs:
        click(qtbot, window.tabs[name])
        window.grab()
    areas = window.findChildren(QAbstractScrollArea)
    assert {type(a).__name__ for a in areas} >= {"KioskWelcome", "CheckPage", "TimersPage"}
    assert [type(a).__name__ for a in areas if not a.viewport().styleSheet()] == []


def test_the_start_page_from_the_config_is_where_each_person_begins(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    window = make_kiosk(start_page="check").window
    assert window.current_page() == "check"
    click(qtbot, window.tabs["learn"])
    click(qtbot, window.finish_button)
    assert window.current_page() == "check"


# --- language: each person may switch; the next is greeted in the clinic's ------------

SPANISH_EMERGENCY = "Pida ayuda ahora"
ENGLISH_EMERGENCY = "Get help now"


def choose(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    click(qtbot, welcome(window).languages.switch.buttons[code])


def test_choosing_a_language_by_keyboard_keeps_the_keyboard_on_it(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    """The arrows choose as they move: the screen is built again in Spanish, and the
    keyboard stays on "Español" (it went to the bar at the top), so the next arrow can
    go back to English."""
    window = make_kiosk().window
    english = welcome(window).languages.switch.buttons["en"]
    english.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(english, Qt.Key.Key_Right)
    assert window.language() == "es"
    spanish = welcome(window).languages.switch.buttons["es"]
    assert QApplication.focusWidget() is spanish
    qtbot.keyClick(spanish, Qt.Key.Key_Left)
    assert window.language() == "en"
    assert QApplication.focusWidget() is welcome(window).languages.switch.buttons["en"]


def test_the_welcome_offers_each_language_in_its_own_name(make_kiosk: MakeKiosk) -> None:
    window = make_kiosk().window
    choice = welcome(window).languages
    assert choice.isVisible()
    names = {code: b.text() for code, b in choice.switch.buttons.items() if b.isVisible()}
    assert names == {"en": "English", "es": "Español"}
    assert {b.accessibleName() for b in choice.switch.buttons.values()} == {"English", "Español"}
    assert choice.switch.current() == "en"
    assert "Choose your language" in choice.prompt.text()
    assert "Elija su idioma" in choice.prompt.text()
    for button in choice.switch.buttons.values():
        assert button.height() >= 44  # a finger's width on a touch screen


def test_choosing_espanol_rebuilds_the_screen_in_spanish(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    spoken: list[str] = []
    window = make_kiosk(speak=spoken.append).window
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()
    choose(qtbot, window, "es")
    assert spoken == ["es"]  # the interface's translations were put in place first
    assert window.language() == "es" and window.state.content.language == "es"
    assert welcome(window).languages.switch.current() == "es"
    assert SPANISH_EMERGENCY in welcome(window).safety_text.text()
    assert check(window).content is not None and check(window).content.language == "es"
    choose(qtbot, window, "es")  # the language already shown: nothing is rebuilt
    assert spoken == ["es"]


def test_the_take_home_code_is_in_the_persons_language(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(handoff=frozenset({"qr"})).window
    choose(qtbot, window, "es")
    page = finish_a_check(qtbot, window)
    result = page.view
    assert isinstance(result, ResultScreen) and result.handoff is not None
    summary = result.handoff.summary
    assert summary.startswith("Revisión del dolor de muslo")
    assert "Grado de urgencia:" in summary and "Esto no es un diagnóstico." in summary
    assert "Urgency" not in summary and "not a diagnosis" not in summary


def test_finish_and_clear_returns_to_the_clinics_language(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    spoken: list[str] = []
    window = make_kiosk(speak=spoken.append).window
    choose(qtbot, window, "es")
    click(qtbot, window.finish_button)
    assert spoken == ["es", "en"]
    assert window.language() == "en" and window.state.content.language == "en"
    assert welcome(window).languages.switch.current() == "en"
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()


def test_the_idle_reset_returns_to_the_clinics_language(
    qtbot: QtBot, make_kiosk: MakeKiosk
) -> None:
    kiosk = make_kiosk(idle_seconds=60, countdown_seconds=10)
    window = kiosk.window
    choose(qtbot, window, "es")
    finish_a_check(qtbot, window)
    kiosk.wait(60 + 10)
    assert window.sessions_cleared == 1
    assert window.language() == "en"
    assert ENGLISH_EMERGENCY in welcome(window).safety_text.text()


def test_a_spanish_clinic_greets_everyone_in_spanish(qtbot: QtBot, make_kiosk: MakeKiosk) -> None:
    window = make_kiosk(language="es").window
    assert window.language() == "es"
    assert SPANISH_EMERGENCY in welcome(window).safety_text.text()
    assert welcome(window).languages.prompt.text() == "Elija su idioma · Choose your language"
    choose(qtbot, window, "en")
    assert window.language() == "en"
    click(qtbot, window.finish_button)
    assert window.language() == "es"


@pytest.mark.parametrize("start_page", ["check", "learn"])
def test_a_kiosk_that_starts_past_the_welcome_still_offers_each_language(
    qtbot: QtBot, make_kiosk: MakeKiosk, start_page: str
) -> None:
    spoken: list[str] = []
    window = make_kiosk(start_page=start_page, speak=spoken.append).window
    assert window.current_page() == start_page and "welcome" not in window.pages
    (espanol,) = window.language_buttons.values()  # the bar names the other language
    assert espanol.isVisible() and espanol.text() == "Español"
    assert espanol.accessibleName() == "Elija su idioma: Español"  # said in Spanish
    assert espanol.height() >= 44  # a finger's width
    click(qtbot, espanol)
    assert spoken == ["es"] and window.language() == "es"
    assert window.current_page() == start_page  # the same page, now in Spanish
    assert window.state.content.language == "es"
    (english,) = window.language_buttons.values()
    assert english.isVisible() and english.text() == "English"
    click(qtbot, window.finish_button)
    assert window.language() == "en" and window.current_page() == start_page
    assert [b.text() for b in window.language_buttons.values()] == ["Español"]


def test_a_kiosk_that_starts_on_the_welcome_keeps_the_language_on_the_welcome(
    make_kiosk: MakeKiosk,
) -> None:
    window = make_kiosk().window
    assert window.language_buttons == {}  # the welcome's big buttons are the first screen
    assert welcome(window).languages.isVisible()


def test_a_screen_reader_hears_the_windows_name_in_the_persons_language(
    qtbot: QtBot, qapp: QApplication, make_kiosk: MakeKiosk
) -> None:
    # The window's name was given once, at start: after "Español" a screen reader still
    # heard "Clinic kiosk" over a Spanish screen (and a Spanish clinic's English visitor
    # heard Spanish).
    window = make_kiosk(speak=lambda code: install_translators(qapp, code)).window
    try:
        assert window.accessibleName() == "Clinic kiosk"
        choose(qtbot, window, "es")
        assert window.accessibleName() == "Quiosco del centro"
        assert window.finish_button.text() == "Terminar y borrar"
        click(qtbot, window.finish_button)
        assert window.accessibleName() == "Clinic kiosk"
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize(
    ("enter", "modifier"),
    [
        pytest.param(Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, id="Return"),
        pytest.param(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier, id="keypad Enter"),
    ],
)
def test_enter_on_the_bars_buttons_presses_them(
    qtbot: QtBot, make_kiosk: MakeKiosk, enter: Qt.Key, modifier: Qt.KeyboardModifier
) -> None:
    """The bar is no page: Enter on "Finish and clear" or on a language did nothing."""
    spoken: list[str] = []
    window = make_kiosk(start_page="check", speak=spoken.append).window
    old_state = window.state
    window.finish_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.finish_button, enter, modifier)
    assert window.state is not old_state and window.state.latest_check() is None
    spanish = window.language_buttons["es"]
    spanish.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(spanish, enter, modifier)
    assert spoken == ["es"] and window.content.language == "es"
