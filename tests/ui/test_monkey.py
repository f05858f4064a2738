"""A random walk through the real window (see tests/helpers/monkey.py), in English and
Spanish, at normal and the largest text size, for someone new and someone returning: no
click, key or text raises inside the app, no box is left hanging, and afterwards the data
folder still reads and the window still changes page.

The seeds are fixed, so a failure comes back the same; `MONKEY_WALKS`, `MONKEY_STEPS` and
`MONKEY_FIRST_SEED` run longer hunts locally (the suite runs a small budget).
"""

from __future__ import annotations

import faulthandler
import os
import random
import traceback
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.appearance import Appearance
from companion.ui.shared.language import install_translators
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.driver import driver_for
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import add_entries
from tests.helpers.monkey import Monkey, reopen_problems, unreadable_files
from tests.helpers.timer_clock import TimerClock
from tests.helpers.timers_ui import ManualTimer

WALKS = int(os.environ.get("MONKEY_WALKS", "1"))
STEPS = int(os.environ.get("MONKEY_STEPS", "120"))
FIRST_SEED = int(os.environ.get("MONKEY_FIRST_SEED", "0"))
LOG = os.environ.get("MONKEY_LOG", "")
HANG_SECONDS = 30 + STEPS  # a step takes about 0.1 s on a busy two-core machine
KINDS = [
    (language, scale, returning)
    for language in ("en", "es")
    for scale in (100, 175)
    for returning in (False, True)
]


@pytest.fixture
def outside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """A home folder of the test's own (where "Save as" boxes start), and the data folder
    opened in a file manager only noted, never really opened."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    opened: list[str] = []

    def note(url: object) -> bool:
        opened.append(str(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", note)
    yield opened


def walk_once(
    qtbot: QtBot, qapp: QApplication, folder: Path, kind: tuple[str, int, bool], seed: int
) -> str | None:
    """One walk; what went wrong (with the steps taken), or None."""
    language, scale, returning = kind
    clock = FakeClock()
    timer_clock = TimerClock(clock)
    state = AppState.open(folder, now=clock, language=language)
    state.settings.update(text_scale=scale)
    if returning:
        state.settings.update(welcome_done=True, emergency_number="112")
        add_entries(state, clock, ["buttock", "upper_thigh", "calf"])
    driver = driver_for(state, clock=timer_clock, timer_factory=ManualTimer)
    appearance = Appearance(qapp, state.settings)
    window = MainWindow(state, appearance)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.start_timers(timer_factory=ManualTimer)  # as the app does after its first paint
    assert window.timers is not None
    window.timers.presenter.sound = lambda: None
    if not returning:
        window.show_welcome()  # as the app does on a first start
    rng = random.Random(seed)
    monkey = Monkey(qtbot, window, timer_clock, driver, rng, may_delete_all=rng.random() < 0.2)
    where = f"seed {seed}, {language}, text {scale}%, {'returning' if returning else 'new'}"
    # A hang (a box never closed, a loop that never ends) stops the run with every
    # thread's stack, instead of holding it up for ever.
    faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
    try:
        return _walk(qtbot, window, monkey, folder, clock, where)
    finally:
        faulthandler.cancel_dump_traceback_later()


def _walk(
    qtbot: QtBot, window: MainWindow, monkey: Monkey, folder: Path, clock: FakeClock, where: str
) -> str | None:
    assert window.timers is not None
    for _ in range(STEPS):
        with qtbot.capture_exceptions() as raised:
            monkey.step()
        if raised:
            _kind, error, _trace = raised[0]
            steps = "\n".join(f"{n + 1}. {s}" for n, s in enumerate(monkey.steps))
            trace = "".join(traceback.format_exception(error))
            window.timers.stop()
            monkey.quit()
            window.deleteLater()
            return f"{where}: {error!r} after these steps:\n{steps}\n{trace}"
    for top in QApplication.topLevelWidgets():
        if isinstance(top, QDialog) and top.isVisible():
            top.reject()
    assert not unreadable_files(folder), where
    assert not reopen_problems(folder, clock), where
    # The window still answers: the page list opens another page.
    target = "learn" if window.current_page() != "learn" else "journal"
    qtbot.mouseClick(window.nav.buttons[target], Qt.MouseButton.LeftButton)
    assert window.current_page() == target, where
    assert window.stack.currentWidget() is window.page(target), where
    if LOG:  # a hunt keeps each walk's steps, to see where the monkey went
        (Path(LOG) / f"{where}.txt").write_text("\n".join(monkey.steps), encoding="utf-8")
    window.timers.stop()
    monkey.quit()  # as the menu's Quit, answering a box about unsaved changes if one asks
    window.deleteLater()
    return None


# A drop-down's list grabs the keyboard while open: the offscreen platform cannot.
@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")
@pytest.mark.parametrize(
    "kind", KINDS, ids=[f"{lang}-{scale}-{'back' if b else 'new'}" for lang, scale, b in KINDS]
)
def test_random_walks_raise_nothing(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    outside: list[str],
    kind: tuple[str, int, bool],
) -> None:
    assert install_translators(qapp, kind[0])
    crashes = []
    try:
        for seed in range(FIRST_SEED, FIRST_SEED + WALKS):
            folder = tmp_path / f"data-{seed}"
            crash = walk_once(qtbot, qapp, folder, kind, seed * 8 + KINDS.index(kind))
            if crash is not None:
                crashes.append(crash)
                if LOG:
                    (Path(LOG) / f"crash {seed}.txt").write_text(crash, encoding="utf-8")
    finally:
        install_translators(qapp, "en")
    assert not crashes, "\n\n".join(crashes)
