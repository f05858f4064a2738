"""Settings: every change applies and saves at once; a failed save says so plainly."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QWidget,
)

from companion.core.shared.app_state import AppState
from companion.core.shared.atomic_file import describe_delete_error
from companion.core.shared.messages import in_language, message_of
from companion.core.shared.settings import TEXT_SCALES, Theme, Units, setting_name
from companion.ui.shared.breaking_text import BreakingText
from companion.ui.shared.emergency_number_field import EmergencyNumberField
from companion.ui.shared.fields import ChoiceBox
from companion.ui.shared.language_choice import LanguageChoice
from companion.ui.shared.page_layout import (
    PageScaffold,
    StatusLabel,
    button,
    button_row,
    card,
    label,
    option_row,
)
from companion.ui.shared.question import Question
from companion.ui.shared.reminder import reminder_for
from companion.ui.shared.single_choice import ArrowChoice
from companion.ui.shared.steady_fields import field_time, time_field


class SettingsPage(PageScaffold):
    """Emits `data_deleted` after the person deleted all their data."""

    data_deleted = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Settings"),
            self.tr("Changes are saved as soon as you make them."),
            parent,
        )
        self.state = state
        self.confirm_box: Question | None = None
        self.add(self._emergency_card())
        self.add(self._language_card())
        self.add(self._appearance_card())
        self.add(self._sound_units_card())
        self.reminder_card = self.add(self._reminder_card())
        self.reminder_card.setVisible(not state.kiosk)  # the kiosk keeps nothing, reminds no one
        self.add(self._data_card())
        self.status = StatusLabel()
        self.add(self.status)
        self.finish()
        self.load_values()
        # Keep in step with changes made elsewhere (Ctrl+plus, the welcome, a reset).
        state.settings.add_listener(lambda _settings: self.load_values())

    # --- building -------------------------------------------------------------------
    def _name(self, key: str) -> str:
        """The setting's name, as the notice about a bad value in the file says it too."""
        return in_language(setting_name(key), self.state.content.language)

    def _emergency_card(self) -> QWidget:
        frame, layout = card()
        self.emergency = EmergencyNumberField(
            self.state.content.emergency_choices, self.state.content.language
        )
        self.emergency.put_above(
            label(self._name("emergency_number"), "heading"),
            label(
                self.tr(
                    "Shown whenever a sign needs help right away. Pick the number "
                    "for the country you are in."
                ),
                "muted",
            ),
        )
        self.emergency.number_chosen.connect(lambda n: self._save(emergency_number=n))
        # An earlier change's "Saved." under a number that was not kept read as if it were.
        self.emergency.number_refused.connect(lambda: self.status.setText(""))
        layout.addWidget(self.emergency)
        return frame

    def _language_card(self) -> QWidget:
        frame, layout = card()
        self.language_choice = LanguageChoice(self.state, lambda code: self._save(language=code))
        self.language_choice.put_above(label(self._name("language"), "heading"))
        self.language = self.language_choice.combo
        self.language_note = self.language_choice.note
        layout.addWidget(self.language_choice)
        return frame

    def _appearance_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Text size and colours"), "heading"))
        self.text_size = ChoiceBox()
        self.text_size.setAccessibleName(self._name("text_scale"))
        names = [
            self.tr("Small"),
            self.tr("Normal"),
            self.tr("Large"),
            self.tr("Larger"),
            self.tr("Very large"),
            self.tr("Largest"),
        ]
        for name, scale in zip(names, TEXT_SCALES, strict=True):
            self.text_size.addItem(f"{name} ({scale}%)", scale)
        self.text_size.activated.connect(
            lambda i: self._save(text_scale=self.text_size.itemData(i))
        )
        size_label = label(self.tr("Text size (also Ctrl+plus and Ctrl+minus)"))
        size_label.setBuddy(self.text_size)  # how a screen reader hears what the list is for
        layout.addWidget(size_label)
        layout.addWidget(self.text_size)
        layout.addWidget(label(self._name("theme")))
        self.theme_group = QButtonGroup(self)
        self.theme_buttons: dict[Theme, QRadioButton] = {}
        for theme, text in (
            (Theme.SYSTEM, self.tr("Match my computer")),
            (Theme.LIGHT, self.tr("Light")),
            (Theme.DARK, self.tr("Dark")),
        ):
            radio = QRadioButton()
            layout.addWidget(option_row(radio, text))  # the words wrap at large text
            radio.setAccessibleName(self.tr("Colours: %1").replace("%1", text))
            radio.toggled.connect(lambda on, t=theme: self._save(theme=t) if on else None)
            self.theme_group.addButton(radio)
            self.theme_buttons[theme] = radio
        self.theme_keys = ArrowChoice(list(self.theme_buttons.values()), self)
        return frame

    def _sound_units_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Sound and units"), "heading"))
        self.sound = QCheckBox()
        layout.addWidget(option_row(self.sound, self._name("sound")))
        self.sound.toggled.connect(lambda on: self._save(sound=on))
        self.units_group = QButtonGroup(self)
        self.unit_buttons: dict[Units, QRadioButton] = {}
        # Whole phrases for the screen reader: "Distances in %1" put the label's capital
        # mid-sentence ("Distances in Kilometres and metres").
        for units, text, heard in (
            (
                Units.METRIC,
                self.tr("Kilometres and metres"),
                self.tr("Distances in kilometres and metres"),
            ),
            (Units.IMPERIAL, self.tr("Miles and yards"), self.tr("Distances in miles and yards")),
        ):
            radio = QRadioButton()
            layout.addWidget(option_row(radio, text))
            radio.setAccessibleName(heard)
            radio.toggled.connect(lambda on, u=units: self._save(units=u) if on else None)
            self.units_group.addButton(radio)
            self.unit_buttons[units] = radio
        self.units_keys = ArrowChoice(list(self.unit_buttons.values()), self)
        return frame

    def _reminder_card(self) -> QWidget:
        """The daily journal reminder: on or off, and at what time."""
        self.reminder = reminder_for(self.state)
        frame, layout = card()
        layout.addWidget(label(self.tr("Daily journal reminder"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "A short reminder at the time you choose, only on days without an entry, "
                    "at most once a day. It waits while heat, ice or a walk is running."
                ),
                "muted",
            )
        )
        self.reminder_on = QCheckBox()
        layout.addWidget(
            option_row(self.reminder_on, self.tr("Remind me each day to write in my journal"))
        )
        self.reminder_on.toggled.connect(self._reminder_chosen)
        self.reminder_time_label = label(self.tr("At"))
        self.reminder_time = time_field(self.reminder.current.at, self.tr("Reminder time"))
        self.reminder_time_label.setBuddy(self.reminder_time)
        self.reminder_time.timeChanged.connect(lambda _t: self._reminder_chosen())
        time_row = QHBoxLayout()
        time_row.setSpacing(8)
        time_row.addWidget(self.reminder_time_label)
        time_row.addWidget(self.reminder_time)
        time_row.addStretch(1)
        layout.addLayout(time_row)
        self.reminder.changed.connect(self._show_reminder)
        self._show_reminder()
        return frame

    def _reminder_chosen(self, _on: bool = False) -> None:
        at = field_time(self.reminder_time)
        self.reminder.choose(enabled=self.reminder_on.isChecked(), at=at)
        self.status.setText(self.tr("Saved."))

    def _show_reminder(self) -> None:
        """Show the saved choice (also when the Journal page's offer changed it)."""
        current = self.reminder.current
        for widget in (self.reminder_on, self.reminder_time):
            widget.blockSignals(True)
        self.reminder_on.setChecked(current.enabled)
        self.reminder_time.setTime(QTime(current.at.hour, current.at.minute))
        self.reminder_time.setEnabled(current.enabled)
        for widget in (self.reminder_on, self.reminder_time):
            widget.blockSignals(False)

    def _data_card(self) -> QWidget:
        frame, layout = card()
        layout.addWidget(label(self.tr("Your data"), "heading"))
        layout.addWidget(
            label(
                self.tr(
                    "Everything you enter stays on this computer, in this folder. "
                    "The app keeps a backup each day for the last 7 days."
                ),
                "muted",
            )
        )
        self.folder_label = BreakingText(str(self.state.data_dir), name=self.tr("Data folder"))
        layout.addWidget(self.folder_label)
        open_folder = button(self.tr("Open the data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.data_dir)))
        )
        self.delete_button = button(self.tr("Delete all my data…"), role="danger")
        self.delete_button.clicked.connect(self.ask_delete_all)
        layout.addLayout(button_row(open_folder, self.delete_button))
        return frame

    # --- behaviour ------------------------------------------------------------------
    def load_values(self) -> None:
        """Show the stored values without saving them again."""
        current = self.state.settings.current
        widgets = [self.text_size, self.sound, self.language, *self.theme_buttons.values()]
        widgets += list(self.unit_buttons.values())
        for widget in widgets:
            widget.blockSignals(True)
        self.emergency.set_number(current.emergency_number)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(current.text_scale)))
        self.language.setCurrentIndex(max(0, self.language.findData(current.language)))
        self.theme_buttons[current.theme].setChecked(True)
        self.sound.setChecked(current.sound)
        self.unit_buttons[current.units].setChecked(True)
        for widget in widgets:
            widget.blockSignals(False)

    def _save(self, **changes: object) -> None:
        try:
            self.state.settings.update(**changes)
        except ValueError as exc:
            self.status.setText(in_language(message_of(exc), self.state.content.language))
            return
        state = self.state.settings.state
        if state.saved:
            self.status.setText(self.tr("Saved."))
        else:
            why = state.problem.reason if state.problem else ""
            self.status.setText(
                self.tr("Not saved: %1 The change is kept while the app is open.").replace(
                    "%1", in_language(why, self.state.content.language)
                )
            )

    def ask_delete_all(self) -> None:
        box = Question(
            self.tr("Delete all my data"),
            self.tr("Delete all your data from this computer?"),
            self.tr(
                "This removes your journal, check results, timers, settings and backups. "
                "It cannot be undone."
            ),
            go=self.tr("Delete everything"),
            keep=self.tr("Keep my data"),
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Esc, "Keep my data" and Ctrl+Q (which then quits) keep the data.
        box.finished.connect(lambda result: self._confirmed(result == Question.DialogCode.Accepted))
        self.confirm_box = box
        box.open()

    def _confirmed(self, delete: bool) -> None:
        self.confirm_box = None
        if not delete:
            self.status.setText(self.tr("Nothing was deleted."))
            return
        try:
            self.state.delete_all_data()
        except OSError as exc:
            said = describe_delete_error(exc)  # never Python's "[Errno 13] ..."
            self.status.setText(in_language(said, self.state.content.language))
            return
        self.load_values()
        self.status.setText(self.tr("All your data has been deleted."))
        self.data_deleted.emit()
