"""Journal import under fire: random structures, random text and the hostile corpus.

Whatever the file, reading it gives a preview or one clear refusal (never a traceback);
a refused file never changes the data folder; and whatever was accepted reads back the
same after a restart.
"""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.journal.io import CSV_COLUMNS, ImportFileError, export_json, read_import
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from companion.core.shared.content import Content, load_content
from tests.helpers.hostile import HOSTILE_FILES, folder_snapshot

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
FUZZ = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def content() -> Content:
    return load_content()


@contextmanager
def journal_folder() -> Iterator[Path]:
    """A fresh data folder holding one entry (hypothesis reuses a test's tmp_path)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "data"
        state = AppState.open(folder, now=lambda: NOW, content=content())
        JournalStore(state).add(
            read_import(SEED_EXPORT, name="seed.json", now=NOW).entries[0]  # one entry
        )
        yield folder


SEED_EXPORT = (
    b'{"format": "thigh-pain-companion-journal", "version": 1, "entries": [\n'
    b'{"time": "2026-03-01T08:00:00+01:00", "pain_now": 4, "level": "calf", "side": "left"}'
    b"\n]}"
)


def import_and_restart(raw: bytes, name: str) -> None:
    """Read `raw` as a person importing it would; check the folder afterwards."""
    with journal_folder() as folder:
        state = AppState.open(folder, now=lambda: NOW, content=content())
        journal = JournalStore(state)
        before = folder_snapshot(folder)
        try:
            preview = read_import(raw, name=name, now=NOW, held=journal.count_of)
        except ImportFileError as exc:
            assert str(exc).strip(), "a refusal says why"
            str(exc).encode("utf-8")  # and can be printed
            assert folder_snapshot(folder) == before
            return
        for problem in preview.problems:
            str(problem).encode("utf-8")
        journal.import_entries(preview.entries)
        again = JournalStore(AppState.open(folder, now=lambda: NOW, content=content()))
        stored = {item.entry.to_dict().__repr__() for item in again.entries()}
        for entry in preview.entries:
            assert repr(entry.to_dict()) in stored


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats()
    | st.text(max_size=30)
    | st.sampled_from(["2026-03-01T08:00:00+01:00", "calf", "left", "heat", "ache"])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from([*CSV_COLUMNS, "x"]) | st.text(max_size=5), inner)
    ),
    max_leaves=25,
)


@FUZZ
@given(JSON_VALUES, st.booleans())
def test_any_json_structure_reads_or_is_refused_and_accepted_entries_survive_a_restart(
    value: Any, ascii_only: bool
) -> None:
    # NaN and Infinity stay in, as some tools write them.
    text = json.dumps(value, ensure_ascii=ascii_only)
    import_and_restart(text.encode("utf-8", "surrogatepass"), "journal.json")


ENTRY_FIELDS = st.fixed_dictionaries(
    {
        "time": st.sampled_from(["2026-03-01T08:00:00+01:00", "2026-02-30T08:00", "x", 5]),
        "pain_now": st.integers(-1, 11) | st.text(max_size=4) | st.floats(),
        "level": st.sampled_from(["calf", "none", "knee", ""]),
        "side": st.sampled_from(["left", "both", None, "up"]),
    },
    optional={
        "note": st.text(max_size=60),  # any code point: surrogates and controls too
        "activities": st.lists(
            st.fixed_dictionaries({"name": st.text(max_size=20), "rating": st.integers(-2, 12)})
        ),
        "feelings": st.lists(st.sampled_from(["ache", "sharp", "itchy"])),
        "walk_minutes": st.floats() | st.integers(),
    },
)


@FUZZ
@given(st.lists(ENTRY_FIELDS, max_size=6), st.booleans())
def test_exports_with_any_text_in_their_entries_read_or_are_refused(
    entries: list[dict[str, Any]], ascii_only: bool
) -> None:
    head = '{"format": "thigh-pain-companion-journal", "version": 1, "entries": [\n'
    body = ",\n".join(json.dumps(entry, ensure_ascii=ascii_only) for entry in entries)
    text = head + body + "\n]}"
    import_and_restart(text.encode("utf-8", "surrogatepass"), "journal.json")


CELLS = (
    st.text(max_size=20)
    | st.sampled_from(["2026-03-01T08:00:00+01:00", "calf", "left", "=1+1", "'-x", "9" * 400])
    | st.sampled_from(['"', '""', "a\nb", "a\r\nb", "\x00", ";;;", "ache;burning"])
)


@FUZZ
@given(
    st.lists(st.sampled_from([*CSV_COLUMNS, "colour"]), min_size=1, max_size=8, unique=True),
    st.lists(st.lists(CELLS, max_size=9), max_size=6),
)
def test_any_csv_reads_or_is_refused_and_accepted_entries_survive_a_restart(
    header: list[str], rows: list[list[str]]
) -> None:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    import_and_restart(out.getvalue().encode("utf-8", "surrogatepass"), "journal.csv")


@FUZZ
@given(st.binary(max_size=300), st.sampled_from(["j.csv", "j.json", "j.txt"]))
def test_any_bytes_at_all_read_or_are_refused(raw: bytes, name: str) -> None:
    import_and_restart(raw, name)


MAGIC_NUMBERS = st.sampled_from(
    [
        b"",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff",
        b"%PDF-",
        b"PK\x03\x04",
        b"\x1f\x8b",
        b"\xff\xfe",
        b"\xfe\xff",
        b"\xff\xfe\x00\x00",
        b"\x00\x00\xfe\xff",
        b"\xef\xbb\xbf",
        b"time,pain_now,level\r\n",
    ]
)


@FUZZ
@given(MAGIC_NUMBERS, st.binary(max_size=12_000), st.sampled_from(["j.csv", "j.json", ""]))
def test_any_bytes_after_any_known_start_read_or_are_refused(
    start: bytes, rest: bytes, name: str
) -> None:
    """A file's first bytes decide how it is read (a picture, a byte-order mark, a
    journal's header): whatever follows, the import answers and changes nothing."""
    import_and_restart(start + rest, name)


@pytest.mark.parametrize("path", HOSTILE_FILES, ids=lambda path: path.name)
def test_every_hostile_file_is_refused_or_read_by_the_journal_import(path: Path) -> None:
    import_and_restart(path.read_bytes(), path.name)


def test_a_note_cut_in_half_is_refused_naming_its_line_and_field() -> None:
    first = '{"time": "2026-03-01T08:00:00+01:00", "pain_now": 2, "level": "none"}'
    second = (
        '{"time": "2026-03-02T08:00:00+01:00", "pain_now": 2, "level": "none", '
        '"note": "ouch \\ud83d"}'
    )
    text = export_json([], NOW).replace('"entries": []', f'"entries": [\n{first},\n{second}\n]')
    assert text.splitlines()[6] == second  # line 7
    with pytest.raises(ImportFileError) as caught:
        read_import(text.encode(), name="x.json", now=NOW)
    message = str(caught.value)
    assert "line 7" in message and "entries[1].note" in message
    assert "broken character" in message
