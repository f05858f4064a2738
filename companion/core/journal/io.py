"""Export the journal to CSV or JSON, and read those files back in.

An import is read and checked in full before anything is saved: `read_import` returns a
preview (the good entries, each bad row with its line number, entries already in the
journal), and only `JournalStore.import_entries` saves, after the person has said yes.

CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @) get a
leading apostrophe on export, which import removes again, so a round trip is exact.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from companion.core.journal.entry import (
    FIELDS,
    MAX_ACTIVITIES,
    MAX_NOTE,
    Entry,
    EntryError,
    parse_entry,
)
from companion.core.journal.import_text import ImportFileError as ImportFileError
from companion.core.journal.import_text import NotTextError as NotTextError
from companion.core.journal.import_text import import_text, unicode_mark
from companion.core.shared.content import DEFAULT_LANGUAGE
from companion.core.shared.messages import Message, in_language, message_of, quoted
from companion.core.shared.safe_json import JsonLimits, JsonReadError, parse_json

JSON_FORMAT = "thigh-pain-companion-journal"
JSON_VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024
# An export nests an entry's activities four levels down; far more is never a journal.
# A field named twice in an entry is refused: which value was meant is anyone's guess.
IMPORT_LIMITS = JsonLimits(max_bytes=MAX_FILE_BYTES, max_depth=16, unique_keys=True)
LIST_SEPARATOR = ";"
# Excel on Windows reads a CSV without a byte-order mark in the old code page, so a note
# saying "después" showed as "despuÃ©s". With the mark it reads UTF-8; import drops it.
CSV_BOM = "\ufeff"

_LIST_FIELDS = ("feelings", "done", "warning_signs")
_ACTIVITY_COLUMNS = tuple(
    column
    for n in range(1, MAX_ACTIVITIES + 1)
    for column in (f"activity_{n}", f"activity_{n}_rating")
)
CSV_COLUMNS = tuple(
    column for name in FIELDS for column in (_ACTIVITY_COLUMNS if name == "activities" else (name,))
)
_REQUIRED_COLUMNS = ("time", "pain_now", "level")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


@dataclass(frozen=True)
class RowProblem:
    """A row that cannot be imported: where it starts in the file and why."""

    line: int
    parts: tuple[str, ...]  # Messages: what is wrong, one sentence each
    # The entry's number in a JSON file whose line holds several (written on one line):
    # "Line 1" alone would name them all.
    entry: int | None = None

    @property
    def message(self) -> str:
        """What is wrong, in English."""
        return " ".join(self.parts)

    def said(self, language: str) -> str:
        """ "Line 4: ..." in `language`."""
        problem = " ".join(in_language(part, language) for part in self.parts)
        if self.entry is not None:
            where = Message(
                "import.entry_on_line", entry=self.entry, line=self.line, problem=problem
            )
            return in_language(where, language)
        return in_language(Message("import.line", line=self.line, problem=problem), language)

    def __str__(self) -> str:
        return self.said(DEFAULT_LANGUAGE)


PROBLEMS_SHOWN = 10  # rows of an import whose problem is said one by one


@dataclass
class ImportPreview:
    """What an import would do; nothing is saved until `JournalStore.import_entries`."""

    format: str  # "csv" or "json"
    rows: int = 0
    entries: list[Entry] = field(default_factory=list)  # new entries to add
    problems: list[RowProblem] = field(default_factory=list)
    duplicates: int = 0  # rows already in the journal, skipped

    @property
    def clean(self) -> bool:
        return not self.problems

    @property
    def problems_shown(self) -> list[RowProblem]:
        """The rows whose problem is said one by one; the rest are only counted (a file
        can hold thousands of bad rows, and a line for each helps nobody)."""
        return self.problems[:PROBLEMS_SHOWN]

    @property
    def problems_not_shown(self) -> int:
        return max(0, len(self.problems) - PROBLEMS_SHOWN)


# --- export ---------------------------------------------------------------------


def export_json(entries: Sequence[Entry], now: datetime) -> str:
    """Every entry as JSON: one entry per line, so a person can read and diff it."""
    lines = [json.dumps(entry.to_dict(), ensure_ascii=False) for entry in entries]
    body = ",\n    ".join(lines)
    head = (
        f'{{\n  "format": "{JSON_FORMAT}",\n  "version": {JSON_VERSION},\n'
        f'  "exported": {json.dumps(now.isoformat())},\n'
    )
    if not lines:
        return head + '  "entries": []\n}\n'
    return head + f'  "entries": [\n    {body}\n  ]\n}}\n'


def _protect(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def _unprotect(text: str) -> str:
    return text[1:] if text.startswith("'") else text


def _number_text(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _csv_row(entry: Entry) -> list[str]:
    data = entry.to_dict()
    row: list[str] = []
    for name in FIELDS:
        value = data[name]
        if name == "activities":
            for n in range(MAX_ACTIVITIES):
                activity = entry.activities[n] if n < len(entry.activities) else None
                row.append(_protect(activity.name) if activity else "")
                row.append(str(activity.rating) if activity else "")
        elif name in _LIST_FIELDS:
            row.append(LIST_SEPARATOR.join(value))
        elif name == "note":
            row.append(_protect(value))
        elif isinstance(value, int | float) and not isinstance(value, bool):
            row.append(_number_text(value))
        else:
            row.append("" if value is None else str(value))
    return row


def export_csv(entries: Sequence[Entry]) -> str:
    """Every entry as CSV with a header row; lists are split by ';'.

    The text starts with a byte-order mark: it is the file as written, byte for byte
    once encoded as UTF-8 (the Journal page and `journal export` both write it so).
    """
    out = io.StringIO(newline="")
    out.write(CSV_BOM)
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        writer.writerow(_csv_row(entry))
    return out.getvalue()


# --- import ---------------------------------------------------------------------


def _line_of(text: str, position: int) -> int:
    return text.count("\n", 0, position) + 1


class _JsonScanner:
    """Finds each item of the "entries" list with where it starts, for line numbers.

    The whole text has passed the safe reader first, so nesting, numbers and text are
    within its limits here.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.decoder = json.JSONDecoder()
        self.pos = 0
        self._counted = (0, 1)  # (a position, its line): lines are counted on from there

    def _line(self) -> int:
        """The line at `pos`, counting on from the last one asked (entries come in order;
        counting from the top for each made a 10,000-entry import take seconds)."""
        start, line = self._counted
        if self.pos < start:
            start, line = 0, 1
        line += self.text.count("\n", start, self.pos)
        self._counted = (self.pos, line)
        return line

    def _space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def _expect(self, char: str) -> None:
        self._space()
        if self.text[self.pos : self.pos + 1] != char:
            line = _line_of(self.text, self.pos)
            raise ImportFileError(Message("import.json_expected", char=char, line=line))
        self.pos += 1

    def _value(self) -> Any:
        self._space()
        try:
            value, self.pos = self.decoder.raw_decode(self.text, self.pos)
        except json.JSONDecodeError as exc:
            problem = Message("import.json_error", error=exc.msg, line=exc.lineno)
            raise ImportFileError(problem) from None
        return value

    def _items(self) -> Iterator[tuple[int, Any]]:
        self._expect("[")
        self._space()
        if self.text[self.pos : self.pos + 1] == "]":
            self.pos += 1
            return
        while True:
            self._space()
            yield self._line(), self._value()
            self._space()
            if self.text[self.pos : self.pos + 1] == ",":
                self.pos += 1
                continue
            self._expect("]")
            return

    def scan(self) -> tuple[dict[str, Any], list[tuple[int, Any]]]:
        """(the top-level fields other than "entries", the entries with their lines)."""
        self._space()
        if self.text[self.pos : self.pos + 1] == "[":
            bare = list(self._items())
            self._end()
            return {}, bare
        self._expect("{")
        head: dict[str, Any] = {}
        items: list[tuple[int, Any]] | None = None
        self._space()
        if self.text[self.pos : self.pos + 1] == "}":
            self.pos += 1
        else:
            while True:
                key = self._value()
                if not isinstance(key, str):
                    raise ImportFileError(Message("import.json_key_not_text"))
                self._expect(":")
                self._space()
                if key == "entries" and self.text[self.pos : self.pos + 1] == "[":
                    items = list(self._items())
                else:
                    head[key] = self._value()
                self._space()
                if self.text[self.pos : self.pos + 1] == ",":
                    self.pos += 1
                    continue
                self._expect("}")
                break
        self._end()
        if items is None:
            raise ImportFileError(Message("import.no_entries_list"))
        return head, items

    def _end(self) -> None:
        self._space()
        if self.pos != len(self.text):
            line = _line_of(self.text, self.pos)
            raise ImportFileError(Message("import.json_extra", line=line))


