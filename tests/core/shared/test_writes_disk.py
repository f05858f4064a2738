"""Whether the store, a data file and the settings write to disk: one answer each
(`writes_disk`), the same for memory only (kiosk mode) and a look that changes nothing."""

from __future__ import annotations

from pathlib import Path

from companion.core.shared.settings import SettingsStore
from companion.core.shared.storage import AtomicJSONStorage
from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock


def test_the_store_writes_only_when_opened_to_change(tmp_path: Path, clock: FakeClock) -> None:
    assert Store.open(tmp_path, now=clock).writes_disk
    assert not Store.open(tmp_path, now=clock, read_only=True).writes_disk
    assert not Store.in_memory(tmp_path, now=clock).writes_disk


def test_a_read_only_store_hands_its_files_a_read_only_storage(
    tmp_path: Path, clock: FakeClock
) -> None:
    Store.open(tmp_path, now=clock).table("things").insert({"n": 1})
    store = Store.open(tmp_path, now=clock, read_only=True)
    things = tmp_path / "things.json"
    before = things.read_bytes()
    store.table("things").insert({"n": 2})
    storage = store.data_file(things).storage
    assert storage.read_only and not storage.writes_disk
    assert things.read_bytes() == before  # the change stays in memory
    assert len(store.table("things").all()) == 2


def test_a_read_only_storage_never_writes_its_file(tmp_path: Path) -> None:
    path = tmp_path / "data.json"
    storage = AtomicJSONStorage(path, read_only=True)
    storage.write({"_default": {"1": {"n": 1}}})
    assert storage.save()
    assert not path.exists()
    assert AtomicJSONStorage(path).writes_disk
    assert not AtomicJSONStorage(path, memory_only=True).writes_disk


def test_settings_write_only_when_opened_to_change(tmp_path: Path) -> None:
    assert SettingsStore.open(tmp_path).writes_disk
    assert not SettingsStore.open(tmp_path, read_only=True).writes_disk
    assert not SettingsStore(tmp_path / "settings.json", memory_only=True).writes_disk
