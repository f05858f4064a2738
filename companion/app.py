"""Starts the app: reads the command line, opens the data folder, shows the window.

Qt is imported only when a window is needed, so `--help`, `--version` and
`content check` stay quick and work without a display.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_NAME
from companion.cli import Options, parse_options, run_subcommand, split_subcommand

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from companion.core.app_state import AppState
    from companion.ui.main_window import MainWindow
    from companion.ui.single_instance import InstanceLock

APP_ID = "thigh-pain-companion"


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    subcommand = split_subcommand(args)
    if subcommand is not None:
        return run_subcommand(*subcommand)
    options = parse_options(args)
    if options.self_test:
        from companion.self_test import run_self_test

        return run_self_test(options)
    return run_gui(options)


def make_application() -> QApplication:
    from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from companion.core.resources import resource_dir
    from companion.ui.icons import app_icon

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    # Qt's own words (standard buttons such as Cancel), then the app's.
    qt_words = QTranslator(app)
    if qt_words.load(
        QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_words)
    translator = QTranslator(app)
    translations = resource_dir("assets") / "translations"
    if translator.load(QLocale(), "companion", "_", str(translations)):
        app.installTranslator(translator)
    return app


def default_data_dir() -> Path:
    from PySide6.QtCore import QStandardPaths

    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)


@dataclass
class Running:
    """What a started app holds; `run_gui` runs its event loop."""

    app: QApplication
    window: MainWindow
    state: AppState
    lock: InstanceLock


def _pause() -> bool:
    """Wait a moment for the running copy to answer; True means keep waiting."""
    time.sleep(0.1)
    return True


def _fail(title: str, message: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    print(f"{APP_NAME}: {message}", file=sys.stderr)
    QMessageBox.critical(None, title, message)


def start(options: Options) -> Running | int:
    """Open everything and show the window; an exit code instead when it cannot start."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from companion.core.app_state import AppState
    from companion.core.atomic_file import describe_os_error, ensure_private_dir
    from companion.core.content import InvalidContentError
    from companion.core.settings import SettingsTooNewError
    from companion.core.store import StoreTooNewError
    from companion.ui.appearance import Appearance
    from companion.ui.main_window import MainWindow
    from companion.ui.single_instance import InstanceLock, ask_running_copy_to_show

    app = make_application()
    data_dir = options.data_dir or default_data_dir()
    if options.kiosk and options.data_dir is None:
        # Until kiosk mode is built, at least keep nothing: a fresh folder, removed on exit.
        kiosk_dir = tempfile.TemporaryDirectory(prefix="thigh-pain-kiosk-")
        app.aboutToQuit.connect(kiosk_dir.cleanup)
        data_dir = Path(kiosk_dir.name)
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        _fail(APP_NAME, f"The data folder {data_dir} cannot be used. {describe_os_error(exc)}")
        return 1
    lock = InstanceLock(data_dir)
    if not lock.acquire() and not lock.folder_is_unwritable():
        if ask_running_copy_to_show(data_dir, _pause):
            print(f"{APP_NAME} is already open; its window was brought to the front.")
            return 0
        _fail(
            APP_NAME,
            f"{APP_NAME} is already open for this data folder ({data_dir}). "
            "Please use the window that is open.",
        )
        return 1
    try:
        state = AppState.open(data_dir, kiosk=options.kiosk)
    except InvalidContentError as exc:
        _fail(APP_NAME, f"The app's content files have a problem:\n{exc}")
        lock.release()
        return 1
    except (StoreTooNewError, SettingsTooNewError) as exc:
        _fail(APP_NAME, str(exc))
        lock.release()
        return 1
    appearance = Appearance(app, state.settings)
    window = MainWindow(state, appearance, page=options.page or "home")
    lock.raise_requested.connect(window.bring_to_front)
    if options.kiosk:
        print(f"{APP_NAME}: kiosk mode is not finished yet; this run keeps no data.")
    window.show()
    window.start_maintenance()
    QTimer.singleShot(300, window.start_timers)  # once the window is up: start-up stays fast
    if not state.settings.current.welcome_done:
        QTimer.singleShot(0, window.show_welcome)
    if state.settings.notices:
        notices = "\n\n".join(state.settings.notices)
        QTimer.singleShot(
            0, lambda: QMessageBox.information(window, window.tr("About your settings"), notices)
        )
    return Running(app, window, state, lock)


def run_gui(options: Options) -> int:
    running = start(options)
    if isinstance(running, int):
        return running
    try:
        return running.app.exec()
    finally:
        running.lock.release()
