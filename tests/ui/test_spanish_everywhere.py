"""Under Spanish, no English is left on any screen: a walk over every page, view, dialog,
check question and result, the journal with entries and its form, the settings, the
welcome and the kiosk, reading every text a person sees or a screen reader says.

Two honest nets, each able to fail:
- every interface string whose Spanish differs from its English (from the Spanish .ts):
  its English words (the pieces between its placeholders) must show nowhere;
- English's small words ("the", "your", "you", ...), which Spanish never uses, must not
  show either: this also catches English content or a message built in code.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion import APP_NAME
from companion.core.shared.app_state import AppState
from companion.core.shared.kiosk_config import KioskConfig
from companion.core.shared.language import language_labels
from companion.ui.check.page import CheckPage
from companion.ui.check.result import ResultScreen, Section
from companion.ui.check.screens import NoticeScreen, QuestionScreen, ReviewScreen
from companion.ui.journal.chart import PainDistanceChart
from companion.ui.journal.page import JournalPage
from companion.ui.kiosk.window import KioskWindow
from companion.ui.learn.page import LearnPage
from companion.ui.settings.page import SettingsPage
from companion.ui.shared.appearance import Appearance
from companion.ui.shared.language import install_translators
from companion.ui.shared.question import Question
from companion.ui.shared.theme import KIOSK_TOUCH_PX
from companion.ui.shell.main_window import MainWindow
from companion.ui.timers.page import TimersPage
from tests.helpers.answers import NERVE
from tests.helpers.check_ui import give
from tests.helpers.check_ui import start as start_check
from tests.helpers.clock import FakeClock, Monotonic
from tests.helpers.journal_ui import add_entries
from tests.helpers.kiosk_ui import PIN_HASH
from tests.helpers.qt import click
from tests.helpers.timers_ui import ManualTimer

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "companion" / "translations" / "companion_es.ts"
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
# English's small words, which Spanish text never holds as words of its own.
ENGLISH_WORDS = re.compile(
    r"\b(the|The|your|Your|you|You|and|of|is|are|it|It|to|for|with|this|This|what|can)\b"
)
# Words that stay as they are in every language: the app's name, file kinds, keys, and
# each language's own name and "Choose your language" in it (so a person finds theirs).
_OWN_WORDS = [w for label in language_labels().values() for w in (label.prompt, label.name)]
# Also a folder's path, and the sources, cited by their published (English) titles.
KEPT = re.compile(
    "|".join(
        [
            re.escape(APP_NAME),
            r"\*\.\w+",
            r"Ctrl\+\w+",
            r"(?:/[\w.-]+)+",
            r"Fuentes: .*",
            *map(re.escape, _OWN_WORDS),
        ]
    )
)
# Widgets the walk leaves to a test of their own (none now: the graph is walked too, and
# has its own test below as well).
ELSEWHERE: tuple[type[QWidget], ...] = ()


@cache
def english_pieces() -> tuple[tuple[str, ...], frozenset[str]]:
    """The English of every string Spanish says differently: the pieces between the
    placeholders of several words (looked for anywhere), and the one-word strings
    (a text that is only that word is English)."""
    pieces: set[str] = set()
    words: set[str] = set()
    for context in ElementTree.parse(SPANISH_TS).getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            said = [f.text or "" for f in translation] or [translation.text or ""]
            if source in said:
                continue  # the same in both ("OK", "Ctrl+N", "%1, %2")
            plain = source.replace("&", "")
            for piece in PLACEHOLDER.split(plain):
                piece = piece.strip(" ,.:;()…“”")
                if len(piece.split()) >= 2:
                    pieces.add(piece)
            if not PLACEHOLDER.search(plain) and len(plain.split()) == 1:
                words.add(plain.strip(".:…"))
    return tuple(sorted(pieces, key=len, reverse=True)), frozenset(words)


def _plain(text: str) -> str:
    if "<" in text:
        text = re.sub(r"<[^>]+>", " ", text)
    return " ".join(html.unescape(text).replace("&&", "&").split())


def texts_of(widget: QWidget) -> Iterator[str]:
    """Every text of one widget a person reads or hears."""
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    yield widget.toolTip()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    elif isinstance(widget, QAbstractButton):
        yield widget.text().replace("&", "")
    elif isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QTextEdit):
        yield widget.placeholderText()
        if widget.isReadOnly():
            yield widget.toPlainText()
    elif isinstance(widget, QPlainTextEdit):
        yield widget.placeholderText()
    elif isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    elif isinstance(widget, QGroupBox):
        yield widget.title()


def _elsewhere(widget: QWidget, skip: tuple[type[QWidget], ...]) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, skip):
            return True
        parent = parent.parentWidget()
    return False


def english_left(root: QWidget, skip: tuple[type[QWidget], ...] = ELSEWHERE) -> list[str]:
    """The texts showing under `root` that are (or hold) English, with what gave them
    away; widgets inside one of the `skip` kinds are left out."""
    pieces, words = english_pieces()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or _elsewhere(widget, skip):
            continue
        for raw in texts_of(widget):
            text = KEPT.sub(" ", _plain(raw or ""))
            if not text.strip():
                continue
            hit = next((p for p in pieces if re.search(rf"\b{re.escape(p)}\b", text)), None)
            if hit is None and text.strip(" .:…") in words:
                hit = text
            if hit is None and (small := ENGLISH_WORDS.search(text)) is not None:
                hit = small.group(0)
            if hit is not None:
                found.append(f"{type(widget).__name__}: {text[:120]!r} ({hit!r})")
    return sorted(set(found))


class Screens:
    """Where the walk has been, and the English it met there."""

    def __init__(self) -> None:
        self.english: dict[str, list[str]] = {}
        self.seen: list[str] = []

    def report(self) -> str:
        return "\n".join(
            f"{where}: {line}" for where, lines in self.english.items() for line in lines
        )

    def walk_the_check(self, qtbot: QtBot, window: QWidget, check: QWidget) -> None:
        """From the check's start to its review, looking at every question and notice
        (the tests' nerve story, skipping what it does not answer)."""
        assert isinstance(check, CheckPage)
        start_check(qtbot, check)
        for _ in range(60):
            view = check.view
            if isinstance(view, QuestionScreen):
                self.look(window, f"question {view.question.id}")
                if view.question.id in NERVE:
                    give(qtbot, check, NERVE[view.question.id])
                else:
                    assert view.skip_button is not None
                    click(qtbot, view.skip_button)
            elif isinstance(view, NoticeScreen):
                self.look(window, "a notice")
                click(qtbot, view.continue_button)
            else:
                break
        assert isinstance(check.view, ReviewScreen)

    def look(self, root: QWidget, where: str) -> None:
        QApplication.processEvents()
        self.seen.append(where)
        left = english_left(root)
        if left:
            self.english[where] = left


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert install_translators(qapp, "es")
    yield
    assert install_translators(qapp, "en")


@pytest.fixture
def spanish_window(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, clock: FakeClock, spanish: None
) -> Callable[[str], MainWindow]:
    state = AppState.open(tmp_path / "data", now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    add_entries(state, clock, ["calf", "upper_thigh", "buttock", "lower_thigh_knee", "calf"])

    def build(page: str) -> MainWindow:
        window = MainWindow(state, Appearance(qapp, state.settings), page=page)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        return window

    return build


def test_the_net_catches_english(spanish: None, qtbot: QtBot) -> None:
    """The check itself can fail: English interface words, English sentences and a
    one-word English button are all caught; Spanish with the app's name is not."""
    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    for widget in (
        QLabel("Recent entries"),  # an interface string left in English
        QLabel("Pulse aquí para empezar: it takes under a minute."),  # English inside
        QPushButton("Delete"),  # a one-word English button
        QLabel("Anotaciones recientes de " + APP_NAME),  # Spanish, with the app's name
    ):
        layout.addWidget(widget)
    box.show()
    left = english_left(box)
    assert len(left) == 3, left
    assert not any("Anotaciones" in line for line in left)


def test_every_page_of_the_app_is_spanish(
    qtbot: QtBot, spanish_window: Callable[[str], MainWindow]
) -> None:
    screens = Screens()
    window = spanish_window("home")
    for page in ("home", "check", "learn", "timers", "journal", "settings"):
        window.show_page(page)
        screens.look(window, page)

    # The check, through every kind of question to a result, every section opened.
    window.show_page("check")
    check = window.page("check")
    screens.walk_the_check(qtbot, window, check)
    assert isinstance(check, CheckPage) and isinstance(check.view, ReviewScreen)
    screens.look(window, "the review")
    click(qtbot, check.view.result_button)
    result = check.view
    assert isinstance(result, ResultScreen)
    for section in result.findChildren(Section):
        if section.toggle.isVisible():
            section.toggle.click()
    screens.look(window, "the result, opened")

    # Learn: a card and its detail, the drawing's layers, the quiz to its end.
    window.show_page("learn")
    learn = window.page("learn")
    assert isinstance(learn, LearnPage) and learn.learn is not None
    learn.open_card(next(iter(learn.learn.cards)))
    learn.card_view.more_button.click()
    screens.look(window, "a Learn card's detail")
    learn.open_anatomy()
    assert learn.anatomy is not None
    for layer in learn.anatomy.layer_buttons.values():
        layer.click()
        next(iter(learn.anatomy.part_buttons.values())).click()
        screens.look(window, "a layer of the drawing")
    learn.open_quiz()
    quiz = learn.quiz
    assert quiz is not None
    for _ in range(quiz.session.total):
        quiz.choice_buttons[0].click()
        quiz.check_button.click()
        screens.look(window, "the quiz's feedback")
        quiz.next_button.click()
    screens.look(window, "the quiz's end")

    # Timers: each panel, heat's safety check and run, a break, the walking check.
    window.show_page("timers")
    timers = window.page("timers")
    assert isinstance(timers, TimersPage)
    for name in timers.panels:
        timers.tabs[name].click()
        screens.look(window, f"the {name} panel")
    timers.tabs["heat"].click()
    heat = timers.panels["heat"]
    heat.begin_button.click()  # type: ignore[attr-defined]
    screens.look(window, "heat's safety check")
    for question in heat.questions:  # type: ignore[attr-defined]
        question.buttons[False].click()
    heat.start_button.click()  # type: ignore[attr-defined]
    screens.look(window, "heat running")
    heat.stop_button.click()  # type: ignore[attr-defined]
    timers.tabs["breaks"].click()
    breaks = timers.panels["breaks"]
    breaks.enabled_box.click()  # type: ignore[attr-defined]
    breaks.start_break.click()  # type: ignore[attr-defined]
    screens.look(window, "a break under way")
    timers.tabs["walk"].click()
    walk = timers.panels["walk"]
    walk.start_button.click()  # type: ignore[attr-defined]
    walk.symptoms.click()  # type: ignore[attr-defined]
    screens.look(window, "the walking questions")

    # The journal with entries, its form (new, with a warning sign, changed), a delete
    # and its undo, and what an import would say.
    window.show_page("journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage) and journal.rows
    screens.look(window, "the journal with entries")
    form = journal.new_entry()
    qtbot.waitExposed(form)
    screens.look(form, "a new journal entry")
    form.signs[next(iter(form.signs))].click()
    screens.look(form, "a journal entry with a warning sign")
    form.reject()
    form = journal.edit_entry(journal.rows[0].item.id)
    qtbot.waitExposed(form)
    screens.look(form, "a journal entry being changed")
    form.reject()
    journal.delete_entry(journal.rows[0].item.id)
    screens.look(window, "the journal after a delete")
    journal.undo()
    screens.look(window, "the journal after an undo")

    # Settings and its delete confirmation; the welcome's two steps; About.
    window.show_page("settings")
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    settings.ask_delete_all()
    box = settings.confirm_box
    assert isinstance(box, Question)
    qtbot.waitExposed(box)
    screens.look(box, "the delete confirmation")
    box.reject()
    welcome = window.show_welcome()
    qtbot.waitExposed(welcome)
    screens.look(welcome, "the welcome")
    welcome.next_button.click()
    screens.look(welcome, "the welcome's emergency number")
    welcome.reject()
    about = window.show_about()
    qtbot.waitExposed(about)
    screens.look(about, "About")
    about.reject()

    assert len(screens.seen) > 40
    assert screens.english == {}, screens.report()


@pytest.mark.usefixtures("own_temp_folder")
def test_every_kiosk_screen_is_spanish(
    qtbot: QtBot, qapp: QApplication, clock: FakeClock, spanish: None
) -> None:
    config = KioskConfig(
        clinic_name="Clínica del Río", emergency_number="112", pin_hash=PIN_HASH, language="es"
    )
    state = AppState.open_kiosk(config, now=clock)
    Appearance(qapp, state.settings, touch=KIOSK_TOUCH_PX)
    window = KioskWindow(state, monotonic=Monotonic(), timer_factory=lambda _p: ManualTimer())
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.start()
    screens = Screens()
    for name in window.tabs:
        window.tabs[name].click()
        screens.look(window, f"the kiosk's {name} page")
    window.tabs["check"].click()
    check = window.page("check")
    screens.walk_the_check(qtbot, window, check)
    assert isinstance(check, CheckPage) and isinstance(check.view, ReviewScreen)
    click(qtbot, check.view.result_button)
    assert isinstance(check.view, ResultScreen) and check.view.handoff is not None
    screens.look(window, "the kiosk's result with the take-home code")
    pad = window.open_pin_pad()
    qtbot.waitExposed(pad)
    screens.look(window, "the staff PIN pad")
    pad.close_overlay()
    notice = window._notice()
    notice.show()
    screens.look(window, "the kiosk's 'still there?' notice")
    click(qtbot, window.finish_button)
    screens.look(window, "the kiosk after Finish and clear")
    assert len(screens.seen) > 10
    assert screens.english == {}, screens.report()


def test_the_journal_graph_is_spanish(spanish_window: Callable[[str], MainWindow]) -> None:
    window = spanish_window("journal")
    journal = window.page("journal")
    assert isinstance(journal, JournalPage)
    QApplication.processEvents()
    chart = journal.findChild(PainDistanceChart)
    assert chart is not None and chart.isVisible()
    assert english_left(chart, skip=()) == []
