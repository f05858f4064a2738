"""Which bytes an import reads as text: a picture, a PDF or an archive picked by mistake
is named in one sentence; UTF-32 reads; Windows-1252 from Excel still reads."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.import_text import SNIFFED_BYTES
from companion.core.journal.io import (
    ImportFileError,
    NotTextError,
    export_csv,
    export_json,
    read_import,
)
from companion.core.shared.messages import in_language, message_of
from tests.helpers import not_text

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
SNIFF = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def entry(days_ago: int, note: str = "") -> Entry:
    when = (NOW - timedelta(days=days_ago)).isoformat()
    data = {"time": when, "pain_now": 3, "level": "calf", "side": "left", "note": note}
    return parse_entry(data, now=NOW)


PICTURE = "is a picture ({}), not a journal export from this app."
ARCHIVE = (
    "is a compressed archive (such as ZIP): open it first, then import the journal file inside."
)
WORKBOOK = (
    "is a spreadsheet saved in its own format, not as text: save it again from the "
    'spreadsheet as "CSV UTF-8" and import that.'
)
NOT_TEXT = "is not a text file, so it is not a journal export from this app."


@pytest.mark.parametrize("name", ["journal.csv", "journal.json", "journal.txt"])
@pytest.mark.parametrize(
    ("make", "words", "spanish"),
    [
        (not_text.png, PICTURE.format("PNG"), "es una imagen (PNG), no una exportación"),
        (not_text.jpeg, PICTURE.format("JPEG"), "es una imagen (JPEG), no una exportación"),
        (not_text.heic, PICTURE.format("HEIC"), "es una imagen (HEIC), no una exportación"),
        (
            not_text.pdf,
            "is a PDF document, not a journal export from this app.",
            "es un documento PDF, no una",
        ),
        (not_text.zip_of_export, ARCHIVE, "es un archivo comprimido (como ZIP): ábralo"),
        (not_text.gzipped, ARCHIVE, "es un archivo comprimido (como ZIP): ábralo"),
        (not_text.xlsx, WORKBOOK, "es una hoja de cálculo guardada en su propio formato"),
        (not_text.ods, WORKBOOK, "es una hoja de cálculo guardada en su propio formato"),
        (not_text.old_xls, WORKBOOK, "es una hoja de cálculo guardada en su propio formato"),
        (not_text.unknown_binary, NOT_TEXT, "no es un archivo de texto, así que no es"),
        (not_text.binary_without_nul, NOT_TEXT, "no es un archivo de texto, así que no es"),
    ],
    ids=lambda value: getattr(value, "__name__", "")[:20] or None,
)
def test_a_file_that_is_not_text_is_named_in_one_sentence_saying_what_it_is(
    make: Callable[[], bytes], words: str, spanish: str, name: str
) -> None:
    """A PNG or a ZIP renamed .csv was "not plain text in UTF-8"; a phone's HEIC photo,
    or bytes with no NUL, were read as text: "The column '\\u0000\\u0000\\u0000\\u0018ftyp…'
    is not one this app writes"."""
    with pytest.raises(NotTextError) as caught:
        read_import(make(), name=name, now=NOW)
    said = message_of(caught.value)
    assert said == f"The file '{name}' {words}"
    assert in_language(said, "es").startswith(f"El archivo '{name}' {spanish}")


