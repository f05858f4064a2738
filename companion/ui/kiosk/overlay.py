"""A full-window layer for the kiosk: a dimmed backdrop and one card in the middle.

It is a child of the window, not a separate dialog, so it can never end up behind the
always-on-top kiosk window or outside it. While it is open, keyboard focus stays inside
its card: Tab and Shift+Tab go round the card's controls only.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget
from shiboken6 import isValid

from companion.ui.shared.page_layout import card
from companion.ui.shared.theme import base_point_size

BACKDROP = QColor(0, 0, 0, 150)  # dims the screen below in both themes
MARGIN_PX = 24  # least space kept round the card, so it never touches the screen edge
# Sizes of the big parts (keys, the countdown) are theme rules on the "kiosk" property.


class Overlay(QWidget):
    """Covers its parent; subclasses fill `content` (the card's layout).

    `card_width` is the card's width when the window has room for it; on a narrower
    window the card takes what is left after `MARGIN_PX` on each side.
    """

    card_width = 640

    def __init__(self, parent: QWidget, *, accessible_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("kioskOverlay")
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        self._return_focus: QWidget | None = None
        self._watching_focus = False
        outer = QGridLayout(self)
        outer.setContentsMargins(MARGIN_PX, MARGIN_PX, MARGIN_PX, MARGIN_PX)
        self.card, self.content = card(spacing=16)
        self.card.setObjectName("kioskOverlayCard")
        self.card.setAccessibleName(accessible_name)
        self.content.setContentsMargins(32, 28, 32, 28)
        outer.addWidget(self.card, 0, 0, Qt.AlignmentFlag.AlignCenter)
        parent.installEventFilter(self)
        self.hide()

    # --- opening and closing ---------------------------------------------------------------
    def open(self) -> None:
        """Show over the whole window, on top of everything in it, with focus inside."""
        focus = QApplication.focusWidget()
        if focus is not None and not self.isAncestorOf(focus):
            self._return_focus = focus
        self._cover_host()
        self.show()
        self.raise_()
        app = QApplication.instance()
        if isinstance(app, QApplication) and not self._watching_focus:
            app.focusChanged.connect(self._keep_focus_inside)
            self._watching_focus = True
        self.focus_first()

    def close_overlay(self) -> None:
        """Hide, and give focus back to where it was before opening."""
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._watching_focus:
            app.focusChanged.disconnect(self._keep_focus_inside)
            self._watching_focus = False
        self.hide()
        back, self._return_focus = self._return_focus, None
        if back is not None and isValid(back) and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- focus ------------------------------------------------------------------------
    def focus_chain(self) -> list[QWidget]:
        """The card's controls that Tab reaches now, in tab order."""
        chain: list[QWidget] = []
        widget = self.nextInFocusChain()
        while widget is not self and widget is not None:
            if (
                self.card.isAncestorOf(widget)
                and widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                chain.append(widget)
            widget = widget.nextInFocusChain()
        return chain

    def first_control(self) -> QWidget | None:
        """Where focus goes on opening; subclasses may pick another."""
        chain = self.focus_chain()
        return chain[0] if chain else None

    def focus_first(self) -> None:
        target = self.first_control()
        if target is not None:
            target.setFocus(Qt.FocusReason.PopupFocusReason)
        else:
            self.setFocus(Qt.FocusReason.PopupFocusReason)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Every child's Tab ends up here (QWidget passes it to its parent): go round the
        # card, never out into the page below.
        chain = self.focus_chain()
        if not chain:
            return True
        current = QApplication.focusWidget()
        if current in chain:
            index = chain.index(current) + (1 if next else -1)
        else:
            index = 0 if next else -1
        chain[index % len(chain)].setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def _keep_focus_inside(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.isVisible() or new is None or new is self or self.isAncestorOf(new):
            return
        if new.window() is self.window():
            self.focus_first()

    # --- covering the window ------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the window is being torn down it still sends other events
        # here, after this object's Python attributes are gone.
        if (
            event.type() in (QEvent.Type.Resize, QEvent.Type.Show)
            and watched is self.parentWidget()
        ):
            self._cover_host()
        return super().eventFilter(watched, event)

    def _cover_host(self) -> None:
        host = self.parentWidget()
        if host is None:
            return
        self.setGeometry(QRect(0, 0, host.width(), host.height()))
        room = max(host.width() - 2 * MARGIN_PX, 0)
        # Larger text needs a wider card, or the words wrap into a tall narrow column.
        scale = max(QApplication.font().pointSizeF() / base_point_size(), 1.0)
        self.card.setFixedWidth(min(round(self.card_width * scale), room))
        self.host_resized(host.width(), host.height())
        self._settle()

    def _settle(self) -> None:
        """Lay everything out now, not on the event loop's next pass, so the card's size
        and place are right as soon as it opens (inner layouts first, then outer)."""
        for widget in [*reversed(self.findChildren(QWidget)), self]:
            layout = widget.layout()
            if layout is not None:
                layout.activate()

    def host_resized(self, width: int, height: int) -> None:
        """The window changed size; subclasses may fit their parts to it."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), BACKDROP)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A press on the backdrop stays here: nothing below may be reached through it.
        event.accept()
        self.backdrop_pressed()

    def backdrop_pressed(self) -> None:
        """A press outside the card; subclasses may act on it."""

    # --- text size ------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        # The app's text size changed (a child widget gets FontChange): refit the card.
        if event.type() == QEvent.Type.FontChange:
            self._cover_host()
        super().changeEvent(event)
