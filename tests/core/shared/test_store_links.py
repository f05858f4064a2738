"""A data file of the store that is a link (a sync tool's, or one a person made): saved
by the same rule as settings.json (`own_file_output`). A link to a file outside the data
folder is written through and stays a link; one into the data folder, or to a folder that
is not there, is replaced by the file, as any of the app's files."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock
from tests.helpers.data_store import at, listen
from tests.helpers.permissions import assert_passes_where_permissions_bind, overrides_permissions
from tests.helpers.small_disk import ROOT, can_mount

pytestmark = pytest.mark.skipif(os.name != "posix", reason="symbolic links")

MANIFEST = {"schema_version": 1, "tables": [], "partitioned": ["journal"]}


def linked_folder(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder whose store.json and journal/2026.json lead to files elsewhere."""
    elsewhere = tmp_path / "synced"
    elsewhere.mkdir()
    (elsewhere / "store.json").write_text(json.dumps(MANIFEST))
    (elsewhere / "2026.json").write_text("{}")
    data = tmp_path / "data"
    (data / "journal").mkdir(parents=True)
    (data / "store.json").symlink_to(elsewhere / "store.json")
    (data / "journal" / "2026.json").symlink_to(elsewhere / "2026.json")
    return data, elsewhere


def test_a_link_to_a_file_outside_the_data_folder_is_written_through(tmp_path: Path) -> None:
    data, elsewhere = linked_folder(tmp_path)
    store = Store.open(data, now=FakeClock())
    entry = store.partitioned("journal", "time").insert({"time": at(2026, 3, 9), "pain_now": 3})
    store.table("checks").insert({"summary": "mild"})  # a new table: the manifest is saved

    for name, linked in (("store.json", "store.json"), ("journal/2026.json", "2026.json")):
        assert (data / name).is_symlink(), name
        assert (data / name).read_bytes() == (elsewhere / linked).read_bytes()
    assert "checks" in json.loads((elsewhere / "store.json").read_text())["tables"]
    assert sorted(p.name for p in elsewhere.iterdir()) == ["2026.json", "store.json"]  # no litter
    again = Store.open(data, now=FakeClock()).partitioned("journal", "time")
    assert again.get(entry) == {"time": at(2026, 3, 9), "pain_now": 3}


@pytest.mark.parametrize("where", ["into the data folder", "to a folder that is gone"])
def test_any_other_link_is_replaced_by_the_file(tmp_path: Path, where: str) -> None:
    data = tmp_path / "data"
    (data / "journal").mkdir(parents=True)
    if where == "into the data folder":  # journal/2026.json -> ../2026.json, a file of its own
        target = data / "2026.json"
        target.write_text('{"mine": {}}')
    else:
        target = tmp_path / "gone" / "2026.json"
    before = target.read_bytes() if target.exists() else None
    (data / "journal" / "2026.json").symlink_to(target)
    store = Store.open(data, now=FakeClock())
    store.partitioned("journal", "time").insert({"time": at(2026, 3, 9), "pain_now": 3})

    year = data / "journal" / "2026.json"
    assert not year.is_symlink() and "pain_now" in year.read_text()
    assert (target.read_bytes() if target.exists() else None) == before


def test_a_link_to_a_file_in_a_folder_that_cannot_be_written_is_replaced(
    tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """A Nix home-manager link into its read-only store, or a folder without write
    permission: saving through the link could never work, so the link is replaced by
    the file, and each save keeps the new entry (opening the folder again finds it)."""
    if overrides_permissions():
        assert_passes_where_permissions_bind(request)
        return
    data, elsewhere = linked_folder(tmp_path)
    before = {p.name: p.read_bytes() for p in elsewhere.iterdir()}
    elsewhere.chmod(0o555)
    try:
        store = Store.open(data, now=FakeClock())
        events = listen(store)
        entry = store.partitioned("journal", "time").insert({"time": at(2026, 3, 9)})
        store.table("checks").insert({"summary": "mild"})  # a new table: store.json saved
        assert events == [] and not store.pending
        for name in ("store.json", "journal/2026.json"):
            assert not (data / name).is_symlink(), name
        assert {p.name: p.read_bytes() for p in elsewhere.iterdir()} == before
        again = Store.open(data, now=FakeClock())
        assert again.partitioned("journal", "time").get(entry) == {"time": at(2026, 3, 9)}
        assert "checks" in json.loads((data / "store.json").read_text())["tables"]
    finally:
        elsewhere.chmod(0o755)


def test_a_link_into_the_data_folder_by_another_name_is_replaced(tmp_path: Path) -> None:
    """journal/2026.json leads to checks.json through a second name of the data folder
    (a bind mount, which `realpath` cannot see through; a name in other letters on a
    disk that ignores case): the same folder, so checks.json is never written over."""
    if sys.platform != "linux" or shutil.which("unshare") is None or not can_mount():
        pytest.skip("a bind mount needs a private mount namespace (unshare -rm)")
    data = tmp_path / "data"
    (data / "journal").mkdir(parents=True)
    (data / "checks.json").write_text('{"_default": {}}')
    alias = tmp_path / "alias"
    alias.mkdir()
    (data / "journal" / "2026.json").symlink_to(alias / "checks.json")
    script = """
import sys
from pathlib import Path
from companion.core.shared.store import Store
from tests.helpers.clock import FakeClock
store = Store.open(Path(sys.argv[1]), now=FakeClock())
store.partitioned("journal", "time").insert({"time": "2026-03-09T12:00:00", "pain_now": 3})
assert not store.pending
"""
    mount_then = 'mount --bind "$1" "$2" && shift 2 && exec "$@"'
    python = [sys.executable, "-c", script, str(data)]
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", mount_then, "sh", str(data), str(alias), *python],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert (data / "checks.json").read_text() == '{"_default": {}}'
    year = data / "journal" / "2026.json"
    assert not year.is_symlink() and "pain_now" in year.read_text()
