"""The Qt application object: its name, icon and translations, and where data goes."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from companion import APP_NAME
from companion.ui.shared.icons import app_icon
from companion.ui.shared.language import install_translators
from companion.ui.shared.theme import APP_STYLE, STYLE_PROPERTY

# The application name: it names the data folder and, on X11, the window's class, which
# the menu entry's StartupWMClass matches.
APP_ID = "thigh-pain-companion"
# The menu entry's name (and the AppStream id): on Wayland the window's app id, so the
# desktop shows the app's own name and icon for its window.
DESKTOP_ID = "org.thighpaincompanion.ThighPainCompanion"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        # Qt's own `-style` option: the app's one style is made first and only, instead of
        # the platform's being made, handed to Python and replaced (8-12 ms at start-up).
        app = QApplication([sys.argv[0] if sys.argv else APP_ID, "-style", APP_STYLE])
        app.setProperty(STYLE_PROPERTY, APP_STYLE)
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(app_icon())
    # Qt's own words (standard buttons such as Cancel), then the app's.
    install_translators(app, QLocale.system().name())
    return app


def default_data_dir() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location)
