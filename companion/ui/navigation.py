"""The navigation bar on the left: one big button per page, keyboard friendly."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from companion import APP_NAME
from companion.ui.icons import app_icon, tinted_icon
from companion.ui.theme import Palette


@dataclass(frozen=True)
class NavItem:
    page: str
    label: str
    icon: str
    shortcut: str


class NavBar(QFrame):
    """Emits `page_requested(page)` when a page button is pressed."""

    page_requested = Signal(str)

    def __init__(self, items: list[NavItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navBar")
        self.setAccessibleName(self.tr("Main navigation"))
        self.setFixedWidth(196)
        self.items = items
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 12, 16)
        layout.setSpacing(6)
        brand = QLabel()
        brand.setPixmap(app_icon().pixmap(QSize(40, 40)))
        brand.setAccessibleName(APP_NAME)
        name = QLabel(APP_NAME.replace(" Companion", "\nCompanion"))
        name.setProperty("role", "brand")
        layout.addWidget(brand)
        layout.addWidget(name)
        layout.addSpacing(14)
        # Not an exclusive QButtonGroup: that would give the whole bar one Tab stop, like
        # radio buttons. Each page button is its own Tab stop; set_current keeps one checked.
        self.buttons: dict[str, QToolButton] = {}
        for item in items:
            btn = QToolButton()
            btn.setText(item.label)
            btn.setCheckable(True)
            btn.setProperty("role", "nav")
            btn.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            btn.setIconSize(QSize(22, 22))
            btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            btn.setAccessibleName(item.label)
            btn.setAccessibleDescription(self.tr("Go to the %1 page").replace("%1", item.label))
            btn.setToolTip(f"{item.label} ({item.shortcut})")
            btn.setCursor(Qt.CursorShape.PointingHandCursor)
            btn.clicked.connect(lambda _=False, page=item.page: self.page_requested.emit(page))
            self.buttons[item.page] = btn
            layout.addWidget(btn)
        layout.addStretch(1)

    def set_current(self, page: str) -> None:
        for name, btn in self.buttons.items():
            btn.setChecked(name == page)

    def current(self) -> str:
        return next(page for page, btn in self.buttons.items() if btn.isChecked())

    def retint(self, palette: Palette) -> None:
        for item in self.items:
            btn = self.buttons[item.page]
            btn.setIcon(tinted_icon(item.icon, palette.text, palette.on_accent))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up and Down move between page buttons, as in a list."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            order = list(self.buttons.values())
            focused = next((i for i, b in enumerate(order) if b.hasFocus()), None)
            if focused is not None:
                step = -1 if key == Qt.Key.Key_Up else 1
                order[(focused + step) % len(order)].setFocus(Qt.FocusReason.TabFocusReason)
                return
        super().keyPressEvent(event)
