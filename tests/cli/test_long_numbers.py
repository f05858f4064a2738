"""A TOML file with a number longer than Python reads (4,300 digits, a key held down in
an editor) is the command's usual "not valid TOML" problem, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from companion.app import main
from companion.core.shared.resources import resource_dir
from tests.helpers.kiosk_files import write_config

LONG = "1" + "0" * 5000
REFUSED = "is not valid TOML (a number is too big: it must fit in 64 bits)"


def test_kiosk_check_names_the_file_with_a_long_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_config(tmp_path)
    path.write_text(f"text_scale = {LONG}\n" + path.read_text(encoding="utf-8"))
    assert main(["kiosk", "check", str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines()[1:] == [f"{path}: {REFUSED}"]


def test_check_validate_refuses_a_case_file_with_a_long_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cases.toml"
    path.write_text(f'[[case]]\nid = "a"\nanswers = {{ age = {LONG} }}\n', encoding="utf-8")
    assert main(["check", "validate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"check: the case file cannot be used: {path}: {REFUSED}\n"


def test_content_check_lists_a_content_file_with_a_long_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = tmp_path / "content"
    shutil.copytree(resource_dir("content"), content)
    numbers = content / "es" / "emergency_numbers.toml"
    numbers.write_text(numbers.read_text(encoding="utf-8") + f"\nbig = {LONG}\n", "utf-8")
    assert main(["content", "check", str(content)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0] == "content check: 1 problem(s) found:"
    assert lines[1:] == [f"{numbers}: {REFUSED}"]
