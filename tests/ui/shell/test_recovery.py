"""What a person sees when a data file is broken or the disk refuses a save."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, Qt
from PySide6.QtWidgets import QApplication, QProxyStyle, QPushButton, QStyle, QWidget
from pytestqt.qtbot import QtBot

from companion.app import Running, start
from companion.cli.options import parse_options
from companion.core.shared.app_state import JOURNAL, AppState
from companion.ui.shell import start_failure
from companion.ui.shell.main_window import MainWindow
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import HOSTILE_DIR
from tests.helpers.qt import EndingSession, read_then_press, when_asked
from tests.helpers.small_disk import entry_the_full_disk_refuses

MakeWindow = Callable[..., MainWindow]


def test_broken_journal_is_kept_and_the_backup_can_be_restored(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, clock: FakeClock
) -> None:
    data = tmp_path / "data"
    first = AppState.open(data, now=clock)
    first.settings.update(welcome_done=True, emergency_number="112")
    journal = first.store.partitioned(JOURNAL, "time")
    for pain in (6, 5):
        journal.insert({"time": clock().isoformat(), "pain_now": pain})
        clock.advance(hours=1)
    first.store.maintenance()  # today's backup
    shard = data / "journal" / f"{clock().year}.json"
    shard.write_bytes(b'{"_default": {"1": {"time": "2026-03-09T1')  # cut off mid-write
    clock.advance(days=1)

    state = AppState.open(data, now=clock)
    window = make_window(state)
    state.store.maintenance()
    banner = window.banner
    assert banner.isVisible()
    assert "could not be read" in banner.heading.text()
    assert "backup" in banner.message.text()
    kept = list((data / "journal").glob("*.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b'{"_default": {"1": {"time"')

    qtbot.mouseClick(banner.restore_button, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    pains = [r.data["pain_now"] for r in state.store.partitioned(JOURNAL, "time").all()]
    assert pains == [6, 5]
    assert kept[0].exists()  # the broken file is still kept


def test_a_refused_save_keeps_the_entry_and_retry_saves_it(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(returning_state)
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    journal = returning_state.store.partitioned(JOURNAL, "time")
    assert window.banner.isVisible()
    assert "disk is full" in window.banner.message.text()
    assert journal.count() == 1  # still there, in memory

    disk_back()
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()
    shard = returning_state.data_dir / "journal" / f"{returning_state.now().year}.json"
    assert "4" in json.dumps(json.loads(shard.read_text()))


def test_logging_out_with_unsaved_changes_asks_first_and_keeps_the_window_place(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Qt closes no window when the session ends: an entry the full disk refused was
    lost at logout without a word, and the window's place was not kept."""
    window = make_window(returning_state)
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    words: list[str] = []
    when_asked(read_then_press(qtbot, words, "Don't quit"))
    session = EndingSession()
    window.commit_data(session)  # what Qt calls as the session ends
    assert "If you quit now, they are lost for good." in words[0]
    assert session.cancelled  # the person stays logged in to free some space

    disk_back()
    again = EndingSession()
    window.commit_data(again)  # saved now: no question, the logout goes on
    assert len(words) == 1 and not again.cancelled
    shard = returning_state.data_dir / "journal" / f"{returning_state.now().year}.json"
    assert json.loads(shard.read_text())
    assert (returning_state.data_dir / "window.json").is_file()


def test_quitting_from_the_tray_with_unsaved_changes_shows_the_window_with_its_question(
    qtbot: QtBot,
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Hidden in the tray, the tray's Quit asked "Changes not saved" over no window."""
    window = make_window(returning_state)
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    window.hide()  # as when it went to the tray
    seen: list[bool] = []

    def answer(box: QWidget) -> None:
        seen.append(window.isVisible())
        read_then_press(qtbot, [], "Don't quit")(box)

    when_asked(answer)
    assert not window.quit_app()  # "Don't quit": the app stays
    assert seen == [True]
    disk_back()
    window.banner.retry()
    assert not window.banner.unsaved()


class IconsOnBoxButtons(QProxyStyle):
    """The look of a desktop whose theme puts a small icon on Discard and Cancel (as
    Qt does under X with no desktop's own theme): offscreen, Qt's buttons have none."""

    def styleHint(self, hint: QStyle.StyleHint, *args: object) -> int:
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, *args)  # type: ignore[arg-type]


@pytest.fixture
def icons_on_box_buttons(qapp: QApplication) -> Iterator[Callable[[], None]]:
    """Call it once the window is made (the app's look sets the usual style)."""
    usual = qapp.style().name()
    yield lambda: qapp.setStyle(IconsOnBoxButtons(usual))
    qapp.setStyle(usual)


