"""The clinic's logo, read once at the size the kiosk's bar shows it, or why it cannot be.

A print-quality logo is thousands of pixels across, and the bar shows it a few dozen
pixels high. A JPEG or an SVG is decoded straight at that size. A PNG has no smaller
decode in Qt: it is read whole, so one past Qt's limit on a picture's memory (256 MB:
a little over 8000 x 8000 pixels) is refused with its size and the size to use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QSize, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QImage, QImageIOHandler, QImageReader, QPixmap

from companion.core.shared.messages import Message

LOGO_SIZE = QSize(160, 48)  # the most the bar gives it, in the bar's pixels
ADVISED_SIDE = 2000  # pixels: sharp at this size on any screen, and read in a blink


@dataclass(frozen=True)
class LogoRead:
    """A logo as read: `pixmap` at the size shown, or else `too_big` says why not."""

    pixmap: QPixmap | None
    own_size: QSize  # the picture's own size in pixels (empty if unknown)
    too_big: bool = False


def read_logo(path: Path, ratio: float = 1.0) -> LogoRead:
    """The picture at `path` at the size the bar shows it, in the screen's pixels
    (`ratio` of them to one of the bar's: a 20x10 SVG read at 20x10 and stretched to
    96x48 was blurred across five pixels at each edge). Needs a QGuiApplication: an
    SVG's words need fonts. A damaged file whose first bytes look right has no pixmap."""
    keep = Qt.AspectRatioMode.KeepAspectRatio
    reader = QImageReader(str(path))
    own = reader.size()
    if not own.isEmpty():
        shown = (own.scaled(LOGO_SIZE, keep) * ratio).expandedTo(QSize(1, 1))
        reader.setScaledSize(shown)  # decoded at that size where the format can
        scales = reader.supportsOption(QImageIOHandler.ImageOption.ScaledSize)
        if not scales and _decoded_bytes(own, reader.imageFormat()) > _limit_bytes():
            return LogoRead(None, own, too_big=True)  # Qt would refuse it; say why
    with _qt_messages_held() as heard:
        image = reader.read()
    if image.isNull():
        return LogoRead(None, own, too_big=any("allocation limit" in line for line in heard))
    if own.isEmpty():  # a format that tells its size only once it is read
        shown = image.size().scaled(LOGO_SIZE, keep) * ratio
        image = image.scaled(shown, keep, Qt.TransformationMode.SmoothTransformation)
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return LogoRead(pixmap, own)


def logo_problem(read: LogoRead, source: Path | None, logo: Path) -> Message | None:
    """The one line that says why the kiosk will not start with this logo, or None."""
    if read.pixmap is not None:
        return None
    if read.too_big:
        width, height = read.own_size.width(), read.own_size.height()
        return Message(
            "start.kiosk_logo_too_big",
            source=source,
            logo=logo,
            width=width,
            height=height,
            most=ADVISED_SIDE,
        )
    return Message("start.kiosk_logo_unreadable", source=source, logo=logo)


def _decoded_bytes(size: QSize, pixel_format: QImage.Format) -> int:
    depth = QImage(1, 1, pixel_format).depth() or 32  # 0: a format Qt did not say
    return (size.width() * depth + 31) // 32 * 4 * size.height()


def _limit_bytes() -> int:
    limit = QImageReader.allocationLimit()  # in megabytes; 0 means none
    return limit * 1024 * 1024 if limit > 0 else 2**63


@contextmanager
def _qt_messages_held() -> Iterator[list[str]]:
    """Qt's own lines while a picture is read, kept from the terminal: a refused picture
    printed "qt.gui.imageio: QImageIOHandler: Rejecting image as it exceeds the current
    allocation limit of 256 megabytes" above the kiosk's own, clearer line."""
    heard: list[str] = []

    def hold(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        heard.append(message)

    previous = qInstallMessageHandler(hold)
    try:
        yield heard
    finally:
        qInstallMessageHandler(previous)
