"""Draws the screenshots that the AppStream metainfo lists, into docs/screenshots/.

    .venv/bin/python scripts/screenshots.py

Each is the real main window at 1280x720 (light colours, normal text), drawn without a
display, on a throw-away data folder filled with three weeks of example journal entries
and one finished guided check. Run it again after a change to the Home page, the check's
result or the journal, and commit the pictures.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from companion.core.check.session import QUESTION, REVIEW, URGENT_NOTICE  # noqa: E402
from companion.core.journal.entry import parse_entry  # noqa: E402
from companion.core.journal.store import JournalStore  # noqa: E402
from companion.core.shared.app_state import AppState  # noqa: E402
from companion.core.shared.settings import Theme  # noqa: E402
from companion.ui.check.page import CheckPage  # noqa: E402
from companion.ui.shared.appearance import Appearance  # noqa: E402
from companion.ui.shell.application import make_application  # noqa: E402
from companion.ui.shell.main_window import MainWindow  # noqa: E402
from tests.helpers.answers import NERVE  # noqa: E402 (the tests' own example answers)

OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 720)
NOW = datetime(2026, 11, 20, 18, 30).astimezone()

# (days ago, pain now, how far down, minutes walked): the pain retreating up the leg.
JOURNAL = [
    (20, 7, "calf", 6),
    (18, 7, "calf", 7),
    (16, 6, "calf", 8),
    (14, 6, "lower_thigh_knee", 10),
    (12, 5, "lower_thigh_knee", 12),
    (10, 5, "lower_thigh_knee", 12),
    (8, 4, "upper_thigh", 15),
    (6, 4, "upper_thigh", 18),
    (4, 3, "buttock", 20),
    (2, 3, "buttock", 25),
    (0, 2, "buttock", 25),
]


def fill(state: AppState) -> None:
    state.settings.update(welcome_done=True, emergency_number="112", theme=Theme.LIGHT)
    journal = JournalStore(state)
    for days, pain, level, walk in JOURNAL:
        entry = parse_entry(
            {
                "time": NOW - timedelta(days=days, hours=2),
                "pain_now": pain,
                "pain_worst": min(10, pain + 2),
                "level": level,
                "side": "right",
                "walk_minutes": walk,
                "done": ["heat", "exercises"] if days % 4 else ["exercises"],
            },
            now=NOW,
        )
        journal.add(entry)


def finish_check(page: CheckPage) -> None:
    session = page.session
    session.start()
    for _ in range(100):
        if session.screen == QUESTION:
            question = session.current
            assert question is not None
            if question.id in NERVE:
                session.answer(NERVE[question.id])
                session.next()
            else:
                session.skip()
        elif session.screen == URGENT_NOTICE:
            session.go_on_after_notice()
        elif session.screen == REVIEW:
            session.finish()
        else:
            break
    page.show_screen()


def shoot(window: MainWindow, page: str, name: str) -> Path:
    window.show_page(page)
    for _ in range(3):
        QApplication.processEvents()
    focus = QApplication.focusWidget()
    if focus is not None:
        focus.clearFocus()  # no keyboard focus ring in a picture
    target = OUT / name
    if not window.grab().save(str(target), "PNG"):
        raise SystemExit(f"screenshots: could not write {target}")
    return target


def main() -> int:
    app = make_application()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="tpc-shots-") as folder:
        state = AppState.open(Path(folder), now=lambda: NOW)
        fill(state)
        window = MainWindow(state, Appearance(app, state.settings))
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SIZE)
        window.show()
        made = [shoot(window, "home", "home.png")]
        check = window.page("check")
        assert isinstance(check, CheckPage)
        finish_check(check)
        made.append(shoot(window, "check", "check-result.png"))
        made.append(shoot(window, "journal", "journal.png"))
        window.close()
    for path in made:
        print(f"screenshots: {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
