"""settings.json from a newer version of the app (tried once, or brought by a sync tool
from a computer that has it): this version never writes over it, and keeps the keys it
does not know as they are whenever it writes the file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.atomic_file import SaveFailure
from companion.core.shared.messages import in_language
from companion.core.shared.settings import (
    Settings,
    SettingsStore,
    SettingsTooNewError,
    Theme,
    settings_to_dict,
)
from companion.core.shared.settings_file import check_settings_file

NEWER_FILE = "it was saved by a newer version of the app"
NEWER = "This file was made by a newer version of the app. Update the app to change it."

_KNOWN = set(settings_to_dict(Settings()))

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**15), 10**15)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
unknown_keys = st.dictionaries(
    st.text(min_size=1, max_size=12).filter(lambda key: key not in _KNOWN), json_values, max_size=5
)


def synced(path: Path, content: dict[str, Any]) -> None:
    """A sync tool puts the other computer's copy in place."""
    temp = path.with_name(".synced")
    temp.write_text(json.dumps(content), encoding="utf-8")
    temp.replace(path)


@settings(max_examples=60, deadline=None)
@given(unknown=unknown_keys)
def test_keys_this_version_does_not_know_are_kept_as_they_are(unknown: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        path.write_text(json.dumps({"schema_version": 1, "theme": "dark"} | unknown))
        store = SettingsStore.open(Path(folder))
        assert store.notices == []
        store.update(sound=False)
        assert store.state.saved
        written = json.loads(path.read_text(encoding="utf-8"))
        assert {key: written[key] for key in unknown} == unknown
        assert written["theme"] == "dark" and written["sound"] is False


@settings(max_examples=30, deadline=None)
@given(unknown=unknown_keys)
def test_keys_a_sync_tool_brings_while_the_app_runs_are_kept(unknown: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "settings.json"
        store = SettingsStore.open(Path(folder))
        store.update(theme="dark")
        synced(path, json.loads(path.read_text()) | unknown)
        store.update(sound=False)
        written = json.loads(path.read_text(encoding="utf-8"))
        assert {key: written[key] for key in unknown} == unknown
        assert written["theme"] == "dark" and written["sound"] is False


def test_a_newer_file_synced_in_while_the_app_runs_is_never_written_over(
    tmp_path: Path,
) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore.open(tmp_path)
    store.update(theme="dark")
    newer = {"schema_version": 2, "look": {"theme": "light"}, "sound": True}
    synced(path, newer)
    before = path.read_bytes()

    store.update(sound=False)  # a change here: kept in memory, not written
    assert path.read_bytes() == before
    assert store.current.sound is False and store.current.theme is Theme.DARK
    assert not store.state.saved
    assert store.state.problem == SaveFailure(NEWER, newer_app=True)
    assert in_language(store.state.problem.reason, "es").startswith("Este archivo lo creó")
    assert store.retry_save() is False and path.read_bytes() == before


def test_deleting_all_data_then_finding_a_newer_file_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore.open(tmp_path)
    store.update(theme="dark")
    synced(path, {"schema_version": 2})
    store.reload()  # as after "Delete all my data": reads the folder again
    assert store.current.theme is Theme.DARK
    assert store.state.problem == SaveFailure(NEWER, newer_app=True)
    assert json.loads(path.read_text()) == {"schema_version": 2}


VERSIONS_NOT_OURS = ["2.0", '"2"', '"1"', "NaN", "1e400", "9" * 401, "0", "-1", "true", "null"]


@pytest.mark.parametrize("version", VERSIONS_NOT_OURS)
def test_a_version_this_app_cannot_name_is_left_alone_like_a_newer_one(
    tmp_path: Path, version: str
) -> None:
    """2.0 (a newer version), "2" or 0 (typed by hand): no version of this app wrote it,
    so the file is left as it is and the app says so, as for the whole number 2; it is
    never read as version 1 and rewritten."""
    path = tmp_path / "settings.json"
    raw = f'{{"schema_version": {version}, "emergency_number": "112", "look": {{"x": 1}}}}'
    path.write_text(raw)

    problem = check_settings_file(path)
    assert problem is not None and problem.too_new
    assert "changed by hand or by another program" in problem.reason
    with pytest.raises(SettingsTooNewError):
        SettingsStore.open(tmp_path)
    assert path.read_text() == raw and [p.name for p in tmp_path.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("version", ['"1"', "0", "1.0", "NaN"])
def test_a_version_mark_no_app_writes_is_said_in_its_own_words(
    tmp_path: Path, version: str
) -> None:
    """Updating the app cannot help with a version typed by hand: the message says what
    happened, that the file is left as it is, and what the person can do, in English
    and in Spanish; never "saved by a newer version"."""
    (tmp_path / "settings.json").write_text(f'{{"schema_version": {version}}}')

    with pytest.raises(SettingsTooNewError) as refused:
        SettingsStore.open(tmp_path)

    said = in_language(refused.value.args[0], "en")
    assert "newer version" not in said and "update the app" not in said.lower()
    for words in ("changed by hand or by another program", "left the file as it is"):
        assert words in said
    assert "backups folder" in said and '"schema_version" to 1' in said
    spanish = in_language(refused.value.args[0], "es")
    assert "a mano" in spanish and '"schema_version" en 1' in spanish


def test_a_whole_number_above_the_app_s_still_says_newer_version(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text('{"schema_version": 2}')
    problem = check_settings_file(tmp_path / "settings.json")
    assert problem is not None and problem.too_new and problem.reason == NEWER_FILE
    with pytest.raises(SettingsTooNewError, match="newer version"):
        SettingsStore.open(tmp_path)


@pytest.mark.parametrize("version", VERSIONS_NOT_OURS)
def test_such_a_file_synced_in_while_the_app_runs_is_never_written_over(
    tmp_path: Path, version: str
) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore.open(tmp_path)
    store.update(theme="dark")
    path.write_text(f'{{"schema_version": {version}, "theme": "light"}}')
    before = path.read_bytes()
    store.update(sound=False)
    assert path.read_bytes() == before
    assert store.state.problem == SaveFailure(NEWER, newer_app=True)
