"""Only one copy of the app runs per data folder; a second start brings the first forward."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from companion import app as app_module
from companion.cli.options import parse_options
from companion.core.shared.settings import SettingsStore
from companion.ui.shell.single_instance import RAISE_REQUEST, InstanceLock, ask_running_copy_to_show
from tests.helpers.qt import read_then_press, when_asked

if os.name == "posix":
    import fcntl


def test_second_lock_on_the_same_folder_fails(qapp: QApplication, tmp_path: Path) -> None:
    first, second = InstanceLock(tmp_path), InstanceLock(tmp_path)
    assert first.acquire()
    if os.name == "posix":  # its owner's only, as every file the app keeps (Qt made it 0644)
        assert (tmp_path / "app.lock").stat().st_mode & 0o777 == 0o600
    try:
        assert not second.acquire()
    finally:
        first.release()
    assert second.acquire()
    second.release()


def test_a_different_folder_is_not_blocked(qapp: QApplication, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, other = InstanceLock(tmp_path / "a"), InstanceLock(tmp_path / "b")
    assert first.acquire() and other.acquire()
    first.release()
    other.release()


def test_second_copy_asks_the_first_to_show_itself(qtbot: QtBot, tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        with qtbot.waitSignal(lock.raise_requested, timeout=5000):
            (tmp_path / RAISE_REQUEST).write_text("123")
        assert not (tmp_path / RAISE_REQUEST).exists()
    finally:
        lock.release()


def test_nobody_picks_up_a_request_when_no_copy_is_listening(tmp_path: Path) -> None:
    waits: list[int] = []
    assert not ask_running_copy_to_show(tmp_path, lambda: waits.append(1) is None, attempts=3)
    assert len(waits) == 3
    assert not (tmp_path / RAISE_REQUEST).exists()  # the request is withdrawn


def test_starting_the_real_app_twice(qtbot: QtBot, tmp_path: Path) -> None:
    """The second process exits at once and the first one is asked to come forward."""
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    raised: list[bool] = []
    lock.raise_requested.connect(lambda: raised.append(True))
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "companion", "--data-dir", str(tmp_path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            qtbot.waitUntil(lambda: bool(raised), timeout=20000)
            out, err = proc.communicate(timeout=20)
        finally:
            proc.kill()
        assert proc.returncode == 0, err
        assert "already open" in out
    finally:
        lock.release()


def test_a_folder_deleted_under_the_app_is_made_again_and_stays_its_own(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The data folder deleted while the app runs took its lock along: a second copy
    made the folder again, took a new lock and ran beside the first on the same data."""
    folder = tmp_path / "data"
    folder.mkdir()
    first = InstanceLock(folder)
    assert first.acquire()
    try:
        shutil.rmtree(folder)
        qtbot.waitUntil(lambda: (folder / "app.lock").exists(), timeout=5000)
        assert folder.stat().st_mode & 0o777 == 0o700
        second = InstanceLock(folder)
        assert not second.acquire()  # the second copy asks the first to come forward
        with qtbot.waitSignal(first.raise_requested, timeout=5000):
            (folder / RAISE_REQUEST).write_text("123")
    finally:
        first.release()


def test_quitting_leaves_no_empty_folder_the_lock_made_again(qtbot: QtBot, tmp_path: Path) -> None:
    """The data folder deleted while the app ran was made again to hold the lock; on
    quit it was left behind holding nothing but the lock (then nothing at all)."""
    folder = tmp_path / "data"
    folder.mkdir()
    lock = InstanceLock(folder)
    assert lock.acquire()
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: (folder / "app.lock").exists(), timeout=5000)
    lock.release()
    assert not folder.exists()
    assert list(tmp_path.iterdir()) == []


def test_quitting_keeps_a_folder_made_again_once_it_holds_anything(
    qtbot: QtBot, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    lock = InstanceLock(folder)
    assert lock.acquire()
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: (folder / "app.lock").exists(), timeout=5000)
    (folder / "journal.json").write_text("{}")  # the person's data put back
    lock.release()
    assert (folder / "journal.json").read_text() == "{}"


def test_quitting_keeps_the_data_folder_it_did_not_make(qapp: QApplication, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    lock = InstanceLock(folder)
    assert lock.acquire()
    lock.release()
    assert folder.is_dir()


@pytest.mark.skipif(os.name != "posix", reason="Windows keeps Qt's own rules")
def test_a_lock_left_without_an_owner_is_taken_over(qapp: QApplication, tmp_path: Path) -> None:
    """An empty or garbled lock file (a power cut while it was written) kept the folder
    locked for good: every start said the app was already open."""
    lock_file = tmp_path / "app.lock"
    day_ago = time.time() - 86400
    for left in (b"", b"\x00\x00\x00\x00", b"garbage\n"):
        lock_file.write_bytes(left)
        os.utime(lock_file, (day_ago, day_ago))
        lock = InstanceLock(tmp_path)
        assert lock.acquire(), left
        assert lock_file.read_text(encoding="utf-8").startswith(f"{os.getpid()}\n")
        lock.release()
    # One made a moment ago may be another copy's, still writing its owner: kept.
    lock_file.write_bytes(b"")
    assert not InstanceLock(tmp_path).acquire()
    # One held with flock (as Qt holds its own) is in use: kept.
    os.utime(lock_file, (day_ago, day_ago))
    with lock_file.open("rb") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        assert not InstanceLock(tmp_path).acquire()
    assert lock_file.exists() and lock_file.read_bytes() == b""


SPANISH_LINE = "Thigh Pain Companion ya está abierta; su ventana pasó al frente.\n"
ENGLISH_LINE = "Thigh Pain Companion is already open; its window was brought to the front.\n"


@pytest.mark.parametrize(
    ("options", "system", "setting", "said"),
    [
        (["--language", "es"], "en", None, SPANISH_LINE),  # the command line's
        ([], "en", "es", SPANISH_LINE),  # the one chosen in Settings
        ([], "es", None, SPANISH_LINE),  # the system's
        (["--language", "en"], "es", "es", ENGLISH_LINE),  # the command line's wins
    ],
)
def test_the_second_copy_says_so_in_the_app_language(
    qtbot: QtBot,
    tmp_path: Path,
    options: list[str],
    system: str,
    setting: str | None,
    said: str,
) -> None:
    """Before: "Thigh Pain Companion is already open; its window was brought to the
    front." in English, whatever the language asked for, chosen or spoken."""
    if setting is not None:
        SettingsStore.open(tmp_path).update(language=setting)
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": system}
        env.pop("LC_ALL", None)
        with qtbot.waitSignal(lock.raise_requested, timeout=20000):
            proc = subprocess.Popen(
                [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), *options],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
        try:
            out, err = proc.communicate(timeout=20)
        finally:
            proc.kill()
        assert proc.returncode == 0, err
        assert out == said
    finally:
        lock.release()


def test_when_the_open_copy_does_not_answer_the_box_is_in_its_language(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The open copy does not come forward (it hangs, say): the box and the terminal say
    so in the language chosen in its Settings. Before: in the system's, English here."""
    monkeypatch.setenv("LANGUAGE", "en")
    SettingsStore.open(tmp_path).update(language="es")
    monkeypatch.setattr(app_module, "_pause", lambda: False)  # it never answers
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    shown: list[str] = []
    try:
        when_asked(read_then_press(qtbot, shown, "Aceptar"))
        assert app_module.start(parse_options(["--data-dir", str(tmp_path)])) == 1
    finally:
        lock.release()
    assert "ya está abierta para esta carpeta de datos" in shown[0]
    assert "ya está abierta para esta carpeta de datos" in capsys.readouterr().err
