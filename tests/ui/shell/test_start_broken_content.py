"""The window started with a broken content file (a bad install, not bad input): a box
and one line naming the file and key, exit status 1, and the person's data untouched.

Decided: the window is not a command, so status 2 (the commands' "your input was
refused") does not fit; 1 says the program could not run, as for no screen, a data
folder that cannot be used or settings from a newer version. A kiosk config file with a
problem is the admin's input, so the kiosk stops with 2 for it (see README)."""

from __future__ import annotations

from pathlib import Path

import pytest

import companion.core.shared.app_state as app_state_module
from companion.app import start
from companion.cli.options import parse_options
from companion.core.shared.app_state import AppState
from companion.core.shared.content import ContentError, InvalidContentError
from companion.ui.shell import start_failure
from tests.helpers.hostile import folder_snapshot


def test_a_broken_content_file_stops_the_window_with_status_1_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    first = AppState.open(data)
    first.settings.update(welcome_done=True, emergency_number="112")
    first.store.table("checks").insert({"summary": "kept"})
    before = folder_snapshot(data)

    def broken(language: str = "en") -> None:
        problem = ContentError(Path("content/en/welcome.md"), "", "the file is missing")
        raise InvalidContentError([problem])

    monkeypatch.setattr(app_state_module, "load_content", broken)
    boxes: list[str] = []
    monkeypatch.setattr(start_failure, "show_start_failure", lambda _t, text: boxes.append(text))
    for _again in range(2):  # the lock is let go: a second start says the same
        assert start(parse_options(["--data-dir", str(data), "--language", "en"])) == 1
    said = capsys.readouterr().err
    assert said.count("\n") == 2 * 2  # the line that says why, then the file and key
    assert said.startswith("Thigh Pain Companion: The app's content files have a problem:")
    assert "welcome.md: the file is missing" in said
    assert len(boxes) == 2 and "welcome.md: the file is missing" in boxes[0]
    assert folder_snapshot(data) == before
