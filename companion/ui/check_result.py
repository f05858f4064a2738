"""The result of the guided check: urgency first, then the patterns with their reasons,
what was ruled out, what to do and avoid, when to get help, and where to go next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from companion.core.records import EMERGENCY, MIXED, SELF_CARE, URGENT
from companion.core.triage import TriageResult, fill_number
from companion.core.triage_content import TriageContent
from companion.ui.check_screens import bullet_list, danger_frame, urgency_badge
from companion.ui.page_layout import button, button_row, card, label


def tr(text: str) -> str:
    return QCoreApplication.translate("CheckResult", text)


class ResultScreen(QWidget):
    page_requested = Signal(str)
    print_clicked = Signal()
    pdf_clicked = Signal()
    change_clicked = Signal()
    restart_clicked = Signal()

    def __init__(
        self,
        content: TriageContent,
        result: TriageResult,
        number: str | None,
        *,
        kiosk: bool,
    ) -> None:
        super().__init__()
        self.result = result
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._urgency(content, result, number))
        column.addWidget(self._patterns(content, result))
        column.addWidget(self._ruled_out(content, result))
        column.addWidget(self._advice(result))
        column.addWidget(self._if_then(content, result, number))
        column.addWidget(self._next_steps(kiosk))

    def _urgency(self, content: TriageContent, result: TriageResult, number: str | None) -> QWidget:
        text = result.urgency_text
        role = {URGENT: "warning", SELF_CARE: "hero"}.get(result.urgency, "card")
        box, layout = card(role, spacing=12)
        if result.urgency == EMERGENCY:
            danger_frame(box)
        box.setObjectName(box.objectName() or "urgencyCard")
        box.setAccessibleName(
            tr("How urgent: %1. %2").replace("%1", text.label).replace("%2", text.heading)
        )
        layout.addWidget(urgency_badge(content, result.urgency))
        self.urgency_heading = label(text.heading, "title")
        layout.addWidget(self.urgency_heading)
        layout.addWidget(label(text.text))
        for hit in result.hits:
            layout.addWidget(label(hit.title, "heading"))
            layout.addWidget(label(fill_number(content, hit.advice, number)))
        layout.addWidget(label(tr("What to do now"), "heading"))
        layout.addWidget(bullet_list([fill_number(content, t, number) for t in text.do_now]))
        return box

    def _patterns(self, content: TriageContent, result: TriageResult) -> QWidget:
        box, layout = card(spacing=10)
        box.setAccessibleName(tr("What your answers point to"))
        layout.addWidget(label(tr("What your answers point to"), "heading"))
        leading = content.patterns[result.leading]
        self.leading_label = label(leading.name, "heading")
        self.leading_label.setObjectName("leadingPattern")
        layout.addWidget(self.leading_label)
        layout.addWidget(label(leading.fits))
        layout.addWidget(
            label(
                tr(
                    "This is not a diagnosis. Each pattern below shows the answers that "
                    "pointed towards it and away from it."
                ),
                "muted",
            )
        )
        for rank, pattern in enumerate(result.patterns, start=1):
            points = tr("%1 points").replace("%1", str(pattern.score))
            mark = ""
            if pattern.id == result.leading:
                mark = tr(" (leads)")
            title = tr("%1. %2%3: %4").replace("%1", str(rank)).replace("%2", pattern.name)
            layout.addWidget(label(title.replace("%3", mark).replace("%4", points), "heading"))
            if pattern.reasons_for:
                layout.addWidget(label(tr("Points towards it:"), "muted"))
                layout.addWidget(bullet_list([r.text for r in pattern.reasons_for]))
            if pattern.reasons_against:
                layout.addWidget(label(tr("Points away from it:"), "muted"))
                layout.addWidget(bullet_list([r.text for r in pattern.reasons_against]))
            if not pattern.reasons_for and not pattern.reasons_against:
                layout.addWidget(label(tr("None of your answers said much about this."), "muted"))
        if result.leading == MIXED:
            layout.addWidget(label(content.patterns[MIXED].fits, "muted"))
        return box

    def _ruled_out(self, content: TriageContent, result: TriageResult) -> QWidget:
        box, layout = card(spacing=8)
        box.setAccessibleName(tr("What your answers made less likely"))
        layout.addWidget(label(tr("What your answers made less likely"), "heading"))
        signs = [item.title for item in result.ruled_out if item.kind == "sign"]
        patterns = [item for item in result.ruled_out if item.kind == "pattern"]
        if signs:
            layout.addWidget(label(tr("Warning signs you did not report:"), "muted"))
            layout.addWidget(bullet_list(signs))
        for item in patterns:
            layout.addWidget(
                label(tr("%1 is less likely, because:").replace("%1", item.title), "muted")
            )
            layout.addWidget(bullet_list(item.reasons))
        if not signs and not patterns:
            layout.addWidget(label(tr("Nothing was clearly ruled out."), "muted"))
        return box

    def _advice(self, result: TriageResult) -> QWidget:
        box, layout = card(spacing=8)
        box.setAccessibleName(tr("What helps and what to avoid"))
        layout.addWidget(label(tr("What can help"), "heading"))
        layout.addWidget(bullet_list(result.do))
        layout.addWidget(label(tr("Avoid for now"), "heading"))
        self.avoid_label = label("\n".join(f"✗  {line}" for line in result.avoid))
        self.avoid_label.setAccessibleName(tr("Avoid: %1").replace("%1", " ".join(result.avoid)))
        layout.addWidget(self.avoid_label)
        return box

    def _if_then(self, content: TriageContent, result: TriageResult, number: str | None) -> QWidget:
        box, layout = card(spacing=8)
        box.setAccessibleName(tr("If this happens, do that"))
        layout.addWidget(label(tr("If this happens, do that"), "heading"))
        for item in result.if_then:
            layout.addWidget(label(tr("If: %1").replace("%1", item.if_text), "muted"))
            layout.addWidget(label("→  " + fill_number(content, item.then_text, number)))
        return box

    def _next_steps(self, kiosk: bool) -> QWidget:
        box, layout = card("hero", spacing=12)
        box.setAccessibleName(tr("Where to go next"))
        layout.addWidget(label(tr("Where to go next"), "heading"))
        self.learn_button = button(tr("Learn about this"), role="primary")
        self.timers_button = button(tr("Heat and break timers"))
        self.journal_button = button(tr("Open the journal"))
        for widget, page in (
            (self.learn_button, "learn"),
            (self.timers_button, "timers"),
            (self.journal_button, "journal"),
        ):
            widget.clicked.connect(lambda _=False, p=page: self.page_requested.emit(p))
        layout.addLayout(button_row(self.learn_button, self.timers_button, self.journal_button))
        if kiosk:
            saved = tr(
                "On this shared screen, the result is kept only until the next person "
                "starts. Nothing is saved."
            )
        else:
            saved = tr("Saved to your journal. It shows there as a marker on the graph.")
        self.saved_label = label(saved, "muted")
        layout.addWidget(self.saved_label)
        self.print_button = button(tr("Print a summary"))
        self.print_button.clicked.connect(self.print_clicked)
        self.pdf_button: QPushButton | None = None
        actions = [self.print_button]
        if not kiosk:
            self.pdf_button = button(tr("Save as PDF"))
            self.pdf_button.clicked.connect(self.pdf_clicked)
            actions.append(self.pdf_button)
        self.change_button = button(tr("Change my answers"))
        self.change_button.clicked.connect(self.change_clicked)
        self.restart_button = button(tr("Start over"))
        self.restart_button.clicked.connect(self.restart_clicked)
        layout.addLayout(button_row(*actions))
        layout.addLayout(button_row(self.change_button, self.restart_button))
        self.message_label = label("", "muted")
        self.message_label.setObjectName("resultMessage")
        self.message_label.hide()
        layout.addWidget(self.message_label)
        return box

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()
        self.message_label.setFocus(Qt.FocusReason.OtherFocusReason)

    def default_action(self) -> None:
        """Enter does nothing on the result."""
