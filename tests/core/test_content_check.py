"""`content check DIR` with a DIR that cannot even be looked at says so in one line."""

from __future__ import annotations

from pathlib import Path

from companion.core.content_check import check_content


def test_a_folder_name_too_long_for_the_system_is_one_problem_not_a_crash(
    tmp_path: Path,
) -> None:
    """A name of 100,000 letters stopped `content check` with a traceback (exit 1)."""
    problems = [str(p) for p in check_content(tmp_path / ("x" * 100_000))]
    assert len(problems) == 1
    assert problems[0].endswith("cannot be read (File name too long)")


def test_a_missing_folder_or_a_file_is_still_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    for given in (tmp_path / "missing", tmp_path / "file"):
        assert [p.message for p in check_content(given)] == ["is not a folder"]
