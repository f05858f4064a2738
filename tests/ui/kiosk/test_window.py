"""The locked kiosk window, driven as a stranger in a waiting room (and the staff) would."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QPixmap, QPixmapCache, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.core.shared.pin_hash import hash_pin
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen
from companion.ui.check.screens import ReviewScreen
from companion.ui.kiosk.welcome import KioskWelcome
from companion.ui.kiosk.window import HOLD_SECONDS, KioskWindow
from companion.ui.learn.page import LearnPage
from companion.ui.learn.tile import CardTile
from tests.helpers.answers import NERVE
from tests.helpers.kiosk_ui import PIN, MakeKiosk
from tests.helpers.qt import click, read_then_press, when_asked
from tests.ui.check.test_page import give, question, walk
from tests.ui.check.test_page import start as start_check


def check(window: KioskWindow) -> CheckPage:
    page = window.page("check")
    assert isinstance(page, CheckPage)
    return page


def welcome(window: KioskWindow) -> KioskWelcome:
    page = window.page("welcome")
    assert isinstance(page, KioskWelcome)
    return page


def finish_a_check(qtbot: QtBot, window: KioskWindow) -> CheckPage:
    click(qtbot, welcome(window).check_button)
    page = check(window)
    start_check(qtbot, page)
    walk(qtbot, page, NERVE)
    assert isinstance(page.view, ReviewScreen)
    click(qtbot, page.view.result_button)
    assert isinstance(page.view, ResultScreen)
    return page


def gone(widget: QWidget) -> bool:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return not shiboken6.isValid(widget)


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
        wheel = QWheelEvent(
            QPointF(50, 50),
            QPointF(target.mapToGlobal(QPoint(50, 50))),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(target.viewport() if hasattr(target, "viewport") else target, wheel)
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


# --- private ----------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
    }


@pytest.mark.usefixtures("own_temp_folder")
def test_a_whole_session_leaves_the_data_folder_and_home_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.app import Running, start
    from companion.cli.options import parse_options

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "emergency_number": "999"}')
    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))
    before = snapshot(data), snapshot(home)

    running = start(parse_options(["--kiosk", "--data-dir", str(data)]))
    assert isinstance(running, Running)
    window = running.window
    assert isinstance(window, KioskWindow)
    qtbot.addWidget(window)
    try:
        finish_a_check(qtbot, window)
        assert window.state.latest_check() is not None
        click(qtbot, window.finish_button)
        for name in ("learn", "timers", "check"):
            window.show_page(name)
    finally:
        running.lock.release()
    assert (snapshot(data), snapshot(home)) == before


def test_a_bad_config_stops_the_app_naming_the_key(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.app import start
    from companion.cli.options import parse_options

    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)}
    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    config = tmp_path / "kiosk.toml"
    config.write_text('emergency_number = "112"\n[clinic]\nname = "X"\n[idle]\nseconds = 2\n')
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert "idle.seconds" in shown[0] and "admin" in shown[0]
    assert "will not start" in capsys.readouterr().err
    after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)}
    assert after <= before  # no kiosk window was made (the box's wait may close old ones)


@pytest.mark.usefixtures("own_temp_folder")
def test_a_system_config_turns_the_machine_into_a_kiosk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.app import Running, start
    from companion.cli.options import parse_options

    system = tmp_path / "etc-xdg"
    folder = system / "thigh-pain-companion"
    folder.mkdir(parents=True)
    (folder / "kiosk.toml").write_text(
        'emergency_number = "911"\n[clinic]\nname = "Lakeside Physio"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(system))
    running = start(parse_options(["--data-dir", str(tmp_path / "data")]))
    assert isinstance(running, Running)
    qtbot.addWidget(running.window)
    try:
        assert isinstance(running.window, KioskWindow)
        assert running.window.badge.name.text() == "Lakeside Physio"
        assert "911" in " ".join(
            label.text()
            for label in welcome(running.window).findChildren(type(running.window.badge.name))
        )
    finally:
        running.lock.release()
    assert not (tmp_path / "data").exists()


def test_a_second_kiosk_does_not_start_on_top_of_the_first(
    own_temp_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.app import start
    from companion.cli.options import parse_options
    from companion.ui.shell.application import APP_ID
    from companion.ui.shell.single_instance import InstanceLock

    monkeypatch.setenv("XDG_CONFIG_DIRS", str(own_temp_folder / "no-system-config"))
    folder = own_temp_folder / f"{APP_ID}-kiosk"
    folder.mkdir()
    first = InstanceLock(folder)
    assert first.acquire()
    try:
        assert start(parse_options(["--kiosk"])) == 1
        assert "already running" in capsys.readouterr().err
    finally:
        first.release()


@pytest.mark.usefixtures("own_temp_folder")
def test_a_logo_that_cannot_be_read_stops_the_kiosk_naming_the_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from companion.app import start
    from companion.cli.options import parse_options

    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    (tmp_path / "logo.png").write_bytes(b"not a picture")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        'emergency_number = "112"\n[clinic]\nname = "X"\nlogo = "logo.png"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert f"{config}: clinic.logo:" in shown[0] and "could not be read" in shown[0]


def test_the_clinic_logo_shows_beside_its_name(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b6b73"))
    assert image.save(str(logo))
    window = make_kiosk(logo=logo).window
    assert window.badge.logo.isVisible()
    assert window.badge.logo.pixmap().height() <= 48


# --- language: each person may switch; the next is greeted in the clinic's ------------

SPANISH_EMERGENCY = "Pida ayuda ahora"
ENGLISH_EMERGENCY = "Get help now"


def choose(qtbot: QtBot, window: KioskWindow, code: str) -> None:
    click(qtbot, welcome(window).languages.switch.buttons[code])


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
