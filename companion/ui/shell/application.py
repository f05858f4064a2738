"""The Qt application object: its name, icon and translations, and where data goes."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt, QtMsgType
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion import APP_NAME
from companion.core.shared.language import shipped_languages, system_language
from companion.core.shared.messages import QUOTED_MOST, Message, in_language, quoted
from companion.ui.shared.icons import app_icon
from companion.ui.shared.language import install_translators, system_languages
from companion.ui.shared.qt_messages import hearing_qt
from companion.ui.shared.theme import APP_STYLE, STYLE_PROPERTY

# The application name: it names the data folder and, on X11, the window's class, which
# the menu entry's StartupWMClass matches.
APP_ID = "thigh-pain-companion"
# The menu entry's name (and the AppStream id): on Wayland the window's app id, so the
# desktop shows the app's own name and icon for its window.
DESKTOP_ID = "org.thighpaincompanion.ThighPainCompanion"


def make_application(language: str | None = None) -> QApplication:
    """The one QApplication, made the first time. `language` is the command line's, for
    the line that says why no window can be shown."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        # Qt's own `-style` option: the app's one style is made first and only, instead of
        # the platform's being made, handed to Python and replaced (8-12 ms at start-up).
        app = _open_screen([sys.argv[0] if sys.argv else APP_ID, "-style", APP_STYLE], language)
        app.setProperty(STYLE_PROPERTY, APP_STYLE)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    # Qt's own words (standard buttons such as Cancel), then the app's.
    install_translators(app, QLocale.system().name())
    return app


def _open_screen(arguments: list[str], language: str | None) -> QApplication:
    """The QApplication; when Qt can use no screen (DISPLAY names one that is not there,
    its system libraries are missing), one line saying why and exit 1. Qt itself would
    stop the whole program there: an abort, exit 134 and a core dump."""
    heard: list[tuple[str, str]] = []  # (what Qt said, as Qt prints it), kept till it is up

    def listen(kind: QtMsgType, text: str, formatted: str) -> bool:
        if kind == QtMsgType.QtFatalMsg:
            # Qt's first note says what failed ("could not connect to display :99"); its
            # fatal line only that no platform plugin could start.
            reason = (heard[0][0] if heard else text).strip().splitlines()[0]
            said = Message("start.screen_unreachable", reason=quoted(reason, 2 * QUOTED_MOST))
            say_no_screen(said, language)
            os._exit(1)
        heard.append((text, formatted))
        return True

    with hearing_qt(listen):
        app = QApplication(arguments)
    for _text, formatted in heard:
        print(formatted, file=sys.stderr)
    return app


def say_no_screen(message: Message, language: str | None) -> None:
    """Say on the command line, in one line, why no window can be shown: in the command
    line's language, else the system's."""
    spoken = language or system_language(system_languages(), shipped_languages())
    print(f"{APP_NAME}: {in_language(message, spoken)}", file=sys.stderr, flush=True)


def default_data_dir() -> Path:
    """The system's place for the app's data (on Linux ~/.local/share/thigh-pain-companion).

    With HOME unset (`env -i`, some services) Qt would name a folder under the root
    folder, "//.local/share/...": another place than the person's usual one, so their
    data would seem lost. The home the system keeps for this user is used instead.
    """
    if not os.environ.get("HOME"):
        with contextlib.suppress(ImportError, KeyError):  # no pwd (Windows); no such user
            import pwd

            if home := pwd.getpwuid(os.getuid()).pw_dir:
                os.environ["HOME"] = home
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
