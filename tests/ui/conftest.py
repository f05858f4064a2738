"""Fixtures for driving real windows with qtbot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.core.shared.content import load_content
from companion.core.shared.kiosk_config import KioskConfig
from companion.ui.kiosk.window import KioskWindow
from companion.ui.shared.appearance import Appearance
from companion.ui.shared.focus_ring import follow_input
from companion.ui.shared.language import install_translators
from companion.ui.shared.theme import KIOSK_TOUCH_PX
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import TimerDriver, driver_for
from tests.helpers.clock import FakeClock, Monotonic
from tests.helpers.kiosk_ui import PIN_HASH, Kiosk, MakeKiosk
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import ManualTimer
from tests.helpers.translations import build_translations


@pytest.fixture(scope="session", autouse=True)
def _app_speaks_english(qapp: QApplication) -> None:
    """The interface in English, as the app starts for an English-speaking person: the
    built translations installed (English needs them for its counted words)."""
    build_translations()
    assert install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _english_again(qapp: QApplication) -> Iterator[None]:
    """A test that leaves the app speaking another language (a start that failed says
    why in the kiosk's or the Settings' language, and the process would end there) gives
    the next test English back: else its words depend on the order tests run in."""
    yield
    spoken = {t.language().split("_")[0] for t in qapp.findChildren(QTranslator)}
    spoken.discard("")
    english = (QLocale.Language.English, QLocale.Language.C)
    if spoken - {"en"} or QLocale().language() not in english:
        install_translators(qapp, "en")


@pytest.fixture(autouse=True)
def _app_look_restored(qapp: QApplication) -> Iterator[None]:
    """A test that changes the theme or text size leaves the shared app as it found it,
    so later tests lay out at the size they expect."""
    style, palette, font = qapp.styleSheet(), qapp.palette(), qapp.font()
    yield
    if qapp.styleSheet() != style:
        qapp.setPalette(palette)
        qapp.setFont(font)
        qapp.setStyleSheet(style)


@pytest.fixture
def own_temp_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp folder of this test's own, so a kiosk's lock there never meets another run's."""
    import tempfile

    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def state(tmp_path: Path, clock: FakeClock) -> AppState:
    return AppState.open(tmp_path / "data", now=clock)


@pytest.fixture
def returning_state(state: AppState) -> AppState:
    """Someone who already went through the welcome and chose a number."""
    state.settings.update(welcome_done=True, emergency_number="112")
    return state


@pytest.fixture(params=["en", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface in each language, English and Spanish (whose words run about a fifth
    longer): its translations installed for the test, English given back after."""
    assert install_translators(qapp, request.param)
    yield request.param
    assert install_translators(qapp, "en")


@pytest.fixture(params=["en", "es"])
def largest_text(
    request: pytest.FixtureRequest, qapp: QApplication, returning_state: AppState
) -> Iterator[AppState]:
    """A returning user at the largest text size (175%), in English and in Spanish (its
    words run about a fifth longer): the interface and the content (content/es/) both,
    as the app runs with Spanish chosen."""
    assert install_translators(qapp, request.param)
    returning_state.settings.update(text_scale=175, language=request.param)
    returning_state.content = load_content(language=request.param)
    yield returning_state
    install_translators(qapp, "en")


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication) -> Iterator[object]:
    def build(state: AppState, page: str = "home", **options: Any) -> MainWindow:
        appearance = Appearance(qapp, state.settings)
        window = MainWindow(state, appearance, page=page, **options)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):  # keyboard shortcuts only reach the active window
            window.show()
            window.activateWindow()
        follow_input(qapp)  # the app starts it once its window is up
        return window

    yield build


# --- the timers: a clock moved by hand, a driver ticked by hand ---------------------


@pytest.fixture
def timer_clock(clock: FakeClock) -> TimerClock:
    """The driver's clocks, sharing the wall clock the app state uses."""
    return TimerClock(clock)


@pytest.fixture
def driver(returning_state: AppState, timer_clock: TimerClock) -> Iterator[TimerDriver]:
    made = driver_for(returning_state, clock=timer_clock, timer_factory=ManualTimer)
    yield made
    made.stop()


# --- the kiosk ------------------------------------------------------------------------


@pytest.fixture
def make_kiosk(qtbot: QtBot, qapp: QApplication, clock: FakeClock) -> Iterator[MakeKiosk]:
    """Builds kiosk windows; each is let go of at the end as staff do, with the PIN: a
    kiosk refuses to close otherwise, and one left open kept its filter on the whole
    application, so a later test's Esc never reached a search field."""
    windows: list[KioskWindow] = []

    def build(speak: Callable[[str], None] = lambda _code: None, **config: object) -> Kiosk:
        values: dict[str, object] = {
            "clinic_name": "Riverside Clinic",
            "emergency_number": "112",
            "pin_hash": PIN_HASH,
        }
        values.update(config)
        state = AppState.open_kiosk(KioskConfig(**values), now=clock)  # type: ignore[arg-type]
        appearance = Appearance(qapp, state.settings, touch=KIOSK_TOUCH_PX)  # as the app does
        mono = Monotonic(5000.0)
        tickers: list[ManualTimer] = []

        def factory(parent: object) -> ManualTimer:
            tickers.append(ManualTimer())
            return tickers[-1]

        window = KioskWindow(
            state, monotonic=mono, timer_factory=factory, speak=speak, appearance=appearance
        )
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitExposed(window):
            window.start()
        window.activateWindow()
        follow_input(qapp)  # the app starts it once its window is up
        return Kiosk(window, mono, tickers[0])

    yield build
    for window in windows:
        if shiboken6.isValid(window) and not window.exit_allowed:
            window.exit_kiosk()
