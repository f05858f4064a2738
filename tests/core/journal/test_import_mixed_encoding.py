"""A file that is UTF-8 but for a byte (a line pasted in from a program that writes
Windows-1252) is refused, naming that line: read as Windows-1252 as a whole, every "é"
of the rest was saved as "Ã©" without a word."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import Entry, parse_entry
from companion.core.journal.io import ImportFileError, export_csv, export_json, read_import
from companion.core.shared.messages import in_language, message_of

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))
MIXED = (
    "Line {} of the file has a character that is not UTF-8, but the rest of the file is "
    'UTF-8. Check that line, save the file again as "CSV UTF-8" (or as UTF-8 text), and '
    "import it again."
)


def entry(days_ago: int, note: str) -> Entry:
    when = (NOW - timedelta(days=days_ago)).isoformat()
    return parse_entry({"time": when, "pain_now": 3, "level": "none", "note": note}, now=NOW)


def refusal(raw: bytes, name: str) -> str:
    with pytest.raises(ImportFileError) as caught:
        read_import(raw, name=name, now=NOW)
    return message_of(caught.value)


def test_a_utf8_csv_with_one_windows_1252_byte_is_refused_naming_its_line() -> None:
    """The attacker's file: "después" was saved as "despuÃ©s", silently."""
    raw = (
        "time,pain_now,level,side,note\r\n"
        "2026-03-01T02:30:00+01:00,3,none,,después del paseo mejoró\r\n"
    ).encode() + "2026-03-02T02:30:00+01:00,4,none,,café\r\n".encode("cp1252")
    said = refusal(raw, "diario.csv")
    assert said == MIXED.format(3)
    assert in_language(said, "es").startswith("La línea 3 del archivo tiene un carácter que no")


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_the_apps_own_export_with_one_bad_byte_is_an_encoding_problem_not_a_column(
    kind: str,
) -> None:
    """With its byte-order mark read as Windows-1252, the app's own CSV was refused as
    "The column 'ï»¿time' is not one this app writes"."""
    entries = [entry(3, "hola"), entry(2, "me dolió"), entry(1, "hola")]
    text = export_csv(entries) if kind == "csv" else export_json(entries, now=NOW)
    raw = text.encode()
    at = raw.rindex(b"hola")
    raw = raw[:at] + b"hol\xe1" + raw[at + 4 :]  # "holá" typed in Windows-1252
    assert refusal(raw, f"diario.{kind}") == MIXED.format(raw.count(b"\n", 0, at) + 1)


def test_a_file_with_no_utf8_letter_still_reads_as_windows_1252() -> None:
    raw = "time,pain_now,level,note\r\n2026-03-01T10:00:00+01:00,3,none,café\r\n"
    preview = read_import(raw.encode("cp1252"), name="diario.csv", now=NOW)
    assert preview.clean and [e.note for e in preview.entries] == ["café"]


NOTES = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=30)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(NOTES, min_size=1, max_size=4).filter(lambda notes: not "".join(notes).isascii()),
    st.sampled_from([b"\x80", b"\x93", b"\xe9", b"\xf1", b"\xff"]),
    st.data(),
)
def test_any_utf8_export_with_a_byte_put_in_is_refused_naming_its_line(
    notes: list[str], byte: bytes, data: st.DataObject
) -> None:
    """Whatever the notes, and wherever a byte that cannot start a UTF-8 character is
    put in between two characters, the import is refused naming that byte's line, never
    read with other letters."""
    entries = [entry(days + 1, note) for days, note in enumerate(notes)]
    raw = export_csv(entries).encode()
    # Between characters: not inside one, which would break that character instead.
    starts = [at for at in range(len(raw) + 1) if at == len(raw) or raw[at] & 0xC0 != 0x80]
    at = data.draw(st.sampled_from(starts))
    raw = raw[:at] + byte + raw[at:]
    # Its line as an editor shows it: CR LF, a lone CR and a lone LF each end a line, so a
    # byte put in between the CR and the LF of one line end starts a line of its own.
    line = len((raw[:at] + byte).splitlines())
    assert refusal(raw, "diario.csv") == MIXED.format(line)
