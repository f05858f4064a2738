"""Settings are typed, validated, migrated and saved so that a failure loses nothing."""

from __future__ import annotations

import errno
import json
import os
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared import atomic_file
from companion.core.shared.emergency_number import validate_emergency_number
from companion.core.shared.settings import (
    Settings,
    SettingsStore,
    SettingsTooNewError,
    Theme,
    saved_language,
)
from tests.helpers.clock import FakeClock
from tests.helpers.hostile import HOSTILE_DIR, HOSTILE_FILES, UNKNOWN_VERSION_FILES
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def test_defaults_have_no_emergency_number(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    assert store.current.emergency_number is None
    assert store.current.welcome_done is False
    assert not (tmp_path / "settings.json").exists()  # nothing written until a change


def test_changes_are_saved_and_reloaded(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="112", theme="dark", text_scale=130, sound=False)
    again = SettingsStore.open(tmp_path)
    assert again.current.emergency_number == "112"
    assert again.current.theme is Theme.DARK
    assert again.current.text_scale == 130
    assert again.current.sound is False
    assert read_json(tmp_path / "settings.json")["schema_version"] == 1
    if os.name == "posix":
        assert (tmp_path / "settings.json").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(
    ("typed", "message"),
    [("", "enter"), ("11a", "only digits"), ("1", "2 to 6"), ("1234567", "2 to 6")],
)
def test_bad_emergency_numbers_are_refused_plainly(typed: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        validate_emergency_number(typed)


def test_emergency_number_spaces_are_ignored() -> None:
    assert validate_emergency_number(" 1 12 ") == "112"


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("١١٢", "112"),
        ("۹۱۱", "911"),
        ("１１２", "112"),
        ("११२", "112"),
        ("0 0 0", "000"),
        ("\u200f١١٢\u200f", "112"),  # right-to-left marks, copied with the number
        ("\u061c٩٩٩", "999"),  # the Arabic letter mark
        ("\ufeff911", "911"),  # a byte order mark at the start of a paste
    ],
)
def test_the_digits_of_any_script_become_digits_a_phone_dials(typed: str, number: str) -> None:
    """Arabic-Indic, Persian, fullwidth or Devanagari: a person typing 112 on their own
    keyboard means 112."""
    assert validate_emergency_number(typed) == number


@pytest.mark.parametrize("typed", ["¹¹²", "①①②", "11²", "١١²", "112\n\nIgnore this"])
def test_characters_that_only_look_like_digits_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="only digits"):
        validate_emergency_number(typed)


DECIMAL_DIGITS = st.characters(categories=["Nd"])


@given(st.text(max_size=10) | st.text(DECIMAL_DIGITS | st.just(" "), max_size=10))
def test_any_typed_number_is_refused_or_is_two_to_six_digits_0_to_9(typed: str) -> None:
    try:
        number = validate_emergency_number(typed)
    except ValueError:
        kept = "".join(typed.split())
        assert not (2 <= len(kept) <= 6 and all(unicodedata.category(c) == "Nd" for c in kept)), (
            typed
        )
        return
    assert number.isascii() and number.isdigit() and 2 <= len(number) <= 6
    digits = [c for c in typed if not c.isspace()]
    assert number == "".join(str(unicodedata.decimal(c)) for c in digits)


def test_a_hand_edited_number_is_read_as_the_settings_page_would_take_it(
    tmp_path: Path,
) -> None:
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "emergency_number": "١١٢"}')
    assert SettingsStore.open(tmp_path).current.emergency_number == "112"
    (tmp_path / "settings.json").write_text('{"schema_version": 1, "emergency_number": "¹¹²"}')
    store = SettingsStore.open(tmp_path)
    assert store.current.emergency_number is None
    assert "'Emergency number'" in " ".join(store.notices)


