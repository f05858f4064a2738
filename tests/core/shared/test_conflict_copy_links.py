"""A conflict copy is read only when it is a regular file, even when a link takes its place
after the folder was listed."""

from __future__ import annotations

import json
from pathlib import Path

from companion.core.shared.conflict_copies import take_in
from companion.core.shared.storage import AtomicJSONStorage
from tests.helpers.data_store import posix_only


@posix_only
def test_a_link_that_took_a_copys_place_after_the_listing_is_not_read(tmp_path: Path) -> None:
    year = tmp_path / "2026.json"
    year.write_text(json.dumps({"_default": {"1": {"uid": "a"}}}))
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"_default": {"1": {"uid": "a"}, "2": {"uid": "b"}}}))
    link = tmp_path / "2026.sync-conflict-1.json"
    link.symlink_to(elsewhere)
    storage = AtomicJSONStorage(year)
    kept: list[Path] = []
    came_in = take_in(storage, [link], 1, kept.append, lambda: None)
    assert not came_in and kept == []
    assert storage.load() == {"_default": {"1": {"uid": "a"}}}
