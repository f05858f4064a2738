"""The first view of Learn: search, the cards picked for this person, and the rest."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from companion.core.learn.cards import LearnContent
from companion.core.learn.order import PersonalOrder, Reason
from companion.core.learn.search import CardSearch, nothing_shown, shown_query
from companion.core.shared.records import EMERGENCY, MIXED, SOON, URGENT
from companion.ui.learn.tile import CardTile, TileGrid
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.fields import SearchField
from companion.ui.shared.page_layout import (
    PageScaffold,
    announce,
    button,
    button_row,
    card,
    label,
)

START_HERE = 4  # cards in the first group when there is no check yet


class LearnStart(PageScaffold):
    """Emits `card_requested(id)`, `anatomy_requested()`, `quiz_requested()` and
    `page_requested(page)` (for the guided check)."""

    card_requested = Signal(str)
    anatomy_requested = Signal()
    quiz_requested = Signal()
    page_requested = Signal(str)

    def __init__(
        self,
        learn: LearnContent,
        parent: QWidget | None = None,
        *,
        searchable: bool = True,
    ) -> None:
        """`searchable=False` (a kiosk: no typing on a shared touch screen) hides search."""
        super().__init__(
            self.tr("Learn"),
            self.tr(
                "Short cards with pictures. Open one for the main idea, and more detail if "
                "you want it."
            ),
            parent,
        )
        self.learn = learn
        self.search = CardSearch(learn.cards.values(), learn.search_words)
        self.order: PersonalOrder | None = None
        # What a screen reader last heard of the search: the words, and the cards found.
        self._said: tuple[str, frozenset[str]] = ("", frozenset())

        self.search_field = SearchField()
        self.search_field.set_placeholders(  # the longest that fits: large text, narrow window
            self.tr("Search the cards (Ctrl+F), for example: heat, sleep"),
            self.tr("Search the cards, for example: heat"),
            self.tr("Search the cards"),
        )
        self.search_field.setAccessibleName(self.tr("Search the cards"))
        self.search_field.textChanged.connect(self.run_search)
        self.add(self.search_field)
        self.search_field.setVisible(searchable)
        if searchable:
            find = QShortcut(QKeySequence.StandardKey.Find, self)
            find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            find.activated.connect(
                lambda: self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            )

        # Search results replace everything below while there is a query.
        self.results_heading = label("", "heading")
        self.no_results = BreakingText(role="muted")  # a pasted query may be one long word
        self.results = TileGrid()
        # Nothing found: a way back to the cards as big as a button, not only the
        # small x in the field (or Esc, which nothing on the page tells of).
        self.show_all = button(self.tr("Show all cards"))
        self.show_all.clicked.connect(self._show_all)
        self.no_results_row = QWidget()
        self.no_results_row.setLayout(button_row(self.show_all))
        self.add(self.results_heading)
        self.add(self.no_results)
        self.add(self.no_results_row)
        self.add(self.results)

        self.reason_card, reason_layout = card("hero", spacing=8)
        self.reason_heading = label("", "heading")
        self.reason_text = label("")
        self.check_button = button(self.tr("Take the guided check"))
        self.check_button.clicked.connect(lambda: self.page_requested.emit("check"))
        reason_layout.addWidget(self.reason_heading)
        reason_layout.addWidget(self.reason_text)
        reason_layout.addLayout(button_row(self.check_button))
        self.add(self.reason_card)

        self.first_heading = label("", "heading")
        self.add(self.first_heading)
        self.first_grid = TileGrid()
        self.add(self.first_grid)

        self.explore_heading = label(self.tr("Explore and check"), "heading")
        self.add(self.explore_heading)
        self.explore = TileGrid()
        self.anatomy_tile = CardTile(
            self.tr("Explore the leg"),
            self.tr("An interactive drawing of the nerve, the muscles and where pain shows up."),
            "anatomy_nerve",
        )
        self.anatomy_tile.clicked.connect(self.anatomy_requested)
        questions = len(learn.quiz.questions)
        self.quiz_tile = CardTile(
            self.tr("Check what you learned"),
            self.tr("%n short question(s), with kind feedback.", "", questions),
            "painmap_nerve_vs_muscle",
        )
        self.quiz_tile.clicked.connect(self.quiz_requested)
        self.explore.set_tiles([self.anatomy_tile, self.quiz_tile])
        self.add(self.explore)

        self.more_heading = label(self.tr("More cards"), "heading")
        self.add(self.more_heading)
        self.rest_grid = TileGrid()
        self.add(self.rest_grid)
        self.finish()
        self._show_browse(True)

    # --- the personal order ---------------------------------------------------------------
    def set_order(self, order: PersonalOrder) -> None:
        if order == self.order:
            return
        self.order = order
        self._set_reason(order)
        first = order.picked or order.cards[:START_HERE]
        self.first_heading.setText(self.tr("For you") if order.picked else self.tr("Start here"))
        rest = [cid for cid in order.cards if cid not in first]
        self.first_grid.set_tiles([self._tile(cid) for cid in first])
        self.rest_grid.set_tiles([self._tile(cid) for cid in rest])

    def _set_reason(self, order: PersonalOrder) -> None:
        names = self.learn.order.pattern_names
        self.check_button.setVisible(order.reason is Reason.START)
        self.reason_card.setProperty("role", "hero")
        if order.reason is Reason.START:
            heading = self.tr("A good place to start")
            text = self.tr(
                "Begin with how nerve pain and muscle pain differ. After the guided check, "
                "the cards that fit your answers come first."
            )
        else:
            heading = self.tr("Picked for your last check")
            if order.patterns and order.patterns[0] != MIXED and len(order.patterns) == 1:
                text = self.tr("Your answers fit %1 best, so these cards come first.").replace(
                    "%1", names.get(order.patterns[0], order.patterns[0])
                )
            elif order.patterns == (MIXED,):  # the check scored no pattern
                text = self.tr(
                    "Your last check points to no pattern, so these cards are a good general start."
                )
            else:
                text = self.tr(
                    "Your answers did not point clearly to one pattern. These cards cover "
                    "the closest ones."
                )
            if order.reason is Reason.URGENCY:
                urgent = {
                    SOON: self.tr(
                        "Your last check suggests seeing a clinician soon. So “When to get "
                        "help” comes first."
                    ),
                    URGENT: self.tr(
                        "Your last check suggests seeing a doctor today. So “When to get help” "
                        "comes first."
                    ),
                    EMERGENCY: self.tr(
                        "Your last check found a sign that needs help right away. So “When to "
                        "get help” comes first."
                    ),
                }[order.urgency]
                text = urgent + "\n" + text
                self.reason_card.setProperty("role", "warning")
        self.reason_card.style().unpolish(self.reason_card)
        self.reason_card.style().polish(self.reason_card)
        self.reason_heading.setText(heading)
        self.reason_text.setText(text)
        self.reason_card.setAccessibleName(f"{heading}. {text}")

    def _tile(self, card_id: str, text: str | None = None) -> CardTile:
        card_ = self.learn.card(card_id)
        tile = CardTile(card_.title, text or card_.summary, card_.image)
        tile.clicked.connect(lambda _=False, cid=card_id: self.card_requested.emit(cid))
        tile.setObjectName(f"tile_{card_id}")
        return tile

    # --- search ---------------------------------------------------------------------------
    def run_search(self, typed: str) -> None:
        query = typed.strip()
        blank = nothing_shown(query)  # "", or a paste of marks no one can see
        if blank or self.search.only_little_words(query):
            self.results.set_tiles([])
            self._show_browse(True)
            if not blank:  # "the", "de la": not "nothing matches", but every card and a hint
                self._hint_little_words(query)
            else:
                self._said = ("", frozenset())
            return
        hits = self.search.find(typed)  # a space after a word says it is typed to its end
        self._show_browse(False)
        if hits:
            found = len(hits)
            self.results_heading.setText(self.tr("%n card(s) found", "", found))
            self.no_results.hide()
            self.no_results_row.hide()
            detail = ""
        else:
            self.results_heading.setText(self.tr("No cards found"))
            self.no_results.setText(
                self.tr(
                    "Nothing matches “%1”. Try another word, such as nerve, heat or sitting."
                ).replace("%1", shown_query(query))
            )
            self.no_results.show()
            self.no_results_row.show()
            detail = self.no_results.text()
        self.results.set_tiles([self._tile(hit.card.id, hit.snippet) for hit in hits])
        # The keyboard stays in the search field, so a screen reader is told the results
        # when they change: not at every letter typed, but also when other cards replace
        # as many ("ice" pasted over with "bed": 4 cards found, 4 others).
        heading = self.results_heading.text()
        said = (heading, frozenset(hit.card.id for hit in hits))
        if said != self._said and self.window().isVisible():
            announce(self, f"{heading}. {detail}" if detail else heading)
            self._said = said

    def _hint_little_words(self, query: str) -> None:
        hint = self.tr(
            "Words like “%1” are too common to search for. Try a word such as sleep, "
            "heat or sitting. Here are all the cards."
        )
        self.no_results.setText(hint.replace("%1", shown_query(query)))
        self.no_results.show()
        # The keyboard stays in the field: the hint is said once as it appears, not again
        # at each letter that only changes the words it quotes ("y", "y e", "y el").
        if (hint, frozenset()) != self._said and self.window().isVisible():
            announce(self, self.no_results.text())
            self._said = (hint, frozenset())

    def _show_browse(self, browse: bool) -> None:
        for widget in (
            self.reason_card,
            self.first_heading,
            self.first_grid,
            self.explore_heading,
            self.explore,
            self.more_heading,
            self.rest_grid,
        ):
            widget.setVisible(browse)
        for widget in (self.results_heading, self.results):
            widget.setVisible(not browse)
        if browse:
            self.no_results.hide()
            self.no_results_row.hide()

    def _show_all(self) -> None:
        self.search_field.clear()
        self.search_field.setFocus(Qt.FocusReason.OtherFocusReason)
