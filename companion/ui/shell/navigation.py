"""The navigation bar on the left: one big choice per page, keyboard friendly.

The pages are a single-choice list (see single_choice): one Tab stop, the arrow keys
move to the next page and open it, and a screen reader hears "Check, radio button,
2 of 6". The bar, its icons and the app's logo grow with the text size.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from companion import APP_NAME
from companion.ui.pages import NavItem
from companion.ui.shared.icons import app_icon, tinted_icon
from companion.ui.shared.single_choice import SwitchBar
from companion.ui.shared.theme import Palette

# Icon and logo sizes as multiples of a line of body text, so they grow with it.
ICON_LINES = 1.3
LOGO_LINES = 2.4
MIN_WIDTH = 196


class NavBar(QFrame):
    """Emits `page_requested(page)` when a page is chosen."""

    page_requested = Signal(str)

    def __init__(self, items: list[NavItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAccessibleName(self.tr("Main navigation"))
        self.setMinimumWidth(MIN_WIDTH)
        # As wide as its widest entry at the current text size, so nothing is cut off.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.items = items
        self._palette: Palette | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(6)
        self.brand = QLabel()
        self.brand.setAccessibleName(APP_NAME)
        name = QLabel(APP_NAME.replace(" Companion", "\nCompanion"))
        name.setProperty("role", "brand")
        layout.addWidget(self.brand)
        layout.addWidget(name)
        layout.addSpacing(14)
        self.switch = SwitchBar(self.tr("Pages"), vertical=True, role="nav")
        for item in items:
            choice = self.switch.add(item.page, item.label)
            choice.setAccessibleDescription(self.tr("Go to the %1 page").replace("%1", item.label))
            choice.setToolTip(f"{item.label} ({item.shortcut})")
            choice.toggled.connect(lambda _on, page=item.page: self._tint(page))
        self.buttons = self.switch.buttons
        self.switch.chosen.connect(self.page_requested)
        layout.addWidget(self.switch)
        layout.addStretch(1)
        self._fit_to_text()

    def set_current(self, page: str) -> None:
        self.switch.set_current(page)

    def current(self) -> str:
        page = self.switch.current()
        assert page is not None, "a page is always shown"
        return page

    def retint(self, palette: Palette) -> None:
        self._palette = palette
        for item in self.items:
            self._tint(item.page)

    def _tint(self, page: str) -> None:
        if self._palette is None:
            return
        item = next(i for i in self.items if i.page == page)
        choice = self.buttons[page]
        colour = self._palette.on_accent if choice.isChecked() else self._palette.text
        side = choice.iconSize().width()
        ratio = choice.devicePixelRatioF()
        choice.setIcon(tinted_icon(item.icon, colour, side=side, ratio=ratio))  # crisp, not scaled

    def _fit_to_text(self) -> None:
        line = QFontMetrics(QApplication.font()).height()
        icon = round(line * ICON_LINES)
        for choice in self.buttons.values():
            choice.setIconSize(QSize(icon, icon))
        for item in self.items:
            self._tint(item.page)  # drawn again at the new size
        logo = round(line * LOGO_LINES)
        self.brand.setPixmap(app_icon().pixmap(QSize(logo, logo)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_to_text()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange and self._palette is not None:
            self.retint(self._palette)  # another screen: drawn again in its pixels
        return super().event(event)
