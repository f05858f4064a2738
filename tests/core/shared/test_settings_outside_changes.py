"""settings.json changed by another program while the app ran (a sync tool bringing the
person's other computer's settings): the next save here keeps the other computer's
changes and this app's own, and never reads a file gone or broken as settings removed."""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared import atomic_file, settings_file
from companion.core.shared.language import shipped_languages
from companion.core.shared.settings import (
    TEXT_SCALES,
    Settings,
    SettingsStore,
    Theme,
    Units,
    settings_to_dict,
)


def synced(path: Path, **changes: Any) -> None:
    """The other computer's copy of settings.json, with `changes`, put in its place as a
    sync tool does (its own formatting: no indent)."""
    values = json.loads(path.read_bytes()) if path.exists() else {"schema_version": 1}
    values.update(changes)
    temp = path.with_name(".synced")
    temp.write_text(json.dumps(values), encoding="utf-8")
    temp.replace(path)


def on_disk(path: Path) -> dict[str, Any]:
    values: dict[str, Any] = json.loads(path.read_bytes())
    return values


def test_the_other_computers_emergency_number_stays_after_a_text_size_change_here(
    tmp_path: Path,
) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="999", text_scale=100)
    heard: list[Settings] = []
    store.add_listener(heard.append)
    synced(tmp_path / "settings.json", emergency_number="112")

    store.update(text_scale=130)

    assert on_disk(tmp_path / "settings.json")["emergency_number"] == "112"
    assert on_disk(tmp_path / "settings.json")["text_scale"] == 130
    assert store.current.emergency_number == "112"  # Home shows the number now dialled
    assert heard[-1].emergency_number == "112" and heard[-1].text_scale == 130
    assert store.notices == [] and store.state.saved


def test_a_setting_changed_on_both_computers_keeps_the_change_made_here(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="999")
    synced(tmp_path / "settings.json", emergency_number="112", theme="dark")

    store.update(emergency_number="911")

    assert store.current.emergency_number == "911"
    assert store.current.theme is Theme.DARK
    assert on_disk(tmp_path / "settings.json")["emergency_number"] == "911"


def test_a_change_there_is_taken_again_after_it_was_merged_once(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(text_scale=115)
    synced(tmp_path / "settings.json", sound=False)
    store.update(units="imperial")
    synced(tmp_path / "settings.json", sound=True, text_scale=150)

    store.update(theme="light")

    assert (store.current.sound, store.current.text_scale) == (True, 150)
    assert (store.current.units, store.current.theme) == (Units.IMPERIAL, Theme.LIGHT)


def test_a_file_unchanged_there_is_written_as_before(tmp_path: Path) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="112")
    before = store.current

    store.update(sound=False)

    assert store.current == Settings(emergency_number="112", sound=False)
    assert json.loads((tmp_path / "settings.json").read_bytes()) == settings_to_dict(store.current)
    assert before.sound is True


def test_settings_synced_before_the_first_save_here_are_taken(tmp_path: Path) -> None:
    """No settings.json at start; the sync tool brings the other computer's."""
    store = SettingsStore.open(tmp_path)
    synced(tmp_path / "settings.json", emergency_number="112", welcome_done=True)

    store.update(text_scale=130)

    assert store.current == Settings(emergency_number="112", welcome_done=True, text_scale=130)


@pytest.mark.parametrize(
    "damage",
    [
        lambda path: path.unlink(),
        lambda path: path.write_bytes(b'{"emergency_number": "11'),
        lambda path: path.write_bytes(b"[]"),
        lambda path: path.write_text(json.dumps({"schema_version": 1}), encoding="utf-8"),
        lambda path: path.write_text(
            json.dumps({"schema_version": 1, "emergency_number": "1", "text_scale": 33}),
            encoding="utf-8",
        ),
    ],
    ids=["gone", "broken", "not settings", "every key missing", "values not valid"],
)
def test_a_file_gone_broken_or_without_values_there_never_removes_a_setting(
    tmp_path: Path, damage: Any
) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="112", text_scale=130, theme="dark")
    damage(tmp_path / "settings.json")

    store.update(sound=False)

    kept = Settings(emergency_number="112", text_scale=130, theme=Theme.DARK, sound=False)
    assert store.current == kept
    assert SettingsStore.open(tmp_path).current == kept


def test_a_failed_save_keeps_the_merge_and_the_retry_tells_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="999")
    real_replace = os.replace

    def full_disk(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic_file.os, "replace", full_disk)
    store.update(theme="dark")  # fails: kept in memory
    monkeypatch.setattr(atomic_file.os, "replace", real_replace)
    synced(tmp_path / "settings.json", emergency_number="112")
    heard: list[Settings] = []
    store.add_listener(heard.append)

    assert store.retry_save() is True

    assert on_disk(tmp_path / "settings.json")["emergency_number"] == "112"
    assert on_disk(tmp_path / "settings.json")["theme"] == "dark"
    assert [s.emergency_number for s in heard] == ["112"]


def test_the_kiosk_never_reads_the_file(tmp_path: Path) -> None:
    store = SettingsStore.in_memory(Settings(emergency_number="999"))
    store.path = tmp_path / "settings.json"
    synced(store.path, emergency_number="112")
    store.update(text_scale=130)
    assert store.current.emergency_number == "999"


VALUES: dict[str, st.SearchStrategy[Any]] = {
    "emergency_number": st.sampled_from([None, "112", "911", "999", "000"]),
    "text_scale": st.sampled_from(TEXT_SCALES),
    "theme": st.sampled_from([t.value for t in Theme]),
    "sound": st.booleans(),
    "units": st.sampled_from([u.value for u in Units]),
    "welcome_done": st.booleans(),
    "language": st.sampled_from([None, *shipped_languages()]),
}


def some_values() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({}, optional=VALUES)


@settings(max_examples=60, deadline=None)
@given(base=some_values(), ours=some_values(), theirs=some_values())
def test_any_two_sets_of_changes_keep_every_change_and_ours_where_both_changed(
    base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        store = SettingsStore.open(Path(folder))
        store.update(**base)
        start = settings_to_dict(store.current)
        synced(path, **theirs)

        store.update(**ours)

        expected = {
            key: ours[key] if key in ours and ours[key] != was else theirs.get(key, was)
            for key, was in start.items()
        }
        assert on_disk(path) == expected
        assert settings_to_dict(store.current) == expected
        assert settings_to_dict(SettingsStore.open(Path(folder)).current) == expected


@pytest.mark.parametrize("newer", [False, True], ids=["outside-change", "newer-version"])
def test_a_save_reads_the_settings_file_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, newer: bool
) -> None:
    """One save reads settings.json once, and still takes in the other computer's change
    or leaves a newer version's file as it is."""
    path = tmp_path / "settings.json"
    store = SettingsStore.open(tmp_path)
    store.update(emergency_number="999")
    if newer:
        synced(path, schema_version=2, emergency_number="112")
    else:
        synced(path, emergency_number="112")
    before = path.read_bytes()
    reads: list[Path] = []
    real_read = settings_file.read_bounded

    def counted(file: Path, most: int) -> bytes:
        reads.append(file)
        return real_read(file, most)

    monkeypatch.setattr(settings_file, "read_bounded", counted)

    store.update(text_scale=130)

    assert reads == [path]
    if newer:
        assert path.read_bytes() == before and not store.state.saved
        assert store.current.emergency_number == "999" and store.current.text_scale == 130
    else:
        assert store.state.saved and store.current.emergency_number == "112"
        assert on_disk(path)["emergency_number"] == "112" and on_disk(path)["text_scale"] == 130
