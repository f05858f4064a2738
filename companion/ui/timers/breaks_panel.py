"""Movement breaks: what is next, what to do in the break, today's numbers, the settings."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from companion.core.shared.records import BREAK_SKIPPED, BREAK_TAKEN
from companion.core.timers.breaks import (
    INTERVAL_RANGE,
    LENGTH_RANGE,
    MAX_POSTPONES,
    NOTICE_RANGE,
    POSTPONE_MINUTES,
)
from companion.core.timers.records import DUE, OFF, ON_BREAK, OUTSIDE, PAUSED
from companion.ui.shared.fields import NumberField, same_width
from companion.ui.shared.page_layout import button, button_row, card, label, option_row
from companion.ui.shared.steady_fields import time_field
from companion.ui.shared.theme import MIN_TOUCH_PX
from companion.ui.timers.break_status import breaks_line, change_breaks
from companion.ui.timers.driver import TimerDriver
from companion.ui.timers.widgets import (
    Countdown,
    minutes_text,
    set_role,
    when_sentence,
)


def day_names() -> list[str]:
    """Monday to Sunday, short, as the locale writes them on their own ("Mon", "lun")."""
    short = QLocale.FormatType.ShortFormat
    return [QLocale().standaloneDayName(day, short) for day in range(1, 8)]


def full_day_names() -> list[str]:
    """Monday to Sunday in full, as the locale writes them on their own."""
    long = QLocale.FormatType.LongFormat
    return [QLocale().standaloneDayName(day, long) for day in range(1, 8)]


def tray_note(has_tray: bool) -> str:
    if has_tray:
        return QCoreApplication.translate(
            "Timers",
            "When you close the window while breaks are on, the app keeps running in the "
            "tray (near the clock) so the reminders still reach you. Quit it from the tray "
            "menu.",
        )
    return QCoreApplication.translate(
        "Timers",
        "This computer shows no system tray, so reminders can only reach you while this "
        "window is open. Closing the window quits the app; your timers are kept and carry "
        "on when you open it again.",
    )


class BreaksPanel(QWidget):
    panel_requested = Signal(str)

    def __init__(self, driver: TimerDriver, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The settings card fills it; a text-size change before then has no fields to fit.
        self.field_column: tuple[QWidget, ...] = ()
        self.driver = driver
        self.texts = driver.content.breaks
        self.name = self.texts.title
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(16)
        column.addWidget(self._status_card())
        column.addWidget(self._settings_card())
        self._loading = False
        self._history_seen: object = None
        self.load_settings()
        self.refresh()

    # --- building ---------------------------------------------------------------------
    def _status_card(self) -> QWidget:
        frame, layout = card("hero", spacing=10)
        frame.setAccessibleName(self.texts.title)
        # The one switch for breaks, first: what turning it on shows comes below it, so
        # nothing moves under the pointer.
        self.enabled_box = QCheckBox()
        self.enabled_box.toggled.connect(lambda on: self._save(enabled=on))
        # Its words wrap (a tick box's own cannot): in Spanish at the largest text the
        # box was wider than a 1024 px screen's page.
        layout.addWidget(option_row(self.enabled_box, self.tr("Remind me to get up and move")))
        self.status_heading = label("", "heading")
        layout.addWidget(self.status_heading)
        self.break_countdown = Countdown(self.tr("Break time left"))
        layout.addWidget(self.break_countdown)
        self.status_text = label("")
        layout.addWidget(self.status_text)
        self.movement_title = label("", "heading")
        layout.addWidget(self.movement_title)
        self.movement_steps = label("")
        layout.addWidget(self.movement_steps)

        self.start_break = button("", role="primary")
        self.start_break.clicked.connect(lambda: self.driver.act(lambda s: s.take_break()))
        self.postpone = button(
            self.tr("Postpone %1").replace("%1", minutes_text(POSTPONE_MINUTES)),
        )
        self.postpone.clicked.connect(lambda: self.driver.act(lambda s: s.postpone_break()))
        self.skip = button(self.tr("Skip this break"))
        self.skip.clicked.connect(lambda: self.driver.act(lambda s: s.skip_break()))
        self.done = button(self.tr("Done, back to sitting"), role="primary")
        self.done.clicked.connect(lambda: self.driver.act(lambda s: s.finish_break()))
        self.pause_hour = button(self.tr("Pause for an hour"))
        # The keyboard moves to the next step: each says how the breaks now stand.
        self.pause_hour.clicked.connect(
            lambda: change_breaks(self, self.driver, lambda s: s.pause_breaks())
        )
        self.pause_day = button(self.tr("Pause until tomorrow"))
        self.pause_day.clicked.connect(
            lambda: change_breaks(self, self.driver, lambda s: s.pause_breaks_until_tomorrow())
        )
        self.resume = button(self.tr("Resume breaks"), role="primary")
        self.resume.clicked.connect(
            lambda: change_breaks(self, self.driver, lambda s: s.resume_breaks())
        )
        self.action_buttons: list[QPushButton] = [
            self.start_break,
            self.postpone,
            self.skip,
            self.done,
            self.resume,
            self.pause_hour,
            self.pause_day,
        ]
        # Two rows, so the buttons never squeeze on a small screen.
        layout.addLayout(button_row(self.start_break, self.done, self.resume))
        layout.addLayout(button_row(self.postpone, self.skip, self.pause_hour, self.pause_day))
        self.postpone_note = label("", "muted")
        layout.addWidget(self.postpone_note)
        self.today_label = label("", "muted")
        layout.addWidget(self.today_label)
        return frame

    def _settings_card(self) -> QWidget:
        frame, layout = card(spacing=10)
        frame.setAccessibleName(self.tr("Break settings"))
        layout.addWidget(label(self.tr("Break settings"), "heading"))
        layout.addWidget(label(self.texts.intro, "muted"))

        # Each caption beside its field, or above it when the row is too narrow for both
        # (the largest text in Spanish in the narrowest window).
        grid = QFormLayout()
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        minutes = self.tr("min")
        self.interval_field = NumberField(
            *INTERVAL_RANGE, step=5, unit=minutes, name=self.tr("Minutes between breaks")
        )
        self.interval_field.value_changed.connect(lambda v: self._save(interval=v))
        self.length_field = NumberField(
            *LENGTH_RANGE, unit=minutes, name=self.tr("Minutes a break lasts")
        )
        self.length_field.value_changed.connect(lambda v: self._save(length=v))
        self.notice_field = NumberField(
            *NOTICE_RANGE, unit=minutes, name=self.tr("Minutes of notice before")
        )
        self.notice_field.value_changed.connect(lambda v: self._save(notice=v))
        self.interval = self.interval_field.spin
        self.length = self.length_field.spin
        self.notice = self.notice_field.spin
        for caption, field in (
            (self.tr("A break every"), self.interval_field),
            (self.tr("Each break lasts"), self.length_field),
            (self.tr("Notice before a break"), self.notice_field),
        ):
            grid.addRow(self._caption(caption), field)
        # The app's one time field: written as the locale writes times, as the sentences
        # about breaks are ("8:30 PM" in a 12-hour English, "20:30" in Spanish).
        hours_set = self.driver.scheduler.settings
        self.start_time = time_field(hours_set.start, self.tr("Breaks from"))
        self.end_time = time_field(hours_set.end, self.tr("Breaks until"))
        for edit in (self.start_time, self.end_time):
            edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.start_time.timeChanged.connect(lambda t: self._save(start=time(t.hour(), t.minute())))
        self.end_time.timeChanged.connect(lambda t: self._save(end=time(t.hour(), t.minute())))
        # "to" and the end go onto a line of their own when the row is too narrow for
        # both times (a 12-hour clock's "8:00 PM" at the largest text size).
        # ("to" with the end, never left alone at the end of the first line.)
        to_words = label(self.tr("to"))
        to_words.setMinimumHeight(MIN_TOUCH_PX)
        self.until_group = QWidget()
        until_row = QHBoxLayout(self.until_group)
        until_row.setContentsMargins(0, 0, 0, 0)
        until_row.setSpacing(8)
        until_row.addWidget(to_words)
        until_row.addWidget(self.end_time)
        hours = button_row(self.start_time, self.until_group)
        hours.setSpacing(8)
        grid.addRow(self._caption(self.tr("Active hours")), hours)
        layout.addLayout(grid)
        # The fields of the column end at one edge, whatever numbers or times they hold.
        self.field_column = (
            self.interval,
            self.length,
            self.notice,
            self.start_time,
            self.end_time,
        )
        same_width(*self.field_column)

        layout.addWidget(label(self.tr("Active days")))
        self.day_buttons: list[QPushButton] = []
        for index, (short, full) in enumerate(zip(day_names(), full_day_names(), strict=True)):
            day = button(short, accessible=full)
            day.setCheckable(True)
            day.setMinimumWidth(56)
            day.toggled.connect(lambda _on, i=index: self._days_changed(i))
            self.day_buttons.append(day)
        # Seven days go onto a second row when they do not fit (large text, Spanish),
        # instead of squeezing each below its words.
        days_row = button_row(*self.day_buttons)
        days_row.setSpacing(6)
        layout.addLayout(days_row)
        self.settings_message = label("", "muted")
        self.settings_message.hide()  # shown once there is something to say
        layout.addWidget(self.settings_message)
        layout.addWidget(label(self.texts.sleep_note, "muted"))
        self.tray_label = label(tray_note(QSystemTrayIcon.isSystemTrayAvailable()), "muted")
        layout.addWidget(self.tray_label)
        return frame

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and self.field_column:
            same_width(*self.field_column)  # the text size changed: so did the fields

    @staticmethod
    def _caption(words: str) -> QLabel:
        """A field's caption, level with the middle of its field (a form puts it at the
        top of its row); when its words wrap, as tall as they need."""
        caption = label(words)
        caption.setMinimumHeight(MIN_TOUCH_PX)
        caption.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        return caption

    # --- settings ----------------------------------------------------------------------
    def load_settings(self) -> None:
        s = self.driver.scheduler.settings
        self._loading = True
        try:
            self.enabled_box.setChecked(s.enabled)
            self.interval_field.set_value(s.interval)
            self.length_field.set_value(s.length)
            self.notice_field.set_value(s.notice)
            self.start_time.setTime(QTime(s.start.hour, s.start.minute))
            self.end_time.setTime(QTime(s.end.hour, s.end.minute))
            for index, day in enumerate(self.day_buttons):
                on = index in s.days
                day.setChecked(on)
                # A tick as well as the colour, so the choice does not rest on colour alone.
                day.setText(("✓ " if on else "") + day_names()[index])
                set_role(day, "primary" if on else None)
        finally:
            self._loading = False

    def _days_changed(self, index: int) -> None:
        if self._loading:
            return
        days = frozenset(i for i, day in enumerate(self.day_buttons) if day.isChecked())
        self._save(days=days)

    def _save(self, **changes: object) -> None:
        if self._loading:
            return
        try:
            self.driver.act(lambda s: s.update_break_settings(**changes))
        except ValueError as exc:
            message = str(exc)
            if "day" in message:
                message = self.tr("Keep at least one day: to stop breaks, turn them off instead.")
            elif "notice" in message:
                message = self.tr("The notice must be shorter than the time between breaks.")
            self.settings_message.setText(message)
            self.settings_message.show()
            self.load_settings()  # show what is really in use
            return
        self.settings_message.setText(self.tr("Saved."))
        self.settings_message.show()
        self.load_settings()

    # --- status ------------------------------------------------------------------------
    def refresh(self) -> None:
        s = self.driver.scheduler
        cycle, settings = s.cycle, s.settings
        phase = self.driver.status().break_phase
        visible: set[QPushButton] = set()
        self.break_countdown.setVisible(phase == ON_BREAK)
        if self.enabled_box.isChecked() != settings.enabled:
            self.load_settings()
        movement = s.movement(self.texts.movements)
        show_movement = movement is not None and phase != OFF
        if phase == OFF:
            self.status_heading.setText(self.tr("Movement breaks are off"))
            self.status_text.setText(self.texts.summary)
        elif phase == ON_BREAK:
            self.status_heading.setText(self.tr("Break time: get up and move"))
            self.break_countdown.show_seconds(s.break_left())
            self.status_text.setText(
                self.tr("Come back when the time is up, or sooner if you like.")
            )
            visible = {self.done}
        elif phase == DUE:
            self.status_heading.setText(self.tr("Time for a movement break"))
            self.status_text.setText(
                self.tr("Take %1 to move now.").replace("%1", minutes_text(settings.length))
            )
            visible = {self.start_break, self.postpone, self.skip}
        elif phase == PAUSED:
            self.status_heading.setText(breaks_line(self.driver))  # as the tray says it
            self.status_text.setText(self._next_text())
            visible = {self.resume}
            show_movement = False
        elif phase == OUTSIDE:
            self.status_heading.setText(self.tr("Outside your active hours"))
            self.status_text.setText(self._next_text())
            visible = {self.pause_day}
            show_movement = False
        else:
            self.status_heading.setText(breaks_line(self.driver))
            self.status_text.setText(self.tr("Until then, change position whenever you like."))
            visible = {self.start_break, self.pause_hour, self.pause_day}
        length = settings.length
        self.start_break.setText(
            self.tr("Start a %n-minute break", "", length)
            if phase == DUE
            else self.tr("Take a break now")
        )
        self.start_break.setAccessibleName(self.start_break.text())
        self.postpone.setEnabled(cycle.can_postpone)
        self.postpone_note.setVisible(phase == DUE and not cycle.can_postpone)
        self.postpone_note.setText(
            self.tr(
                "Postponed %n time(s) in a row already: time to take it or skip it.",
                "",
                MAX_POSTPONES,
            )
        )
        # Compared by identity: PySide6 6.12 can crash comparing widgets with ==.
        shown = {id(widget) for widget in visible}
        focus = QApplication.focusWidget()
        leaving = any(w is focus and id(w) not in shown for w in self.action_buttons)
        for widget in self.action_buttons:
            if id(widget) in shown:
                widget.show()
        if leaving:  # the button pressed goes away: the keyboard stays with the next step
            next_step = [w for w in self.action_buttons if id(w) in shown]
            primary = [w for w in next_step if w.property("role") == "primary"]
            if next_step:
                (primary or next_step)[0].setFocus(Qt.FocusReason.OtherFocusReason)
        for widget in self.action_buttons:
            if id(widget) not in shown:
                widget.hide()
        self.movement_title.setVisible(show_movement)
        self.movement_steps.setVisible(show_movement)
        if show_movement and movement is not None:
            self.movement_title.setText(self.tr("Try this: %1").replace("%1", movement.title))
            self.movement_steps.setText(movement.steps)
        self._refresh_today()

    def _next_text(self) -> str:
        s = self.driver.scheduler
        planned = s.next_break()
        if planned is None:
            return ""
        return when_sentence(
            planned,
            s.clock.wall(),
            s.zone,
            self.tr("The next break will be at %1."),
            self.tr("The next break will be at %1 tomorrow."),
            self.tr("The next break will be at %1 on %2."),
        )

    def _refresh_today(self) -> None:
        mark = self.driver.history_mark()
        if self._history_seen == mark:
            return
        self._history_seen = mark
        counts = self.driver.scheduler.counts_today()
        taken, skipped = counts.get(BREAK_TAKEN, 0), counts.get(BREAK_SKIPPED, 0)
        # Two counts in one sentence: each counted phrase has its own plural forms.
        self.today_label.setText(
            self.tr("Today: %1, %2.")
            .replace("%1", self.tr("%n taken", "breaks", taken))
            .replace("%2", self.tr("%n skipped", "breaks", skipped))
        )
