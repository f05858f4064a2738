"""What a real QR decoder reads from a code as drawn on screen."""

from __future__ import annotations

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage

from companion.ui.check.qr_code import QrCodeView


def gray(image: QImage) -> np.ndarray:
    """The image as a 2-D array of 0 (black) to 255 (white)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].copy()


def decode(qr: QrCodeView) -> list[str]:
    """What a real decoder reads from the widget as drawn (dark on light only)."""
    pixels = gray(qr.grab().toImage())
    found = zxingcpp.read_barcodes(pixels, try_invert=False)
    return [code.text for code in found if code.format == zxingcpp.BarcodeFormat.QRCode]
