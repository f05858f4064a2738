"""Reading a file someone chose or edited: never waiting for ever, never all of a huge one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from companion.core.shared.bounded_read import NotAFileError, read_bounded


def test_only_a_regular_file_is_read_and_never_more_than_asked(tmp_path: Path) -> None:
    small = tmp_path / "small.json"
    small.write_bytes(b"{}")
    assert read_bounded(small, 100) == b"{}"
    big = tmp_path / "big.json"
    big.write_bytes(b"x" * 5000)
    assert read_bounded(big, 100) == b"x" * 101  # enough for its reader to say too large
    with pytest.raises(IsADirectoryError):
        read_bounded(tmp_path, 100)
    zero = tmp_path / "zero.json"
    zero.symlink_to("/dev/zero")  # never ends
    with pytest.raises(NotAFileError, match="not an ordinary file"):
        read_bounded(zero, 100)
    with pytest.raises(FileNotFoundError):
        read_bounded(tmp_path / "missing.json", 100)


def test_a_system_without_non_blocking_opens_still_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows has no O_NONBLOCK (nor pipes in a folder): reading must not fail there."""
    monkeypatch.delattr(os, "O_NONBLOCK", raising=False)
    monkeypatch.delattr(os, "O_CLOEXEC", raising=False)
    small = tmp_path / "settings.json"
    small.write_bytes(b'{"theme": "dark"}')
    assert read_bounded(small, 100) == b'{"theme": "dark"}'
