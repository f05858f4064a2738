"""A QR code that holds a text itself (no web address): drawn crisp, dark on light.

How big: a phone reads a code from arm's length (about 50 cm) when each module (one
square of the code) is at least about 1.5 mm on the screen. On a common 1080p monitor a
pixel is about 0.25 to 0.3 mm, so a module gets at least 6 whole pixels there: the code
takes about two thirds of the screen's height (a 700-character summary, 109 modules with
the quiet zone, is about 650 pixels wide). On a small screen it shrinks with the space,
but never below 4 pixels a module. Every module is a whole number of device pixels, so
the edges stay sharp, and the code is always black on white with a quiet zone of 4
modules, also in dark mode: many phone readers cannot read a light-on-dark code.
"""

from __future__ import annotations

import math

import segno
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

ERROR_LEVEL = "m"  # recovers about 15% of the code: glare or a smudge on the screen
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MIN_MODULE_PX = 4  # never smaller, whatever the space
GOOD_MODULE_PX = 6  # at least this on a 1080p screen
MAX_MODULE_PX = 12  # larger does not scan better; it only pushes the words away
SCREEN_SHARE = 0.65  # the code may take this much of the screen's height
DARK = QColor("#000000")
LIGHT = QColor("#ffffff")


def preferred_module_px(screen_height: int, modules: int) -> int:
    """Whole pixels per module for a code of `modules` (quiet zone included) on a
    screen `screen_height` pixels high: as large as its share of the screen allows."""
    fitting = math.floor(screen_height * SCREEN_SHARE / modules)
    return max(MIN_MODULE_PX, min(MAX_MODULE_PX, fitting))


class QrCodeView(QWidget):
    """Shows `text` as a QR code (byte mode, UTF-8, error level M, never a micro code)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("QR code with your summary"))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Maximum)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self.text = ""
        self._image = QImage()
        self.set_text(text)

    def set_text(self, text: str) -> None:
        code = segno.make(
            text, error=ERROR_LEVEL, mode="byte", encoding="utf-8", micro=False, boost_error=False
        )
        self.text = text
        self.version = code.version
        side = int(code.symbol_size(scale=1, border=QUIET_ZONE)[0])
        image = QImage(side, side, QImage.Format.Format_RGB32)
        image.fill(LIGHT)
        for y, row in enumerate(code.matrix):
            for x, dark in enumerate(row):
                if dark:
                    image.setPixelColor(x + QUIET_ZONE, y + QUIET_ZONE, DARK)
        self._image = image
        self.setAccessibleDescription(text)
        self.updateGeometry()
        self.update()

    def modules(self) -> int:
        """The code's width in modules, quiet zone included."""
        return self._image.width()

    def _screen_height(self) -> int:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry().height() if screen else 768

    def sizeHint(self) -> QSize:
        side = self.modules() * preferred_module_px(self._screen_height(), self.modules())
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = self.modules() * MIN_MODULE_PX
        return QSize(side, side)

    def module_px(self) -> int:
        """Device pixels per module as drawn now (whole pixels, at least MIN_MODULE_PX)."""
        ratio = self.devicePixelRatioF()
        space = math.floor(min(self.width(), self.height()) * ratio)
        return max(MIN_MODULE_PX, min(MAX_MODULE_PX, space // max(self.modules(), 1)))

    def code_rect(self) -> QRect:
        """Where the code is drawn, in device pixels, centred in the widget."""
        ratio = self.devicePixelRatioF()
        side = self.module_px() * self.modules()
        left = max((math.floor(self.width() * ratio) - side) // 2, 0)
        top = max((math.floor(self.height() * ratio) - side) // 2, 0)
        return QRect(left, top, side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        ratio = self.devicePixelRatioF()
        painter.scale(1 / ratio, 1 / ratio)  # draw in device pixels: whole-pixel modules
        painter.drawImage(self.code_rect(), self._image)
        painter.end()
