"""One Learn card: the drawing, a short main text, and a "more detail" layer to open."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPalette,
    QTextDocument,
    QTextFrame,
    QTextLength,
    QTextTable,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.learn.cards import Card
from companion.ui.learn.tile import CardTile, TileGrid
from companion.ui.shared.banded_drawing import drawing_view
from companion.ui.shared.illustration import IllustrationView
from companion.ui.shared.page_layout import (
    PageScaffold,
    back_keys,
    button,
    button_row,
    card,
    label,
    replace_widget,
)

# Card id -> (title, summary, drawing or None), for the "Read next" tiles.
RelatedCards = dict[str, tuple[str, str, str | None]]

IMAGE_MAX_HEIGHT = 340
FIGURE_HEIGHT = 190


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found.extend(_tables(child))
    return found


def markdown_html(markdown: str) -> str:
    """Card Markdown as rich text for a QLabel, with tables given room and rules.

    The fonts are left to the label, so the text follows the app's text-size setting.
    """
    doc = QTextDocument()
    doc.setMarkdown(markdown)
    border = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    for table in _tables(doc.rootFrame()):
        fmt = table.format()
        fmt.setBorder(1)
        fmt.setBorderBrush(QColor(border))
        fmt.setBorderCollapse(True)
        fmt.setCellPadding(6)
        fmt.setCellSpacing(0)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table.setFormat(fmt)
    html = doc.toHtml()
    # Drop the document's own default font so the label's (the theme's) applies; bold
    # and italic inside the text are kept.
    return re.sub(r"<body style=\"[^\"]*\">", "<body>", html, count=1)


def text_label(markdown: str) -> QLabel:
    """A wrapping rich-text label whose links (card:..., page:...) can be followed with
    the mouse or, after tabbing to it, with the keyboard."""
    widget = QLabel(markdown_html(markdown))
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setOpenExternalLinks(False)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    return widget


class CardView(PageScaffold):
    """Shows one card. Emits `card_requested(id)` for links to other cards,
    `page_requested(page)` for links to other pages, and `back()`."""

    card_requested = Signal(str)
    page_requested = Signal(str)
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", "", parent)
        self.card: Card | None = None
        self.back_button = button(self.tr("← Back"), accessible=self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        back_keys(self, self.back)
        self.column.insertLayout(0, button_row(self.back_button))
        self.body = QWidget()
        self.add(self.body)
        self.finish()

    def set_back_text(self, text: str) -> None:
        self.back_button.setText("← " + text)
        self.back_button.setAccessibleName(text)

    def show_card(self, card: Card, related: RelatedCards, emergency_number: str) -> None:
        """Build the view for `card`; `related` gives each card's title, summary and drawing."""
        self.card = card
        self.title_label.setText(card.title)
        self.setAccessibleName(card.title)
        self.intro_label.setText(card.summary)
        old = self.body
        self.body = self._build(card, related, emergency_number)
        replace_widget(self.column, old, self.body)
        self.verticalScrollBar().setValue(0)

    def _follow(self, link: str) -> None:
        kind, _, target = link.partition(":")
        if kind == "card":
            self.card_requested.emit(target)
        elif kind == "page":
            self.page_requested.emit(target)

    def _build(self, card: Card, related: RelatedCards, number: str) -> QWidget:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.image: IllustrationView | None = None
        if card.image:
            self.image = drawing_view(
                card.image, card.image_alt, min_height=200, height_cap=IMAGE_MAX_HEIGHT
            )
            self.image.setToolTip(card.image_alt)
            column.addWidget(self.image)
        main, main_layout = self._frame()
        self.main_text = text_label(card.main_text(number))
        self.main_text.linkActivated.connect(self._follow)
        main_layout.addWidget(self.main_text)
        self.link_buttons: list[QPushButton] = []
        for link in card.links:
            go = button(link.label, role="primary" if not self.link_buttons else None)
            go.clicked.connect(lambda _=False, page=link.page: self.page_requested.emit(page))
            self.link_buttons.append(go)
        if self.link_buttons:
            main_layout.addLayout(button_row(*self.link_buttons))
        # A way this app has not got (a kiosk: no timer runs, no journal) is not a button
        # that leads nowhere: the card says plainly where it can be done.
        self.elsewhere: QLabel | None = None
        if card.left_out:
            words = " ".join(self._elsewhere(page) for page in card.left_out)
            self.elsewhere = label(words, "muted")
            self.elsewhere.setObjectName("elsewhere")
            main_layout.addWidget(self.elsewhere)
        column.addWidget(main)
        self.footer: QFrame | None = None
        if card.footer:
            self.footer, footer_layout = self._frame("hero")
            self.footer.setAccessibleName(card.footer_title)
            footer_layout.addWidget(label(card.footer_title, "heading"))
            self.footer_text = text_label(card.footer_text(number))
            self.footer_text.linkActivated.connect(self._follow)
            footer_layout.addWidget(self.footer_text)
            column.addWidget(self.footer)

        # Not a checkable button: a screen reader would call it a tick box. Its words say
        # what a press does, and its name follows them.
        self.more_button = button(self.tr("Show more detail"))
        self.more_button.clicked.connect(self._flip_detail)
        column.addLayout(button_row(self.more_button))
        self.detail, detail_layout = self._frame()
        self.detail.setAccessibleName(self.tr("More detail"))
        detail_layout.addWidget(label(self.tr("More detail"), "heading"))
        self.detail_text = text_label(card.detail_text(number))
        self.detail_text.linkActivated.connect(self._follow)
        detail_layout.addWidget(self.detail_text)
        if card.figures:
            detail_layout.addWidget(self._figures(card))
        self.detail.hide()
        column.addWidget(self.detail)

        self.related_tiles: list[CardTile] = []
        if card.related:
            column.addWidget(label(self.tr("Read next"), "heading"))
            for other in card.related:
                title, summary, image = related.get(other, (other, "", None))
                tile = CardTile(title, summary, image)
                tile.setAccessibleName(self.tr("Read next: %1").replace("%1", title))
                tile.clicked.connect(lambda _=False, cid=other: self.card_requested.emit(cid))
                self.related_tiles.append(tile)
            grid = TileGrid()
            grid.set_tiles(list(self.related_tiles))
            column.addWidget(grid)
        # "[seed 003]" tags trace a source to the project's notes; readers do not need them.
        shown = [re.sub(r"\s*\[seed \d+\]", "", source) for source in card.sources]
        self.sources_label = label(self.tr("Sources: %1").replace("%1", "; ".join(shown)), "muted")
        column.addWidget(self.sources_label)
        return body

    def _elsewhere(self, page: str) -> str:
        if page == "timers":
            return self.tr(
                "This shared screen does not run timers. If you use the app at home, "
                "you can start one there."
            )
        if page == "journal":
            return self.tr(
                "This shared screen keeps no journal. If you use the app at home, "
                "you can keep one there."
            )
        return self.tr("You can do this in the app at home.")

    @staticmethod
    def _frame(role: str = "card") -> tuple[QFrame, QVBoxLayout]:
        return card(role)

    def _figures(self, card: Card) -> QWidget:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        for index, figure in enumerate(card.figures):
            cell = QWidget()
            cell_layout = QVBoxLayout(cell)
            cell_layout.setContentsMargins(0, 0, 0, 0)
            drawing = drawing_view(
                figure.image,
                figure.caption,
                min_height=FIGURE_HEIGHT,
                height_cap=FIGURE_HEIGHT + 60,
            )
            cell_layout.addWidget(drawing)
            cell_layout.addWidget(label(figure.caption, "muted"))
            grid.addWidget(cell, index // 2, index % 2)
        return grid_widget

    def _flip_detail(self) -> None:
        self._toggle_detail(self.detail.isHidden())

    def _toggle_detail(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        words = self.tr("Hide more detail") if shown else self.tr("Show more detail")
        self.more_button.setText(words)
        self.more_button.setAccessibleName(words)
