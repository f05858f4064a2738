"""The result of the guided check, calm and quick to read.

First how urgent it is and what to do now; then the pattern the answers point to, with
the answers behind it; then what helps and what to avoid. The rest (how every pattern
scored, what the answers made less likely, when to get help) waits behind labelled
sections that open with a click, a tap, Space or Enter. What to do comes from one
composer in core (`triage_advice.compose`), the same as the printed summary's.

A past check opens read-only here too (`past`): no answers to change, and a word when
today's rules read it differently from the day it was done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.check.advice import Guidance, also_looked_at, finding_words, shown_patterns
from companion.core.check.engine import TriageResult
from companion.core.check.model import TriageContent
from companion.core.shared.pages import KIOSK_LINK_PAGES
from companion.core.shared.records import EMERGENCY, MIXED, SELF_CARE, URGENT
from companion.ui.check.screens import sign_lines
from companion.ui.check.urgency import danger_frame, urgency_badge
from companion.ui.shared.icons import keep_icon_fresh, tinted_icon
from companion.ui.shared.page_layout import (
    StatusLabel,
    bullet_list,
    button,
    button_row,
    card,
    label,
)

if TYPE_CHECKING:  # the card is built, with printing, only on a kiosk (see page.py)
    from companion.ui.check.handoff_panel import HandoffPanel


def score_words(score: int) -> str:
    """A score in words: "5 points towards it", "2 points away from it"."""
    size = abs(score)
    if score < 0:
        return QCoreApplication.translate("CheckResult", "%n point(s) away from it", "", size)
    if score == 0:
        return QCoreApplication.translate("CheckResult", "no points either way")
    return QCoreApplication.translate("CheckResult", "%n point(s) towards it", "", size)


class Section(QWidget):
    """A part whose heading is a button that shows or hides the rest (closed at first)."""

    def __init__(self, title: str, hint: str = "") -> None:
        super().__init__()
        self.title = title
        self.setAccessibleName(title)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.toggle = button("")  # a long title wraps at large text
        self.toggle.fill_width()
        self.toggle.setStyleSheet("text-align: left; font-weight: 600;")  # a heading
        # Not a checkable button, which a screen reader calls a tick box: its name says
        # what a press does ("Show: <title>", then "Hide: <title>").
        if hint:
            self.toggle.setAccessibleDescription(hint)
        self.toggle.clicked.connect(self._flip)
        column.addWidget(self.toggle)
        self.hint_label = label(hint, "muted")
        self.hint_label.setContentsMargins(8, 0, 8, 0)
        self.hint_label.setVisible(bool(hint))
        column.addWidget(self.hint_label)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(8, 4, 8, 6)
        self.body_layout.setSpacing(8)
        self.body.hide()
        column.addWidget(self.body)
        self._show(False)
        # A new theme, text size or screen (a sharper one): the arrow is drawn again in
        # its colour, at its size in that screen's pixels.
        keep_icon_fresh(self.toggle, self._draw_arrow, now=False)  # drawn by _show

    def add(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)

    def _draw_arrow(self) -> None:
        """The open or closed arrow as the heading's icon, in its words' colour and size:
        as the words' first characters it stood alone on the left, and a heading broken
        onto two lines began its second line under the arrow, not under the words."""
        toggle = self.toggle
        side = toggle.fontMetrics().height()
        ink = toggle.palette().color(QPalette.ColorRole.ButtonText).name()
        arrow = "chevron-down" if self.body.isVisibleTo(self) else "chevron-right"
        toggle.setIconSize(QSize(side, side))
        ratio = toggle.devicePixelRatioF()
        toggle.setIcon(tinted_icon(arrow, ink, side=side, ratio=ratio))  # crisp, not scaled

    def _flip(self) -> None:
        self._show(self.body.isHidden())

    def _show(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.hint_label.setVisible(not shown and bool(self.hint_label.text()))
        self.toggle.setText(self.title)
        self._draw_arrow()
        action = self.tr("Hide: %1") if shown else self.tr("Show: %1")
        self.toggle.setAccessibleName(action.replace("%1", self.title))


class ResultScreen(QWidget):
    page_requested = Signal(str)
    print_clicked = Signal()
    pdf_clicked = Signal()
    change_clicked = Signal()
    restart_clicked = Signal()
    close_clicked = Signal()  # a past check: back to the list

    def __init__(
        self,
        content: TriageContent,
        result: TriageResult,
        guidance: Guidance,
        *,
        kiosk: bool,
        handoff: HandoffPanel | None = None,
        past: list[str] | None = None,
    ) -> None:
        """`past`: for a past check, the lines that say when it was done and how today's
        rules read it; the screen is then read-only."""
        super().__init__()
        self.result = result
        self.content = content
        self.guidance = guidance
        self.past = past
        self.handoff = handoff  # kiosk: "Take it home" (a QR code, printing)
        self.print_button: QPushButton | None = None
        self.pdf_button: QPushButton | None = None
        self.journal_button: QPushButton | None = None
        self.timers_button: QPushButton | None = None
        self.close_button: QPushButton | None = None  # a past check: back to the list
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        self.past_card: QWidget | None = None
        if past is not None:
            self.past_card = self._past(past)
            column.addWidget(self.past_card)
        column.addWidget(self._urgency(content, result, guidance))
        self.take_home_button: QPushButton | None = None
        if handoff is not None:
            self.take_home_button = handoff.take_home_button()
            column.addLayout(button_row(self.take_home_button))
        if result.scored:  # else nothing was asked that could point to a pattern
            column.addWidget(self._patterns(content, result, guidance))
        self.advice_card: QWidget | None = None
        if guidance.do or guidance.avoid:
            self.advice_card = self._advice(guidance)
            column.addWidget(self.advice_card)
        if handoff is not None:
            column.addWidget(handoff)
        self.scores_section = self._scores(result) if result.scored else None
        self.ruled_out_section = self._ruled_out(result)
        self.sections = [s for s in (self.scores_section, self.ruled_out_section) if s is not None]
        self.if_then_section: Section | None = None
        if guidance.when_to_get_help or guidance.reassurance:
            self.if_then_section = self._if_then(guidance)
            self.sections.append(self.if_then_section)
        more, more_layout = card(spacing=14)
        more.setAccessibleName(self.tr("More about your result"))
        more_layout.addWidget(label(self.tr("More about your result"), "heading"))
        for section in self.sections:
            more_layout.addWidget(section)
        column.addWidget(more)
        if past is None:
            column.addWidget(self._next_steps(kiosk))

    def show_handoff(self) -> None:
        """Scroll the "Take it home" card into view and move the keyboard focus there."""
        if self.handoff is not None:
            self.handoff.show_card()

    # --- Always shown -----------------------------------------------------------------

    def _past(self, lines: list[str]) -> QWidget:
        """What this past check is, and what can be done with it, before the result."""
        box, layout = card("hero", spacing=8)
        box.setAccessibleName(self.tr("A past check"))
        layout.addWidget(label(self.tr("A past check, to read"), "heading"))
        for line in lines:
            layout.addWidget(label(line, "muted"))
        printing = button(self.tr("Print a summary"))
        printing.clicked.connect(self.print_clicked)
        pdf = button(self.tr("Save as PDF"))
        pdf.clicked.connect(self.pdf_clicked)
        close = button(
            self.tr("Back to the check"),
            role="primary",
            accessible=self.tr("Back to the list of checks"),
        )
        close.clicked.connect(self.close_clicked)
        self.print_button, self.pdf_button, self.close_button = printing, pdf, close
        layout.addLayout(button_row(close, printing, pdf))
        layout.addWidget(self._message_line())
        return box

    def _urgency(self, content: TriageContent, result: TriageResult, guidance: Guidance) -> QWidget:
        role = {URGENT: "warning", SELF_CARE: "hero"}.get(result.urgency, "card")
        box, layout = card(role, spacing=10)
        if result.urgency == EMERGENCY:
            danger_frame(box)
        box.setObjectName(box.objectName() or "urgencyCard")
        box.setAccessibleName(
            self.tr("How urgent: %1. %2")
            .replace("%1", guidance.label)
            .replace("%2", guidance.heading)
        )
        layout.addWidget(urgency_badge(content, result.urgency, guidance.label))
        self.urgency_heading = label(guidance.heading, "title")
        layout.addWidget(self.urgency_heading)
        layout.addWidget(label(guidance.text))
        layout.addWidget(sign_lines(guidance))
        if guidance.also_noted:
            layout.addWidget(label(self.tr("Also noted:"), "muted"))
            layout.addWidget(bullet_list(guidance.also_noted))
        layout.addWidget(label(self.tr("What to do now"), "heading"))
        layout.addWidget(bullet_list(guidance.now))
        if guidance.what_to_say:
            layout.addWidget(label(self.tr("What to say when you call"), "heading"))
            layout.addWidget(bullet_list(guidance.what_to_say))
        return box

    def _patterns(
        self, content: TriageContent, result: TriageResult, guidance: Guidance
    ) -> QWidget:
        box, layout = card(spacing=8)
        box.setAccessibleName(self.tr("What your answers point to"))
        layout.addWidget(label(self.tr("What your answers point to"), "muted"))
        name, meaning = finding_words(content, result)
        self.leading_label = label(name, "heading")
        self.leading_label.setObjectName("leadingPattern")
        layout.addWidget(self.leading_label)
        self.finding_label = label(meaning)
        layout.addWidget(self.finding_label)
        shown = shown_patterns(content, result)
        for pattern in shown:
            if result.leading == MIXED:
                layout.addWidget(
                    label(self.tr("Partly fits: %1").replace("%1", pattern.name), "heading")
                )
            if pattern.reasons_for:
                layout.addWidget(label(self.tr("What pointed towards it:"), "muted"))
                layout.addWidget(bullet_list([r.text for r in pattern.reasons_for]))
            if pattern.reasons_against:
                layout.addWidget(label(self.tr("What pointed away from it:"), "muted"))
                layout.addWidget(bullet_list([r.text for r in pattern.reasons_against]))
        others = [p.name for p in also_looked_at(content, result)]
        if others:
            layout.addWidget(
                label(
                    self.tr("Also looked at, closest first: %1.").replace("%1", ", ".join(others)),
                    "muted",
                )
            )
        for note in guidance.notes:
            layout.addWidget(label(note, "muted"))
        layout.addWidget(
            label(
                self.tr(
                    "This is not a diagnosis. It shows which patterns your answers fit. "
                    "A doctor or physiotherapist can tell you more."
                ),
                "muted",
            )
        )
        return box

    def _advice(self, guidance: Guidance) -> QWidget:
        box, layout = card(spacing=8)
        box.setAccessibleName(self.tr("What helps and what to avoid"))
        if guidance.do:
            layout.addWidget(label(self.tr("What can help"), "heading"))
            layout.addWidget(bullet_list(guidance.do))
        self.avoid_label = label("\n".join(f"✗  {line}" for line in guidance.avoid))
        if guidance.avoid:
            layout.addWidget(label(self.tr("Avoid for now"), "heading"))
            self.avoid_label.setAccessibleName(
                self.tr("Avoid: %1").replace("%1", " ".join(guidance.avoid))
            )
            layout.addWidget(self.avoid_label)
        return box

    # --- Behind a click ---------------------------------------------------------------

    def _scores(self, result: TriageResult) -> Section:
        count = len(result.patterns)
        section = Section(
            self.tr("How each pattern scored"),
            self.tr(
                "All %n patterns, and the answers that pointed towards or away from each.",
                "",
                count,
            ),
        )
        for rank, pattern in enumerate(result.patterns, start=1):
            # Rank, the pattern's name (marked when it leads) and its score in words.
            title = (
                self.tr("%1. %2 (leads): %3")
                if pattern.id == result.leading
                else self.tr("%1. %2: %3")
            )
            title = (
                title.replace("%1", QLocale().toString(rank))
                .replace("%2", pattern.name)
                .replace("%3", score_words(pattern.score))
            )
            section.add(label(title, "heading"))
            if pattern.reasons_for:
                section.add(label(self.tr("What pointed towards it:"), "muted"))
                section.add(bullet_list([r.text for r in pattern.reasons_for]))
            if pattern.reasons_against:
                section.add(label(self.tr("What pointed away from it:"), "muted"))
                section.add(bullet_list([r.text for r in pattern.reasons_against]))
            if not pattern.reasons_for and not pattern.reasons_against:
                section.add(label(self.tr("None of your answers said much about this."), "muted"))
        return section

    def _ruled_out(self, result: TriageResult) -> Section:
        signs = [item.title for item in result.ruled_out if item.kind == "sign"]
        patterns = [item for item in result.ruled_out if item.kind == "pattern"]
        count = len(signs)
        if signs and patterns:
            hint = self.tr(
                "%n warning sign(s) you did not report, and the patterns your answers pointed "
                "away from.",
                "",
                count,
            )
        elif signs:
            hint = self.tr("%n warning sign(s) you did not report.", "", count)
        elif patterns:
            hint = self.tr("The patterns your answers pointed away from.")
        else:
            hint = self.tr("Nothing was clearly ruled out.")
        section = Section(self.tr("What your answers made less likely"), hint)
        if signs:
            section.add(label(self.tr("Warning signs you did not report:"), "muted"))
            section.add(bullet_list(signs))
        for item in patterns:
            section.add(
                label(self.tr("%1 is less likely, because:").replace("%1", item.title), "muted")
            )
            section.add(bullet_list(item.reasons))
        if not signs and not patterns:
            section.add(label(self.tr("Nothing was clearly ruled out."), "muted"))
        return section

    def _if_then(self, guidance: Guidance) -> Section:
        section = Section(
            self.tr("When to get help"),
            self.tr("Signs to watch for, and what to do if they appear."),
        )
        for group in guidance.when_to_get_help:
            section.add(label(group.heading, "heading"))
            section.add(bullet_list([sign.text for sign in group.signs]))
        for line in guidance.reassurance:
            section.add(label(line))
        return section

    # --- Where next -------------------------------------------------------------------

    def _next_steps(self, kiosk: bool) -> QWidget:
        box, layout = card("hero", spacing=12)
        box.setAccessibleName(self.tr("Where to go next"))
        layout.addWidget(label(self.tr("Where to go next"), "heading"))
        ways = [("learn", self.tr("Learn about this"))]
        if not self.guidance.self_care_waits:  # a possible clot: no link offers heat
            ways.append(("timers", self.tr("Heat and break timers")))
        ways.append(("journal", self.tr("Open the journal")))
        # A shared screen has no journal and runs no timer: the one kiosk rule for links.
        buttons = {
            page: button(words, role="primary" if page == "learn" else None)
            for page, words in ways
            if not kiosk or page in KIOSK_LINK_PAGES
        }
        self.learn_button = buttons["learn"]
        self.timers_button = buttons.get("timers")
        self.journal_button = buttons.get("journal")
        for page, widget in buttons.items():
            widget.clicked.connect(lambda _=False, p=page: self.page_requested.emit(p))
        layout.addLayout(button_row(*buttons.values()))
        if kiosk:
            saved = self.tr(
                "On this shared screen, the result is kept only until the next person "
                "starts. Nothing is saved."
            )
        else:
            saved = self.tr("Saved to your journal. It shows there as a marker on the graph.")
        self.saved_label = label(saved, "muted")
        layout.addWidget(self.saved_label)
        # A shared screen opens no print or file dialog (they reach the file system);
        # it prints from the "Take it home" card instead.
        actions: list[QWidget] = []
        if not kiosk:
            printing = button(self.tr("Print a summary"))
            printing.clicked.connect(self.print_clicked)
            pdf = button(self.tr("Save as PDF"))
            pdf.clicked.connect(self.pdf_clicked)
            self.print_button, self.pdf_button = printing, pdf
            actions = [printing, pdf]
        self.change_button = button(self.tr("Change my answers"))
        self.change_button.clicked.connect(self.change_clicked)
        self.restart_button = button(self.tr("Start over"))
        self.restart_button.clicked.connect(self.restart_clicked)
        if actions:
            layout.addLayout(button_row(*actions))
        layout.addLayout(button_row(self.change_button, self.restart_button))
        layout.addWidget(self._message_line())
        return box

    def _message_line(self) -> StatusLabel:
        """Where `show_message` says what became of a print or a PDF (it may name a file)."""
        self.message_label = StatusLabel()
        self.message_label.setObjectName("resultMessage")
        return self.message_label

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def default_action(self) -> None:
        """Enter does nothing here, but on a button (a section's heading opens or closes
        it): the page presses that one."""