def test_the_unsaved_changes_question_has_words_only_on_its_buttons(
    qtbot: QtBot,
    icons_on_box_buttons: Callable[[], None],
    make_window: MakeWindow,
    returning_state: AppState,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Quitting with changes not saved: on such a desktop, Discard and Cancel each had a
    small icon (a bin, a red cross) pressed against their words, unlike every other
    button of the app."""
    window = make_window(returning_state)
    icons_on_box_buttons()
    disk_back = entry_the_full_disk_refuses(returning_state, monkeypatch)
    icons: list[list[str]] = []

    def answer(box: QWidget) -> None:
        buttons = [b for b in box.findChildren(QPushButton) if b.isVisibleTo(box)]
        icons.append([b.text().replace("&", "") for b in buttons if not b.icon().isNull()])
        read_then_press(qtbot, [], "Don't quit")(box)

    when_asked(answer)
    quit_ = window.quit_app()
    disk_back()  # saved, so closing the window at the test's end asks nothing
    window.banner.retry()
    assert not quit_  # "Don't quit": the app stays
    assert icons == [[]]


def test_start_opens_the_requested_page_and_first_run_welcome(qtbot: QtBot, tmp_path: Path) -> None:
    running = start(parse_options(["--data-dir", str(tmp_path / "d"), "--page", "learn"]))
    assert isinstance(running, Running)
    try:
        qtbot.addWidget(running.window)
        assert running.window.current_page() == "learn"
        qtbot.waitUntil(lambda: running.window.welcome is not None)
        assert running.window.welcome is not None
        qtbot.waitUntil(running.window.welcome.isVisible)
        assert running.window.backup_timer.isActive()
        # The window hears when the desktop session ends (see the logout test).
        assert running.app.receivers(SIGNAL("commitDataRequest(QSessionManager&)")) >= 1
    finally:
        running.window.backup_timer.stop()
        running.window.deleteLater()  # also drops its pending start-up check
        running.lock.release()


@pytest.mark.usefixtures("own_temp_folder")
def test_kiosk_start_runs_no_timers_and_keeps_checks_in_memory(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.ui.kiosk.window import KioskWindow
    from companion.ui.timers.driver import _DRIVER_KEY

    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))
    running = start(parse_options(["--kiosk", "--data-dir", str(tmp_path / "k")]))
    assert isinstance(running, Running)
    try:
        window = running.window
        assert isinstance(window, KioskWindow)
        qtbot.addWidget(window)
        assert window.state.kiosk
        page = window.page("timers")
        buttons = [w.text().lower() for w in page.findChildren(QPushButton)]
        assert not any("safety check" in text or "start" in text for text in buttons)
        assert not hasattr(window.state, _DRIVER_KEY)  # timers are explained, never run
        assert not (tmp_path / "k").exists()
    finally:
        running.lock.release()


def test_start_refuses_data_from_a_newer_version_without_touching_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    manifest = data / "store.json"
    manifest.write_text(json.dumps({"schema_version": 99}))
    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    assert start(parse_options(["--data-dir", str(data)])) == 1
    assert "newer version" in shown[0]
    assert json.loads(manifest.read_text()) == {"schema_version": 99}


@pytest.mark.parametrize(("name", "version"), [("store.json", "1"), ("settings.json", 0)])
def test_start_says_in_its_own_words_when_a_version_mark_was_changed_by_hand(
    qtbot: QtBot, tmp_path: Path, name: str, version: object
) -> None:
    """A version no app writes: updating cannot help, so the box says what happened and
    what to do, never "newer version", and the file stays as it is."""
    data = tmp_path / "d"
    data.mkdir()
    (data / name).write_text(json.dumps({"schema_version": version}))
    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    assert start(parse_options(["--data-dir", str(data)])) == 1
    assert "newer version" not in shown[0] and "changed by hand" in shown[0]
    assert "backups folder" in shown[0]
    assert json.loads((data / name).read_text()) == {"schema_version": version}


@pytest.mark.parametrize(
    ("place", "hostile", "heading"),
    [
        ("settings.json", "truncated.json", "Your settings could not be read"),
        ("settings.json", None, "Your settings could not be read"),  # a folder
        ("journal/2026.json", "deep_array.json", "A data file could not be read"),
        ("journal/2026.json", "long_number_5000.json", "A data file could not be read"),
        ("store.json", "lone_surrogate_value.json", "A data file could not be read"),
        ("checks.json", None, "A data file could not be read"),  # a folder
    ],
)
def test_the_app_starts_whatever_file_is_in_the_way_and_says_so(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    place: str,
    hostile: str | None,
    heading: str,
) -> None:
    data = tmp_path / "d"
    first = AppState.open(data)
    first.settings.update(welcome_done=True, emergency_number="112")
    first.store.table("checks").insert({"summary": "kept"})
    target = data / place
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    if hostile is None:
        target.mkdir()
    else:
        target.write_bytes((HOSTILE_DIR / hostile).read_bytes())
    failures: list[str] = []
    monkeypatch.setattr(start_failure, "show_start_failure", lambda _t, text: failures.append(text))

    running = start(parse_options(["--data-dir", str(data)]))
    assert isinstance(running, Running), failures
    try:
        window = running.window
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.state.store.maintenance()
        assert window.banner.isVisible()
        assert window.banner.heading.text() == heading
        assert "kept, unchanged, as" in window.banner.message.text()
        assert failures == []
    finally:
        running.window.backup_timer.stop()
        running.lock.release()


def test_settings_a_newer_version_added_bring_no_box_and_are_kept(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """300 settings this version does not know (a newer version's): no box of notices
    about them at start, and the file keeps them when a setting is changed here."""
    data = tmp_path / "d"
    AppState.open(data).settings.update(welcome_done=True, emergency_number="112")
    raw = json.loads((data / "settings.json").read_text())
    unknown = {f"{n:03d}" + "W" * 57: n for n in range(300)}
    (data / "settings.json").write_text(json.dumps(raw | unknown))
    running = start(parse_options(["--data-dir", str(data)]))
    assert isinstance(running, Running)
    try:
        qtbot.addWidget(running.window)
        assert running.state.settings.notices == []  # nothing for the box to say
        running.state.settings.update(sound=False)
        written = json.loads((data / "settings.json").read_text())
        assert {key: written[key] for key in unknown} == unknown
    finally:
        running.lock.release()
