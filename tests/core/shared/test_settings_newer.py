"""settings.json from a newer version of the app (tried once, or brought by a sync tool
from a computer that has it): this version never writes over it, and keeps the keys it
does not know as they are whenever it writes the file."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.shared.messages import in_language
from companion.core.shared.settings import Settings, SettingsStore, Theme, settings_to_dict

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
    assert store.state.problem == NEWER
    assert in_language(store.state.problem, "es").startswith("Este archivo lo creó")
    assert store.retry_save() is False and path.read_bytes() == before


def test_deleting_all_data_then_finding_a_newer_file_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    store = SettingsStore.open(tmp_path)
    store.update(theme="dark")
    synced(path, {"schema_version": 2})
    store.reload()  # as after "Delete all my data": reads the folder again
    assert store.current.theme is Theme.DARK
    assert store.state.problem == NEWER
    assert json.loads(path.read_text()) == {"schema_version": 2}
