"""The command line, run as a person would run it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion import __version__
from companion.cli.options import parse_options
from companion.core.shared.resources import resource_dir


def run(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
        cwd=cwd,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Thigh Pain Companion {__version__}"


def test_help_lists_every_option() -> None:
    result = run("--help")
    assert result.returncode == 0
    for option in ("--version", "--data-dir", "--page", "--kiosk", "content check"):
        assert option in result.stdout


def test_the_help_names_the_data_folder_the_app_uses() -> None:
    """A relative XDG_DATA_HOME is passed over by the app (the XDG spec says so), but
    the help named it: "keep data in DIR instead of share/thigh-pain-companion"."""
    for value, named in (
        ("share", "~/.local/share/thigh-pain-companion"),
        ("", "~/.local/share/thigh-pain-companion"),
        ("/srv/x", "/srv/x/thigh-pain-companion"),
    ):
        result = run("--help", env={"XDG_DATA_HOME": value, "COLUMNS": "200"})
        assert f"keep data in DIR instead of {named} (also" in result.stdout, value


def test_content_check_passes_on_the_bundled_content() -> None:
    result = run("content", "check")
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout


def test_content_check_fails_naming_file_and_key(tmp_path: Path) -> None:
    target = tmp_path / "content"
    shutil.copytree(resource_dir("content"), target)
    shared = target / "en" / "shared" / "get_help.toml"
    text = shared.read_text(encoding="utf-8")
    shared.write_text(text.replace("[summary]", "[summery]"), encoding="utf-8")
    result = run("content", "check", str(target))
    assert result.returncode == 1
    assert "get_help.toml: summery: is not a known key" in result.stderr


def test_unknown_page_is_refused() -> None:
    result = run("--page", "nowhere", env={"LANGUAGE": "en"})
    assert result.returncode == 2
    assert result.stderr == (
        'thigh-pain-companion: --page cannot be "nowhere". Choose one of: "home", "check", '
        '"learn", "timers", "journal", "settings".\n'
    )


def test_data_dir_from_option_or_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "env"))
    assert parse_options([]).data_dir == tmp_path / "env"
    assert parse_options(["--data-dir", str(tmp_path / "arg")]).data_dir == tmp_path / "arg"
    options = parse_options(["--page", "Journal", "--kiosk"])
    assert options.page == "journal" and options.kiosk


def test_the_language_and_the_data_folder_may_come_before_the_command(tmp_path: Path) -> None:
    from companion.core.journal.entry import LEVELS, Entry
    from companion.core.shared.app_state import JOURNAL, AppState

    folder = tmp_path / "data"
    when = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    entry = Entry(time=when, pain_now=6, level=LEVELS[3], side="right")
    AppState.open(folder).store.partitioned(JOURNAL, "time").insert(entry.to_dict())
    for before in (
        ("--language", "es", "--data-dir", str(folder)),
        (f"--data-dir={folder}", "--language=es"),
    ):
        result = run(*before, "journal", "summary")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Aún no hay suficientes anotaciones")
        exported = run(*before, "journal", "export", "--format", "csv")
        assert "2026-11-30" in exported.stdout  # the folder asked for, not the usual one
    # A command that speaks one language says it has no such option, and exits 2.
    for command in (("kiosk", "where"), ("content", "check")):
        result = run("--language", "es", *command)
        assert result.returncode == 2
        # Before: said in English, to a person who had just asked for Spanish.
        said = f"thigh-pain-companion {command[0]}: no tiene --language (habla inglés).\n"
        assert result.stderr == said
    # An empty --data-dir (an unset variable in a script) is refused, not the folder the
    # command runs in: it used to export the journal of whatever folder one stood in.
    here = run("--data-dir=", "journal", "export", "--format", "csv", cwd=folder)
    assert (here.returncode, here.stdout) == (2, "")
    assert here.stderr.count("\n") == 1


def test_a_data_folder_that_names_no_place_is_refused_in_one_line(tmp_path: Path) -> None:
    """A link loop or `~name` of no user crashed every start with a traceback."""
    (tmp_path / "a").symlink_to(tmp_path / "b")
    (tmp_path / "b").symlink_to(tmp_path / "a")
    loop = str(tmp_path / "a" / "data")
    cases = [
        (("--data-dir", loop, "--self-test"), {}, "thigh-pain-companion: "),
        (("--self-test",), {"COMPANION_DATA_DIR": loop}, "thigh-pain-companion: "),
        (("--data-dir", loop, "journal", "summary"), {}, "thigh-pain-companion journal: "),
        (("journal", "summary", "--data-dir", loop), {}, "thigh-pain-companion journal: "),
    ]
    for args, env, prog in cases:
        result = run(*args, env=env)
        assert result.returncode == 2, (args, result.stderr)
        said = f"{prog}the data folder {loop} cannot be used: a link on the way to it "
        assert result.stderr.startswith(said), result.stderr
        assert result.stderr.count("\n") == 1 and not result.stdout
    result = run("--data-dir", "~no-such-user-here/data", "--language", "es", "journal", "summary")
    assert result.returncode == 2
    assert result.stderr == (
        "thigh-pain-companion journal: no se puede usar la carpeta de datos "
        "~no-such-user-here/data: su ~ nombra la carpeta personal de un usuario que este "
        "equipo no tiene. Indique otra carpeta.\n"
    )


def start_without_screen(tmp_path: Path, *options: str, **set_env: str) -> tuple[int, str]:
    """(exit status, what was printed) of the app started with `options`, with the
    screen variables cleared and `set_env` set."""
    cleared = (
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "WAYLAND_SOCKET",
        "QT_QPA_PLATFORM",
        "XDG_SESSION_TYPE",
    )
    env = {name: value for name, value in os.environ.items() if name not in cleared}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no Wayland socket in it
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), *options],
        capture_output=True,
        text=True,
        timeout=60,
        env={**env, **set_env},
    )
    return result.returncode, result.stderr


def test_without_a_screen_the_app_says_so_instead_of_crashing(tmp_path: Path) -> None:
    """Over a plain ssh login Qt finds no display and aborts the program (exit 134)."""
    for options in ((), ("--kiosk",)):
        status, said = start_without_screen(tmp_path, *options)
        assert status == 1, said
        assert said.startswith("Thigh Pain Companion: there is no screen to show")
        assert said.count("\n") == 1
    assert not (tmp_path / "d").exists()  # nothing was made


def test_a_display_that_is_not_there_is_said_in_one_line_not_a_crash(tmp_path: Path) -> None:
    """DISPLAY names a screen nobody serves (a closed ssh tunnel, a stopped Xvfb): Qt
    stops the whole program there (abort, exit 134, a core dump) unless it is caught."""
    free = next(n for n in range(4173, 4273) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    said = {}
    for options in ((), ("--kiosk",), ("--language", "es")):
        status, said[options] = start_without_screen(tmp_path, *options, DISPLAY=f":{free}")
        assert status == 1, said[options]
        assert said[options].count("\n") == 1, said[options]  # Qt's own notes are not printed
    assert said[()].startswith("Thigh Pain Companion: the window cannot be shown: the screen")
    assert f"display :{free}" in said[()]  # Qt's reason, in its words
    assert said[("--kiosk",)] == said[()]
    assert said[("--language", "es")].startswith("Thigh Pain Companion: no se puede mostrar")
    assert not (tmp_path / "d").exists()  # nothing was made


def test_only_linux_without_a_display_counts_as_no_screen(tmp_path: Path) -> None:
    from companion.app import no_display

    assert no_display({}, "linux")
    assert no_display({"XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    assert not no_display({"DISPLAY": ":0"}, "linux")
    assert not no_display({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not no_display({"WAYLAND_SOCKET": "3"}, "linux")
    (tmp_path / "wayland-0").touch()  # a Wayland desktop's usual display, not named
    assert not no_display({"XDG_RUNTIME_DIR": str(tmp_path)}, "linux")
    assert not no_display({"QT_QPA_PLATFORM": "offscreen"}, "linux")  # told where to draw
    assert not no_display({}, "win32") and not no_display({}, "darwin")


def test_output_cut_short_by_the_reader_ends_quietly() -> None:
    """`... triage table | head -1`: no traceback when the reader stops early."""
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-m", "companion", "triage", "table"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the first line is written
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in errors and "BrokenPipe" not in errors


def test_a_time_zone_a_day_or_more_from_utc_is_said_and_the_app_counts_in_utc(
    tmp_path: Path,
) -> None:
    """POSIX allows TZ=UTC+24; Python cannot hold an offset that large, and every local
    time the app made stopped it with a traceback: the window, every journal command."""
    env = {**os.environ, "TZ": "UTC+24", "LANGUAGE": "en"}
    for words in (("journal", "summary", "--json"), ("--self-test",)):
        result = subprocess.run(
            [sys.executable, "-m", "companion", "--data-dir", str(tmp_path / "d"), *words],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stderr.splitlines()[0] == (
            "Thigh Pain Companion: the time zone UTC+24 is 24 hours or more from UTC, which "
            "the app cannot count in, so it counts times in UTC."
        )
    assert "Traceback" not in result.stderr
