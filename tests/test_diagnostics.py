"""`--self-test`, run as support staff or the packaging build would run it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.shared.app_state import JOURNAL, AppState
from companion.core.shared.pages import PAGES
from companion.core.shared.resources import resource_dir
from companion.diagnostics import PROBE_NAME, SelfTestError, _untouched, snapshot
from companion.ui.pages import nav_items
from tests.helpers.kiosk_files import write_config

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = '{"schema_version": 1, "tables": ["checks"], "partitioned": ["journal"]}'


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> tuple[int, str]:
    """Run `python -m companion ARGS`; its exit code and everything it printed."""
    result = subprocess.run(
        [sys.executable, "-m", "companion", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd or ROOT,
        env={**os.environ, **(env or {})},
    )
    return result.returncode, result.stdout + result.stderr


def app_copy(tmp_path: Path) -> Path:
    """A copy of the app's code, content and assets: an install the test can break."""
    target = tmp_path / "app"
    shutil.copytree(ROOT / "companion", target / "companion")
    shutil.copytree(resource_dir("content"), target / "content")
    shutil.copytree(resource_dir("assets"), target / "assets")
    return target


def test_help_offers_the_self_test() -> None:
    code, output = run("--help")
    assert code == 0
    assert "--self-test" in output


def test_self_test_passes_from_source_and_builds_every_page(tmp_path: Path) -> None:
    data = tmp_path / "data"
    code, output = run("--self-test", "--data-dir", str(data))
    assert code == 0, output
    assert "self-test passed" in output
    for language in ("en", "es"):  # every page in every shipped language
        line = output.split(f"pages ({language})")[1].splitlines()[0]
        assert line.split()[0] == "ok", line
        for name in PAGES:  # every page, including ones added later
            assert name in line
    assert f"{data} can be written" in output
    assert data.is_dir()
    assert not (data / PROBE_NAME).exists()  # the test file is cleaned up


def test_a_missing_icon_fails_naming_the_file(tmp_path: Path) -> None:
    app = app_copy(tmp_path)
    icon = f"icons/{nav_items()[0].icon}.svg"
    (app / "assets" / icon).unlink()
    code, output = run("--self-test", "--data-dir", str(tmp_path / "data"), cwd=app)
    assert code == 1
    assert f"{app / 'assets' / icon}: is missing" in output
    assert "self-test FAILED: assets" in output


def test_a_broken_drawing_fails_naming_the_file(tmp_path: Path) -> None:
    app = app_copy(tmp_path)
    broken = app / "assets" / "icons" / "app.svg"
    broken.write_text("<svg xmlns='http://www.w3.org/2000/svg'", encoding="utf-8")
    code, output = run("--self-test", "--data-dir", str(tmp_path / "data"), cwd=app)
    assert code == 1
    assert f"{broken}: is not a drawing Qt can read (broken SVG)" in output


def test_broken_content_fails_naming_the_file_and_key(tmp_path: Path) -> None:
    app = app_copy(tmp_path)
    about = app / "content" / "en" / "about.md"
    text = about.read_text(encoding="utf-8")
    about.write_text(text.replace('title = "', 'heading = "', 1), encoding="utf-8")
    code, output = run("--self-test", "--data-dir", str(tmp_path / "data"), cwd=app)
    assert code == 1
    assert f"{about}: heading: is not a known key" in output
    assert "pages (en)   FAILED  not built, because the content has problems" in output
    assert "self-test FAILED: content" in output


