"""The window's place kept between starts: read back as written, anything else passed over."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.window_place import (
    PLACE_MOST,
    WINDOW_FILE,
    keep_place,
    on_a_screen,
    read_place,
)

PLACE = bytes(range(66))  # about what Qt saves: every byte value must survive


def test_a_kept_place_is_read_back_as_it_was(tmp_path: Path) -> None:
    assert read_place(tmp_path) is None  # none kept yet
    keep_place(tmp_path, PLACE)
    assert read_place(tmp_path) == PLACE
    keep_place(tmp_path, b"\x01\x02")
    assert read_place(tmp_path) == b"\x01\x02"  # the newest wins
    if os.name == "posix":
        assert (tmp_path / WINDOW_FILE).stat().st_mode & 0o777 == 0o600


def test_a_file_the_app_did_not_write_is_passed_over(tmp_path: Path) -> None:
    path = tmp_path / WINDOW_FILE
    for content in (
        b"",
        b"{ broken",
        b'["geometry"]',
        b'{"geometry": 12}',
        b'{"geometry": "not base64!"}',
        b'{"geometry": "QUJDR"}',  # the wrong length for base64
        b'{"geometry": "' + b"A" * (PLACE_MOST + 4) + b'"}',  # far longer than Qt's
        b"[" * 5000,  # nesting deep enough to break a plain JSON reader
        b"\xff\xfe{",
    ):
        path.write_bytes(content)
        assert read_place(tmp_path) is None, content
        assert path.read_bytes() == content  # and left as it was
    path.unlink()
    path.mkdir()  # a folder in its place
    assert read_place(tmp_path) is None
    keep_place(tmp_path, PLACE)  # cannot be written: passed over, no error
    assert path.is_dir()


def test_a_folder_that_cannot_be_written_is_passed_over(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("mine")
    keep_place(not_a_folder, PLACE)
    assert not_a_folder.read_text() == "mine"


@given(st.binary(max_size=3000))
def test_no_bytes_in_the_file_stop_the_start(content: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / WINDOW_FILE).write_bytes(content)
        place = read_place(Path(folder))
        assert place is None or len(place) <= PLACE_MOST


def test_a_window_is_on_a_screen_when_its_title_bar_can_be_grabbed() -> None:
    screens = [(0, 0, 1280, 776), (1280, 0, 1920, 1080)]
    assert on_a_screen((100, 25, 800, 540), screens)
    assert on_a_screen((1500, 40, 800, 540), screens)  # on the second screen
    assert on_a_screen((-300, 25, 800, 540), screens)  # partly off, the middle on
    assert not on_a_screen((0, -(2**31) + 1, 800, 540), screens)  # far above
    assert not on_a_screen((4000, 25, 800, 540), screens)  # a screen since taken away
    assert not on_a_screen((100, 776, 800, 540), screens)  # below the first
    assert not on_a_screen((100, 25, 800, 540), [])
