"""Export and import: round trips, good and bad files, line numbers, nothing half done."""

from __future__ import annotations

import codecs
import csv
import io
import json
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from companion.core.journal.entry import (
    DONE,
    FEELINGS,
    LEVELS,
    SIDES,
    SLEEP,
    Entry,
    EntryError,
    parse_entry,
)
from companion.core.journal.io import (
    CSV_COLUMNS,
    ImportFileError,
    export_csv,
    export_json,
    read_import,
)
from companion.core.shared.numbers import plain_digits

NOW = datetime(2026, 3, 9, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def entry(days_ago: int, **changes: Any) -> Entry:
    data: dict[str, Any] = {
        "time": (NOW - timedelta(days=days_ago)).isoformat(),
        "pain_now": 3,
        "pain_worst": 5,
        "level": "calf",
        "side": "right",
    }
    data.update(changes)
    return parse_entry(data, now=NOW)


FULL = entry(
    1,
    feelings=["burning", "tingling"],
    walk_minutes=12.5,
    sitting_minutes=40,
    sleep="poor",
    done=["heat", "exercises"],
    activities=[{"name": "Gardening", "rating": 3}, {"name": "-Stairs, up", "rating": 7}],
    warning_signs=["weakness_worsening"],
    note='=SUM(A1)\nSecond line, with "quotes"; and a semicolon',
)


@pytest.mark.parametrize("kind", ["csv", "json"])
def test_export_then_import_gives_the_same_entries(kind: str) -> None:
    entries = [entry(3), FULL, entry(0, level="none", pain_now=0, pain_worst=0)]
    text = export_csv(entries) if kind == "csv" else export_json(entries, NOW)
    preview = read_import(text.encode(), name=f"journal.{kind}", now=NOW)
    assert preview.format == kind and preview.clean
    assert preview.entries == entries
    assert [e.to_dict() for e in preview.entries] == [e.to_dict() for e in entries]


def test_the_csv_export_tells_a_spreadsheet_it_is_utf8() -> None:
    """Without a byte-order mark, Excel on Windows opened the export in its old code
    page: a note saying "después" showed as "despuÃ©s". The mark leads, once, and a
    re-import of the file gives the same entries back."""
    noted = entry(1, note="Mejor después de caminar; peor al sentarme")
    raw = export_csv([noted, FULL]).encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbftime,pain_now,") and raw.count(b"\xef\xbb\xbf") == 1
    assert "después" in raw.decode("utf-8-sig")
    preview = read_import(raw, name="journal.csv", now=NOW)
    assert preview.clean and preview.entries == [noted, FULL]


def exported_rows(entries: list[Entry]) -> list[list[str]]:
    """The cells of the CSV export, read as a spreadsheet reads the file (its byte-order
    mark says UTF-8 and is no part of the first cell)."""
    raw = export_csv(entries).encode("utf-8")
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_csv_has_a_header_and_keeps_spreadsheets_from_running_formulas() -> None:
    rows = exported_rows([FULL])
    assert tuple(rows[0]) == CSV_COLUMNS
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["note"].startswith("'=SUM")
    assert row["activity_2"] == "'-Stairs, up"
    assert row["feelings"] == "burning;tingling"
    assert row["walk_minutes"] == "12.5" and row["sitting_minutes"] == "40"


@pytest.mark.parametrize("mark", [";", "\t"])
def test_a_csv_saved_again_by_a_spreadsheet_imports_the_same_entries(mark: str) -> None:
    """Excel where the comma is the decimal mark (Spanish, French...) saves a CSV with
    semicolons between cells, a byte-order mark and decimal commas: it was refused as
    having one unknown column named 'time;pain_now;pain_worst;level;side;fee…'."""
    entries = [entry(3), FULL]
    rows = exported_rows(entries)
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=mark, lineterminator="\r\n").writerows(rows)
    saved = "\ufeff" + out.getvalue().replace("12.5", "12,5")
    preview = read_import(saved.encode(), name="journal.csv", now=NOW)
    assert preview.clean and preview.entries == entries


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("name", ["journal.txt", "journal.csv", ""])
def test_a_journal_saved_by_excel_as_unicode_text_imports_the_same_entries(
    order: str, name: str
) -> None:
    """Excel's "Unicode Text" save (UTF-16 led by its byte-order mark, tabs between
    cells, named .txt) was refused: "The file is not plain text in UTF-8, so it is not
    a journal export from this app", which it was."""
    noted = entry(2, note="Me dolió al bajar; mañana, más suave\tcon calor")
    entries = [noted, FULL]
    out = io.StringIO(newline="")
    csv.writer(out, delimiter="\t", lineterminator="\r\n").writerows(exported_rows(entries))
    mark = codecs.BOM_UTF16_LE if order == "utf-16-le" else codecs.BOM_UTF16_BE
    saved = mark + out.getvalue().encode(order)
    preview = read_import(saved, name=name, now=NOW)
    assert preview.format == "csv" and preview.clean and preview.entries == entries
    assert preview.entries[0].note == "Me dolió al bajar; mañana, más suave\tcon calor"
    # Without its mark, UTF-16 is not told from other bytes: still refused, not guessed.
    with pytest.raises(ImportFileError):
        read_import(out.getvalue().encode(order), name=name, now=NOW)