def _json_rows(text: str) -> Iterator[tuple[int, Any]]:
    if not text.strip():  # as a CSV with nothing in it says, not "not valid JSON"
        raise ImportFileError(Message("import.empty"))
    try:
        parse_json(text, "the file", IMPORT_LIMITS)
    except JsonReadError as exc:
        raise ImportFileError(Message("import.cannot_read", detail=exc.detail())) from None
    head, items = _JsonScanner(text).scan()
    if head:
        if head.get("format") != JSON_FORMAT:
            raise ImportFileError(Message("import.not_export"))
        version = head.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise ImportFileError(Message("import.bad_version"))
        if version > JSON_VERSION:
            raise ImportFileError(Message("import.newer_version"))
    yield from items


def _delimiter(text: str) -> str:
    """The mark between cells: a spreadsheet where the comma is the decimal mark (Excel
    in Spanish, French, German...) saves a CSV again with semicolons, and some save with
    tabs. No column's name holds one, so the header's first line tells which."""
    end = text.find("\n")
    header = text if end < 0 else text[:end]
    return next((mark for mark in (",", ";", "\t") if mark in header), ",")


def _csv_problem(exc: csv.Error, line: int) -> str:
    """What is wrong near `line`, in the person's words where Python's are a
    programmer's ("field larger than field limit (131072)": a cell of 128 KB)."""
    if "field limit" in str(exc):
        return Message("import.cell_too_long", line=line, most=MAX_NOTE)
    return Message("import.csv_invalid_near", line=line, error=str(exc))