def test_broken_data_files_are_each_named_and_nothing_is_moved(tmp_path: Path) -> None:
    data = tmp_path / "data"
    state = AppState.open(data)
    state.settings.update(emergency_number="112")
    journal = state.store.partitioned(JOURNAL, "time")
    for year in (2024, 2025, 2026):
        journal.insert({"time": f"{year}-03-01T10:00:00+01:00", "pain_now": 3})
    state.store.table("checks").insert({"summary": "fine"})
    (data / "journal" / "2025.json").write_bytes(b"[" * 40_000)
    (data / "journal" / "2026.json").write_bytes(b'{"_default": {"1": {"note": "\\ud800"}}}')
    # (A 5,000-digit number costs only its own value now: the file is still read.)
    (data / "settings.json").write_bytes(b'{"text_scale": ' + b"[" * 5000 + b"}")
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}

    code, output = run("--self-test", "--data-dir", str(data))
    assert code == 1, output
    assert "data files   FAILED  3 file(s) cannot be read:" in output
    assert "- journal/2025.json: line 1, field '_default" not in output
    assert "- journal/2025.json: line 1, field '[0][0][0][0][0][0]…': the data is nested" in output
    assert "- journal/2026.json: line 1, field '_default.1.note': the text holds a broken" in output
    assert (
        "- settings.json: line 1, field 'text_scale[0][0][0][0][0]…': the data is nested" in output
    )
    assert "self-test FAILED: data files" in output
    after = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    assert after == before  # read only: nothing moved, nothing written


def test_a_folder_saved_by_a_newer_version_fails_as_the_app_would_refuse_it(
    tmp_path: Path,
) -> None:
    """The window will not open such a folder; the self-test said "data files ok"."""
    for name, content in (
        ("store.json", b'{"schema_version": 2, "tables": ["checks"], "partitioned": []}'),
        ("settings.json", b'{"schema_version": 2}'),
    ):
        data = tmp_path / name
        AppState.open(data).settings.update(emergency_number="112")
        (data / name).write_bytes(content)
        before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
        code, output = run("--self-test", "--data-dir", str(data))
        assert code == 1, output
        assert "data files   FAILED  from a version this app cannot open:" in output
        assert f"- {name}: " in output and "sets each of these aside" not in output
        assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before


def test_healthy_data_files_are_counted(tmp_path: Path) -> None:
    from companion.core.shared.app_state import check_data_folder

    data = tmp_path / "data"
    state = AppState.open(data)
    state.settings.update(emergency_number="112")
    state.store.partitioned(JOURNAL, "time").insert({"time": "2026-03-01T10:00:00+01:00"})
    found = check_data_folder(data)
    assert (found.files_read, found.broken) == (3, [])  # manifest, a year, the settings


def test_a_data_folder_that_cannot_be_written_fails(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    code, output = run("--self-test", "--data-dir", str(blocked))
    assert code == 1
    assert f"{blocked} cannot be written" in output
    assert "self-test FAILED: data folder" in output


def test_a_data_folder_behind_a_file_is_said_so_not_blamed_on_the_disk(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    code, output = run("--self-test", "--data-dir", str(blocked / "data"))
    assert code == 1
    assert "part of the way to its data folder is a file, not a folder" in output, output
    assert "problem with the disk" not in output


def test_a_data_folder_named_with_hidden_characters_shows_them_as_escapes(
    tmp_path: Path,
) -> None:
    """Before: `--data-dir` holding a new line and a terminal colour code broke the
    report's "data folder" line in two and turned the rest of the terminal red."""
    folder = tmp_path / "bad\x1b[31mna\nme"
    code, output = run("--self-test", "--data-dir", str(folder))
    assert code == 0, output
    assert f"{tmp_path}/bad\\u001b[31mna\\u000ame can be written" in output
    assert "\x1b" not in output


def test_kiosk_mode_leaves_the_data_folder_untouched(tmp_path: Path) -> None:
    data = tmp_path / "clinic"
    data.mkdir()
    (data / "settings.json").write_text('{"schema_version": 1}', encoding="utf-8")
    (data / "store.json").write_text(MANIFEST, encoding="utf-8")
    (data / "journal").mkdir()
    (data / "journal" / "2026.json").write_text("{}", encoding="utf-8")
    before = snapshot(data)
    assert "journal/2026.json" in before
    code, output = run("--self-test", "--kiosk", "--data-dir", str(data))
    assert code == 0, output
    assert f"kiosk mode left {data} untouched" in output
    for language, other in (("en", "es"), ("es", "en")):  # each clinic language, switched
        line = output.split(f"pages ({language})")[1].splitlines()[0]
        assert f"switch to {other}, reset, back in the clinic's language" in line
    assert snapshot(data) == before


def test_kiosk_mode_does_not_create_the_usual_data_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "share"), "COMPANION_DATA_DIR": ""}
    code, output = run("--self-test", "--kiosk", env=env)
    assert code == 0, output
    assert not (home / "share").exists()
    code, output = run("--self-test", env=env)  # without kiosk mode it is made and written
    assert code == 0, output
    assert (home / "share" / "thigh-pain-companion").is_dir()