def test_json_export_names_its_format_and_holds_one_entry_per_line() -> None:
    text = export_json([entry(2), entry(1)], NOW)
    data = json.loads(text)
    assert data["format"] == "thigh-pain-companion-journal" and data["version"] == 1
    assert len(data["entries"]) == 2
    assert text.count("\n") == 9
    assert json.loads(export_json([], NOW))["entries"] == []


def test_bad_csv_rows_are_reported_by_the_line_they_start_on() -> None:
    text = export_csv([FULL, entry(2), entry(3)])
    records = text.split("\r\n")
    # FULL's note spans two lines (2-3); entry(2) is on line 4, entry(3) on line 5.
    records[2] = records[2].replace(",3,5,calf,", ",12,5,calf,")
    records[3] = records[3].replace(",calf,right,", ",shin,right,")
    preview = read_import("\r\n".join(records).encode(), name="j.csv", now=NOW)
    assert [p.line for p in preview.problems] == [4, 5]
    assert "Pain now should be a whole number from 0 to 10." in preview.problems[0].message
    assert "'shin' is not one of the levels" in preview.problems[1].message
    assert str(preview.problems[0]).startswith("Line 4: ")
    assert preview.entries == [FULL]
    assert not preview.clean


def test_bad_json_entries_are_reported_by_line() -> None:
    text = export_json([entry(3), entry(2), entry(1)], NOW)
    text = text.replace('"pain_now": 3', '"pain_now": "lots"', 2)
    preview = read_import(text.encode(), name="j.json", now=NOW)
    assert [p.line for p in preview.problems] == [6, 7]
    assert len(preview.entries) == 1


def test_a_row_with_the_wrong_number_of_cells_is_a_row_problem() -> None:
    text = export_csv([entry(1)]) + "2026-03-01T10:00:00+01:00,3\r\n"
    preview = read_import(text.encode(), name="j.csv", now=NOW)
    assert [(p.line, "cells" in p.message) for p in preview.problems] == [(3, True)]


def test_entries_already_in_the_journal_are_skipped_as_often_as_it_holds_them() -> None:
    """Two identical entries (saved twice in one minute) stay two on a round trip: the
    second was skipped as 'already in the journal', even into an empty journal."""
    text = export_json([entry(3), entry(2), entry(2), entry(1), entry(1)], NOW)
    preview = read_import(text.encode(), name="j.json", now=NOW)
    assert preview.entries == [entry(3), entry(2), entry(2), entry(1), entry(1)]
    held = {entry(3): 1, entry(2): 1, entry(1): 2}
    preview = read_import(text.encode(), name="j.json", now=NOW, held=lambda e: held[e])
    assert preview.entries == [entry(2)]
    assert preview.duplicates == 4


def test_future_entries_are_refused() -> None:
    text = export_json([], NOW)
    future = {"time": (NOW + timedelta(days=1)).isoformat(), "pain_now": 1, "level": "none"}
    text = text.replace('"entries": []', '"entries": [' + json.dumps(future) + "]")
    preview = read_import(text.encode(), name="j.json", now=NOW)
    assert "in the future" in preview.problems[0].message


