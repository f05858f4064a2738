"""A data folder that a newer version of the app wrote (a sync tool brings it from a
computer that has one while this app runs): this version writes none of its files, so
none is rewritten into its older shape, and says why in plain words."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest

from companion.core.shared import app_state
from companion.core.shared.app_state import AppState
from companion.core.shared.messages import in_language
from companion.core.shared.store import Store, StoreTooNewError
from companion.core.shared.store_check import check_folder
from companion.core.shared.store_files import MANIFEST_NAME
from companion.core.shared.store_log import LOG_NAME
from tests.helpers.clock import FakeClock

NEWER = "This file was made by a newer version of the app. Update the app to change it."


def newer_folder(data: Path) -> dict[Path, bytes]:
    """The newer version's files, as the sync tool puts them in place; their bytes."""
    files = {
        data / MANIFEST_NAME: json.dumps(
            {"schema_version": 2, "tables": ["notes"], "partitioned": [], "zones": "UTC"}
        ).encode(),
        data / "notes.json": b'{"_default": {"1": {"text": "v2", "tags": ["new"]}}}',
    }
    for path, raw in files.items():
        path.write_bytes(raw)
    return files


def unchanged(files: dict[Path, bytes]) -> bool:
    return all(path.read_bytes() == raw for path, raw in files.items())


def test_a_save_leaves_a_newer_folder_as_it_is_and_says_why(tmp_path: Path) -> None:
    store = Store.open(tmp_path, now=FakeClock())
    notes = store.table("notes")
    notes.insert({"text": "v1"})
    files = newer_folder(tmp_path)

    notes.insert({"text": "written here"})

    assert unchanged(files)
    assert store.pending == [tmp_path / "notes.json"]
    assert store.pending_reason() == NEWER
    assert in_language(store.pending_reason() or "", "es").startswith("Este archivo lo creó")
    assert store.retry_pending() is False and unchanged(files)


def test_a_new_collection_does_not_write_the_manifest_over(tmp_path: Path) -> None:
    store = Store.open(tmp_path, now=FakeClock())
    store.table("notes").insert({"text": "v1"})
    files = newer_folder(tmp_path)
    store.table("diary").insert({"text": "new here"})
    assert unchanged(files)
    assert not (tmp_path / "diary.json").exists()


def test_a_change_to_several_files_writes_none_and_no_change_log(tmp_path: Path) -> None:
    store = Store.open(tmp_path, now=FakeClock())
    notes, diary = store.table("notes"), store.table("diary")
    files = newer_folder(tmp_path)
    with store.transaction():
        notes.insert({"text": "a"})
        diary.insert({"text": "b"})
    assert unchanged(files)
    assert not (tmp_path / LOG_NAME).exists() and not (tmp_path / "diary.json").exists()
    assert store.pending_reason() == NEWER


def test_the_check_for_broken_files_leaves_a_newer_version_s_files_alone(tmp_path: Path) -> None:
    store = Store.open(tmp_path, now=FakeClock())
    store.table("notes").insert({"text": "v1"})
    files = newer_folder(tmp_path)
    (tmp_path / "notes.json").write_bytes(b'["a shape this version cannot read"]')
    files[tmp_path / "notes.json"] = (tmp_path / "notes.json").read_bytes()
    assert store.maintenance() == []
    assert unchanged(files)
    assert [path.name for path in tmp_path.iterdir() if "broken" in path.name] == []


def test_delete_all_stopped_by_an_error_keeps_a_newer_folder_and_does_not_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deleting all data stopped at the backups (an error) before it reached a newer
    version's store.json: opening the folder again raised 'newer version' instead of
    the error, and the Settings page, which says why a deletion stopped, crashed."""
    data = tmp_path / "data"
    state = AppState.open(data, now=FakeClock())
    state.store.table("notes").insert({"text": "v1"})
    (data / "backups").mkdir()
    files = newer_folder(data)

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(app_state.shutil, "rmtree", refused)
    with pytest.raises(PermissionError):
        state.delete_all_data()
    assert unchanged(files)
    state.store.table("notes").insert({"text": "after"})
    assert unchanged(files) and state.store.pending_reason() == NEWER


@pytest.mark.parametrize(
    "version", ["2.0", '"2"', "NaN", "1e400", "-Infinity", "9" * 401, "0", "-1", "true", "null"]
)
def test_a_version_this_app_cannot_name_is_refused_like_a_newer_one(
    tmp_path: Path, version: str
) -> None:
    """A manifest whose schema_version is not a whole number this app wrote (2.0 from a
    newer version, "2" from a hand edit) is a newer or unknown layout, not damage: the
    folder is refused and nothing in it changes, as for the whole number 2."""
    manifest = tmp_path / MANIFEST_NAME
    manifest.write_text(
        f'{{"schema_version": {version}, "tables": ["timers", "future_table"], "partitioned": []}}'
    )
    (tmp_path / "future_table.json").write_text('{"_default":{"1":{"x":1}}}')
    (tmp_path / "timers.json").write_text('{"_default":{"1":{"kind":"heat","shape":"v2"}}}')
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}

    with pytest.raises(StoreTooNewError):
        Store.open(tmp_path, now=FakeClock())
    with pytest.raises(StoreTooNewError):
        AppState.open(tmp_path)

    assert {path.name: path.read_bytes() for path in tmp_path.iterdir()} == before
    assert [line.split(":")[0] for line in check_folder(tmp_path).too_new] == [MANIFEST_NAME]


def test_a_manifest_without_a_version_is_still_damaged(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text('{"tables": []}')
    Store.open(tmp_path, now=FakeClock())
    assert [p.name for p in tmp_path.glob("store.broken-*.json")] != []


@pytest.mark.parametrize("version", ['"1"', "0", "1.0", "NaN"])
def test_a_version_mark_no_app_writes_is_said_in_its_own_words(
    tmp_path: Path, version: str
) -> None:
    """store.json with a version typed by hand: updating the app cannot help, so the
    refusal says what happened and what the person can do, never "newer version"."""
    (tmp_path / MANIFEST_NAME).write_text(f'{{"schema_version": {version}, "tables": []}}')

    with pytest.raises(StoreTooNewError) as refused:
        AppState.open(tmp_path)

    said = in_language(refused.value.args[0], "en")
    assert "newer version" not in said and "update the app" not in said.lower()
    assert "changed by hand or by another program" in said and "store.json" in said
    assert "backups folder" in said and '"schema_version" to 1' in said
    spanish = in_language(refused.value.args[0], "es")
    assert "a mano" in spanish and '"schema_version" en 1' in spanish


def test_a_whole_number_above_the_app_s_still_says_newer_version(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).write_text('{"schema_version": 2, "tables": []}')
    with pytest.raises(StoreTooNewError) as refused:
        AppState.open(tmp_path)
    assert "newer version" in in_language(refused.value.args[0], "en")


@pytest.mark.parametrize(("version", "said"), [("2", "newer version"), ('"1"', "changed by hand")])
def test_the_self_test_says_which_it_is_too(tmp_path: Path, version: str, said: str) -> None:
    (tmp_path / MANIFEST_NAME).write_text(f'{{"schema_version": {version}, "tables": []}}')
    (line,) = check_folder(tmp_path).too_new
    assert line.startswith(f"{MANIFEST_NAME}: ") and said in line
