"""A note typed in the journal form survives the app being stopped with the form open:
by a logout (SIGTERM) or killed outright (SIGKILL, which nothing can catch). The next
new entry starts from it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import AppState
from tests.helpers.draft_typist import NOTE
from tests.helpers.journal_ui import MakeWindow, journal_page, open_form

ROOT = Path(__file__).resolve().parents[3]
TYPIST = ROOT / "tests" / "helpers" / "draft_typist.py"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs POSIX signals")


def type_then_stop(data_dir: Path, how: signal.Signals) -> None:
    path = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    with subprocess.Popen(
        [sys.executable, str(TYPIST), str(data_dir)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": path, "QT_QPA_PLATFORM": "offscreen"},
    ) as child:
        assert child.stdout is not None and child.stderr is not None
        watchdog = threading.Timer(30, child.kill)  # never hang the test run
        watchdog.start()
        try:
            line = child.stdout.readline()
            assert line.strip() == "typed", child.stderr.read()
            child.send_signal(how)
            child.wait()
        finally:
            watchdog.cancel()
    assert child.returncode == -how  # stopped by the signal, not by quitting


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_note_typed_before_the_app_is_stopped_is_offered_back(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, how: signal.Signals
) -> None:
    """Before, the typed note was gone: the form held it only in memory."""
    data_dir = tmp_path / "data"
    type_then_stop(data_dir, how)
    page = journal_page(make_window(AppState.open(data_dir), page="journal"))
    form = open_form(qtbot, page)
    assert form.note.toPlainText() == NOTE
    assert "did not save" in form.intro.text()