@pytest.mark.parametrize(
    ("raw", "name", "words"),
    [
        (b"\x80\x00bad", "j.csv", "The file 'j.csv' is not a text file, so it is not a"),
        (b'{"note": "caf\xe9"}', "j.json", "not plain text in UTF-8"),  # JSON is UTF-8
        # UTF-16, broken: its mark says what it is, so the message does not say UTF-8.
        (b"\xff\xfe\x00\xd8ba", "j.csv", "says it is Unicode text (UTF-16), but part of it"),
        (b"\xff\xfet\x00i\x00m", "j.csv", "may be damaged. Save it again"),  # cut short
        # Marked UTF-16 JSON (Windows PowerShell's `>` writes it) is read, then judged.
        (b"\xff\xfeb\x00a\x00d\x00", "j.json", "this is not valid JSON"),
        (b"", "j.csv", "empty"),
        # Nothing but blanks or a byte-order mark is empty too, not "not valid JSON".
        (b"", "j.json", "empty"),
        (b"\xef\xbb\xbf \r\n", "j.json", "empty"),
        (b"\x00\x00\xfe\xff", "j.json", "empty"),
        (b"time,pain_now,level,colour\r\n", "j.csv", "The column 'colour'"),
        # A header of any length or character is quoted short, hidden characters shown.
        (b"time," + b"[" * 20_000 + b"\r\n", "j.csv", "The column '" + "[" * 39 + "…' is"),
        (b"time,col\x1b[2J\r\n", "j.csv", "The column 'col\\u001b[2J' is"),
        (b"time,level\r\n", "j.csv", "no 'pain_now' column"),
        (",".join(CSV_COLUMNS).encode() + b"\r\n", "j.csv", "holds no journal entries"),
        (
            b'{"format": "thigh-pain-companion-journal", "version": 9, "entries": []}',
            "j.json",
            "newer version",
        ),
        (
            b'{"format": "something-else", "version": 1, "entries": []}',
            "j.json",
            "not a journal export",
        ),
        (
            b'{"format": "thigh-pain-companion-journal",\n "version": 1,\n "entries": [}',
            "j.json",
            "line 3",
        ),
        (b'{"version": 1}', "j.json", "no list of entries"),
        (b"[] trailing", "j.json", "extra text"),
    ],
)
def test_a_file_that_is_not_an_export_is_refused_as_a_whole(
    raw: bytes, name: str, words: str
) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_import(raw, name=name, now=NOW)
    assert words in str(caught.value)


def test_format_is_guessed_from_the_content_without_a_file_name() -> None:
    assert read_import(export_json([FULL], NOW).encode(), now=NOW).format == "json"
    assert read_import(export_csv([FULL]).encode(), now=NOW).format == "csv"
    assert read_import(export_csv([FULL]).lstrip("\ufeff").encode(), now=NOW).format == "csv"


# --- any valid entry survives a round trip ---

OFFSETS = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
TEXT = st.characters(blacklist_categories=("Cs", "Cc"))
NOTE = st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t")


@st.composite
def raw_entries(draw: st.DrawFn) -> dict[str, Any]:
    pain = draw(st.integers(0, 10))
    return {
        "time": draw(st.datetimes(datetime(2006, 3, 10), datetime(2026, 3, 8), timezones=OFFSETS)),
        "pain_now": pain,
        "pain_worst": draw(st.none() | st.integers(pain, 10)),
        "level": draw(st.sampled_from(LEVELS)),
        "side": draw(st.sampled_from(SIDES)),
        "feelings": draw(st.lists(st.sampled_from(FEELINGS), unique=True)),
        "walk_minutes": draw(st.none() | st.floats(0, 600)),
        "sitting_minutes": draw(st.none() | st.integers(0, 1440)),
        "sleep": draw(st.none() | st.sampled_from(SLEEP)),
        "done": draw(st.lists(st.sampled_from(DONE), unique=True)),
        "activities": draw(
            st.lists(
                st.fixed_dictionaries(
                    {"name": st.text(TEXT, min_size=1, max_size=60), "rating": st.integers(0, 10)}
                ),
                max_size=3,
            )
        ),
        "warning_signs": draw(
            st.lists(
                st.sampled_from(["weakness_worsening", "saddle_numbness", "bladder_bowel_change"]),
                unique=True,
            )
        ),
        "note": draw(st.text(NOTE, max_size=300)),
    }


