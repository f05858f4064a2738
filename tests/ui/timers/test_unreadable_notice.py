"""A heat or ice session saved with times the app cannot read is stopped, never lost
silently: the Timers page says so, plainly, in the person's language, with what to do
(take the pack off, check the skin: domain.md section 4), until heat or ice is started
again. A newer version's timer record is left in the data folder as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import TIMERS, AppState
from companion.core.shared.records import HEAT, ICE
from companion.ui.timers import page as timers_page_module
from companion.ui.timers.driver import TimerDriver, driver_for
from companion.ui.timers.pack_panel import PackPanel
from tests.helpers.clock import FakeClock
from tests.helpers.qt import announcements, visible_text
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import MakeWindow, ManualTimer, open_timers, start_heat, timers_state

NO_ZONE = {
    "kind": HEAT,
    "minutes": 15,
    "started": "2026-12-06T15:40:40",
    "ends": "2026-12-06T15:55:40",
}
NEWER = {"kind": "tens", "started": "2026-12-06T15:40:40+00:00", "level": 3}


def saved_then_started(
    folder: Path, clock: FakeClock, timer_clock: TimerClock, record: dict[str, object], **kw: str
) -> tuple[AppState, TimerDriver]:
    """`record` is in the timers table when the app starts: its state and timer driver."""
    first, first_driver = timers_state(folder, clock, timer_clock, **kw)
    first.store.table(TIMERS).insert(dict(record))
    first_driver.stop()
    again = AppState.open(folder, now=clock, **kw)
    return again, driver_for(again, clock=timer_clock, timer_factory=ManualTimer)


SAID = {
    "en": "If you still have a heat or ice pack on, take it off now and check your skin.",
    "es": "Si todavía tiene una compresa de calor o de frío puesta, quítesela ahora y "
    "revise su piel.",
}


def test_a_heat_session_that_cannot_be_read_is_said_stopped_until_heat_starts_again(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    timer_clock: TimerClock,
    language: str,
) -> None:
    state, driver = saved_then_started(
        tmp_path / "data", clock, timer_clock, NO_ZONE, language=language
    )
    _window, page = open_timers(make_window, state)
    assert SAID[language] in visible_text(page)
    assert driver.status().running == 0
    heat = page.panels[HEAT]
    assert isinstance(heat, PackPanel)
    start_heat(qtbot, heat)
    assert driver.status().pack_kind == HEAT
    assert SAID[language] not in visible_text(page)
    driver.stop()


def test_a_newer_versions_timer_is_left_in_the_data_folder_without_a_word(
    make_window: MakeWindow, tmp_path: Path, clock: FakeClock, timer_clock: TimerClock
) -> None:
    state, driver = saved_then_started(tmp_path / "data", clock, timer_clock, NEWER)
    _window, page = open_timers(make_window, state)
    assert SAID["en"] not in visible_text(page)
    driver.act(lambda s: s.start_pack(ICE, 10))
    driver.act(lambda s: s.stop_pack())
    assert NEWER in [record.data for record in state.store.table(TIMERS).all()]
    driver.stop()


def test_a_screen_reader_is_told_the_warning_once_when_the_timers_page_shows(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    timer_clock: TimerClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The warning cannot take the keyboard (the first Tab goes to the tabs below it): a
    screen reader user heard it only by reading the page through."""
    said = announcements(monkeypatch, timers_page_module)
    state, driver = saved_then_started(tmp_path / "data", clock, timer_clock, NO_ZONE)
    window, page = open_timers(make_window, state)
    assert [text for text in said if SAID["en"] in text] == [page.unreadable_text.text()]
    window.show_page("home")
    window.show_page("timers")
    assert len([text for text in said if SAID["en"] in text]) == 1  # not again and again
    driver.stop()