def test_impossible_values_are_refused_and_nothing_changes(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    with pytest.raises(ValueError):
        store.update(text_scale=1000)
    with pytest.raises(ValueError):
        store.update(theme="purple")
    assert store.current.text_scale == 100


def test_hand_edited_values_fall_back_with_a_notice_naming_the_key(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps(
            {"schema_version": 1, "text_scale": 7, "theme": "dark", "thme": "light", "sound": 1}
        )
    )
    store = SettingsStore.open(tmp_path)
    assert store.current.theme is Theme.DARK  # the valid value is kept
    assert store.current.text_scale == 100
    joined = " ".join(store.notices)
    assert "'Text size'" in joined and "thme" not in joined  # a key not known is kept
    assert "'Play a sound when a timer ends'" in joined


def test_a_broken_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"theme": "dark", ')
    store = SettingsStore.open(tmp_path, now=clock)
    assert store.current.theme is Theme.SYSTEM
    kept = list(tmp_path.glob("settings.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"theme": "dark", '
    assert store.problem is not None and kept[0].name in store.problem.message


def test_a_file_from_a_newer_app_is_refused_and_left_alone(tmp_path: Path) -> None:
    raw = json.dumps({"schema_version": 9, "theme": "dark"})
    (tmp_path / "settings.json").write_text(raw)
    with pytest.raises(SettingsTooNewError, match="newer version"):
        SettingsStore.open(tmp_path)
    assert (tmp_path / "settings.json").read_text() == raw


def test_migrations_run_in_order_and_keep_the_old_file(tmp_path: Path) -> None:
    # Version 1 stored "dark_mode"; version 2 renamed it "theme"; version 3 split text size.
    def v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
        raw["theme"] = "dark" if raw.pop("dark_mode", False) else "light"
        return raw

    def v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
        raw["text_scale"] = {"big": 130}.get(raw.pop("size", ""), 100)
        return raw

    old = json.dumps({"schema_version": 1, "dark_mode": True, "size": "big"})
    (tmp_path / "settings.json").write_text(old)
    store = SettingsStore.open(tmp_path, schema_version=3, migrations={1: v1_to_v2, 2: v2_to_v3})
    assert store.current.theme is Theme.DARK
    assert store.current.text_scale == 130
    assert store.notices == []
    assert (tmp_path / "settings.v1.json").read_text() == old
    saved = read_json(tmp_path / "settings.json")
    assert saved["theme"] == "dark" and "dark_mode" not in saved


def test_a_failed_save_keeps_the_change_and_retry_writes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="999")
    real_replace = os.replace

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full_disk)
    store.update(emergency_number="112")
    assert store.current.emergency_number == "112"
    assert store.state.saved is False
    assert store.state.problem is not None and "full" in store.state.problem.reason
    assert read_json(tmp_path / "settings.json")["emergency_number"] == "999"
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]  # no litter left

    monkeypatch.setattr(atomic_file.os, "replace", real_replace)
    assert store.retry_save() is True
    assert read_json(tmp_path / "settings.json")["emergency_number"] == "112"


def test_a_cleaned_file_is_saved_so_the_notice_shows_once(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"schema_version": 1, "theme": "red"}))
    assert SettingsStore.open(tmp_path).notices
    assert SettingsStore.open(tmp_path).notices == []


def test_a_broken_file_that_cannot_be_moved_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.core.shared import settings as settings_module

    path = tmp_path / "settings.json"
    path.write_bytes(b"{broken")
    real_move = settings_module.move_aside

    def read_only(*_args: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(settings_module, "move_aside", read_only)
    store = SettingsStore.open(tmp_path)
    assert store.problem is not None and "left as it is" in store.problem.message
    store.update(theme="dark")
    assert path.read_bytes() == b"{broken"  # untouched
    assert store.state.saved is False and store.current.theme is Theme.DARK

    monkeypatch.setattr(settings_module, "move_aside", real_move)
    assert store.retry_save()
    assert read_json(path)["theme"] == "dark"
    (kept,) = tmp_path.glob("settings.broken-*.json")
    assert kept.read_bytes() == b"{broken"


# --- whatever the file holds, the app starts -------------------------------------------


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda path: path.name)
def test_every_hostile_settings_file_gives_settings_to_run_with(tmp_path: Path, path: Path) -> None:
    raw = path.read_bytes()
    (tmp_path / "settings.json").write_bytes(raw)
    if path.name in UNKNOWN_VERSION_FILES:  # left as it is, and the app says why
        with pytest.raises(SettingsTooNewError):
            SettingsStore.open(tmp_path, now=FakeClock())
        assert [p.read_bytes() for p in tmp_path.iterdir()] == [raw]
        return
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert isinstance(store.current, Settings)
    kept = [p for p in tmp_path.iterdir() if p.name != "settings.json"]
    if store.problem is not None:  # the whole file was set aside, byte for byte
        assert [p.read_bytes() for p in kept] == [raw]
        assert store.problem.moved_to == kept[0]
        assert kept[0].name in store.problem.message
    elif store.notices:  # values were replaced: the file as it was is kept first
        (rejected,) = tmp_path.glob("settings.rejected-*.json")
        assert rejected.read_bytes() == raw
        assert rejected.name in " ".join(store.notices)
    for notice in [*store.notices, store.problem.message if store.problem else ""]:
        notice.encode("utf-8")  # every message can be shown and printed
    assert SettingsStore.open(tmp_path).current == store.current  # and reads back the same


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("truncated.json", "line 1: this is not valid JSON"),
        ("not_utf8.json", "line 1: this is not UTF-8 text"),
    ],
)
def test_a_settings_file_that_cannot_be_read_is_named_with_its_line_and_field(
    tmp_path: Path, name: str, words: str
) -> None:
    (tmp_path / "settings.json").write_bytes((HOSTILE_DIR / name).read_bytes())
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is not None and words in store.problem.message


