"""The banner over unsaved changes says what can help: updating the app when the data
folder is now a newer version's (freeing space or fixing the folder cannot), freeing
space or fixing the folder otherwise."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.store_files import MANIFEST_NAME
from companion.ui.shell.main_window import MainWindow
from tests.helpers.qt import click
from tests.helpers.small_disk import entry_the_full_disk_refuses

NEWER = "This file was made by a newer version of the app. Update the app to change it."
FIX_THE_DISK = "Free some space or fix the folder, then try again."


def entry_in_a_newer_folder(state: AppState) -> Callable[[], None]:
    """A journal entry saved after a sync tool brought a newer version's data folder: kept
    in memory only. Returns what puts this version's folder back."""
    manifest = state.data_dir / MANIFEST_NAME
    ours = manifest.read_bytes()
    manifest.write_text(json.dumps(json.loads(ours) | {"schema_version": 2}), encoding="utf-8")
    state.store.partitioned(JOURNAL, "time").insert(
        {"time": state.now().isoformat(), "pain_now": 4}
    )
    return lambda: manifest.write_bytes(ours)


@pytest.mark.parametrize("newer", [True, False], ids=["newer-folder", "full-disk"])
def test_the_banner_says_what_can_help(
    qtbot: QtBot,
    make_window: Callable[..., MainWindow],
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
    newer: bool,
) -> None:
    window = make_window(returning_state)
    if newer:
        put_back = entry_in_a_newer_folder(returning_state)
    else:
        put_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    shown, said = window.banner.isVisible(), window.banner.message.text()
    put_back()  # else the window would ask on closing
    click(qtbot, window.banner.retry_button)

    assert shown
    assert "Your changes are kept while the app is open." in said
    if newer:
        assert NEWER in said and FIX_THE_DISK not in said
    else:
        assert "disk is full" in said and FIX_THE_DISK in said
    assert not window.banner.isVisible()  # saved once the folder is back
