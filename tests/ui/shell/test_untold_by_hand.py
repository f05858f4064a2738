"""A store.json changed by hand to name another file as set aside: the banner does not
offer *Restore the backup*, and nothing in the data folder is written, moved or renamed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.untold import DAY, HOSTILE, snapshot, untold_folder


@pytest.mark.parametrize("change", HOSTILE.values(), ids=HOSTILE.keys())
def test_restore_never_acts_on_an_untold_entry_changed_by_hand(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    clock: FakeClock,
    change: dict[str, object],
) -> None:
    untold_folder(tmp_path, clock, change)
    AppState.open(tmp_path, now=clock).settings.update(welcome_done=True)
    before = snapshot(tmp_path)
    window = make_window(AppState.open(tmp_path, now=clock))
    offered = window.banner.restore_button.isVisible()
    if offered:  # as a person would: the button is there, so they click it
        qtbot.mouseClick(window.banner.restore_button, Qt.MouseButton.LeftButton)
    assert snapshot(tmp_path) == before
    assert not offered and not window.banner.isVisible()


def test_a_backup_damaged_after_restore_was_offered_is_said_and_not_offered_again(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path, clock: FakeClock
) -> None:
    # Each click raised an error nobody saw, and Restore stayed, doing nothing.
    untold_folder(tmp_path, clock, {})
    AppState.open(tmp_path, now=clock).settings.update(welcome_done=True)
    window = make_window(AppState.open(tmp_path, now=clock))
    banner = window.banner
    assert banner.restore_button.isVisible()
    (tmp_path / f"backups/{DAY}/journal/{clock().year}.json").write_bytes(b'{"_defa')
    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert banner.isVisible() and not banner.restore_button.isVisible()
    assert banner.message.text().endswith("so nothing was brought back.")
    assert banner.dismiss_button.isVisible()  # carrying on is still there
