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
    on_disk = path.read_text(encoding="utf-8")
    status, banner_shown = page.status.text(), window.banner.isVisible()
    banner, retry_shown = window.banner.message.text(), window.banner.retry_button.isVisible()
    if not returning_state.settings.state.saved:  # else the window would ask on closing
        path.unlink()  # the person put the newer copy away: now the change can be saved
        click(qtbot, window.banner.retry_button)

    assert on_disk == newer
    assert NEWER in status
    assert banner_shown and retry_shown
    assert NEWER in banner
    assert "Free some space" not in banner  # it would not help
    assert not window.banner.isVisible()  # saved: the window closes without asking
    assert json.loads(path.read_text(encoding="utf-8"))["sound"] is page.sound.isChecked()