def _csv_rows(text: str) -> Iterator[tuple[int, Any]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError(Message("import.empty")) from None
    except csv.Error as exc:
        raise ImportFileError(_csv_problem(exc, 1)) from None
    columns = [name.strip() for name in header]
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if unknown:
        raise ImportFileError(Message("import.unknown_column", column=quoted(unknown[0])))
    missing = [name for name in _REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError(Message("import.missing_column", column=missing[0]))
    if len(set(columns)) != len(columns):
        raise ImportFileError(Message("import.column_twice"))
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ImportFileError(_csv_problem(exc, start)) from None
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            yield (
                start,
                ValueError(Message("import.row_cells", cells=len(row), columns=len(columns))),
            )
            continue
        yield start, _csv_fields(dict(zip(columns, row, strict=True)))


def _csv_fields(cells: dict[str, str]) -> dict[str, Any]:
    """A CSV row turned into the fields `parse_entry` reads."""
    data: dict[str, Any] = {}
    activities = []
    for name, cell in cells.items():
        if name in _ACTIVITY_COLUMNS:
            continue
        if name in _LIST_FIELDS:
            data[name] = [part.strip() for part in cell.split(LIST_SEPARATOR) if part.strip()]
        elif name == "note":
            data[name] = _unprotect(cell)
        else:
            data[name] = cell
    for n in range(1, MAX_ACTIVITIES + 1):
        name = _unprotect(cells.get(f"activity_{n}", ""))
        rating = cells.get(f"activity_{n}_rating", "")
        if name.strip() or rating.strip():
            activities.append({"name": name, "rating": rating})
    data["activities"] = activities
    return data


def detect_format(raw: bytes, name: str = "") -> str:
    """ "json" or "csv", from the file name or else from the first character (after a
    byte-order mark: UTF-16 and UTF-32 JSON reads as well)."""
    lowered = name.lower()
    if lowered.endswith(".json"):
        return "json"
    if lowered.endswith(".csv"):
        return "csv"
    marked = unicode_mark(raw)
    if marked is not None:
        head = raw[:64].decode(marked[0], "ignore").lstrip("\ufeff \t\r\n")
        return "json" if head[:1] in ("{", "[") else "csv"
    first = raw.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return "json" if first in (b"{", b"[") else "csv"


def not_yet_held(entries: Iterable[Entry], held: Callable[[Entry], int]) -> list[Entry]:
    """The entries an import adds: each as many times as the file has it, less the times
    the journal already `held` it. Two identical entries (saved twice in one minute)
    stay two on a round trip, and importing a file again adds nothing."""
    seen: Counter[Entry] = Counter()
    new = []
    for entry in entries:
        times = held(entry)
        if times:  # only then can a copy in the file be one already held
            seen[entry] += 1
        if not times or seen[entry] > times:
            new.append(entry)
    return new


def read_import(
    raw: bytes,
    *,
    name: str = "",
    now: datetime,
    held: Callable[[Entry], int] = lambda _entry: 0,
) -> ImportPreview:
    """Check every row of an exported file; save nothing.

    Args:
        raw: The file's bytes.
        name: The file name, to tell CSV from JSON (else the content decides).
        now: Entries after this moment are refused.
        held: How many entries identical to this one the journal holds (that many of
            the file's are skipped, counted).

    Raises:
        ImportFileError: the file as a whole cannot be read; NotTextError, one kind,
            when it is not text at all (its sentence names the file).
    """
    if len(raw) > MAX_FILE_BYTES:
        raise ImportFileError(Message("import.too_large"))
    kind = detect_format(raw, name)
    text = import_text(raw, name=name, legacy=kind == "csv")
    rows = list(_json_rows(text) if kind == "json" else _csv_rows(text))
    shared = {line for line, count in Counter(line for line, _ in rows).items() if count > 1}
    preview = ImportPreview(kind)
    read: list[Entry] = []

    def problem(line: int, *parts: str) -> None:
        entry = preview.rows if line in shared else None
        preview.problems.append(RowProblem(line, parts, entry))

    for line, data in rows:
        preview.rows += 1
        if isinstance(data, ValueError):
            problem(line, message_of(data))
            continue
        if not isinstance(data, dict):
            problem(line, Message("import.not_named_fields"))
            continue
        try:
            entry = parse_entry(data, now=now)
        except EntryError as exc:
            problem(line, *(p.message for p in exc.problems))
            continue
        read.append(entry)
    if preview.rows == 0:
        raise ImportFileError(Message("import.no_entries"))
    preview.entries = not_yet_held(read, held)
    preview.duplicates = len(read) - len(preview.entries)
    return preview