def valid(raw: dict[str, Any]) -> Entry | None:
    try:
        return parse_entry(raw, now=NOW)
    except EntryError:
        return None


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(raw_entries())
def test_any_valid_entry_survives_csv_export_and_import(raw: dict[str, Any]) -> None:
    original = valid(raw)
    assume(original is not None)
    assert original is not None
    preview = read_import(export_csv([original]).encode(), name="x.csv", now=NOW)
    assert preview.problems == []
    assert preview.entries == [original]
    assert preview.entries[0].to_dict() == original.to_dict()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(raw_entries())
def test_any_valid_entry_survives_json_export_and_import(raw: dict[str, Any]) -> None:
    original = valid(raw)
    assume(original is not None)
    assert original is not None
    preview = read_import(export_json([original], NOW).encode(), name="x.json", now=NOW)
    assert preview.problems == []
    assert preview.entries[0].to_dict() == original.to_dict()


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(raw_entries())
def test_stored_entries_read_quickly_give_the_same_entry(raw: dict[str, Any]) -> None:
    from companion.core.journal.stored import _trusted_entry, stored_entry

    original = valid(raw)
    assume(original is not None)
    assert original is not None
    assert stored_entry(original.to_dict()) == original
    quick = _trusted_entry(original.to_dict())
    assert quick is None or quick.to_dict() == original.to_dict()
    raw_text = {**raw, "time": raw["time"].isoformat()}
    quick_raw = _trusted_entry(raw_text)
    assert quick_raw is None or quick_raw == parse_entry(raw_text, strict=False)


# --- numbers in an imported file are plain ---

ASCII_DIGITS = set("0123456789")


def plain(text: str, *, decimal: bool) -> bool:
    """The digits 0-9 and (for a decimal) one point or comma: no sign."""
    body = text
    if decimal:
        body = body.replace(",", ".", 1).replace(".", "", 1)
    return body != "" and set(body) <= ASCII_DIGITS


def imported_with(**cells: str) -> tuple[Entry | None, str]:
    """One CSV row with these cells (the rest as a plain entry): the entry, or the problem."""
    row = {"time": (NOW - timedelta(days=1)).isoformat(), "pain_now": "3", "level": "calf"}
    row |= {"side": "left", **cells}
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(row)
    writer.writerow(row.values())
    preview = read_import(out.getvalue().encode(), name="x.csv", now=NOW)
    if preview.problems:
        return None, preview.problems[0].message
    return preview.entries[0], ""


@pytest.mark.parametrize(
    ("cells", "problem"),
    [
        ({"pain_now": "1_0"}, "Pain now should be a whole number from 0 to 10."),
        ({"pain_now": "-0"}, "Pain now should be a whole number from 0 to 10."),
        ({"pain_now": "+3"}, "Pain now should be a whole number from 0 to 10."),
        ({"walk_minutes": "-0.0"}, "Walking minutes should be a number from 0 to 600"),
        ({"walk_minutes": "1_2_0"}, "Walking minutes should be a number from 0 to 600"),
        ({"walk_minutes": "1e2"}, "Walking minutes should be a number from 0 to 600"),
        ({"pain_now": "¹"}, "Pain now should be a whole number from 0 to 10."),
        ({"pain_now": "①"}, "Pain now should be a whole number from 0 to 10."),
        ({"sitting_minutes": "3_0"}, "Sitting minutes should be a whole number from 0 to 1440"),
        ({"activity_1": "Stairs", "activity_1_rating": "7e0"}, "Please rate 'Stairs' from 0"),
    ],
)
def test_a_number_written_oddly_is_refused_not_read_as_another_number(
    cells: dict[str, str], problem: str
) -> None:
    """Python's int() and float() read "1_0" as 10 and "1e2" as 100: the import stored
    numbers the file did not show. A superscript or circled "digit" is no number."""
    entry, said = imported_with(**cells)
    assert entry is None and said.startswith(problem), said


