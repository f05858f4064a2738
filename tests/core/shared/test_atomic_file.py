"""Atomic writes leave the old or the new file, private, and never litter the folder."""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from companion.core.shared import atomic_file
from companion.core.shared.atomic_file import (
    FolderIsFileError,
    atomic_write_bytes,
    describe_os_error,
    ensure_private_dir,
    make_file_private,
    move_aside,
    remove_stale_temp_files,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
WHEN = datetime(2026, 3, 9, 10, 30, 5, tzinfo=timezone(timedelta(hours=1)))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_writes_new_and_replaces_existing_content(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    atomic_write_bytes(target, b"first")
    atomic_write_bytes(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


@posix_only
def test_the_file_is_private_even_when_it_was_not(tmp_path: Path) -> None:
    target = tmp_path / "data.json"
    target.write_bytes(b"old")
    target.chmod(0o644)
    atomic_write_bytes(target, b"new")
    assert mode(target) == 0o600


def test_the_temp_file_is_private_from_the_start_and_in_the_same_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[Path, int, int]] = []
    real_open = os.open

    def spy_open(path: str | Path, flags: int, mode: int = 0o777, **kwargs: object) -> int:
        opened.append((Path(path), flags, mode))
        return real_open(path, flags, mode)

    monkeypatch.setattr(atomic_file.os, "open", spy_open)
    atomic_write_bytes(tmp_path / "data.json", b"x")
    temp, flags, created_mode = opened[0]
    assert temp.parent == tmp_path
    assert temp.name.startswith(".") and ".tmp" in temp.name
    assert flags & os.O_CREAT and flags & os.O_EXCL and flags & os.O_WRONLY
    assert created_mode == 0o600


@posix_only
def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[Path] = []
    monkeypatch.setattr(atomic_file, "fsync_dir", synced.append)
    atomic_write_bytes(tmp_path / "data.json", b"x")
    assert synced == [tmp_path]


@pytest.mark.parametrize(("broken", "code"), [("fsync", errno.ENOSPC), ("replace", errno.EROFS)])
def test_a_failed_write_keeps_the_old_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str, code: int
) -> None:
    target = tmp_path / "data.json"
    atomic_write_bytes(target, b"old")

    def fail(*_args: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(atomic_file.os, broken, fail)
    with pytest.raises(OSError) as caught:
        atomic_write_bytes(target, b"new")
    assert caught.value.errno == code
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["data.json"]


@posix_only
def test_ensure_private_dir_creates_private_but_leaves_a_chosen_folder_alone(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "a" / "b"
    ensure_private_dir(folder)
    assert mode(folder) == 0o700
    # A folder the person chose (say, their home folder) keeps its own permissions.
    folder.chmod(0o755)
    ensure_private_dir(folder)
    assert mode(folder) == 0o755


def test_ensure_private_dir_names_a_file_in_a_folders_place_or_on_the_way(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("mine")
    with pytest.raises(FolderIsFileError):
        ensure_private_dir(notes)
    with pytest.raises(NotADirectoryError) as caught:
        ensure_private_dir(notes / "data" / "more")
    assert describe_os_error(caught.value) == describe_os_error(
        OSError(errno.ENOTDIR, "Not a directory")
    )
    assert notes.read_text() == "mine" and sorted(tmp_path.iterdir()) == [notes]


@posix_only
def test_a_file_moved_aside_is_private_and_a_link_is_never_followed(tmp_path: Path) -> None:
    broken = tmp_path / "journal.json"
    broken.write_bytes(b"broken{")
    broken.chmod(0o644)  # a sync tool's file
    assert mode(move_aside(broken, WHEN)) == 0o600
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("another program's")
    elsewhere.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(elsewhere)
    make_file_private(link)
    assert mode(elsewhere) == 0o644


def test_move_aside_keeps_the_bytes_and_never_overwrites(tmp_path: Path) -> None:
    first = tmp_path / "journal.json"
    first.write_bytes(b"\x00broken{")
    moved = move_aside(first, WHEN)
    assert moved.name == "journal.broken-20260309-103005.json"
    assert moved.read_bytes() == b"\x00broken{"
    assert not first.exists()

    first.write_bytes(b"broken again")
    second = move_aside(first, WHEN)
    assert second.name == "journal.broken-20260309-103005-2.json"
    assert moved.read_bytes() == b"\x00broken{"
    assert second.read_bytes() == b"broken again"


def test_stale_temp_files_of_our_own_files_are_removed_and_nothing_else(tmp_path: Path) -> None:
    ours = [tmp_path / ".journal.json.0123456789abcdef.tmp"]
    theirs = [
        tmp_path / ".hidden",
        tmp_path / "notes.tmp",
        tmp_path / ".journal.json.tmp",
        tmp_path / ".notes.docx.0123456789abcdef.tmp",  # another program's, same shape
        tmp_path / "journal" / ".2026.json.fedcba9876543210.tmp",  # a folder inside: not looked in
        tmp_path / "journal" / "2026.json",
    ]
    for path in ours + theirs:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"x")
    assert remove_stale_temp_files(tmp_path, {"journal.json"}.__contains__) == 1
    assert not any(p.exists() for p in ours)
    assert all(p.exists() for p in theirs)
    assert remove_stale_temp_files(tmp_path / "missing", lambda _name: True) == 0


def test_a_write_killed_midway_leaves_a_temp_file_that_cleanup_recognises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # stands in for the process dying before the rename

    monkeypatch.setattr(atomic_file.os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        atomic_write_bytes(tmp_path / "data.json", b"x")
    # Even an interrupt cleans up; a real SIGKILL cannot, which is what cleanup is for.
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "words"),
    [
        (errno.ENOSPC, "disk is full"),
        (getattr(errno, "EDQUOT", errno.ENOSPC), "disk is full"),
        (errno.EROFS, "read-only"),
        (errno.EACCES, "not allowed"),
        (errno.EPERM, "not allowed"),
        (errno.EIO, os.strerror(errno.EIO)),
    ],
)
def test_os_errors_are_explained_in_one_plain_sentence(code: int, words: str) -> None:
    sentence = describe_os_error(OSError(code, os.strerror(code)))
    assert words in sentence
    assert sentence.endswith(".") and sentence.count(". ") == 0
    assert len(sentence) < 100


def test_a_pipe_in_a_data_files_place_stops_nothing(tmp_path: Path) -> None:
    """A pipe waits for a writer for ever: the settings, the store and the journal
    command must not wait with it (in a process of its own, so a wait fails the test)."""
    folder = tmp_path / "data"
    folder.mkdir()
    os.mkfifo(folder / "settings.json")
    os.mkfifo(folder / "journal-2026.json")
    script = (
        "import sys; from pathlib import Path\n"
        "from companion.core.shared.app_state import AppState\n"
        "from companion.core.shared.settings import saved_language\n"
        "folder = Path(sys.argv[1])\n"
        "assert saved_language(folder) is None\n"
        "state = AppState.open(folder)\n"
        "print(state.settings.current.text_scale)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "100"  # the usual settings, the pipe set aside
    assert not (folder / "settings.json").exists()


def test_a_file_the_person_names_is_written_through_its_link_and_never_over_a_device(
    tmp_path: Path,
) -> None:
    from companion.core.shared.atomic_file import output_file
    from companion.core.shared.bounded_read import NotAFileError

    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    assert output_file(link) == real  # so the link is kept and its file replaced
    atomic_file.atomic_write_bytes(output_file(link), b"new")
    assert link.is_symlink() and link.read_bytes() == b"new"
    assert output_file(tmp_path / "new.csv") == tmp_path / "new.csv"
    with pytest.raises(IsADirectoryError):
        output_file(tmp_path)
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    device = tmp_path / "null.csv"
    device.symlink_to(os.devnull)
    for odd in (pipe, device):
        with pytest.raises(NotAFileError):
            output_file(odd)
    assert stat.S_ISFIFO(pipe.stat().st_mode) and stat.S_ISCHR(device.stat().st_mode)
    assert "not an ordinary file" in atomic_file.describe_os_error(NotAFileError(22, "x"))


def test_a_command_refuses_a_link_and_says_when_it_replaces_a_file(tmp_path: Path) -> None:
    """Both journal commands ask through here: a link is refused (written through, another
    folder's settings.json was replaced by an export), and a file already there is known
    so that the result line can say it was replaced."""
    from companion.core.shared.atomic_file import IsALinkError, command_output

    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(IsALinkError):
        command_output(link)
    assert "a link to another file" in atomic_file.describe_os_error(IsALinkError(17, "x"))
    assert command_output(real) == atomic_file.CommandOutput(real, replaces=True)
    assert command_output(tmp_path / "new.csv").replaces is False


def test_a_folder_name_with_a_nul_is_refused_as_not_text_before_anything_is_made(
    tmp_path: Path,
) -> None:
    # Not typed (a command line cannot hold it), but a name read from a file can: it
    # raised "ValueError: embedded null byte", which no caller expects of a folder.
    with pytest.raises(atomic_file.NameNotTextError):
        atomic_file.ensure_private_dir(tmp_path / "new" / "a\x00b")
    assert list(tmp_path.iterdir()) == []
