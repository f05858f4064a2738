"""The small window a timer's alert shows in (`AlertDialog`), and whether a box that
needs an answer is open: an alert that opens over such a box comes above it, and is an
ordinary alert again once the box is closed."""

from __future__ import annotations

import html
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from companion.ui.shared.dialog import Dialog
from companion.ui.shared.page_layout import button, button_row, label, replace_widget
from companion.ui.shared.word_break import FittingButton
from companion.ui.timers.widgets import Countdown

FOCUS_SLACK = 8  # px


def waiting_boxes() -> list[QWidget]:
    """The boxes open that need an answer (the journal form, a question, a file chooser,
    the welcome): each holds up the windows of the app opened before it. A timer's alert
    that came above one is not such a box: it is answered first, then the box is."""
    return [
        box
        for box in QApplication.topLevelWidgets()
        if box.isVisible() and box.isModal() and not isinstance(box, AlertDialog)
    ]


def box_waiting() -> bool:
    """Whether a box that needs an answer is open (`waiting_boxes`)."""
    return bool(waiting_boxes())


class AlertDialog(Dialog):
    """A small window with a heading, some text, an optional countdown and buttons.

    It always fits the screen it is on, at any text size: the text wraps, and the
    buttons go one under the other when they do not fit side by side.
    """

    SCREEN_MARGIN = 24  # px kept free on each side of the screen
    READING_CHARS = 70  # the widest line of text, in average characters

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumWidth(420)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(24, 20, 24, 20)
        self.layout_.setSpacing(12)
        self.heading = label("", "heading")
        self.layout_.addWidget(self.heading)
        self.countdown = Countdown(self.tr("Time left"))
        self.countdown.hide()
        self.layout_.addWidget(self.countdown)
        self.body = label("")
        self.layout_.addWidget(self.body)
        self.extra = label("", "muted")
        self.layout_.addWidget(self.extra)
        self._buttons = QWidget()
        self.layout_.addWidget(self._buttons)
        self.buttons_stacked = False
        self.mode = ""
        self._over: list[QWidget] = []  # the boxes it came above, while they are open

    def fill(self, title: str, heading: str, body: str, extra: str = "", *, lead: str = "") -> None:
        """`lead`, when given, is shown in bold as the first line of the body."""
        self.setWindowTitle(title)
        self.heading.setText(heading)
        self.setAccessibleName(heading)
        if lead:
            self.body.setTextFormat(Qt.TextFormat.RichText)
            paragraphs = [f"<b>{html.escape(lead, quote=False)}</b>"]
            paragraphs += [html.escape(part, quote=False) for part in body.split("\n") if part]
            self.body.setText("<br>".join(paragraphs))
        else:
            self.body.setTextFormat(Qt.TextFormat.PlainText)
            self.body.setText(body)
        self.body.setVisible(bool(body or lead))
        self.extra.setText(extra)
        self.extra.setVisible(bool(extra))

    def body_text(self) -> str:
        """The body as a person reads it (no markup)."""
        if self.body.textFormat() == Qt.TextFormat.RichText:
            return QTextDocumentFragment.fromHtml(self.body.text()).toPlainText()
        return self.body.text()

    def set_buttons(self, *items: tuple[str, str | None, Callable[[], object]]) -> None:
        """(caption, role, action) for each button; the first is the default (Enter on
        another presses that one: `Dialog`)."""
        widgets: list[FittingButton] = []
        for caption, role, action in items:
            widget = button(caption, role=role)
            widget.clicked.connect(action)
            widget.ensurePolished()  # measured with the theme's (bold) font
            # Room for the thicker border the theme draws around the focused button.
            widget.setMinimumWidth(widget.sizeHint().width() + FOCUS_SLACK)
            widgets.append(widget)
        margins = self.layout_.contentsMargins()
        room = self.max_width() - margins.left() - margins.right()
        spacing = 12
        side_by_side = sum(w.minimumWidth() for w in widgets) + spacing * (len(widgets) - 1)
        self.buttons_stacked = side_by_side > room
        old = self._buttons
        self._buttons = QWidget()
        if self.buttons_stacked:
            column = QVBoxLayout(self._buttons)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(8)
            for widget in widgets:
                column.addWidget(widget)
        else:
            row = button_row(*widgets)
            row.setContentsMargins(0, 0, 0, 0)  # lined up with the text above
            self._buttons.setLayout(row)
        if widgets:
            widgets[0].setDefault(True)
            widgets[0].setFocus()
        replace_widget(self.layout_, old, self._buttons)
        if self.isVisible():
            self.fit()

    def max_width(self) -> int:
        """The widest this window may be: the screen (of the main window) less a margin."""
        owner = self.parentWidget() or self
        screen = owner.screen() or QGuiApplication.primaryScreen()
        return max(240, screen.availableGeometry().width() - 2 * self.SCREEN_MARGIN)

    def fit(self) -> None:
        """As wide as the text reads well and the buttons need, never wider than the
        screen; as tall as the wrapped text needs at that width."""
        self.ensurePolished()
        limit = self.max_width()
        self.setMinimumWidth(min(420, limit))
        margins = self.layout_.contentsMargins()
        buttons = self._buttons.sizeHint().width() + margins.left() + margins.right()
        reading = max(560, self.fontMetrics().averageCharWidth() * self.READING_CHARS)
        text = max((self._text_width(lbl) for lbl in self._texts()), default=0)
        text += margins.left() + margins.right()
        wanted = max(self.minimumWidth(), buttons, min(text, reading))
        width = min(limit, wanted)
        height = self.layout_.totalHeightForWidth(width)
        self.resize(width, max(height, self.layout_.totalMinimumSize().height()))

    def _texts(self) -> list[QLabel]:
        return [lbl for lbl in (self.heading, self.body, self.extra) if not lbl.isHidden()]

    def _text_width(self, shown: QLabel) -> int:
        """How wide the label's longest line is when it does not wrap."""
        text = self.body_text() if shown is self.body else shown.text()
        metrics = shown.fontMetrics()
        return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)

    def present(self, *, take_focus: bool) -> None:
        # Beside a box that needs an answer, the alert could be read but not pressed, and
        # it could cover the box's buttons: it comes above the box and is answered first.
        modality = Qt.WindowModality.WindowModal if box_waiting() else Qt.WindowModality.NonModal
        # Where it is when shown again: a dialog shown anew goes back to the middle of the
        # main window, away from where the person had dragged it (say, off the box).
        kept_at = self.pos() if self.isVisible() else None
        if modality != self.windowModality():
            self.hide()  # Qt takes a new modality only on the next show
            self.setWindowModality(modality)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not take_focus)
        self.fit()
        put_back = None if self.isVisible() else kept_at  # hidden just above: put it back
        moved = self.testAttribute(Qt.WidgetAttribute.WA_Moved)
        if put_back is not None:
            self.move(put_back)
        self.show()
        if put_back is not None:
            self.setAttribute(Qt.WidgetAttribute.WA_Moved, moved)  # the next alert: centred
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.raise_()
        if take_focus:
            self.activateWindow()
        self._watch_boxes()

    def _watch_boxes(self) -> None:
        for box in filter(shiboken6.isValid, self._over):
            box.removeEventFilter(self)
        self._over = waiting_boxes() if self.isModal() else []
        for box in self._over:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self._over and event.type() == QEvent.Type.Hide:
            QTimer.singleShot(0, self, self._box_closed)
        return False

    def _box_closed(self) -> None:
        """A box this alert came above was closed (its own close button, Esc once the
        alert was moved aside): with no box left, the alert is as one that came with no
        box, and the window behind it can be used again. It keeps the keys it had."""
        if self.isVisible() and self.isModal() and not box_waiting():
            active = QApplication.activeWindow()
            self.present(take_focus=active is None or active in (self, self.parentWidget()))
        else:
            self._watch_boxes()  # closed meanwhile, or a box under the one closed waits