def test_settings_that_are_a_folder_are_set_aside(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    (tmp_path / "settings.json" / "inside.txt").write_text("kept")
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.current == Settings()
    assert store.problem is not None and "could not be opened" in store.problem.message
    (kept,) = tmp_path.glob("settings.broken-*.json")
    assert (kept / "inside.txt").read_text() == "kept"
    store.update(theme="dark")
    assert read_json(tmp_path / "settings.json")["theme"] == "dark"


def test_a_replaced_value_is_kept_before_the_cleaned_file_is_saved(tmp_path: Path) -> None:
    raw = b'{"schema_version": 1, "emergency_number": "1", "theme": "dark"}'
    (tmp_path / "settings.json").write_bytes(raw)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.current.theme is Theme.DARK and store.current.emergency_number is None
    kept = tmp_path / "settings.rejected-20260309-103000.json"
    assert kept.read_bytes() == raw
    assert any(kept.name in notice for notice in store.notices)
    assert "emergency_number" not in read_json(tmp_path / "settings.json") or (
        read_json(tmp_path / "settings.json")["emergency_number"] is None
    )


def test_a_broken_settings_file_offers_the_newest_backup_and_restores_it(
    tmp_path: Path,
) -> None:
    older = tmp_path / "backups" / "2026-03-07"
    newer = tmp_path / "backups" / "2026-03-08"
    for day, theme in ((older, "light"), (newer, "dark")):
        day.mkdir(parents=True)
        (day / "settings.json").write_text(json.dumps({"schema_version": 1, "theme": theme}))
    (tmp_path / "backups" / "2026-03-09").mkdir()  # today's, without settings
    (tmp_path / "settings.json").write_bytes(b"[" * 100)
    store = SettingsStore.open(tmp_path, now=FakeClock())
    assert store.problem is not None
    assert store.problem.newest_backup == newer / "settings.json"
    assert "backup from 2026-03-08" in store.problem.message
    seen: list[Settings] = []
    store.add_listener(seen.append)
    store.restore_backup()
    assert store.current.theme is Theme.DARK and store.problem is None
    assert seen == [store.current]
    assert SettingsStore.open(tmp_path).current.theme is Theme.DARK


SETTINGS_VALUES = st.dictionaries(
    st.sampled_from(["schema_version", "emergency_number", "text_scale", "theme", "sound"])
    | st.text(max_size=6),
    st.none()
    | st.booleans()
    | st.integers(-(10**50), 10**50)
    | st.floats()
    | st.text(max_size=8)
    | st.sampled_from(["dark", "112", 130, "imperial"])
    | st.lists(st.integers(), max_size=2),
)


@settings(max_examples=150, deadline=None)
@given(SETTINGS_VALUES | st.lists(st.integers(), max_size=2), st.booleans())
def test_any_settings_structure_gives_settings_and_never_loses_the_file(
    value: Any, ascii_only: bool
) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        raw = json.dumps(value, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
        (folder / "settings.json").write_bytes(raw)
        try:
            store = SettingsStore.open(folder, now=FakeClock())
        except SettingsTooNewError:
            assert (folder / "settings.json").read_bytes() == raw  # left alone
            return
        copies = [p.read_bytes() for p in folder.iterdir() if p.name != "settings.json"]
        if store.notices or store.problem:
            assert raw in copies  # the person's file is kept whole somewhere
        assert SettingsStore.open(folder).current == store.current


def test_the_language_chosen_in_settings_is_read_without_changing_anything(
    tmp_path: Path,
) -> None:
    """What the journal command speaks when no --language is given: the folder's own choice,
    or None (the system's) when there is none or the file cannot be used."""
    assert saved_language(tmp_path / "never-made") is None
    assert not (tmp_path / "never-made").exists()
    store = SettingsStore.open(tmp_path)
    assert saved_language(tmp_path) is None  # follows the system's
    store.update(language="es")
    assert saved_language(tmp_path) == "es"
    path = tmp_path / "settings.json"
    for written in (
        b'{"schema_version": 1, "language": "de"}',  # not shipped
        b'{"schema_version": 1, "language": ["es"]}',
        b"\xff\xfe not json",
        b"[]",
        *(hostile.read_bytes() for hostile in HOSTILE_FILES),
    ):
        path.write_bytes(written)
        assert saved_language(tmp_path) is None, written[:40]
        assert path.read_bytes() == written
    path.unlink()
    path.mkdir()  # a folder in the file's place
    assert saved_language(tmp_path) is None
    assert saved_language(tmp_path / "settings.json" / "deeper") is None


def test_thousands_of_unknown_settings_are_kept_without_a_notice(tmp_path: Path) -> None:
    raw = {"schema_version": 1, "theme": "dark"} | {f"key_{n}": n for n in range(3000)}
    (tmp_path / "settings.json").write_text(json.dumps(raw))
    store = SettingsStore.open(tmp_path)
    assert store.current.theme is Theme.DARK
    assert store.notices == []
    store.update(sound=False)
    assert json.loads((tmp_path / "settings.json").read_text()) == raw | {
        "sound": False,
        "text_scale": 100,
        "units": "metric",
        "welcome_done": False,
        "language": None,
        "emergency_number": None,
    }


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_linked_settings_file_is_saved_through_its_link(tmp_path: Path) -> None:
    """A dotfiles setup: the data folder's settings.json is a link to a file kept
    elsewhere. A save writes that file, and the link stays a link."""
    real = tmp_path / "dotfiles" / "settings.json"
    real.parent.mkdir()
    real.write_text(json.dumps({"schema_version": 1, "emergency_number": "112"}))
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").symlink_to(real)

    store = SettingsStore.open(data, now=FakeClock())
    store.update(theme="dark")

    assert (data / "settings.json").is_symlink()
    assert read_json(real) == read_json(data / "settings.json")
    assert read_json(real)["theme"] == "dark" and read_json(real)["emergency_number"] == "112"
    assert [p.name for p in real.parent.iterdir()] == ["settings.json"]  # no litter
    assert SettingsStore.open(data).current.theme is Theme.DARK


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_whose_folder_is_gone_is_replaced_by_the_file(tmp_path: Path) -> None:
    """A link to a dotfiles folder that is not there (not synced yet, deleted): saving
    through it could never work, and the data folder is fine, so the link is replaced
    by the file, as the app did before it saved through links."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").symlink_to(tmp_path / "gone" / "settings.json")

    store = SettingsStore.open(data, now=FakeClock())
    store.update(emergency_number="112")

    assert store.state.saved and store.state.problem is None
    assert not (data / "settings.json").is_symlink()
    assert read_json(data / "settings.json")["emergency_number"] == "112"
    assert not (tmp_path / "gone").exists()


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
@pytest.mark.parametrize("inside", ["store.json", "backups/2026-12-01/store.json"])
def test_a_link_into_the_data_folder_never_writes_over_the_app_s_own_files(
    tmp_path: Path, inside: str
) -> None:
    """``ln -s store.json settings.json`` by mistake: the settings go into a file of
    their own, never into the store's file the link leads to."""
    data = tmp_path / "data"
    own = data / inside
    own.parent.mkdir(parents=True)
    own.write_text('{"schema_version": 1, "tables": ["journal"], "partitioned": []}')
    before = own.read_bytes()
    (data / "settings.json").symlink_to(own.relative_to(data))

    store = SettingsStore.open(data, now=FakeClock())
    store.update(emergency_number="112")

    assert store.state.saved
    assert own.read_bytes() == before
    assert not (data / "settings.json").is_symlink()
    assert read_json(data / "settings.json")["emergency_number"] == "112"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_to_a_file_not_there_yet_in_another_folder_stays_a_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").symlink_to(dotfiles / "settings.json")

    SettingsStore.open(data, now=FakeClock()).update(emergency_number="112")

    assert (data / "settings.json").is_symlink()
    assert read_json(dotfiles / "settings.json")["emergency_number"] == "112"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_link_to_a_folder_that_cannot_be_written_is_replaced_by_the_file(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A Nix home-manager link into its read-only store (or a folder without write
    permission): the settings are saved in the data folder, never lost to memory."""
    if overrides_permissions():
        assert_passes_where_permissions_bind(request)
        return
    managed = tmp_path / "managed"
    managed.mkdir()
    (managed / "settings.json").write_text(json.dumps({"schema_version": 1}))
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").symlink_to(managed / "settings.json")
    managed.chmod(0o555)
    try:
        store = SettingsStore.open(data, now=FakeClock())
        store.update(emergency_number="112")
        assert store.state.saved and store.state.problem is None
        assert not (data / "settings.json").is_symlink()
        assert SettingsStore.open(data).current.emergency_number == "112"
        assert read_json(managed / "settings.json") == {"schema_version": 1}
    finally:
        managed.chmod(0o755)
