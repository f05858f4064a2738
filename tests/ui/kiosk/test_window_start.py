"""The kiosk as the app starts it: from a clinic's or the system's config, leaving no trace."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from companion.core.shared.pin_hash import hash_pin
from companion.ui.kiosk.window import KioskWindow
from tests.helpers.kiosk_pages import finish_a_check, welcome
from tests.helpers.kiosk_ui import PIN, MakeKiosk
from tests.helpers.qt import click, read_then_press, when_asked

# --- private ----------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    return {
        str(path.relative_to(root)): (path.stat().st_size, path.stat().st_mtime_ns)
        for path in sorted(root.rglob("*"))
    }


@pytest.mark.usefixtures("own_temp_folder")
def test_a_whole_session_leaves_the_data_folder_and_home_untouched(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.app import Running, start
    from companion.cli.options import parse_options

    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1, "emergency_number": "999"}')
    home = tmp_path / "home"
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        folder = home / name.lower()
        folder.mkdir(parents=True)
        monkeypatch.setenv(name, str(folder))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "no-system-config"))
    before = snapshot(data), snapshot(home)

    running = start(parse_options(["--kiosk", "--data-dir", str(data)]))
    assert isinstance(running, Running)
    window = running.window
    assert isinstance(window, KioskWindow)
    qtbot.addWidget(window)
    try:
        finish_a_check(qtbot, window)
        assert window.state.latest_check() is not None
        click(qtbot, window.finish_button)
        for name in ("learn", "timers", "check"):
            window.show_page(name)
    finally:
        running.lock.release()
    assert (snapshot(data), snapshot(home)) == before


def test_a_bad_config_stops_the_app_naming_the_key(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from companion.app import start
    from companion.cli.options import parse_options

    before = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)}
    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    config = tmp_path / "kiosk.toml"
    config.write_text('emergency_number = "112"\n[clinic]\nname = "X"\n[idle]\nseconds = 2\n')
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert "idle.seconds" in shown[0] and "admin" in shown[0]
    assert "will not start" in capsys.readouterr().err
    after = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, KioskWindow)}
    assert after <= before  # no kiosk window was made (the box's wait may close old ones)


def test_a_number_too_long_to_read_stops_the_kiosk_with_its_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """`text_scale = 1000...` (5,000 digits) stopped the app with a ValueError traceback."""
    from companion.app import start
    from companion.cli.options import parse_options

    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    config = tmp_path / "kiosk.toml"
    config.write_text("text_scale = 1" + "0" * 5000 + '\nemergency_number = "112"\n')
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert f"{config}: is not valid TOML (a number is too big" in shown[0]


def test_a_key_with_hidden_characters_is_named_in_escapes_and_stops_the_kiosk_with_2(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Before, the box and the line on stderr showed the key as it is: its U+202E turned
    the rest of the line around, so the key read "ab" and the message read backwards."""
    from companion.app import start
    from companion.cli.options import parse_options

    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    config = tmp_path / "kiosk.toml"
    config.write_text(
        'emergency_number = "112"\n"se\\u202econds" = 90\n[clinic]\nname = "X"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    line = f"{config}: se\\u202econds: is not a known key"
    assert line in shown[0] and "\u202e" not in shown[0]
    err = capsys.readouterr().err
    assert "\u202e" not in err
    [named] = [text for text in err.splitlines() if str(config) in text]  # one line
    assert named.startswith(line)


@pytest.mark.usefixtures("own_temp_folder")
def test_a_system_config_turns_the_machine_into_a_kiosk(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.app import Running, start
    from companion.cli.options import parse_options

    system = tmp_path / "etc-xdg"
    folder = system / "thigh-pain-companion"
    folder.mkdir(parents=True)
    (folder / "kiosk.toml").write_text(
        'emergency_number = "911"\n[clinic]\nname = "Lakeside Physio"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(system))
    running = start(parse_options(["--data-dir", str(tmp_path / "data")]))
    assert isinstance(running, Running)
    qtbot.addWidget(running.window)
    try:
        assert isinstance(running.window, KioskWindow)
        assert running.window.badge.name.text() == "Lakeside Physio"
        assert "911" in " ".join(
            label.text() for label in welcome(running.window).findChildren(QLabel)
        )
    finally:
        running.lock.release()
    assert not (tmp_path / "data").exists()


def test_a_second_kiosk_does_not_start_on_top_of_the_first(
    own_temp_folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A running kiosk that does not answer (hung): one line says so, and exit 1."""
    import companion.app
    from companion.app import start
    from companion.cli.options import parse_options
    from companion.ui.shell.application import APP_ID
    from companion.ui.shell.single_instance import InstanceLock

    monkeypatch.setenv("XDG_CONFIG_DIRS", str(own_temp_folder / "no-system-config"))
    monkeypatch.setattr(companion.app, "_pause", lambda: False)  # it never answers
    folder = own_temp_folder / f"{APP_ID}-kiosk"
    folder.mkdir()
    first = InstanceLock(folder)
    assert first.acquire()
    try:
        assert start(parse_options(["--kiosk"])) == 1
        err = capsys.readouterr().err
        assert "already running" in err and "did not come to the front" in err
        assert err.count("\n") == 1
    finally:
        first.release()


def test_a_second_kiosk_start_brings_the_running_kiosk_to_the_front(
    qtbot: QtBot,
    own_temp_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Before, a second start (a start-up entry run twice, staff double-clicking the
    icon) only printed "the kiosk is already running." and exited 1, leaving the kiosk
    behind whatever covered it. Now the running kiosk comes forward and the second start
    ends quietly with 0, as a second start of the personal app does."""
    import companion.app
    from companion.app import Running, start
    from companion.cli.options import parse_options

    monkeypatch.setenv("XDG_CONFIG_DIRS", str(own_temp_folder / "no-system-config"))
    running = start(parse_options(["--kiosk"]))
    assert isinstance(running, Running)
    kiosk = running.window
    assert isinstance(kiosk, KioskWindow)
    qtbot.addWidget(kiosk)
    try:
        other = QWidget()  # a window that came up over the kiosk
        qtbot.addWidget(other)
        other.show()
        other.raise_()
        other.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
        capsys.readouterr()

        def pause() -> bool:  # the running kiosk shares this process: let it answer
            QApplication.processEvents()
            return True

        monkeypatch.setattr(companion.app, "_pause", pause)
        assert start(parse_options(["--kiosk"])) == 0
        qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
        assert kiosk.isFullScreen()
        assert capsys.readouterr().err == ""
    finally:
        running.lock.release()


@pytest.mark.usefixtures("own_temp_folder")
def test_a_logo_that_cannot_be_read_stops_the_kiosk_naming_the_key(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from companion.app import start
    from companion.cli.options import parse_options

    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    (tmp_path / "logo.png").write_bytes(b"not a picture")
    config = tmp_path / "kiosk.toml"
    config.write_text(
        'emergency_number = "112"\n[clinic]\nname = "X"\nlogo = "logo.png"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert f"{config}: clinic.logo:" in shown[0] and "could not be read" in shown[0]


def test_the_clinic_logo_shows_beside_its_name(make_kiosk: MakeKiosk, tmp_path: Path) -> None:
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(200, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1b6b73"))
    assert image.save(str(logo))
    window = make_kiosk(logo=logo).window
    assert window.badge.logo.isVisible()
    assert window.badge.logo.pixmap().height() <= 48


def kiosk_toml(folder: Path, logo: Path, language: str = "en") -> Path:
    config = folder / "kiosk.toml"
    config.write_text(
        f'emergency_number = "112"\nlanguage = "{language}"\n[clinic]\nname = "X"\n'
        f'logo = "{logo.as_posix()}"\n'
        f'[admin]\npin_hash = "{hash_pin(PIN, iterations=100_000)}"\n'
    )
    return config


@pytest.mark.usefixtures("own_temp_folder")
def test_a_print_quality_jpeg_logo_starts_the_kiosk_at_the_badge_size(
    qtbot: QtBot, tmp_path: Path, big_logos: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A 9000x9000 JPEG was decoded whole to check it: past Qt's 256 MB limit for one
    # picture, so the kiosk refused to start, saying the picture "could not be read".
    from companion.app import Running, start
    from companion.cli.options import parse_options
    from companion.ui.shell import start_failure

    refusal: list[str] = []  # a refusal's box would wait for a press: kept here instead
    monkeypatch.setattr(start_failure, "show_start_failure", lambda *words: refusal.extend(words))
    running = start(parse_options(["--kiosk-config", str(kiosk_toml(tmp_path, big_logos["jpg"]))]))
    assert isinstance(running, Running), refusal
    qtbot.addWidget(running.window)
    try:
        assert isinstance(running.window, KioskWindow)
        badge = running.window.badge
        qtbot.waitUntil(running.window.isVisible)  # the start shows it full screen
        assert badge.logo.isVisible()
        assert badge.logo.pixmap().deviceIndependentSize().toSize() == QSize(48, 48)
    finally:
        running.lock.release()


@pytest.mark.usefixtures("own_temp_folder")
def test_a_png_logo_too_big_to_read_says_what_size_to_use(
    qtbot: QtBot, tmp_path: Path, big_logos: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    # A PNG is read whole, 9000x9000 pixels take 324 MB, past Qt's limit: the staff read
    # "the picture ... could not be read" under a line of Qt's own about 256 megabytes.
    from companion.app import start
    from companion.cli.options import parse_options

    shown: list[str] = []
    when_asked(read_then_press(qtbot, shown, "OK"))
    config = kiosk_toml(tmp_path, big_logos["png"])
    assert start(parse_options(["--kiosk-config", str(config)])) == 2
    assert f"{config}: clinic.logo: the picture {big_logos['png']} is too big" in shown[0]
    assert "(9000 x 9000 pixels)" in shown[0] and "at most 2000 pixels wide" in shown[0]
    err = capsys.readouterr().err
    assert "too big (9000 x 9000 pixels)" in err
    assert "megabytes" not in err and "qt.gui" not in err