def test_a_bad_kiosk_config_fails_the_self_test_naming_the_key(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.toml"
    config.write_text('emergency_number = "112"\nstart_page = "journal"\n', encoding="utf-8")
    code, output = run("--self-test", "--kiosk-config", str(config))
    assert code == 1
    assert f"{config}: start_page: should be one of welcome, check, learn" in output
    assert f"{config}: clinic: is missing" in output
    assert "self-test FAILED: kiosk config, pages (en), pages (es)" in output


@pytest.mark.parametrize("device", ["pipe", "endless"])
def test_a_pipe_or_a_device_as_the_kiosk_config_is_named_not_waited_on(
    tmp_path: Path, device: str
) -> None:
    """A pipe waits for a writer for ever and /dev/zero never ends: the kiosk's config
    is refused at once (in a process of its own, so a wait fails the test)."""
    config = tmp_path / "kiosk.toml"
    if device == "pipe":
        os.mkfifo(config)
    else:
        config.symlink_to("/dev/zero")
    code, output = run("--self-test", "--kiosk-config", str(config))
    assert code == 1
    named = config if device == "pipe" else "/dev/zero"  # the link is followed, and named
    assert f"{named}: is not an ordinary file (a pipe or a device)" in output


def test_a_change_in_the_watched_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "store.json").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "checks.json").write_text("{}", encoding="utf-8")
    (tmp_path / "journal").mkdir()
    (tmp_path / "journal" / "2026.json").write_text("{}", encoding="utf-8")
    before = snapshot(tmp_path)
    (tmp_path / "checks.json").write_text('{"changed": true}', encoding="utf-8")
    (tmp_path / "journal" / "2026.json").unlink()
    (tmp_path / "settings.json").write_text("{}", encoding="utf-8")
    with pytest.raises(SelfTestError) as failure:
        _untouched(tmp_path, before)
    message = str(failure.value)
    assert "added settings.json" in message
    assert "removed journal/2026.json" in message
    assert "changed checks.json" in message


