"""A year file `journal import` set aside is shown in the window's banner at the next
start, and at each start after, until the person clicks *Carry on without it*."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from companion.ui.shell.main_window import MainWindow
from tests.helpers.journal_cli import make_folder, run


def test_the_banner_tells_of_a_file_a_command_set_aside_until_dismissed(
    qtbot: QtBot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    make_folder(data)
    AppState.open(data).settings.update(welcome_done=True)
    year = data / "journal" / f"{datetime.now().year}.json"
    year.write_bytes(year.read_bytes()[:-5])
    make_folder(tmp_path / "other", days=1)
    listing = tmp_path / "one.csv"
    listing.write_text(run("--data-dir", str(tmp_path / "other"), "journal", "export").stdout)
    assert run("--data-dir", str(data), "journal", "import", str(listing)).returncode == 1
    kept = next(year.parent.glob("*.broken-*.json"))

    for start in range(2):  # closed without a click, it is told again
        window = make_window(AppState.open(data))
        banner = window.banner
        assert banner.isVisible()
        assert banner.heading.text() == "A data file could not be read"
        assert kept.name in banner.message.text()
        if start == 0:
            window.close()
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert window.isVisible() and not banner.isVisible()
    window.close()

    window = make_window(AppState.open(data))
    assert not window.banner.isVisible()
    assert kept.exists()  # the damaged file is still kept