def test_digits_of_any_script_read_as_the_number_they_write() -> None:
    """ "٥" typed on an Arabic keyboard is 5, as "١١٢" is 112 for the emergency number."""
    entry, said = imported_with(pain_now="٥", walk_minutes="１２,５", sitting_minutes="٣٠")
    assert entry is not None, said
    assert (entry.pain_now, entry.walk_minutes, entry.sitting_minutes) == (5, 12.5, 30)


ODD_NUMBERS = st.text(st.sampled_from("0123456789._,+-eE ٥５¹①\u00a0\u2009x"), max_size=6)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(ODD_NUMBERS | st.text(max_size=6), ODD_NUMBERS | st.text(max_size=6))
def test_only_plain_numbers_are_read_and_each_as_written(walk: str, pain: str) -> None:
    entry, said = imported_with(walk_minutes=walk, pain_now=pain)
    walk_text, pain_text = plain_digits(walk.strip()), plain_digits(pain.strip())
    walk_ok = walk_text == "" or (
        plain(walk_text, decimal=True) and 0 <= float(walk_text.replace(",", ".")) <= 600
    )
    pain_ok = plain(pain_text, decimal=False) and 0 <= int(pain_text) <= 10
    if not (walk_ok and pain_ok):
        assert entry is None
        assert ("Walking minutes" in said) == (not walk_ok), said
        pain_said = "Pain now should be a whole number" in said or "hurts now" in said
        assert pain_said == (not pain_ok), said
        return
    assert entry is not None, said
    assert entry.pain_now == int(pain_text)
    expected = round(float(walk_text.replace(",", ".")), 1) if walk_text else None
    assert entry.walk_minutes == expected


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10), st.decimals(0, 600, places=2), st.integers(0, 1440))
def test_plain_numbers_read_as_written_and_survive_export_and_import(
    pain: int, walk: Any, sitting: int
) -> None:
    entry, said = imported_with(
        pain_now=str(pain), walk_minutes=str(walk), sitting_minutes=str(sitting)
    )
    assert entry is not None, said
    assert (entry.pain_now, entry.sitting_minutes) == (pain, sitting)
    assert entry.walk_minutes == round(float(walk), 1)
    again = read_import(export_csv([entry]).encode(), name="x.csv", now=NOW)
    assert again.entries == [entry]


def test_entries_written_on_one_line_are_named_by_number() -> None:
    """A JSON file written on one line (by a script, say) called every bad entry "Line 1"."""
    entries = [
        {
            "time": f"2026-03-0{day}T10:00:00+01:00",
            "pain_now": pain,
            "level": "calf",
            "side": "left",
        }
        for day, pain in ((1, 3), (2, 99), (3, 4), (4, -1))
    ]
    body = {"format": "thigh-pain-companion-journal", "version": 1, "entries": entries}
    preview = read_import(json.dumps(body).encode(), name="one.json", now=NOW)
    said = [problem.said("en") for problem in preview.problems]
    assert said == [
        "Entry 2 (line 1): Pain now should be a whole number from 0 to 10.",
        "Entry 4 (line 1): Pain now should be a whole number from 0 to 10.",
    ]
    assert preview.problems[0].said("es").startswith("Anotación 2 (línea 1): ")
    # One entry a line, as the app writes its exports: the line alone is enough.
    lines = json.dumps(body, indent=1).encode()
    assert read_import(lines, name="one.json", now=NOW).problems[0].entry is None


def test_a_cell_too_long_for_csv_is_said_in_plain_words() -> None:
    """A note of 140,000 letters: the refusal said "field larger than field limit
    (131072)", Python's words for a programmer."""
    text = "time,pain_now,level,side,note\r\n2026-03-01T10:00:00+01:00,3,calf,left,ok\r\n"
    text += "2026-03-02T10:00:00+01:00,3,calf,left," + "x" * 140_000 + "\r\n"
    with pytest.raises(ImportFileError) as refused:
        read_import(text.encode(), name="diario.csv", now=NOW)
    said = str(refused.value)
    assert said.startswith("A cell near line 3 is far longer than anything the journal keeps")
    assert "2,000 characters" in said and "field limit" not in said
