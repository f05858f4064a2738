"""A check saved by an older version keeps its line only in the language of its day.
Home says it in the language the app speaks now, once the window has shown, without
loading the check's words at start and without writing to the person's records."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from companion.core.check.engine import check_record, evaluate
from companion.core.check.load import load_triage
from companion.core.shared.app_state import CHECKS, AppState
from tests.helpers.accessibility import settle
from tests.helpers.answers import NERVE
from tests.helpers.clock import FakeClock
from tests.helpers.journal_ui import MakeWindow
from tests.helpers.qt import visible_text

LINES = {code: evaluate(load_triage(language=code), NERVE).summary for code in ("en", "es")}


def old_spanish_check(folder: Path, clock: FakeClock) -> dict[str, Any]:
    """A check done in Spanish, stored as versions before `summaries` stored it."""
    state = AppState.open(folder, now=clock, language="es")
    state.settings.update(welcome_done=True, emergency_number="112")
    record = check_record(evaluate(load_triage(language="es"), NERVE), clock())
    data = record.to_dict()
    del data["summaries"]
    state.store.table(CHECKS).insert(data)
    return data


def files(folder: Path) -> dict[str, bytes]:
    """The data folder's check files, byte for byte."""
    return {p.name: p.read_bytes() for p in folder.rglob("checks*.json")}


def home_text(window: QWidget) -> str:
    return visible_text(window.page("home"))  # type: ignore[attr-defined]


SAFETY = "When to get help right away"


def safety_card(window: QWidget) -> QWidget:
    (card,) = [
        w for w in window.findChildren(QWidget) if w.accessibleName() == SAFETY and w.isVisible()
    ]
    return card


def top_in_window(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().topLeft()).y()


def safety_card_top(window: QWidget) -> int:
    return top_in_window(safety_card(window))


class DrawnAt(QObject):
    """Each safety card drawn, and how far down the window: what a person sees. Its
    place between two layout passes (never drawn) is not."""

    def __init__(self) -> None:
        super().__init__()
        self.drawn: list[tuple[QWidget, int]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.accessibleName() == SAFETY
        ):
            self.drawn.append((watched, top_in_window(watched)))
        return False

    def tops(self) -> set[int]:
        return {top for _card, top in self.drawn}

    def has_drawn(self, card: QWidget) -> bool:
        return any(drawn is card for drawn, _top in self.drawn)


@pytest.fixture
def safety_card_drawn(qapp: QApplication) -> Iterator[DrawnAt]:
    spy = DrawnAt()
    qapp.installEventFilter(spy)
    yield spy
    qapp.removeEventFilter(spy)


def test_home_says_an_old_spanish_check_in_english(
    qtbot: QtBot,
    make_window: MakeWindow,
    tmp_path: Path,
    clock: FakeClock,
    safety_card_drawn: DrawnAt,
) -> None:
    """Home's "Last check" card said "Encaja mejor con el patrón del nervio irritado;
    ..." in an English app, for a check saved in Spanish before each language's line
    was kept."""
    saved = old_spanish_check(tmp_path, clock)
    before = files(tmp_path)
    clock.advance(days=30)
    state = AppState.open(tmp_path, now=clock, language="en")
    window = make_window(state)
    below = safety_card_top(window)
    qtbot.waitUntil(lambda: LINES["en"] in home_text(window))
    assert LINES["es"] not in home_text(window)
    # The card under the tiles stays put: drawn in one place only, before and after.
    # Measured as drawn: read as soon as the words change, before the layout pass that
    # follows, the new card sat 36 px higher (523, not 559) in 8 runs of 18 on a busy
    # machine, a place it is never drawn at.
    new_card = safety_card(window)
    qtbot.waitUntil(lambda: safety_card_drawn.has_drawn(new_card))
    assert safety_card_drawn.tops() == {below}
    assert safety_card_top(window) == below
    assert "Last done 30 days ago." in home_text(window)
    # Nothing was written: a full or read-only disk has nothing to warn about.
    (stored,) = [r.data for r in state.store.table(CHECKS).all()]
    assert stored == saved
    assert files(tmp_path) == before
    assert state.store.pending == []
    # Back to Home from another page: the English line at once, no flicker of Spanish.
    window.show_page("learn")
    window.show_page("home")
    assert LINES["en"] in home_text(window)


def test_a_hand_edited_record_is_left_as_it_is(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """A `summaries` value the app did not write is not replaced; Home still says the
    line in English."""
    old_spanish_check(tmp_path, clock)
    checks = AppState.open(tmp_path, now=clock).store.table(CHECKS)
    (record,) = checks.all()
    checks.update(record.id, {"summaries": "my own note"})
    edited = checks.get(record.id)
    state = AppState.open(tmp_path, now=clock, language="en")
    window = make_window(state)
    qtbot.waitUntil(lambda: LINES["en"] in home_text(window))
    assert [r.data for r in state.store.table(CHECKS).all()] == [edited]


START = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from companion.core.shared.app_state import AppState
from companion.ui.shared.appearance import Appearance
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import visible_text

app = QApplication([])
state = AppState.open(Path(sys.argv[1]), language="en")
window = MainWindow(state, Appearance(app, state.settings))
window.show()
app.processEvents()
print("loaded at start:", "companion.core.check.load" in sys.modules)
home = window.page("home")
def look():
    if sys.argv[2] in visible_text(home):
        app.quit()
poll = QTimer(interval=10)
poll.timeout.connect(look)
poll.start()
QTimer.singleShot(20000, app.quit)  # it never came: the test says so
app.exec()
print("said in English:", sys.argv[2] in visible_text(home))
"""


def test_the_check_words_load_only_after_the_window_shows(tmp_path: Path, clock: FakeClock) -> None:
    """Loading the check's words costs about 80 ms: not before the first paint.
    Checked in a fresh process: this one has loaded them already."""
    old_spanish_check(tmp_path, clock)
    result = subprocess.run(
        [sys.executable, "-c", START, str(tmp_path), LINES["en"]],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    assert result.stdout.split("\n")[:2] == ["loaded at start: False", "said in English: True"]


def test_the_check_tile_fits_its_words_again_on_a_new_width(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    """The tile keeps its height while the line changes (nothing below it moves), not
    for good: at 175%, shown at 800x600 and then widened to 1280 px, the tiles stayed
    403 px tall for words that need 308, a 95 px empty band in each."""
    old_spanish_check(tmp_path, clock)
    clock.advance(days=30)
    state = AppState.open(tmp_path, now=clock, language="en")
    state.settings.update(text_scale=175)
    window = make_window(state)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(800, 600)
    settle()
    qtbot.waitUntil(lambda: LINES["en"] in home_text(window))
    window.resize(1280, 600)
    settle()
    tile = window.page("home").check_tile  # type: ignore[attr-defined]
    need = tile.layout().heightForWidth(tile.width())
    assert tile.height() <= need + 4, (tile.height(), need)
