"""A file that is not UTF-8 as a whole: UTF-8 but for a byte (refused, naming the line),
or a code page (Excel's plain "CSV", Windows-1252), read as one. In Windows-1252 a capital
with an accent before "…", a dash or a curly quote makes two bytes UTF-8 could read too
(É… is C9 85): one such pair once made a real Excel file refused as "UTF-8 but for a
byte" (NO SÉ…, then café con leche)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.import_text import import_text, mostly_utf8_problem
from companion.core.shared.messages import Message

HEADER = "time,pain_now,level,note\r\n"


@pytest.mark.parametrize("note", ["NO SÉ…", "ADIÓS—", "dijo «SÍ–no»", "ÉL “cansado”"])
def test_a_windows_1252_file_with_a_pair_utf8_could_read_is_read_as_windows_1252(
    note: str,
) -> None:
    text = f"{HEADER}2026-03-01T10:00:00+01:00,3,none,{note}\r\n"
    text += "2026-03-02T10:00:00+01:00,2,none,café con leche\r\n"
    raw = text.encode("cp1252")
    assert mostly_utf8_problem(raw) is None
    assert import_text(raw, name="diario.csv", legacy=True) == text


def test_utf8_latin_letters_with_one_code_page_byte_are_refused() -> None:
    raw = f"{HEADER}x,3,none,después\r\n".encode() + "x,4,none,café\r\n".encode("cp1252")
    assert mostly_utf8_problem(raw) == Message("import.mixed_encoding", line=3)


def test_the_line_is_counted_with_any_line_end() -> None:
    """Old Mac files end lines with a CR alone: the bad byte on line 3 was said on line 1."""
    for end in (b"\r", b"\n", b"\r\n"):
        raw = end.join([b"time,note", "x,después".encode(), b"x,caf\xe9"])
        assert mostly_utf8_problem(raw) == Message("import.mixed_encoding", line=3), end


NOTES = st.text(st.characters(codec="utf-8", categories=("L", "N", "P", "Zs")), max_size=20)


@settings(max_examples=300, deadline=None)
@given(st.lists(NOTES, min_size=1, max_size=5), st.sampled_from([b"\x80", b"\xe9", b"\xff"]))
def test_utf8_with_more_such_characters_than_bad_bytes_is_refused(
    notes: list[str], byte: bytes
) -> None:
    """Any text with at least two characters UTF-8 writes in more than one byte, and one
    byte that is not UTF-8 after it, is refused: read as a code page, it would change."""
    text = "\n".join(notes)
    multi = [c for c in text if not c.isascii()]
    raw = text.encode() + b"\n" + byte
    problem = mostly_utf8_problem(raw)
    if len(multi) >= 2 or any("\x80" <= c <= "\xff" for c in multi):
        assert problem == Message("import.mixed_encoding", line=len(notes) + 1)
