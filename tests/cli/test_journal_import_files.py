"""`journal import` given a file that is not text, or UTF-32 text: one line, exit 2, and
no data folder made; UTF-32 imports."""

from __future__ import annotations

import codecs
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from companion.cli.journal import journal_command
from companion.core.journal.entry import parse_entry
from companion.core.journal.io import export_csv, export_json
from companion.core.journal.store import JournalStore
from companion.core.shared.app_state import AppState
from tests.helpers import not_text


def test_a_photo_renamed_csv_gives_exit_2_and_one_line(tmp_path: Path) -> None:
    """It was "…/photo.csv: The file is not plain text in UTF-8, so it is not a journal
    export from this app. Nothing was imported.", whatever the file was."""
    photo = tmp_path / "photo.csv"
    photo.write_bytes(not_text.png())
    folder = tmp_path / "never-made"
    command = ["journal", "import", str(photo), "--yes"]
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(folder), *command],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        "The file 'photo.csv' is a picture (PNG), not a journal export from this app. "
        "Nothing was imported.\n"
    )
    assert not folder.exists()


@pytest.mark.parametrize(
    ("name", "make", "english", "spanish"),
    [
        (
            "backup.json",
            not_text.zip_of_export,
            "The file 'backup.json' is a compressed archive (such as ZIP): open it first, "
            "then import the journal file inside. Nothing was imported.",
            "El archivo 'backup.json' es un archivo comprimido (como ZIP): ábralo primero y "
            "luego importe el archivo del diario que contiene. No se ha importado nada.",
        ),
        (
            "diario.xlsx",
            not_text.xlsx,
            "The file 'diario.xlsx' is a spreadsheet saved in its own format, not as text: "
            'save it again from the spreadsheet as "CSV UTF-8" and import that. '
            "Nothing was imported.",
            "El archivo 'diario.xlsx' es una hoja de cálculo guardada en su propio formato, no "
            "como texto: guárdela de nuevo desde la hoja de cálculo como «CSV UTF-8» e "
            "impórtela. No se ha importado nada.",
        ),
        (
            "journal.csv",
            lambda: not_text.CSV_HEADER.encode() + not_text.binary_without_nul(),
            "The file 'journal.csv' is not a text file, so it is not a journal export from "
            "this app. Nothing was imported.",
            "El archivo 'journal.csv' no es un archivo de texto, así que no es una exportación "
            "del diario de esta aplicación. No se ha importado nada.",
        ),
    ],
)
def test_a_file_that_is_not_text_is_one_line_in_either_language(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    make: Callable[[], bytes],
    english: str,
    spanish: str,
) -> None:
    """The last, a journal's header and then binary bytes, was 10 lines of "Line 2: This
    row has 1 cells, but the first line names 5 columns." and a count of 24 bad rows."""
    source = tmp_path / name
    source.write_bytes(make())
    folder = tmp_path / "data"
    for language, words in (("en", english), ("es", spanish)):
        code = journal_command(["import", str(source), "--language", language], data_dir=folder)
        out, err = capsys.readouterr()
        assert (code, out, err) == (2, "", words + "\n")
    assert not folder.exists()


@pytest.mark.parametrize("order", ["le", "be"])
@pytest.mark.parametrize("kind", ["csv", "json"])
def test_a_utf32_export_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], order: str, kind: str
) -> None:
    """It was refused: "The column '\\u0000t\\u0000i\\u0000m\\u0000e\\u0000' is not one
    this app writes" (little-endian CSV), else "not plain text in UTF-8"."""
    when = datetime.now().astimezone().replace(microsecond=0) - timedelta(days=1)
    entry = parse_entry(
        {"time": when.isoformat(), "pain_now": 3, "level": "calf", "side": "left", "note": "ñ"}
    )
    text = (
        export_csv([entry]).removeprefix("\ufeff") if kind == "csv" else export_json([entry], when)
    )
    mark = codecs.BOM_UTF32_LE if order == "le" else codecs.BOM_UTF32_BE
    source = tmp_path / f"journal.{kind}"
    source.write_bytes(mark + text.encode(f"utf-32-{order}"))
    folder = tmp_path / "data"
    assert journal_command(["import", str(source), "--yes"], data_dir=folder) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Added 1 entry to") and err == ""
    assert [item.entry for item in JournalStore(AppState.open(folder)).entries()] == [entry]


def test_a_pain_of_minus_0_is_refused_naming_its_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "-0" was stored as a pain of 0, though the README promises only the digits 0-9."""
    when = (datetime.now().astimezone() - timedelta(days=1)).replace(microsecond=0)
    notes = tmp_path / "notes.csv"
    notes.write_text(f"time,pain_now,level,side\n{when.isoformat()},-0,calf,left\n")
    folder = tmp_path / "data"
    assert journal_command(["import", str(notes), "--yes"], data_dir=folder) == 2
    err = capsys.readouterr().err
    assert f"{notes}: Line 2: Pain now should be a whole number from 0 to 10." in err
    assert not folder.exists()


def test_a_utf8_file_with_one_windows_1252_byte_exits_2_naming_the_line(tmp_path: Path) -> None:
    """It was read as Windows-1252 as a whole: "después" was saved as "despuÃ©s"."""
    source = tmp_path / "mixed.csv"
    source.write_bytes(
        "time,pain_now,level,side,note\r\n"
        "2026-03-01T02:30:00+01:00,3,none,,después del paseo mejoró\r\n".encode()
        + "2026-03-02T02:30:00+01:00,4,none,,café\r\n".encode("cp1252")
    )
    folder = tmp_path / "data"
    command = ["journal", "import", str(source), "--yes"]
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(folder), *command],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == (
        f"{source}: Line 3 of the file has a character that is not UTF-8, but the rest of "
        'the file is UTF-8. Check that line, save the file again as "CSV UTF-8" (or as '
        "UTF-8 text), and import it again. Nothing was imported.\n"
    )
    assert not folder.exists()
