"""The kiosk's welcome screen: who runs this screen, two big ways in, and what is kept."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

from companion.core.shared.app_state import AppState
from companion.core.shared.get_help import load_get_help
from companion.core.shared.language import language_labels
from companion.ui.shared.emergency_number_field import emergency_number_text
from companion.ui.shared.page_layout import PageScaffold, announce, card, label
from companion.ui.shared.rows import EvenRows
from companion.ui.shared.single_choice import SwitchBar

MIN_WIDTH, MIN_HEIGHT = 220, 104  # px: a big choice is never smaller


class BigChoice(QPushButton):
    """A large button with a bold line and a smaller line under it, both wrapping."""

    def __init__(self, title: str, detail: str, *, primary: bool) -> None:
        super().__init__()
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAutoDefault(False)
        self.setProperty("role", "primary" if primary else "bigChoice")
        self.setProperty("big", True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.setSpacing(4)
        self.title = label(title, "heading")
        self.detail = label(detail)
        for part in (self.title, self.detail):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            part.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            column.addWidget(part)
        column.addStretch(1)  # beside a taller choice, the words stay at the top together

    def sizeHint(self) -> QSize:
        layout = self.layout()
        assert layout is not None
        return layout.sizeHint().expandedTo(QSize(MIN_WIDTH, MIN_HEIGHT))

    def minimumSizeHint(self) -> QSize:
        # Narrower than the words on one line: they wrap. (As wide as them, the two
        # buttons asked for more than a row has, and the row worked out one height for
        # them and laid them out at another, cutting a long title.)
        return QSize(MIN_WIDTH, self.heightForWidth(MIN_WIDTH))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        assert layout is not None
        return max(MIN_HEIGHT, layout.totalHeightForWidth(width))


class LanguageChoice(QWidget):
    """A big button for each shipped language, each in its own name ("English",
    "Español"), under "Choose your language" said in every one of them: a person who
    cannot read the screen's language still finds theirs. Emits `chosen(code)`."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = language_labels()
        # The screen's own language first, then the others.
        order = sorted(labels, key=lambda code: code != current)
        prompt = " · ".join(dict.fromkeys(labels[code].prompt for code in order))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.prompt = label(prompt, "muted")
        column.addWidget(self.prompt)
        self.switch = SwitchBar(prompt)
        for code, words in labels.items():
            choice = self.switch.add(code, words.name)
            choice.setProperty("big", True)
            choice.setMinimumWidth(160)
        self.switch.set_current(current)
        self.switch.chosen.connect(self.chosen)
        column.addWidget(self.switch)


class KioskWelcome(PageScaffold):
    """Emits `page_requested("check" | "learn")` and `language_requested(code)`."""

    page_requested = Signal(str)
    language_requested = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        config = state.kiosk_config
        clinic = config.clinic_name if config is not None else None
        super().__init__(
            self.tr("Welcome to %1").replace("%1", clinic) if clinic else self.tr("Welcome"),
            self.tr(
                "Pain at the back of your thigh? While you wait, this screen can help you "
                "understand it and what to do about it."
            ),
            parent,
            title_breaks_words=True,
        )
        self.state = state
        self.setAccessibleName(self.tr("Welcome"))

        self.cleared_label = label(
            self.tr("Your answers have been cleared. Thank you, and take care."), "heading"
        )
        self.cleared_label.setObjectName("clearedNotice")
        self.cleared_label.hide()
        self.add(self.cleared_label)

        self.languages = LanguageChoice(state.content.language)
        self.languages.chosen.connect(self.language_requested)
        if len(self.languages.switch.buttons) > 1:
            self.add(self.languages)
        else:
            self.languages.hide()

        choices = QWidget()
        row = EvenRows(choices, spacing=16)  # the two of one width, side by side or not
        self.check_button = BigChoice(
            self.tr("Start the guided check"),
            self.tr("About 5 minutes. Safety questions come first."),
            primary=True,
        )
        self.learn_button = BigChoice(
            self.tr("Learn about nerve and muscle pain"),
            self.tr("Short cards with pictures."),
            primary=False,
        )
        self.check_button.clicked.connect(lambda: self.page_requested.emit("check"))
        self.learn_button.clicked.connect(lambda: self.page_requested.emit("learn"))
        row.addWidget(self.check_button)
        row.addWidget(self.learn_button)
        self.add(choices)

        safety, safety_layout = card("warning")
        safety.setAccessibleName(self.tr("When to get help right away"))
        safety_layout.addWidget(label(self.tr("When to get help right away"), "heading"))
        number = emergency_number_text(state.settings.current.emergency_number)
        words = load_get_help(language=state.content.language)
        line = words.emergency.replace("{emergency_number}", number)
        self.safety_text = label(self.tr("%1 Or tell the front desk now.").replace("%1", line))
        safety_layout.addWidget(self.safety_text)
        self.add(safety)

        private, private_layout = card()
        private.setAccessibleName(self.tr("Your privacy"))
        private_layout.addWidget(label(self.tr("Nothing you enter is kept"), "heading"))
        private_layout.addWidget(
            label(
                self.tr(
                    "This screen is shared. When you are done, press “Finish and clear” at "
                    "the top. If nobody touches the screen for a while, it clears itself."
                )
            )
        )
        contact = self._contact_text()
        if contact:
            private_layout.addWidget(label(contact, "muted"))
        self.add(private)
        self.finish()

    def _contact_text(self) -> str:
        config = self.state.kiosk_config
        if config is None:
            return ""
        parts = []
        language = self.state.content.language
        phone, hours = config.phone_in(language), config.hours_in(language)
        if phone:
            parts.append(self.tr("Questions? Call %1.").replace("%1", phone))
        if hours:
            parts.append(self.tr("Opening hours: %1.").replace("%1", hours.rstrip(".")))
        return " ".join(parts)

    def show_cleared(self, shown: bool) -> None:
        self.cleared_label.setVisible(shown)
        if shown:  # the keyboard goes to the page's top: the words would not be heard
            announce(self, self.cleared_label.text())
