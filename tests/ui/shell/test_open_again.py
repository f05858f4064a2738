"""Starting the app while it is open: the open window says so for a few seconds, where a
person sees it and a screen reader says it (the second copy's printed line reached
nobody who started it from a launcher, and Wayland often keeps the window behind)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shared.language import install_translators
from companion.ui.shell import open_notice
from companion.ui.shell.main_window import MainWindow
from companion.ui.shell.single_instance import RAISE_REQUEST, InstanceLock
from tests.helpers.qt import announcements, visible_text
from tests.helpers.timers_ui import ManualTimer

MakeWindow = Callable[..., MainWindow]
SAID = "The app was already open. Here it is."


@pytest.fixture
def lock(tmp_path: Path) -> Iterator[InstanceLock]:
    held = InstanceLock(tmp_path / "lock")
    (tmp_path / "lock").mkdir()
    assert held.acquire()
    yield held
    held.release()


def open_window(
    make_window: MakeWindow, state: AppState, lock: InstanceLock
) -> tuple[MainWindow, list[ManualTimer]]:
    timers: list[ManualTimer] = []
    window = make_window(
        state, timer_factory=lambda _parent: timers.append(ManualTimer()) or timers[-1]
    )
    lock.raise_requested.connect(window.opened_again)  # as app.py joins them
    return window, timers


def start_again(qtbot: QtBot, lock: InstanceLock) -> None:
    """What a second copy does (`ask_running_copy_to_show`): leave its request in the
    folder, for the open copy to take."""
    with qtbot.waitSignal(lock.raise_requested, timeout=5000):
        (lock.data_dir / RAISE_REQUEST).write_text("123")


def test_a_second_start_is_said_in_the_window_for_a_few_seconds(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    lock: InstanceLock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before, the window only tried to come forward: nothing in it said why."""
    said = announcements(monkeypatch, open_notice)
    window, timers = open_window(make_window, returning_state, lock)
    assert SAID not in visible_text(window)
    start_again(qtbot, lock)
    assert SAID in visible_text(window)
    assert said == [SAID]
    # Started again while it shows: said again, and its few seconds start again.
    start_again(qtbot, lock)
    assert said == [SAID, SAID]
    [timer] = timers
    assert timer.isActive()
    timer.timeout.emit()  # the few seconds are over
    assert SAID not in visible_text(window)


def test_a_second_start_is_said_in_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    make_window: MakeWindow,
    returning_state: AppState,
    lock: InstanceLock,
) -> None:
    assert install_translators(qapp, "es")
    try:
        window, _timers = open_window(make_window, returning_state, lock)
        start_again(qtbot, lock)
        assert "La aplicación ya estaba abierta. Aquí está." in visible_text(window)
    finally:
        assert install_translators(qapp, "en")