def test_only_the_app_s_own_files_are_looked_at(tmp_path: Path) -> None:
    """`--data-dir ~`: the person's other files (100,000 of them, say) are never walked,
    so a change there, or a folder that cannot be read, is not the kiosk's doing; a
    change to one of the app's files inside its folders is still found."""
    (tmp_path / "store.json").write_text(MANIFEST, encoding="utf-8")
    (tmp_path / "journal").mkdir()
    (tmp_path / "journal" / "2026.json").write_text("{}", encoding="utf-8")
    music = tmp_path / "music"
    (music / "albums").mkdir(parents=True)
    (music / "albums" / "song.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    before = snapshot(tmp_path)
    assert sorted(before) == [".", "journal", "journal/2026.json", "store.json"]
    (music / "albums" / "song.json").write_text('{"played": 2}', encoding="utf-8")
    (music / "new.json").write_text("{}", encoding="utf-8")
    (tmp_path / "notes.json").unlink()
    assert "untouched" in _untouched(tmp_path, before)
    (tmp_path / "journal" / "2026.json").write_text('{"_default": {}}', encoding="utf-8")
    with pytest.raises(SelfTestError, match=r"changed journal/2026\.json"):
        _untouched(tmp_path, before)


def test_the_app_s_half_written_files_count_as_its_own(tmp_path: Path) -> None:
    before = snapshot(tmp_path)
    (tmp_path / ".settings.json.0123456789abcdef.tmp").write_text("{", encoding="utf-8")
    (tmp_path / ".bashrc.0123456789abcdef.tmp").write_text("", encoding="utf-8")
    with pytest.raises(SelfTestError) as failure:
        _untouched(tmp_path, before)
    assert "added .settings.json.0123456789abcdef.tmp" in str(failure.value)
    assert "bashrc" not in str(failure.value)


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("name", ["store.json", "journal/2026.json"])
def test_a_write_through_a_linked_data_file_is_named(tmp_path: Path, name: str) -> None:
    """store.json or a year of the journal is a link to a file kept elsewhere (a sync
    tool's, a dotfiles setup): the app saves through it, which changes only the file it
    leads to, never the link itself; that write is still found."""
    data, elsewhere = tmp_path / "data", tmp_path / "synced"
    (data / "journal").mkdir(parents=True)
    elsewhere.mkdir()
    (data / "store.json").write_text(MANIFEST, encoding="utf-8")
    (data / "journal" / "2026.json").write_text("{}", encoding="utf-8")
    real = elsewhere / Path(name).name
    real.write_text((data / name).read_text(encoding="utf-8"), encoding="utf-8")
    (data / name).unlink()
    (data / name).symlink_to(real)
    before = snapshot(data)
    assert "untouched" in _untouched(data, before)
    replace_file(real, real.read_text(encoding="utf-8") + " ")
    with pytest.raises(SelfTestError, match=f"changed {name}"):
        _untouched(data, before)


def replace_file(path: Path, text: str) -> None:
    """Write `path` as the app does: a new file renamed over it."""
    temp = path.with_name(f".{path.name}.0123456789abcdef.tmp")
    temp.write_text(text, encoding="utf-8")
    temp.replace(path)


def test_making_the_data_folder_is_named(tmp_path: Path) -> None:
    """`--data-dir` names a folder not there yet: kiosk mode must not make it."""
    data = tmp_path / "clinic"
    before = snapshot(data)
    data.mkdir()
    with pytest.raises(SelfTestError, match="added the data folder itself"):
        _untouched(data, before)


def test_the_data_folder_s_own_time_is_not_compared(tmp_path: Path) -> None:
    """The data folder may be the person's home, which other programs change."""
    (tmp_path / "store.json").write_text(MANIFEST, encoding="utf-8")
    before = snapshot(tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    os.utime(tmp_path, ns=(1, 1))
    assert "untouched" in _untouched(tmp_path, before)


@pytest.mark.parametrize("name", ["app.lock", "app.lock.rmlock", ".app.lock.0123456789abcdef.tmp"])
def test_the_app_s_lock_counts_as_its_own(tmp_path: Path, name: str) -> None:
    """A lock taken in the data folder (kiosk mode must take none) is found, with the
    file Qt takes a stale lock over with."""
    before = snapshot(tmp_path)
    (tmp_path / name).write_text("4242\n", encoding="utf-8")
    with pytest.raises(SelfTestError, match=f"added {re.escape(name)}"):
        _untouched(tmp_path, before)


# Run in its own process: building every page loads pyqtgraph, which the app must not
# load at start (tests/ui/shell/test_main_window.py checks this in the test process).
BROKEN_PAGE = """
import sys
from PySide6.QtWidgets import QWidget
from companion.cli.options import parse_options
from companion.diagnostics import run_self_test
from companion.ui import pages

class PageThatFailsToDraw(QWidget):
    def __init__(self, state, parent):
        super().__init__(parent)

    def paintEvent(self, event):
        raise ValueError("the drawing code is broken")

pages.PAGE_BUILDERS["learn"] = PageThatFailsToDraw
sys.exit(run_self_test(parse_options(["--data-dir", sys.argv[1]])))
"""


def test_a_page_that_breaks_only_when_drawn_fails_by_name(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BROKEN_PAGE, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert result.returncode == 1
    assert "the 'learn' page (__main__:PageThatFailsToDraw) failed" in result.stdout
    assert "the drawing code is broken" in result.stdout
    assert "self-test FAILED: pages" in result.stdout


def test_a_logo_the_kiosk_would_refuse_fails_the_self_test(
    tmp_path: Path, big_logos: dict[str, Path]
) -> None:
    """A 9000x9000 PNG logo stops the kiosk at the clinic; the self-test said "passed"."""
    config = write_config(tmp_path)
    logo = big_logos["png"]
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("[clinic]\n", f'[clinic]\nlogo = "{logo.as_posix()}"\n'))
    code, output = run("--self-test", "--kiosk-config", str(config))
    assert code == 1, output
    assert f"clinic.logo: the picture {logo} is too big (9000 x 9000 pixels)" in output
    assert "self-test FAILED: pages (en), pages (es)" in output
