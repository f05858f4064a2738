"""Learn: illustrated cards on nerve and muscle pain, an anatomy view and a short quiz.

The page is a stack of views: the start (search and the cards in a personal order),
one card, the anatomy view and the quiz. It opens with the cards that fit the last
guided check first, and reorders itself whenever a check finishes.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from companion.core.learn.cards import Card, LearnContent, load_learn
from companion.core.learn.order import personal_order
from companion.core.shared.app_state import AppState
from companion.core.shared.content import InvalidContentError, language_dir
from companion.core.shared.pages import KIOSK_LINK_PAGES
from companion.core.shared.records import CheckRecord
from companion.ui.learn.card_view import CardView, RelatedCards
from companion.ui.learn.start import LearnStart
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.page_layout import PageScaffold, card, label

if TYPE_CHECKING:  # built when first opened
    from companion.ui.learn.anatomy_view import AnatomyPage
    from companion.ui.learn.quiz_view import QuizView


def _weak(method: Callable[..., None]) -> Callable[..., None]:
    """A callback that does nothing once the widget behind `method` is gone."""
    ref = weakref.WeakMethod(method)

    def call(*args: object) -> None:
        bound = ref()
        if bound is not None and shiboken6.isValid(bound.__self__):  # type: ignore[attr-defined]
            bound(*args)

    return call


class LearnPage(QStackedWidget):
    page_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.anatomy: AnatomyPage | None = None
        self.quiz: QuizView | None = None
        self._history: list[tuple[QWidget, str | None]] = []
        try:
            self.learn: LearnContent | None = load_learn(language_dir(None, state.content.language))
        except InvalidContentError as exc:
            self.learn = None
            self.addWidget(self._broken(exc))
            return
        self.start = LearnStart(self.learn, searchable=not state.kiosk)
        self.start.card_requested.connect(self.open_card)
        self.start.anatomy_requested.connect(self.open_anatomy)
        self.start.quiz_requested.connect(self.open_quiz)
        self.start.page_requested.connect(self.page_requested)
        self.card_view = CardView()
        self.card_view.card_requested.connect(self.open_card)
        self.card_view.page_requested.connect(self.page_requested)
        self.card_view.back.connect(self.go_back)
        self.addWidget(self.start)
        self.addWidget(self.card_view)
        self.refresh_order()
        state.add_check_listener(_weak(self._check_saved))
        state.add_reset_listener(_weak(self.refresh_order))

    def _broken(self, exc: InvalidContentError) -> QWidget:
        page = PageScaffold(self.tr("Learn"), "")
        frame, layout = card("warning")
        layout.addWidget(label(self.tr("The Learn cards could not be loaded"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Some of the app's files are damaged or missing. The rest of the app "
                    "still works. Reinstalling the app should fix this."
                )
            )
        )
        layout.addWidget(label("\n".join(str(e) for e in exc.errors[:5]), "muted"))
        page.add(frame)
        page.finish()
        return page

    # --- order ----------------------------------------------------------------------------
    def _check_saved(self, _latest: CheckRecord | None) -> None:
        self.refresh_order()

    def refresh_order(self) -> None:
        if self.learn is None:
            return
        self.start.set_order(personal_order(self.learn.order, self.state.latest_check()))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh_order()
        super().showEvent(event)

    # --- moving between views ---------------------------------------------------------------
    def titles(self) -> dict[str, str]:
        assert self.learn is not None
        return {cid: c.title for cid, c in self.learn.cards.items()}

    def related(self) -> RelatedCards:
        assert self.learn is not None
        return {cid: (c.title, c.summary, c.image) for cid, c in self.learn.cards.items()}

    def emergency_number(self) -> str:
        return emergency_number_text(self.state.settings.current.emergency_number)

    def open_card(self, card_id: str) -> None:
        if self.learn is None or card_id not in self.learn.cards:
            return
        current = self.currentWidget() or self.start
        here = self.card_view.card.id if current is self.card_view and self.card_view.card else None
        self._history.append((current, here))
        self.card_view.set_back_text(self._back_text(current))
        self.card_view.show_card(self._card(card_id), self.related(), self.emergency_number())
        self.setCurrentWidget(self.card_view)
        self.card_view.back_button.setFocus()

    def _card(self, card_id: str) -> Card:
        """The card as this app shows it: on a kiosk, without ways to pages it lacks."""
        assert self.learn is not None
        card = self.learn.card(card_id)
        return card.within(KIOSK_LINK_PAGES) if self.state.kiosk else card

    def _back_text(self, origin: QWidget) -> str:
        if origin is self.anatomy:
            return self.tr("Back to the drawing")
        if origin is self.quiz:
            return self.tr("Back to the quiz")
        if origin is self.card_view and self.card_view.card is not None:
            return self.tr("Back to “%1”").replace("%1", self.card_view.card.title)
        return self.tr("Back to Learn")

    def go_back(self) -> None:
        if not self._history:
            self.show_start()
            return
        origin, card_id = self._history.pop()
        if origin is self.card_view and card_id is not None and self.learn is not None:
            previous = self._history[-1][0] if self._history else self.start
            self.card_view.set_back_text(self._back_text(previous))
            self.card_view.show_card(self._card(card_id), self.related(), self.emergency_number())
        self.setCurrentWidget(origin)

    def show_start(self) -> None:
        self._history.clear()
        self.setCurrentWidget(self.start)

    def open_anatomy(self) -> None:
        if self.learn is None:
            return
        if self.anatomy is None:
            from companion.ui.learn.anatomy_view import AnatomyPage  # when first opened

            self.anatomy = AnatomyPage(self.learn.anatomy, self.titles())
            self.anatomy.card_requested.connect(self.open_card)
            self.anatomy.back.connect(self.show_start)
            self.addWidget(self.anatomy)
        self._history.clear()
        self.setCurrentWidget(self.anatomy)
        self.anatomy.layer_buttons[self.anatomy.layer.id].setFocus()

    def open_quiz(self) -> None:
        if self.learn is None:
            return
        if self.quiz is None:
            from companion.ui.learn.quiz_view import QuizView  # when first opened

            self.quiz = QuizView(self.learn.quiz, self.titles())
            self.quiz.card_requested.connect(self.open_card)
            self.quiz.back.connect(self.show_start)
            self.addWidget(self.quiz)
        self._history.clear()
        self.setCurrentWidget(self.quiz)
        self.quiz.resume()
