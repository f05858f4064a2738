"""Starts the app: reads the command line, opens the data folder, shows the window.

Qt is imported only when a window is needed, so `--help`, `--version` and
`content check` stay quick and work without a display.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import tempfile
import time
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from companion import APP_NAME
from companion.cli.commands import run_subcommand, split_subcommand
from companion.cli.options import Options, kiosk_config_for, parse_options
from companion.cli.output import run_printing, words_never_fail
from companion.cli.parser import asked_language
from companion.core.shared.resources import document_path

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QWidget

    from companion.core.shared.app_state import AppState
    from companion.core.shared.kiosk_config import KioskConfig
    from companion.ui.shell.single_instance import InstanceLock


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    words_never_fail()  # no command stops on a character the terminal cannot show
    use_utc_if_zone_unusable(os.environ)
    subcommand = split_subcommand(args)
    if subcommand is not None:
        name, rest, data_dir = subcommand
        return run_printing(
            lambda: run_subcommand(name, rest, data_dir),
            f"thigh-pain-companion {name}",
            asked_language(rest),
        )
    options = parse_options(args)
    if options.self_test:
        from companion.diagnostics import run_self_test  # only when asked: start-up stays quick

        return run_printing(
            lambda: run_self_test(options), "thigh-pain-companion", options.language
        )
    return run_gui(options)


@dataclass
class Running:
    """What a started app holds; `run_gui` runs its event loop."""

    app: QApplication
    window: QWidget  # the MainWindow, or the KioskWindow in kiosk mode
    state: AppState
    lock: InstanceLock


def use_utc_if_zone_unusable(environ: MutableMapping[str, str]) -> bool:
    """Count time in UTC when this computer's time zone is one Python cannot hold (TZ set
    24 hours or more from UTC, as POSIX allows: "UTC+24"), saying so in one line; every
    local time the app makes would stop it otherwise. True when it did."""
    try:
        datetime.now().astimezone()
    except ValueError:  # "offset must be a timedelta strictly between -24 and 24 hours"
        pass
    else:
        return False
    from companion.core.shared.language import (
        environment_languages,
        shipped_languages,
        system_language,
    )
    from companion.core.shared.messages import quoted, say

    language = system_language(environment_languages(environ), shipped_languages())
    zone = quoted(environ.get("TZ", ""))
    print(f"{APP_NAME}: {say(language, 'start.zone_unusable', zone=zone)}", file=sys.stderr)
    environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):  # not on Windows
        time.tzset()
    return True


def _pause() -> bool:
    """Wait a moment for the running copy to answer; True means keep waiting."""
    time.sleep(0.1)
    return True


def _fail(title: str, message: str) -> None:
    from companion.ui.shell.start_failure import show_start_failure

    print(f"{APP_NAME}: {message}", file=sys.stderr)
    show_start_failure(title, message)


def _start_language(language: str | None) -> str:
    """The language to say why the app cannot start in: `language` (the command line's,
    or the kiosk config's), else the system's (the settings are not read, or cannot be)."""
    from companion.core.shared.language import shipped_languages, system_language
    from companion.ui.shared.language import system_languages

    return language or system_language(system_languages(), shipped_languages())


def _open_language(language: str | None, data_dir: Path) -> str:
    """The language of the copy that is open on `data_dir`, as far as a second start can
    tell: the command line's, else the one chosen in its Settings, else the system's."""
    from companion.core.shared.language import choose_language, shipped_languages
    from companion.core.shared.settings import saved_language
    from companion.ui.shared.language import system_languages

    return choose_language(
        option=language,
        setting=saved_language(data_dir),
        preferred=system_languages(),
        shipped=shipped_languages(),
    )


def _fail_in(app: QCoreApplication, title: str, message: str, language: str | None) -> None:
    """`_fail` in `_start_language(language)`, the box's own words too."""
    from companion.core.shared.messages import in_language
    from companion.ui.shared.language import install_translators

    spoken = _start_language(language)
    install_translators(app, spoken)
    _fail(in_language(title, spoken), in_language(message, spoken))


def start_kiosk(config: KioskConfig) -> Running | int:
    """The locked clinic screen: memory only, nothing read from or written to a data folder."""
    from PySide6.QtCore import QTimer

    from companion.core.shared.app_state import AppState
    from companion.core.shared.content import InvalidContentError
    from companion.core.shared.kiosk_config import text_scale_for
    from companion.core.shared.messages import Message, in_language
    from companion.ui.kiosk.logo import logo_problem, read_logo
    from companion.ui.kiosk.window import KioskWindow
    from companion.ui.shared.appearance import Appearance
    from companion.ui.shared.focus_ring import follow_input
    from companion.ui.shared.language import install_translators, system_languages
    from companion.ui.shared.theme import KIOSK_TOUCH_PX
    from companion.ui.shell.application import APP_ID, make_application
    from companion.ui.shell.single_instance import InstanceLock, ask_running_copy_to_show

    app = make_application(config.language)
    screen = app.primaryScreen()
    height = screen.geometry().height() if screen is not None else 0
    config = dataclasses.replace(config, text_scale=text_scale_for(config, height))
    title = Message("start.kiosk_title", app=APP_NAME)
    logo = None
    if config.logo is not None:  # read once, here, at the size the window shows it
        read = read_logo(config.logo, screen.devicePixelRatio() if screen is not None else 1.0)
        problem = logo_problem(read, config.source, config.logo)
        if problem is not None:
            _fail_in(app, title, problem, config.language)
            return 2
        logo = read.pixmap
    # Only a lock (it holds a process id, nothing personal) in the system's temporary
    # folder, so a second copy cannot start on top of the first: it brings the first
    # one's screen to the front, as a second start of the personal app does.
    lock_dir = Path(tempfile.gettempdir()) / f"{APP_ID}-kiosk"
    with contextlib.suppress(OSError):  # a read-only temp folder: run without the lock
        lock_dir.mkdir(mode=0o700, exist_ok=True)
    lock = InstanceLock(lock_dir)
    if not lock.acquire() and not lock.folder_is_unwritable():
        if ask_running_copy_to_show(lock_dir, _pause):
            return 0
        running = in_language(
            Message("start.kiosk_already_running"), _start_language(config.language)
        )
        print(f"{APP_NAME}: {running}", file=sys.stderr)
        return 1
    try:
        state = AppState.open_kiosk(config, preferred=system_languages())
    except InvalidContentError as exc:
        _fail_in(app, title, Message("start.content_broken", problems=exc), config.language)
        lock.release()
        return 1
    install_translators(app, state.content.language)
    appearance = Appearance(app, state.settings, touch=KIOSK_TOUCH_PX)
    window = KioskWindow(
        state, speak=lambda code: install_translators(app, code), logo=logo, appearance=appearance
    )
    appearance.setParent(window)
    lock.raise_requested.connect(window.opened_again)
    if config.pin_hash is None:
        no_pin = Message("start.kiosk_no_pin", guide=document_path("kiosk.md"))
        print(f"{APP_NAME}: {in_language(no_pin, state.content.language)}", file=sys.stderr)
    window.start()
    # Once the window is up, as the personal app does: start-up stays fast.
    QTimer.singleShot(300, lambda: follow_input(app))
    return Running(app, window, state, lock)


def start(options: Options) -> Running | int:
    """Open everything and show the window; an exit code instead when it cannot start."""
    # Home's Qt-free modules load before Qt: once PySide is loaded it reads the source
    # of each module an import names for the first time (about 0.2 ms each), and these
    # bring in some 20 (the store's parts, JSON, TinyDB) that no window names itself.
    import companion.core.home.summary  # noqa: F401
    from companion.core.shared.kiosk_where import KioskConfigError
    from companion.core.shared.messages import Message
    from companion.ui.shell.application import make_application

    try:
        kiosk = kiosk_config_for(options)
    except KioskConfigError as exc:
        app = make_application(options.language)
        broken = Message("start.kiosk_config_broken", problems=exc)
        title = Message("start.kiosk_title", app=APP_NAME)
        _fail_in(app, title, broken, options.language or exc.language)
        return 2
    if kiosk is not None:
        if options.language is not None:  # the command line's language wins here too
            kiosk = dataclasses.replace(kiosk, language=options.language)
        return start_kiosk(kiosk)
    return start_personal(options)


def start_personal(options: Options) -> Running | int:
    """The personal app on one data folder."""
    from PySide6.QtCore import QTimer

    from companion.core.shared.app_state import AppState
    from companion.core.shared.atomic_file import describe_os_error, ensure_private_dir
    from companion.core.shared.content import InvalidContentError
    from companion.core.shared.messages import Message, in_language, message_of
    from companion.core.shared.settings import SettingsTooNewError
    from companion.core.shared.store import StoreTooNewError
    from companion.ui.shared.appearance import Appearance
    from companion.ui.shared.focus_ring import follow_input
    from companion.ui.shared.language import install_translators, system_languages
    from companion.ui.shell.application import default_data_dir, make_application
    from companion.ui.shell.main_window import MainWindow
    from companion.ui.shell.single_instance import InstanceLock, ask_running_copy_to_show

    app = make_application(options.language)

    def fail(message: str) -> None:
        """Say why the app cannot start in the command line's language, else the
        system's (the settings are not read, or cannot be), the box's own words too."""
        _fail_in(app, APP_NAME, message, options.language)

    data_dir = options.data_dir or default_data_dir()
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        fail(Message("start.folder_unusable", folder=data_dir, reason=describe_os_error(exc)))
        return 1
    lock = InstanceLock(data_dir)
    if not lock.acquire() and not lock.folder_is_unwritable():
        if ask_running_copy_to_show(data_dir, _pause):
            brought = Message("start.brought_to_front", app=APP_NAME)
            print(in_language(brought, _open_language(options.language, data_dir)))
            return 0
        running = Message("start.already_open", app=APP_NAME, folder=data_dir)
        _fail_in(app, APP_NAME, running, _open_language(options.language, data_dir))
        return 1
    try:
        state = AppState.open(data_dir, language=options.language, preferred=system_languages())
    except InvalidContentError as exc:
        fail(Message("start.content_broken", problems=exc))
        lock.release()
        return 1
    except (StoreTooNewError, SettingsTooNewError) as exc:
        fail(message_of(exc))
        lock.release()
        return 1
    install_translators(app, state.content.language)
    appearance = Appearance(app, state.settings)
    window = MainWindow(state, appearance, page=options.page or "home")
    lock.raise_requested.connect(window.opened_again)
    app.commitDataRequest.connect(window.commit_data)  # the desktop session is ending
    window.show()
    window.start_maintenance()
    QTimer.singleShot(300, window.start_timers)  # once the window is up: start-up stays fast
    QTimer.singleShot(300, lambda: follow_input(app))  # the focus ring: likewise
    if not state.settings.current.welcome_done:
        QTimer.singleShot(0, window.show_welcome)
    if state.settings.notices:
        language = state.content.language
        notices = "\n\n".join(in_language(notice, language) for notice in state.settings.notices)
        QTimer.singleShot(0, lambda: window.show_notices(notices))
    return Running(app, window, state, lock)


def no_display(environ: Mapping[str, str], platform: str) -> bool:
    """True when a window could not be shown: on Linux, Qt finds no display to use (over
    a plain ssh login, say) and stops the whole program with a crash, not an error."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return False
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")):
        return False
    # A Wayland desktop that names no display still has its usual one, which Qt finds.
    runtime = environ.get("XDG_RUNTIME_DIR")
    return not (runtime and (Path(runtime) / "wayland-0").exists())


def run_gui(options: Options) -> int:
    if no_display(os.environ, sys.platform):
        from companion.core.shared.messages import Message
        from companion.ui.shell.application import say_no_screen  # Qt, to learn the language

        say_no_screen(Message("start.no_screen"), options.language)
        return 1
    running = start(options)
    if isinstance(running, int):
        return running
    try:
        return running.app.exec()
    finally:
        running.lock.release()


def console_main() -> None:
    """Console entry point (`thigh-pain-companion-cli`), for scripted checks."""
    sys.exit(main())
