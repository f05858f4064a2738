"""The clinic's logo and name at the top left of the kiosk; pressing and holding it is
the staff's way out (the window times the hold)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
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
TRIMMED = ",;:-–"  # not left before a "…"
NAME_LINES = 2  # a longer name would take the page's room: the welcome's title says it all


def fitted_lines(text: str, font: QFont, width: int, most: int) -> list[str]:
    """`text` in lines no wider than `width`, broken only between words (a label, or a
    layout let break anywhere, showed "Riverside Clinic" as "Riversid" and "e Clinic").
    The last line, when there are more than `most`, ends in "…" after its last whole
    word that fits ("Riverside…", not "Rivers…"); only a word wider than the line alone
    is cut."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    starts: list[int] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    ends = [*starts[1:], len(text)]
    lines = [text[start:end].strip() for start, end in zip(starts, ends, strict=True)]
    if len(lines) > most:
        lines = [*lines[: most - 1], text[starts[most - 1] :].strip()]
    metrics = QFontMetricsF(font)
    return [_shortened(line, metrics, width) for line in lines]


def _shortened(line: str, metrics: QFontMetricsF, width: int) -> str:
    """`line` if it fits in `width`, else its first words that fit, then "…"."""
    if metrics.horizontalAdvance(line) <= width:
        return line
    elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
    # Only the words Qt's own cut reaches can fit: trying one word fewer at a time from
    # the whole line took 2.4 s for a pasted name of 3,000 words.
    reached = line[: len(elided)]
    words = reached.split()
    cut = len(reached) < len(line) and not line[len(reached)].isspace()
    if words and cut and not reached[-1].isspace():
        words.pop()  # the word Qt cut in two
    while words:
        kept = " ".join(words).rstrip(TRIMMED) + "…"
        if metrics.horizontalAdvance(kept) <= width:
            return kept
        words.pop()
    return elided


def shows_whole(lines: list[str], text: str) -> bool:
    """Whether `lines` (from `fitted_lines`) hold all of `text`, nothing shortened."""
    return "".join("".join(lines).split()) == "".join(text.split())


class ClinicName(QLabel):
    """The clinic's name in at most `NAME_LINES` lines of at most `NAME_WIDTH_PX`, or of
    the room the bar leaves it (`set_room`): a label breaks only between words, so one
    long word was cut off at the edge, and a long name made the bar as tall as a third of
    a small screen. A name too long even so ends in "…"; a screen reader hears it whole,
    and a mouse pointer resting on it shows it whole."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.full_name = name
        self.room = NAME_WIDTH_PX
        self.setProperty("role", "brand")
        self.setMaximumWidth(NAME_WIDTH_PX)
        self.setAccessibleName(name)
        self._fit()

    def fits(self, width: int) -> bool:
        """Whether the whole name shows in `width`: in at most `NAME_LINES` lines, and
        no word cut."""
        if width <= 0:
            return False
        self.ensurePolished()  # the theme's font for the brand
        return shows_whole(
            fitted_lines(self.full_name, self.font(), width, NAME_LINES), self.full_name
        )

    def set_room(self, room: int) -> None:
        """Break the name for a width of `room`."""
        if room != self.room:
            self.room = room
            self.setMaximumWidth(room)
            self._fit()

    def _fit(self) -> None:
        font = self.font()
        name = self.full_name
        lines = fitted_lines(name, font, self.room, NAME_LINES)
        whole = shows_whole(lines, name)
        if whole and len(lines) > 1:
            # Lines as even as they can be: the bar's spare room gave "Riverside Community
            # Physiotherapy" and "Clinic" alone below.
            low, high = 1, self.room
            while low < high:
                middle = (low + high) // 2
                even = fitted_lines(name, font, middle, len(lines))
                if shows_whole(even, name):
                    high = middle
                else:
                    low = middle + 1
            lines = fitted_lines(name, font, high, NAME_LINES)
        text = "\n".join(lines)
        if text != self.text():
            self.setText(text)
            self.setToolTip("" if whole else self.full_name)

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

    def around_name(self) -> int:
        """The badge's width beside its name: its margins, and the logo with its gap."""
        row = self.layout()
        assert row is not None
        margins = row.contentsMargins()
        logo = self.logo.sizeHint().width() + row.spacing() if self.logo.isVisibleTo(self) else 0
        return margins.left() + margins.right() + logo

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.pressed.emit()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self.released.emit()
        event.accept()
