"""Settings are typed, validated, migrated and saved so that a failure loses nothing."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from companion.core import atomic_file
from companion.core.settings import (
    SettingsStore,
    SettingsTooNewError,
    Theme,
    validate_emergency_number,
)
from tests.helpers.clock import FakeClock


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
    assert "'text_scale'" in joined and "'thme'" in joined and "'sound'" in joined


def test_a_broken_file_is_kept_aside_and_defaults_used(tmp_path: Path) -> None:
    clock = FakeClock()
    path = tmp_path / "settings.json"
    path.write_bytes(b'{"theme": "dark", ')
    store = SettingsStore.open(tmp_path, now=clock)
    assert store.current.theme is Theme.SYSTEM
    kept = list(tmp_path.glob("settings.broken-*.json"))
    assert len(kept) == 1 and kept[0].read_bytes() == b'{"theme": "dark", '
    assert kept[0].name in store.notices[0]


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
    assert "full" in (store.state.problem or "")
    assert read_json(tmp_path / "settings.json")["emergency_number"] == "999"
    assert not [p for p in tmp_path.iterdir() if ".tmp" in p.name]  # no litter left

    monkeypatch.setattr(atomic_file.os, "replace", real_replace)
    assert store.retry_save() is True
    assert read_json(tmp_path / "settings.json")["emergency_number"] == "112"


def test_a_cleaned_file_is_saved_so_the_notice_shows_once(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"schema_version": 1, "thme": "dark"}))
    assert SettingsStore.open(tmp_path).notices
    assert SettingsStore.open(tmp_path).notices == []


def test_a_broken_file_that_cannot_be_moved_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.core import settings as settings_module

    path = tmp_path / "settings.json"
    path.write_bytes(b"{broken")
    real_move = settings_module.move_aside

    def read_only(*_args: object) -> Path:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(settings_module, "move_aside", read_only)
    store = SettingsStore.open(tmp_path)
    assert "left as it is" in store.notices[0]
    store.update(theme="dark")
    assert path.read_bytes() == b"{broken"  # untouched
    assert store.state.saved is False and store.current.theme is Theme.DARK

    monkeypatch.setattr(settings_module, "move_aside", real_move)
    assert store.retry_save()
    assert read_json(path)["theme"] == "dark"
    (kept,) = tmp_path.glob("settings.broken-*.json")
    assert kept.read_bytes() == b"{broken"
