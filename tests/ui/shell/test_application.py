"""The application object: the app keeps its own look on any desktop.

Each case starts the app in a fresh process, because the process's one QApplication is
where the style is chosen (the test session's is already made)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.shared.app_state import AppState

ROOT = Path(__file__).resolve().parents[3]

STYLE_AT_START = """
from companion.ui.shell.application import make_application
print(make_application().style().name())
"""

GRAB_HOME = """
import sys
from companion.app import start
from companion.cli.options import parse_options
running = start(parse_options(["--data-dir", sys.argv[1]]))
running.window.resize(1000, 700)
running.app.processEvents()
running.window.grab().save(sys.argv[2])
running.lock.release()
"""

# The app as a person runs it (`main`), every page opened, then the menu's Quit.
USE_EVERY_PAGE_THEN_QUIT = """
import sys
import companion.app as app
from PySide6.QtCore import QTimer
from companion.core.shared.pages import PAGES

started = app.start

def start(options):
    running = started(options)
    def use_then_quit():
        for page in PAGES:
            running.window.show_page(page)
            running.app.processEvents()
        running.window.quit_app()
    QTimer.singleShot(0, use_then_quit)
    return running

app.start = start
sys.exit(app.main(["--data-dir", sys.argv[1]]))
"""


def run(script: str, *args: str, style: str | None) -> str:
    return launch(script, *args, style=style).stdout.strip()


def launch(script: str, *args: str, style: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("QT_STYLE_OVERRIDE", None)
    if style is not None:
        env["QT_STYLE_OVERRIDE"] = style  # a desktop that asks every Qt program for a style
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=True,
    )


def test_the_app_is_made_with_its_own_style_whatever_the_desktop_asks() -> None:
    # Made with it from the start, so no other style is made first and then replaced.
    assert run(STYLE_AT_START, style="Windows") == "fusion"


def test_home_looks_the_same_when_the_desktop_asks_for_another_style(tmp_path: Path) -> None:
    state = AppState.open(tmp_path / "data")
    state.settings.update(welcome_done=True, emergency_number="112")
    plain, asked = tmp_path / "plain.png", tmp_path / "asked.png"
    run(GRAB_HOME, str(tmp_path / "data"), str(plain), style=None)
    run(GRAB_HOME, str(tmp_path / "data"), str(asked), style="Windows")
    assert plain.stat().st_size > 10_000  # a real picture of the page
    assert asked.read_bytes() == plain.read_bytes()


def test_quitting_after_using_every_page_ends_quietly(tmp_path: Path) -> None:
    # The timers' engine used to be stopped by a callback that outlived it: quitting
    # after the Journal page had been opened printed a traceback on the way out.
    state = AppState.open(tmp_path / "data")
    state.settings.update(welcome_done=True, emergency_number="112")
    done = launch(USE_EVERY_PAGE_THEN_QUIT, str(tmp_path / "data"))
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "Error" not in done.stderr, done.stderr


def test_without_home_the_data_folder_is_still_in_the_users_home(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`env -i thigh-pain-companion`: with HOME unset Qt names "//.local/share/...", a
    folder other than the person's usual one; the home the system keeps is used."""
    import pwd

    from companion.ui.shell.application import default_data_dir

    real = pwd.getpwuid(os.getuid())
    fake = pwd.struct_passwd((*real[:5], str(tmp_path / "home"), *real[6:]))
    monkeypatch.setattr(pwd, "getpwuid", lambda uid: fake)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    folder = default_data_dir()
    assert folder.is_relative_to(tmp_path / "home" / ".local" / "share"), folder
