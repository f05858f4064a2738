"""The heat and the ice timer: choose a length, answer the safety check, watch the
countdown, and check the skin at the end."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QRadioButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.records import HEAT, ICE
from companion.core.timers.content import PackTexts
from companion.core.timers.pack import safety_stops
from companion.ui.shared.dates import past_when_sentence
from companion.ui.shared.fields import NumberField
from companion.ui.shared.focus_ring import shows_ring
from companion.ui.shared.page_layout import (
    PageScaffold,
    announce,
    bullet_list,
    button,
    button_row,
    card,
    label,
    lay_out_now,
    scroll_area_around,
)
from companion.ui.shared.rows import BesideOrBelow, FlowLayout, OnBoxLine
from companion.ui.shared.single_choice import ArrowChoice
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import (
    Countdown,
    FittingStack,
    YesNoQuestion,
    ended_before_restart,
    minutes_text,
    set_role,
    time_of_day,
)

SETUP, CHECK, RUNNING, FINISHED = range(4)
TOP = Qt.AlignmentFlag.AlignTop


class PackPanel(QWidget):
    """One panel for heat or for ice. `panel_requested(name)` asks the page to switch."""

    panel_requested = Signal(str)

    def __init__(self, driver: TimerDriver, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.driver = driver
        self.kind = kind
        self.texts: PackTexts = driver.content.pack(kind)
        self.name = self.texts.title
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.views = FittingStack()
        self.views.addWidget(self._setup_view())
        self.views.addWidget(self._check_view())
        self.views.addWidget(self._running_view())
        self.views.addWidget(self._finished_view())
        column.addWidget(self.views)
        self._history_seen: object = None
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _setup_view(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setAccessibleName(self.texts.title)
        layout.addWidget(label(self.texts.title, "heading"))
        layout.addWidget(label(self.texts.intro))
        layout.addWidget(label(self.tr("How long?"), "heading"))
        row = FlowLayout(spacing=20)
        self.length_group = QButtonGroup(self)
        self.preset_buttons: dict[int, QRadioButton] = {}
        for minutes in self.texts.presets:
            radio = QRadioButton(minutes_text(minutes))
            length = minutes_text(minutes)
            radio.setAccessibleName(
                self.tr("%1: %2").replace("%1", self.texts.title).replace("%2", length)
            )
            self.length_group.addButton(radio)
            self.preset_buttons[minutes] = radio
            row.addWidget(radio)
        self.custom_radio = QRadioButton(self.tr("Other:"))
        self.custom_radio.setAccessibleName(
            self.tr("%1: another length").replace("%1", self.texts.title)
        )
        self.length_group.addButton(self.custom_radio)
        self.custom_field = NumberField(
            self.texts.shortest,
            self.texts.longest,
            unit=self.tr("min"),
            name=self.tr("%1: minutes").replace("%1", self.texts.title),
        )
        self.custom_field.set_value(self.texts.presets[0])
        self.custom_minutes = self.custom_field.spin
        self.custom_field.value_changed.connect(lambda _v: self.custom_radio.setChecked(True))
        # "Other:" and its box are one choice: they go to a new line together, never the
        # radio at the end of one line and its box at the start of the next (the box goes
        # under its "Other:" only where one line cannot hold both: 800 px at 175%).
        other = QVBoxLayout()
        other.addWidget(OnBoxLine(self.custom_radio, self.custom_minutes), 0, TOP)
        row.addWidget(BesideOrBelow(other, [self.custom_field], spacing=20, short=True))
        layout.addLayout(row)
        self.length_keys = ArrowChoice([*self.preset_buttons.values(), self.custom_radio], self)
        self.preset_buttons[self.texts.presets[0]].setChecked(True)
        longest = self.texts.longest
        layout.addWidget(
            label(
                self.tr("Never longer than %n minute(s) at a time.", "", longest),
                "muted",
            )
        )
        self.history_label = label("", "muted")
        layout.addWidget(self.history_label)
        layout.addWidget(label(self.texts.spacing, "muted"))
        self.busy_label = label("", "muted")
        layout.addWidget(self.busy_label)
        self.begin_button = button(
            self.tr("Next: safety check"),
            role="primary",
            accessible=self.tr("%1: next, safety check").replace("%1", self.texts.title),
        )
        self.begin_button.clicked.connect(self._open_check)
        layout.addLayout(button_row(self.begin_button))
        return frame

    def _check_view(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setAccessibleName(self.tr("Safety check"))
        layout.addWidget(label(self.tr("Safety check"), "heading"))
        layout.addWidget(label(self.texts.check_intro))
        self.questions: list[YesNoQuestion] = []
        for question in self.texts.questions:
            widget = YesNoQuestion(question.id, question.text)
            widget.answered.connect(self._check_answers)
            self.questions.append(widget)
            layout.addWidget(widget)
        layout.addWidget(label(self.tr("Remember"), "heading"))
        layout.addWidget(bullet_list(self.texts.reminders))
        self.start_button = button("", role="primary")
        self._start_on = True
        self.start_button.clicked.connect(self._start)
        back_name = self.tr("%1: back").replace("%1", self.texts.title)
        back = button(self.tr("Back"), accessible=back_name)
        back.clicked.connect(self._back)
        layout.addLayout(button_row(self.start_button, back))
        # What the answers mean comes below the buttons, so showing it never moves the
        # button (or the question) the person is about to press.
        self.answer_first = label(self.tr("Please answer each question to go on."), "muted")
        layout.addWidget(self.answer_first)
        self.stop_card, stop_layout = card("warning")
        self.stop_card.setAccessibleName(self.tr("Do not start"))
        self.stop_heading = label("", "heading")
        stop_layout.addWidget(self.stop_heading)
        self.stop_text = label("")
        stop_layout.addWidget(self.stop_text)
        self.use_ice = button(self.tr("Go to the ice timer"))
        self.use_ice.clicked.connect(lambda: self.panel_requested.emit(ICE))
        stop_layout.addLayout(button_row(self.use_ice))
        self.stop_card.hide()
        layout.addWidget(self.stop_card)
        self._stops_said: tuple[str, ...] = ()  # the reasons a screen reader last heard
        return frame

    def _running_view(self) -> QWidget:
        frame, layout = card("hero", spacing=8)
        frame.setAccessibleName(self.tr("%1 is on").replace("%1", self.texts.title))
        self.running_heading = label("", "heading")
        layout.addWidget(self.running_heading)
        self.countdown = Countdown(self.tr("%1 time left").replace("%1", self.texts.title))
        layout.addWidget(self.countdown)
        self.ends_label = label("")
        layout.addWidget(self.ends_label)
        layout.addWidget(label(self.texts.running_note, "muted"))
        # Without a tray, closing the window quits: the end alert could not reach anyone.
        self.no_tray_note = label(
            self.tr(
                "Keep this window open until the time is up; you can minimise it. With no "
                "system tray on this computer, the alert cannot reach you once the window is "
                "closed."
            ),
            "muted",
        )
        # Placed before it is shown: a widget shown with no parent opens a window of its own.
        layout.addWidget(self.no_tray_note)
        self.no_tray_note.setVisible(not QSystemTrayIcon.isSystemTrayAvailable())
        self.pause_button = button(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.stop_button = button(self.tr("Stop"), role="danger")
        self.stop_button.setAccessibleName(
            self.tr("Stop heat") if self.kind == HEAT else self.tr("Stop ice")
        )
        self.stop_button.clicked.connect(self._stop)
        layout.addLayout(button_row(self.pause_button, self.stop_button))
        return frame

    def _finished_view(self) -> QWidget:
        frame, layout = card("hero", spacing=12)
        self.finished_frame = frame
        self.finished_heading = label("", "heading")
        layout.addWidget(self.finished_heading)
        self.finished_when = label("")
        layout.addWidget(self.finished_when)
        layout.addWidget(label(self.texts.finished_text))
        self.saved_label = label("", "muted")
        layout.addWidget(self.saved_label)
        done = button(self.tr("I have checked my skin"), role="primary")
        done.clicked.connect(lambda: self.driver.act(lambda s: s.dismiss_finished()))
        layout.addLayout(button_row(done))
        return frame

    # --- behaviour -----------------------------------------------------------------------
    def chosen_minutes(self) -> int:
        for minutes, radio in self.preset_buttons.items():
            if radio.isChecked():
                return minutes
        return self.custom_minutes.value()

    def _open_check(self) -> None:
        for question in self.questions:
            question.clear()
        self._check_answers()
        self.views.setCurrentIndex(CHECK)
        if self.questions:  # keyboard users carry on where the questions start
            next(iter(self.questions[0].buttons.values())).setFocus()

    def _back(self) -> None:
        self.views.setCurrentIndex(SETUP)
        self._show_setup()
        self.begin_button.setFocus()

    def _check_answers(self) -> None:
        minutes = self.chosen_minutes()
        start = self.tr("Start heat for %1") if self.kind == HEAT else self.tr("Start ice for %1")
        self.start_button.setText(start.replace("%1", minutes_text(minutes)))
        self.start_button.setAccessibleName(self.start_button.text())
        answers = {q.question_id: q.answer() if q.is_answered() else None for q in self.questions}
        unanswered = any(value is None for value in answers.values())
        self.answer_first.setVisible(unanswered)
        if unanswered:
            self.stop_card.hide()
            self._enable_start(False)
            self._stops_said = ()
            return
        stops = safety_stops(self.texts.questions, answers)
        self._enable_start(not stops)
        self.stop_card.setVisible(bool(stops))
        said, self._stops_said = self._stops_said, tuple(q.id for q in stops)
        if stops:
            self.stop_heading.setText(
                self.tr("Please do not use heat now")
                if self.kind == HEAT
                else self.tr("Please do not use ice now")
            )
            self.stop_text.setText("\n\n".join(q.stop_text for q in stops))
            self.use_ice.setVisible(
                self.kind == HEAT and any(q.id == "fresh_injury" for q in stops)
            )
            # The keyboard stays on the answer just given and the start button goes
            # grey: without this a screen reader would never say why.
            if self._stops_said != said:
                announce(self, f"{self.stop_heading.text()} {self.stop_text.text()}")
                self._show_stop_card()

    def _show_stop_card(self) -> None:
        """Answered with the keys, the page scrolls the warning into view, the answer just
        given kept in view: it showed below Back, out of sight at 1024 x 600, while only
        the start button went grey. Answered with the pointer, nothing moves under it (a
        second click on the same question must land where it was aimed)."""
        page = scroll_area_around(self)
        focus = QApplication.focusWidget()
        if not isinstance(page, PageScaffold) or not self.stop_card.isVisible():
            return
        if focus is None or not self.isAncestorOf(focus) or not shows_ring(focus):
            return
        lay_out_now()
        page.show_opened(focus, self.stop_card)

    def _enable_start(self, on: bool) -> None:
        self.start_button.setEnabled(on)
        # A disabled button must not look like the main action: drop the accent colour.
        if on != self._start_on:
            self._start_on = on
            set_role(self.start_button, "primary" if on else None)

    def _start(self) -> None:
        minutes = self.chosen_minutes()
        self.driver.act(lambda s: s.start_pack(self.kind, minutes))
        self.pause_button.setFocus()

    def _pause_or_resume(self) -> None:
        pack = self.driver.scheduler.pack
        if pack is not None and pack.paused:
            self.driver.act(lambda s: s.resume_pack())
        else:
            self.driver.act(lambda s: s.pause_pack())
        # The keyboard stays on this button, so a screen reader would not hear the panel
        # change: say its new heading and line once (or the end, if the time ran out).
        self.refresh()
        if not self._say_finished():
            announce(self, f"{self.running_heading.text()}\n{self.ends_label.text()}")

    def _stop(self) -> None:
        self.driver.act(lambda s: s.stop_pack())
        self.refresh()
        self._say_finished()

    def _say_finished(self) -> bool:
        """Say the summary the panel shows at the end, if it shows it now."""
        if self.views.currentIndex() != FINISHED:
            return False
        lines = [self.finished_heading.text(), self.finished_when.text(), self.texts.finished_text]
        if self.saved_label.text():
            lines.append(self.saved_label.text())
        announce(self, "\n".join(lines))
        return True

    def refresh(self) -> None:
        s = self.driver.scheduler
        pack = s.pack
        if pack is not None and pack.kind == self.kind:
            self._show_running()
        elif s.finished is not None and s.finished.kind == self.kind:
            self._show_finished()
        elif self.views.currentIndex() in (RUNNING, FINISHED) or (
            self.views.currentIndex() == CHECK and self.driver.status().pack_in_the_way(self.kind)
        ):
            # A safety check left open while the other pack was started: its start button
            # could only fail. The setup says which one is on.
            self.views.setCurrentIndex(SETUP)
        if self.views.currentIndex() == SETUP:
            self._show_setup()

    def _show_setup(self) -> None:
        s = self.driver.scheduler
        other = self.driver.status().pack_in_the_way(self.kind)
        self.begin_button.setEnabled(other is None)
        self.busy_label.setVisible(other is not None)
        if other is not None:
            other_title = self.driver.content.pack(other).title
            self.busy_label.setText(
                self.tr("%1 is on now. One at a time, please.").replace("%1", other_title)
            )
        mark = self.driver.history_mark()
        if self._history_seen == mark:
            return  # nothing recorded, same minute: spare the store a read every second
        self._history_seen = mark
        count = s.counts_today().get(self.kind, 0)
        last = s.last_session(self.kind)
        parts = [
            self.tr("Sessions today: %1.").replace("%1", str(count)),
        ]
        if last is not None:
            parts.append(
                past_when_sentence(
                    s.local(last.time),
                    s.clock.wall(),
                    self.tr("The last one ended today at %1."),
                    self.tr("The last one ended yesterday at %1."),
                    self.tr("The last one ended on %2 at %1.", "%2 a day of the week, %1 a time"),
                    zone=s.zone,
                )
            )
            if self.texts.spacing_hours:
                next_ok = s.local(last.time + timedelta(hours=self.texts.spacing_hours))
                if next_ok > s.clock.wall():
                    parts.append(
                        self.tr("For spacing, wait until about %1.").replace(
                            "%1", time_of_day(next_ok)
                        )
                    )
        self.history_label.setText(" ".join(parts))

    def _show_running(self) -> None:
        s = self.driver.scheduler
        pack = s.pack
        assert pack is not None
        self.views.setCurrentIndex(RUNNING)
        left = s.pack_left()
        self.countdown.show_seconds(left)
        if pack.paused:
            self.running_heading.setText(self.tr("%1: paused").replace("%1", self.texts.title))
            self.ends_label.setText(self.tr("Paused. The time left waits for you."))
            self.pause_button.setText(self.tr("Resume"))
        else:
            self.running_heading.setText(
                self.tr("%1 is on, %2")
                .replace("%1", self.texts.title)
                .replace("%2", minutes_text(pack.minutes))
            )
            ends = s.pack_ends()
            assert ends is not None  # it runs
            self.ends_label.setText(self.tr("Ends at %1.").replace("%1", time_of_day(ends)))
            self.pause_button.setText(self.tr("Pause"))
        paused = pack.paused
        heat = self.kind == HEAT
        self.pause_button.setAccessibleName(
            (self.tr("Resume heat") if heat else self.tr("Resume ice"))
            if paused
            else (self.tr("Pause heat") if heat else self.tr("Pause ice"))
        )

    def _show_finished(self) -> None:
        finished = self.driver.scheduler.finished
        assert finished is not None
        self.views.setCurrentIndex(FINISHED)
        title = self.texts.end_title(finished)
        self.finished_heading.setText(title)
        self.finished_frame.setAccessibleName(title)
        when = time_of_day(finished.ended)
        if finished.stopped_early:
            text = (
                self.tr("Stopped at %1 after %2.")
                .replace("%1", when)
                .replace("%2", minutes_text(finished.minutes))
            )
        elif finished.reopened:
            s = self.driver.scheduler
            text = ended_before_restart(finished.ended, s.clock.wall(), s.zone)
        elif finished.late:
            text = self.tr("It ended at %1, while the computer was asleep or the app was closed.")
            text = text.replace("%1", when)
        else:
            text = self.tr("It ended at %1.").replace("%1", when)
        self.finished_when.setText(text)
        recorded = finished.minutes >= 1 and not self.driver.state.kiosk
        self.saved_label.setText(self.tr("Saved to your journal.") if recorded else "")
        self.saved_label.setVisible(recorded)
