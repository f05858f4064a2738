"""`journal export` and `journal import`: the journal's files from the command line.

    thigh-pain-companion [--data-dir DIR] journal export [--format csv|json] [--out FILE]
    thigh-pain-companion [--data-dir DIR] journal import FILE [--check] [--yes]
    thigh-pain-companion [--data-dir DIR] journal summary [--json]

`summary` prints the trend in words and what seems to help (see core/journal_summary).
An empty journal exports as a valid empty file (CSV with its header row, JSON with no
entries); a data folder that does not exist counts as an empty journal and is not made.

An import reads and checks every row first. A file with any bad row is refused as a
whole, with each problem and its line number, exit status 2, and nothing changed.
Asked from a terminal, import asks before adding anything; from a script (no terminal)
running the command is the confirmation. While the app has the data folder open, import
refuses (two programs must never write the same files), exit status 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from companion import APP_NAME

OK, FAILED, BAD_INPUT = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thigh-pain-companion journal",
        description="Export the journal to CSV or JSON, or import such a file.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="write every entry as CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out, else csv")
    export.add_argument("--out", type=Path, metavar="FILE", help="default: print the file")
    source = commands.add_parser("import", help="add the entries of an exported file")
    source.add_argument("file", type=Path, metavar="FILE", help="a CSV or JSON export")
    source.add_argument("--check", action="store_true", help="only check the file")
    source.add_argument("--yes", action="store_true", help="do not ask before adding")
    summary = commands.add_parser("summary", help="the trend in words and what seems to help")
    summary.add_argument("--json", action="store_true", help="print JSON for a script")
    return parser


def _data_folder(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir
    # The same folder the app uses; QStandardPaths needs the app's name, not an app.
    from PySide6.QtCore import QCoreApplication

    from companion.app import APP_ID, default_data_dir

    QCoreApplication.setApplicationName(APP_ID)
    return default_data_dir()


def journal_command(argv: Sequence[str], *, data_dir: Path | None = None) -> int:
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse already printed the help or the mistake
        return OK if not exc.code else BAD_INPUT
    folder = _data_folder(data_dir)
    if folder.exists() and not folder.is_dir():
        _say(f"The data folder {folder} is a file, not a folder.")
        return BAD_INPUT
    if args.command == "export":
        return _export(folder, args.format, args.out)
    if args.command == "summary":
        return _summary(folder, as_json=args.json)
    return _import(folder, args.file, check_only=args.check, ask=not args.yes)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _export(folder: Path, kind: str | None, out: Path | None) -> int:
    from companion.core.app_state import AppState
    from companion.core.atomic_file import atomic_write_bytes, describe_os_error
    from companion.core.journal import JournalStore
    from companion.core.journal_io import export_csv, export_json

    if kind is None:
        kind = "json" if out is not None and out.suffix.lower() == ".json" else "csv"
    journal = None
    if (folder / "store.json").is_file():
        state = AppState.open(folder)
        journal = JournalStore(state)
        now = state.now()
    else:  # no data yet: an empty journal, and the folder is not made
        from companion.core.app_state import local_now

        now = local_now()
        _say(f"There is no {APP_NAME} data in {folder} yet, so the journal is empty.")
    entries = [item.entry for item in journal.entries()] if journal else []
    text = export_csv(entries) if kind == "csv" else export_json(entries, now)
    if out is None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        try:
            atomic_write_bytes(out, text.encode("utf-8"))
        except OSError as exc:
            _say(f"The file {out} could not be written. {describe_os_error(exc)}")
            return FAILED
        _say(f"Exported {len(entries)} entries to {out}.")
    if journal is not None and journal.unreadable:
        _say(f"{journal.unreadable} saved entries could not be read and were left out.")
    return OK


def _summary(folder: Path, *, as_json: bool) -> int:
    import json

    from companion.core.app_state import AppState, local_now
    from companion.core.journal import JournalStore, load_events, load_journal_content
    from companion.core.journal_insights import load_insight_content
    from companion.core.journal_summary import summarize
    from companion.core.trend import load_trend_content

    entries, events, number, now = [], [], None, local_now()
    if (folder / "store.json").is_file():  # else an empty journal; the folder is not made
        state = AppState.open(folder)
        entries = [item.entry for item in JournalStore(state).entries()]
        events = load_events(state)
        number = state.settings.current.emergency_number
        now = state.now()
    summary = summarize(
        entries,
        events,
        now,
        trend_content=load_trend_content(),
        insight_content=load_insight_content(),
        journal_content=load_journal_content(),
        emergency_number=number or "your local emergency number",
    )
    if as_json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2))
    else:
        print("\n".join(summary.lines()))
    return OK


def _import(folder: Path, file: Path, *, check_only: bool, ask: bool) -> int:
    from datetime import datetime

    from companion.core.journal_io import ImportFileError, read_import

    try:
        raw = file.read_bytes()
    except OSError as exc:
        from companion.core.atomic_file import describe_os_error

        _say(f"The file {file} could not be read. {describe_os_error(exc)}")
        return BAD_INPUT
    # Check the whole file before touching the data folder at all.
    try:
        preview = read_import(raw, name=file.name, now=datetime.now().astimezone())
    except ImportFileError as exc:
        _say(f"{file}: {exc} Nothing was imported.")
        return BAD_INPUT
    if preview.problems:
        for problem in preview.problems:
            _say(f"{file}: {problem}")
        _say(
            f"{len(preview.problems)} of {preview.rows} rows have problems, so nothing was "
            "imported. Please fix them and try again."
        )
        return BAD_INPUT
    if check_only:
        print(f"{file}: all {preview.rows} rows are fine.")
        return OK
    return _add(folder, file, raw, ask=ask)


def _add(folder: Path, file: Path, raw: bytes, *, ask: bool) -> int:
    from PySide6.QtCore import QLockFile

    from companion.core.app_state import LOCK_FILE, AppState
    from companion.core.atomic_file import describe_os_error, ensure_private_dir
    from companion.core.journal import JournalStore
    from companion.core.journal_io import read_import

    try:
        ensure_private_dir(folder)
    except OSError as exc:
        _say(f"The data folder {folder} cannot be used. {describe_os_error(exc)}")
        return FAILED
    lock = QLockFile(str(folder / LOCK_FILE))
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        error = lock.error()
        if error == QLockFile.LockError.LockFailedError:
            _say(f"{APP_NAME} is open with this data folder. Please close it, then import again.")
        elif error == QLockFile.LockError.PermissionError:
            _say(
                f"The data folder {folder} is read-only (or this user may not change it), "
                "so nothing was imported and nothing was changed."
            )
        else:
            _say(
                f"The data folder {folder} cannot be changed right now (is the disk full?), "
                "so nothing was imported and nothing was changed."
            )
        return FAILED
    try:
        state = AppState.open(folder)
        journal = JournalStore(state)
        preview = read_import(raw, name=file.name, now=state.now(), already_there=journal.contains)
        if preview.duplicates:
            print(f"{preview.duplicates} entries are already in the journal and are skipped.")
        if not preview.entries:
            print("There is nothing new to import.")
            return OK
        if ask and sys.stdin.isatty():
            question = f"Add {len(preview.entries)} entries to the journal in {folder}? [y/N] "
            answer = input(question)
            if answer.strip().lower() not in ("y", "yes"):
                print("Nothing was imported.")
                return OK
        count = len(preview.entries)
        journal.import_entries(preview.entries)
        if state.store.pending:
            reason = state.store.pending_reason() or ""
            if state.store.unfinished_change:
                _say(
                    f"{reason} All {count:,} entries are saved, in the data folder's record of "
                    "unfinished changes, and nothing was lost. The journal's files are brought "
                    "up to date the next time the app or this command opens the folder with "
                    "some free space."
                )
            else:
                _say(
                    f"{reason} None of the {count:,} entries were added, and nothing in the "
                    "journal was changed or lost. Please free some space, then run the same "
                    "import again."
                )
            return FAILED
        print(f"Added {count:,} entries to the journal in {folder}.")
        return OK
    finally:
        lock.unlock()