def test_a_journal_header_followed_by_binary_is_one_sentence_not_a_problem_a_row() -> None:
    """Read as Windows-1252, it was 24 rows "with problems", each with 1 cell."""
    raw = not_text.CSV_HEADER.encode() + not_text.binary_without_nul()
    with pytest.raises(NotTextError) as caught:
        read_import(raw, name="journal.csv", now=NOW)
    assert str(caught.value) == f"The file 'journal.csv' {NOT_TEXT}"
    with pytest.raises(NotTextError) as unnamed:
        read_import(raw, now=NOW)
    assert str(unnamed.value) == f"The file {NOT_TEXT}"


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("name", ["journal.csv", "journal.json", "journal.txt", ""])
def test_a_utf32_file_with_its_mark_reads_in_either_byte_order(order: str, name: str) -> None:
    """UTF-32 was read as UTF-16: "The column '\\u0000t\\u0000i\\u0000m\\u0000e\\u0000'
    is not one this app writes" (LE), or "not plain text in UTF-8" (BE)."""
    entries = [entry(2, "Me dolió al bajar; mañana, más suave 🙂"), entry(1)]
    as_json = name.endswith(".json") or not name  # unnamed: told by its first character
    text = export_json(entries, NOW) if as_json else export_csv(entries).removeprefix("\ufeff")
    mark = codecs.BOM_UTF32_LE if order == "le" else codecs.BOM_UTF32_BE
    raw = mark + text.encode(f"utf-32-{order}")
    preview = read_import(raw, name=name, now=NOW)
    assert preview.format == ("json" if as_json else "csv")
    assert preview.clean and preview.entries == entries


@pytest.mark.parametrize("order", ["le", "be"])
def test_a_damaged_utf32_file_says_so(order: str) -> None:
    mark = codecs.BOM_UTF32_LE if order == "le" else codecs.BOM_UTF32_BE
    beyond_unicode = (0x110000).to_bytes(4, "little" if order == "le" else "big")
    raw = mark + "time,".encode(f"utf-32-{order}") + beyond_unicode
    with pytest.raises(ImportFileError) as caught:
        read_import(raw, name="journal.csv", now=NOW)
    said = message_of(caught.value)
    assert said.startswith("The file says it is Unicode text (UTF-32), but part of it cannot")
    assert in_language(said, "es").startswith("El archivo dice ser texto Unicode (UTF-32)")


# --- the rule, under random bytes ---


def is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def holds_a_utf8_character(raw: bytes) -> bool:
    """Whether some 2 to 4 bytes of `raw` are one character in UTF-8 ("é" is C3 A9)."""
    return any(
        len(raw[start : start + size].decode("utf-8", errors="replace")) == 1
        and "\ufffd" not in raw[start : start + size].decode("utf-8", errors="replace")
        for start in range(len(raw))
        for size in (2, 3, 4)
        if start + size <= len(raw)
    )


CP1252_TEXT = st.text(
    st.characters(codec="cp1252", blacklist_categories=("Cc", "Cs")), min_size=1, max_size=80
)


@SNIFF
@given(st.lists(CP1252_TEXT, min_size=1, max_size=5))
def test_excel_windows_1252_text_is_never_taken_for_a_binary_file(notes: list[str]) -> None:
    """Any note Excel can save in Windows-1252 still imports as written."""
    entries = [entry(days + 1, note) for days, note in enumerate(notes)]
    assume(all(e.note == note for e, note in zip(entries, notes, strict=True)))
    raw = export_csv(entries).removeprefix("\ufeff").encode("cp1252")
    # Bytes that are also UTF-8 ("à" then two no-break spaces is U+0800) read as UTF-8,
    # and a file holding any such character is taken for UTF-8 with a bad byte, refused
    # (test_import_mixed_encoding.py): such notes ("ADIÓS…") are rare.
    assume(raw.isascii() or not (is_utf8(raw) or holds_a_utf8_character(raw)))
    preview = read_import(raw, name="diario.csv", now=NOW)
    assert preview.clean and preview.entries == entries


@SNIFF
@given(st.binary(min_size=1, max_size=SNIFFED_BYTES), st.integers(0, SNIFFED_BYTES - 1))
def test_bytes_with_a_nul_that_are_not_utf8_are_one_refusal_never_rows(
    raw: bytes, where: int
) -> None:
    """With a NUL near the start, bytes that are not UTF-8 are refused as a whole, in one
    sentence: never read row by row."""
    raw = raw[:where] + b"\x00" + raw[where:]
    assume(not is_utf8(raw))
    assume(not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)))
    with pytest.raises(ImportFileError) as caught:
        read_import(raw, name="j.csv", now=NOW)
    said = str(caught.value)
    assert "\n" not in said and said.endswith(".")
    assert not said.startswith("Line ")
