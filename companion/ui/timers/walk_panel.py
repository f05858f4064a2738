"""The walking check: a stopwatch, two questions, and the time saved to the journal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from companion.core.shared.records import WALK
from companion.ui.shared.dates import day_text
from companion.ui.shared.page_layout import (
    announce,
    bullet_list,
    button,
    button_row,
    card,
    label,
)
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import (
    Countdown,
    FittingStack,
    YesNoQuestion,
    minutes_text,
    time_of_day,
)

INTRO, RUNNING, QUESTIONS, SAVED = range(4)


class WalkPanel(QWidget):
    panel_requested = Signal(str)

    def __init__(self, driver: TimerDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.texts = driver.content.walk
        self.name = self.texts.title
        self.saved_minutes: float | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.views = FittingStack()
        self.views.addWidget(self._intro_view())
        self.views.addWidget(self._running_view())
        self.views.addWidget(self._questions_view())
        self.views.addWidget(self._saved_view())
        column.addWidget(self.views)
        self._history_seen = -1
        self.refresh()
        driver.reset.connect(self._done)  # a walk saved, then all data deleted: it is gone

    def _intro_view(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setAccessibleName(self.texts.title)
        layout.addWidget(label(self.texts.title, "heading"))
        layout.addWidget(label(self.texts.intro))
        layout.addWidget(bullet_list(self.texts.steps))
        self.last_label = label("", "muted")
        layout.addWidget(self.last_label)
        self.start_button = button(self.tr("Start walking"), role="primary")
        self.start_button.clicked.connect(lambda: self.driver.act(lambda s: s.start_walk()))
        layout.addLayout(button_row(self.start_button))
        return frame

    def _running_view(self) -> QWidget:
        frame, layout = card("hero", spacing=8)
        frame.setAccessibleName(self.tr("Walking check under way"))
        layout.addWidget(label(self.tr("Walk at your normal pace"), "heading"))
        self.stopwatch = Countdown(self.tr("Time walked"))
        layout.addWidget(self.stopwatch)
        # A length, not "at 30:00", which reads like a time of day.
        self.limit_note = label(
            self.tr("Stops by itself after %n minute(s).", "", self.texts.limit_minutes),
            "muted",
        )
        layout.addWidget(self.limit_note)
        self.symptoms = button(self.tr("My usual symptoms started"), role="primary")
        self.symptoms.clicked.connect(lambda: self.driver.act(lambda s: s.stop_walk()))
        cancel = button(self.tr("Cancel the check"), accessible=self.tr("Cancel the walking check"))
        cancel.clicked.connect(lambda: self.driver.act(lambda s: s.cancel_walk()))
        layout.addLayout(button_row(self.symptoms, cancel))
        return frame

    def _questions_view(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setAccessibleName(self.tr("Walking check: two questions"))
        self.result_heading = label("", "heading")
        layout.addWidget(self.result_heading)
        self.limit_label = label(self.texts.limit_text)
        layout.addWidget(self.limit_label)
        self.sitting = YesNoQuestion(
            "eased_by_sitting", self.texts.sitting_question, not_tried=True
        )
        self.bending = YesNoQuestion(
            "eased_by_bending", self.texts.bending_question, not_tried=True
        )
        layout.addWidget(self.sitting)
        layout.addWidget(self.bending)
        layout.addWidget(label(self.texts.meaning, "muted"))
        save = button(self.tr("Save to my journal"), role="primary")
        save.clicked.connect(self._save)
        discard = button(self.tr("Discard"), accessible=self.tr("Discard this walking check"))
        discard.clicked.connect(lambda: self.driver.act(lambda s: s.cancel_walk()))
        layout.addLayout(button_row(save, discard))
        return frame

    def _saved_view(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setAccessibleName(self.tr("Saved to your journal"))
        self.saved_heading = label(self.tr("Saved to your journal"), "heading")
        layout.addWidget(self.saved_heading)
        self.saved_label = label("")
        layout.addWidget(self.saved_label)
        done = button(
            self.tr("Done"), role="primary", accessible=self.tr("Done with the walking check")
        )
        done.clicked.connect(self._done)
        layout.addLayout(button_row(done))
        return frame

    # --- behaviour -----------------------------------------------------------------------
    def _save(self) -> None:
        sitting, bending = self.sitting.answer(), self.bending.answer()
        event = self.driver.act(
            lambda s: s.save_walk(eased_by_sitting=sitting, eased_by_bending=bending)
        )
        self.saved_minutes = event.minutes
        self.saved_label.setText(
            self.tr(
                "You walked %1 before your usual symptoms. The journal shows it with your "
                "other entries, so you can see the trend."
            ).replace("%1", minutes_text(event.minutes))
        )
        self.views.setCurrentIndex(SAVED)
        # The keyboard moves on to "Done": say what was saved, which it passes over.
        announce(self, f"{self.saved_heading.text()}\n{self.saved_label.text()}")

    def _done(self) -> None:
        self.saved_minutes = None
        self.views.setCurrentIndex(INTRO)
        self.refresh()

    def refresh(self) -> None:
        walk = self.driver.scheduler.walk
        if walk is not None and walk.running:
            self.views.setCurrentIndex(RUNNING)
            self.stopwatch.show_seconds(self.driver.scheduler.walk_seconds())
            return
        if walk is not None:
            arriving = self.views.currentIndex() != QUESTIONS
            if arriving:
                self.sitting.clear()
                self.bending.clear()
            minutes = self.driver.scheduler.walk_seconds() / 60
            self.result_heading.setText(
                self.tr("You walked %1").replace("%1", minutes_text(round(minutes, 1)))
            )
            self.limit_label.setVisible(walk.reached_limit)
            self.views.setCurrentIndex(QUESTIONS)
            if arriving and self.isVisible() and not walk.reached_limit:
                # The keyboard moves on to "Save to my journal": say the result first. (At
                # the limit, the alert that opens says it.)
                announce(self, self.result_heading.text())
            return
        if self.views.currentIndex() == SAVED:
            return
        self.views.setCurrentIndex(INTRO)
        if self._history_seen != self.driver.revision:
            self._history_seen = self.driver.revision
            last = self.driver.scheduler.last_session(WALK, within_hours=24 * 90)
            if last is None:
                self.last_label.setText(self.tr("No walking check saved yet."))
            else:
                local = self.driver.scheduler.local(last.time)
                self.last_label.setText(
                    self.tr("Last check: %1 on %2 at %3.")
                    .replace("%1", minutes_text(last.minutes))
                    .replace("%2", day_text(local.date(), year=False, short=True))
                    .replace("%3", time_of_day(local))
                )
