"""Child process for the stopped-app test: half fills a journal entry, then waits.

Usage: ``python draft_typist.py DATA_DIR`` (with the project root on PYTHONPATH and
QT_QPA_PLATFORM=offscreen). It opens the app's window on the journal, types a note in a
new entry without saving it, lets the event loop turn a few times (the form keeps its
draft on the next turn, the delay set to 0 here), prints ``typed`` and waits to be
stopped, the form still open, as when a person is logged out while writing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from companion.core.shared.app_state import AppState
from companion.ui.journal import form as form_module
from companion.ui.shared.appearance import Appearance
from companion.ui.shell.main_window import MainWindow

NOTE = "Numb toes after the bus"


def main(data_dir: Path) -> int:
    app = QApplication([])
    form_module.DRAFT_DELAY_MS = 0
    state = AppState.open(data_dir)
    state.settings.update(welcome_done=True, emergency_number="112")
    window = MainWindow(state, Appearance(app, state.settings), page="journal")
    window.show()
    form = window.page("journal").new_entry()  # type: ignore[attr-defined]
    QTest.keyClicks(form.note, NOTE)
    for _ in range(20):
        app.processEvents()
    print("typed", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
