"""settings.json from a newer version of the app, brought by a sync tool while the app
runs: a change made on the Settings page does not write over it, and the window says
why in plain words."""

from __future__ import annotations

import json
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.settings.page import SettingsPage
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import click

NEWER = "This file was made by a newer version of the app. Update the app to change it."


def test_a_change_keeps_a_newer_settings_file_and_the_window_says_so(
    qtbot: QtBot, make_window: Callable[..., MainWindow], returning_state: AppState
) -> None:
    window = make_window(returning_state, page="settings")
    page = window.page("settings")
    assert isinstance(page, SettingsPage)
    path = returning_state.data_dir / "settings.json"
    newer = json.dumps({"schema_version": 2, "sounds": {"timer": "bell"}})
    path.write_text(newer, encoding="utf-8")  # a sync tool brings the other computer's

    click(qtbot, page.sound)

    assert path.read_text(encoding="utf-8") == newer
    assert NEWER in page.status.text()
    assert window.banner.isVisible()
    assert NEWER in window.banner.message.text()
    assert window.banner.retry_button.isVisible()

    path.unlink()  # the person put the newer copy away: now the change can be saved
    click(qtbot, window.banner.retry_button)
    assert not window.banner.isVisible()  # saved: the window closes without asking
    assert json.loads(path.read_text(encoding="utf-8"))["sound"] is page.sound.isChecked()
