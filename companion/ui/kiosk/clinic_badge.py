"""The clinic's logo and name at the top left of the kiosk; pressing and holding it is
the staff's way out (the window times the hold)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPixmap,
    QShowEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from companion import APP_NAME
from companion.core.shared.kiosk_config import KioskConfig
from companion.ui.kiosk.logo import read_logo

NAME_WIDTH_PX = 260
NAME_LINES = 2  # a longer name would take the page's room: the welcome's title says it all


def fitted_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width`, broken between words, or inside a word
    that is wider than the line alone; past `most` lines the last one ends in "…"."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    ends = [*starts[1:], len(text)]
    lines = [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    if len(lines) <= most:
        return lines
    rest = text[starts[most - 1] :].strip()
    last = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return [*lines[: most - 1], last]


class ClinicName(QLabel):
    """The clinic's name in at most `NAME_LINES` lines of at most `NAME_WIDTH_PX`: a label
    breaks only between words, so one long word was cut off at the edge, and a long name
    made the bar as tall as a third of a small screen. A screen reader hears it whole."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.full_name = name
        self.setProperty("role", "brand")
        self.setMaximumWidth(NAME_WIDTH_PX)
        self.setAccessibleName(name)
        self._fit()

    def _fit(self) -> None:
        lines = fitted_lines(self.full_name, self.font(), NAME_WIDTH_PX, NAME_LINES)
        self.setText("\n".join(lines))

    def showEvent(self, event: QShowEvent) -> None:
        self._fit()  # the theme's font for the brand is known once the label is polished
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)


def clinic_logo(config: KioskConfig, ratio: float = 1.0) -> QPixmap | None:
    """The config's logo at the size the bar shows it (see `read_logo`), or None. Read
    once by the window: the bar is built again for each language, and a logo of
    8000x8000 pixels took about a second to read each time."""
    return None if config.logo is None else read_logo(config.logo, ratio).pixmap


class ClinicBadge(QFrame):
    """The clinic's `logo` (from `clinic_logo`) and name; emits `pressed()` and
    `released()`."""

    pressed = Signal()
    released = Signal()

    def __init__(
        self, config: KioskConfig, logo: QPixmap | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("clinicBadge")
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 12, 0)
        row.setSpacing(10)
        self.logo = QLabel()
        if logo is not None:
            self.logo.setPixmap(logo)
        self.logo.setVisible(logo is not None)
        self.name = ClinicName(config.clinic_name or APP_NAME)
        row.addWidget(self.logo)
        row.addWidget(self.name)
        self.setAccessibleName(config.clinic_name or APP_NAME)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed.emit()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.released.emit()
        event.accept()
