"""Editing a copy of the bundled content, for tests that break it on purpose and read
what `content check` says (file name, key, message)."""

from __future__ import annotations

import shutil
from pathlib import Path

from companion.core.content_check import check_content
from companion.core.shared.resources import resource_dir


def copy_content(tmp_path: Path) -> Path:
    """A copy of the whole bundled `content/` folder, safe to edit."""
    target = tmp_path / "content"
    shutil.copytree(resource_dir("content"), target)
    return target


def problems(root: Path, language: str | None = None) -> list[tuple[str, str, str]]:
    """Every problem `content check` finds under `root`, as (file name, key, message);
    only those in one language's folder when `language` is given (a test that breaks
    the English alone also makes the other languages differ from it)."""
    found = check_content(root)
    return [
        (Path(p.file).name, p.key, p.message)
        for p in found
        if language is None or Path(p.file).relative_to(root).parts[0] == language
    ]


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in the file with `new`; `old` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
