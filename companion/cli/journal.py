"""`journal export` and `journal import`: the journal's files from the command line.

    thigh-pain-companion [--data-dir DIR] journal export [--format csv|json] [--out FILE]
    thigh-pain-companion [--data-dir DIR] journal import FILE [--check] [--yes]
    thigh-pain-companion [--data-dir DIR] journal summary [--json]
    thigh-pain-companion [--data-dir DIR] journal report [--out FILE.pdf] [--full]

`summary` prints the trend in words and what seems to help (see core/journal/overview.py).
`report` writes the clinician's report the Journal page makes (ui/journal/report.py), with
no window and no display; `--full` adds every entry on the pages after page 1. An --out
that is a folder, cannot be written or does not end in .pdf: exit status 2, one line.
Either --out refuses a link (exit 2, one line), and a result line says when a file of
that name was replaced (see `atomic_file.command_output`).
An empty journal exports as a valid empty file (CSV with its header row, JSON with no
entries); a data folder that does not exist counts as an empty journal and is not made.

An import reads and checks every row first. A file with any bad row is refused as a
whole, with each problem and its line number, exit status 2, and nothing changed.
Asked from a terminal, import asks before adding anything; from a script (no terminal)
running the command is the confirmation. While the app has the data folder open, import
refuses (two programs must never write the same files), exit status 1.

A data file or settings.json that cannot be read: export, summary and report (which only
read) change no file at all and name each file they left as it is, one line on stderr;
import leaves the settings to the app, and names any year file it set aside to save,
with its copy (the app's banner then tells at each start until dealt with). Both exit
1, as `--self-test` does for the same folder: the command did what it could, and the
folder needs the person.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.options import FileName, data_folder_option, refused_empty_file_name
from companion.cli.output import write_data
from companion.cli.parser import CommandParser, Once

if TYPE_CHECKING:
    from datetime import datetime

    from companion.core.journal.entry import Entry
    from companion.core.journal.io import ImportPreview
    from companion.core.journal.store import JournalStore
    from companion.core.shared.app_state import AppState
    from companion.core.shared.atomic_file import CommandOutput
    from companion.core.shared.messages import Message
    from companion.core.shared.records import CheckRecord, TimerEvent

OK, FAILED, BAD_INPUT = 0, 1, 2
LANGUAGE_HELP = (
    "the language of the messages (en, es; default: the one chosen in the app's Settings, "
    "else the system's, else en)"
)
DATA_DIR_HELP = "the data folder (default: the app's own); it may also come before `journal`"


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="thigh-pain-companion journal",
        description="Export the journal to CSV or JSON, or import such a file.",
    )
    parser.add_argument("--language", metavar="CODE", action=Once, help=LANGUAGE_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    export = commands.add_parser("export", help="write every entry as CSV or JSON")
    export.add_argument("--format", choices=("csv", "json"), help="default: from --out, else csv")
    export.add_argument("--out", action=FileName, metavar="FILE", help="default: print the file")
    source = commands.add_parser("import", help="add the entries of an exported file")
    source.add_argument("file", action=FileName, metavar="FILE", help="a CSV or JSON export")
    source.add_argument("--check", action="store_true", help="only check the file")
    source.add_argument("--yes", action="store_true", help="do not ask before adding")
    summary = commands.add_parser("summary", help="the trend in words and what seems to help")
    summary.add_argument("--json", action="store_true", help="print JSON for a script")
    report = commands.add_parser("report", help="write the clinician's report as a PDF")
    report.add_argument(
        "--out", action=FileName, metavar="FILE.pdf", help="default: journal-report-DATE.pdf here"
    )
    report.add_argument("--full", action="store_true", help="add every entry after page 1")
    parser.add_argument("--data-dir", metavar="DIR", action=Once, help=DATA_DIR_HELP)
    for command in (export, source, summary, report):  # also after the command's name
        command.add_argument(
            "--language", metavar="CODE", default=argparse.SUPPRESS, action=Once, help=LANGUAGE_HELP
        )
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, action=Once, help=DATA_DIR_HELP
        )
    return parser


def _data_folder(data_dir: Path | None) -> Path:
    if data_dir is not None:
        return data_dir
    # The same folder the app uses; QStandardPaths needs the app's name, not an app.
    from PySide6.QtCore import QCoreApplication

    from companion.ui.shell.application import APP_ID, default_data_dir

    QCoreApplication.setApplicationName(APP_ID)
    return default_data_dir()


def journal_command(argv: Sequence[str], *, data_dir: Path | None = None) -> int:
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse already printed the help or the mistake
        return OK if not exc.code else BAD_INPUT
    from companion.core.shared.language import LanguageError, command_language
    from companion.core.shared.messages import message_of
    from companion.core.shared.settings import saved_language

    if args.data_dir is not None:  # on the line (once), it wins over $COMPANION_DATA_DIR
        data_dir = data_folder_option(args.data_dir, args.language, "thigh-pain-companion journal")
    folder = _data_folder(data_dir)
    setting = saved_language(folder)
    try:  # the folder's own Settings choose, as in the app, unless --language is given
        language = command_language(args.language, setting=setting)
    except LanguageError as exc:  # said in the language it would speak without it
        said = _said(message_of(exc), command_language(None, setting=setting))
        print(f"thigh-pain-companion journal: {said}", file=sys.stderr)
        return BAD_INPUT
    if refused_empty_file_name(args, language):
        return BAD_INPUT
    from companion.core.shared.atomic_file import check_folder_name, describe_os_error

    try:
        check_folder_name(folder)  # a part too long, or not text: refused before the disk
        a_file = folder.exists() and not folder.is_dir()
        inside = None if a_file else _file_above(folder)
    except OSError as exc:  # a name too long for the system, say
        error = describe_os_error(exc)
        _say(_words(language, "journal_command.folder_unusable", folder=folder, error=error))
        return BAD_INPUT
    if a_file:
        _say(_words(language, "journal_command.folder_is_file", folder=folder))
        return BAD_INPUT
    if inside is not None:  # it was read as a folder not made yet: "the journal is empty"
        _say(_words(language, "journal_command.folder_in_file", folder=folder, file=inside))
        return BAD_INPUT
    from companion.core.shared.settings import SettingsTooNewError
    from companion.core.shared.store import StoreTooNewError

    try:
        if args.command == "export":
            return _export(folder, args.format, args.out, language)
        if args.command == "summary":
            return _summary(folder, language, as_json=args.json)
        if args.command == "report":
            return _report(folder, args.out, language, full=args.full)
        return _import(folder, args.file, language, check_only=args.check, ask=not args.yes)
    except (StoreTooNewError, SettingsTooNewError) as exc:  # left as it is, as the app does
        _say(_said(message_of(exc), language))
        return BAD_INPUT


def _file_above(folder: Path) -> Path | None:
    """The file that stands where one of the folders around `folder` should be (the
    folder cannot be made, nor read), or None."""
    for above in folder.parents:
        if above.exists():
            return None if above.is_dir() else above
    return None


def _words(language: str, message_id: str, **values: object) -> str:
    """One sentence of `journal_command` in `language`."""
    from companion.core.shared.messages import Message, in_language

    return in_language(Message(message_id, **values), language)


def _said(text: str, language: str) -> str:
    """A sentence the core made (a Message), in `language`."""
    from companion.core.shared.messages import in_language

    return in_language(text, language)


def _say(text: str) -> None:
    print(text, file=sys.stderr)


@dataclass(frozen=True)
class _FolderRead:
    """What export, summary and report read of a data folder that holds the app's data."""

    entries: list[Entry]
    unreadable: int  # saved entries that could not be read (and so are left out)
    events: list[TimerEvent]
    checks: list[CheckRecord]
    not_used: list[Message]  # each file this reading could not use (`files_not_used`)
    number: str | None  # the emergency number the person chose
    now: datetime


def _read_folder(folder: Path, *, events: bool = False, checks: bool = False) -> _FolderRead | None:
    """The journal of `folder` (its timer events and checks too, when asked), read as the
    app reads them and changing no file; None when the folder holds none of the app's
    data (`holds_app_data`): an empty journal, and the folder is not made."""
    from companion.core.journal.store import JournalStore
    from companion.core.shared.app_state import AppState, holds_app_data

    if not holds_app_data(folder):
        return None
    state = AppState.open(folder, writes="nothing")  # reads only: changes no file
    journal = JournalStore(state)
    entries = [item.entry for item in journal.entries()]
    found_events: list[TimerEvent] = []
    found_checks: list[CheckRecord] = []
    if events or checks:
        from companion.core.shared.record_log import load_checks, load_events

        found_events = load_events(state) if events else []
        found_checks = load_checks(state) if checks else []
    not_used = state.files_not_used()  # once every file is read
    number = state.settings.current.emergency_number
    return _FolderRead(
        entries, journal.unreadable, found_events, found_checks, not_used, number, state.now()
    )


def _nothing_read() -> _FolderRead:
    """What a folder with none of the app's data reads as: an empty journal, now."""
    from companion.core.shared.wall_clock import local_now

    return _FolderRead([], 0, [], [], [], None, local_now())


def _export(folder: Path, kind: str | None, out: Path | None, language: str) -> int:
    from companion.core.journal.io import export_csv, export_json
    from companion.core.shared.atomic_file import (
        atomic_write_bytes,
        command_output,
        describe_os_error,
    )

    if kind is None:
        kind = "json" if out is not None and out.suffix.lower() == ".json" else "csv"
    target: CommandOutput | None = None
    if out is not None:
        try:  # a link, a pipe, a device or the data folder is refused
            target = command_output(out, keep_out=folder)
        except OSError as exc:  # the place named cannot take a file: bad input
            said = describe_os_error(exc)
            _say(_words(language, "journal_command.write_failed", file=out, error=said))
            return BAD_INPUT
        if not target.path.parent.is_dir():  # else said as the data folder gone, exit 1
            _say(_words(language, "journal_command.export_no_folder", file=out))
            return BAD_INPUT
    read = _read_folder(folder)
    if read is None:  # no data yet: an empty journal, and the folder is not made
        _say(_words(language, "journal_command.empty_journal", folder=folder))
        read = _nothing_read()
    entries, now = read.entries, read.now
    text = export_csv(entries) if kind == "csv" else export_json(entries, now)
    if target is None:
        write_data(text)
    else:
        try:
            atomic_write_bytes(target.path, text.encode("utf-8"))
        except OSError as exc:
            _say(
                _words(
                    language, "journal_command.write_failed", file=out, error=describe_os_error(exc)
                )
            )
            return FAILED
        # Said as the report says it: a file of theirs never goes without a word.
        written = "exported_replaced" if target.replaces else "exported"
        _say(_words(language, f"journal_command.{written}", count=len(entries), file=out))
    _say_left_out(read.unreadable, language)
    return _said_not_used(read.not_used, language)


def _said_not_used(not_used: Sequence[str], language: str) -> int:
    """One line on stderr for each data file that could not be used (left as it is, or
    set aside: see `AppState.files_not_used`); exit status 1 when there is any, as for
    `--self-test`: the folder needs the person, though the command did what it could."""
    for sentence in not_used:
        _say(_said(sentence, language))
    return FAILED if not_used else OK


def _say_left_out(unreadable: int, language: str) -> None:
    """One line on stderr when saved entries could not be read (and so were left out)."""
    if unreadable:
        _say(_words(language, "journal_command.left_out", count=unreadable))


def _summary(folder: Path, language: str, *, as_json: bool) -> int:
    import json

    from companion.core.journal.choices import load_journal_content
    from companion.core.journal.insights import load_insight_content
    from companion.core.journal.overview import summarize
    from companion.core.journal.trend import load_trend_content

    read = _read_folder(folder, events=True) or _nothing_read()
    summary = summarize(
        read.entries,
        read.events,
        read.now,
        trend_content=load_trend_content(language=language),
        insight_content=load_insight_content(language=language),
        journal_content=load_journal_content(language=language),
        emergency_number=read.number or _words(language, "journal_command.no_number"),
    )
    if as_json:
        write_data(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        print("\n".join(summary.lines(language)))
    _say_left_out(read.unreadable, language)
    return _said_not_used(read.not_used, language)


def _report_target(
    out: Path | None, today: str, language: str, folder: Path
) -> tuple[Path, bool] | None:
    """Where the report goes and whether a file of that name is there now, or None (after
    saying why) when `out` cannot be used (a link, or a place in the data `folder`)."""
    target = out if out is not None else Path(f"journal-report-{today}.pdf")
    try:
        is_folder, existed = target.is_dir(), target.exists()
    except OSError:  # a name the system refuses (too long, say)
        _say(_words(language, "journal_command.report_cannot_write", file=target))
        return None
    if is_folder:
        _say(_words(language, "journal_command.report_is_folder", file=target))
        return None
    if target.suffix.lower() != ".pdf":
        _say(_words(language, "journal_command.report_not_pdf", file=target))
        return None
    from companion.core.shared.atomic_file import (
        InDataFolderError,
        IsALinkError,
        claim_output,
        command_output,
        describe_os_error,
    )
    from companion.core.shared.bounded_read import NotAFileError

    # Made as the PDF writer will make it (and taken away again when it was not there), so
    # a pipe, a device, the data folder or a folder that is missing or read-only is said
    # at once, before the report is drawn.
    try:
        place = command_output(target, keep_out=folder)  # a link is refused
        made = claim_output(target, keep_out=folder)
        if not existed:
            made.unlink()
    except (NotAFileError, InDataFolderError, IsALinkError) as exc:
        said = _said(describe_os_error(exc), language)
        _say(_words(language, "journal_command.write_failed", file=target, error=said))
        return None
    except OSError:
        _say(_words(language, "journal_command.report_cannot_write", file=target))
        return None
    return target, place.replaces


def _report(folder: Path, out: Path | None, language: str, *, full: bool) -> int:
    import os

    from companion.core.shared.wall_clock import local_now

    place = _report_target(out, local_now().date().isoformat(), language, folder)
    if place is None:
        return BAD_INPUT
    target, replacing = place  # said after, so no file of theirs goes without a word
    # The report draws its graph and pages off screen: it needs no display at all.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from companion.core.journal.choices import load_journal_content
    from companion.core.journal.insights import load_insight_content
    from companion.core.journal.report_plan import STAND_IN
    from companion.core.journal.trend import load_trend_content
    from companion.core.shared.atomic_file import describe_os_error
    from companion.ui.journal.report import JournalReport
    from companion.ui.journal.report_data import ReportData, ReportOptions
    from companion.ui.shared.language import install_translators
    from companion.ui.shared.paper import default_paper
    from companion.ui.shared.qt_messages import hearing_qt

    app = QApplication.instance() or QApplication(["thigh-pain-companion"])
    install_translators(app, language)
    read = _read_folder(folder, events=True, checks=True)
    if read is None:  # an empty journal; the folder is not made
        _say(_words(language, "journal_command.empty_journal", folder=folder))
        read = _nothing_read()
    report = JournalReport(
        ReportData(
            read.entries, read.events, read.checks, read.now, read.number, language, read.unreadable
        ),
        load_journal_content(language=language),
        load_trend_content(language=language),
        load_insight_content(language=language),
        ReportOptions(full=full, paper=default_paper()),
    )
    try:
        with hearing_qt(lambda _kind, text, _formatted: text == OFFSCREEN_NOTE):
            pages = report.write_pdf(target, keep_out=folder)
    except OSError as exc:
        _say(
            _words(
                language, "journal_command.write_failed", file=target, error=describe_os_error(exc)
            )
        )
        return FAILED
    written = "report_replaced" if replacing else "report_written"
    print(_words(language, f"journal_command.{written}", file=target, pages=pages))
    if report.words.replaced:  # as the app's notice says it: the PDF is written all the same
        _say(_words(language, "journal_command.report_stand_ins", mark=STAND_IN))
    _say_left_out(read.unreadable, language)  # the report says it too, under its first lines
    return _said_not_used(read.not_used, language)


# What Qt's offscreen plugin says each time a window is shown on it (the report lays its
# graph out that way): true of the plugin, and nothing a person can act on.
OFFSCREEN_NOTE = "This plugin does not support propagateSizeHints()"


def _import(folder: Path, file: Path, language: str, *, check_only: bool, ask: bool) -> int:
    from companion.core.journal.io import (
        MAX_FILE_BYTES,
        ImportFileError,
        NotTextError,
        read_import,
    )
    from companion.core.shared.bounded_read import read_bounded
    from companion.core.shared.messages import message_of
    from companion.core.shared.wall_clock import local_now

    try:
        raw = read_bounded(file, MAX_FILE_BYTES)  # a pipe or a device is refused, not waited on
    except OSError as exc:
        from companion.core.shared.atomic_file import describe_read_error

        _say(
            _words(
                language, "journal_command.read_failed", file=file, error=describe_read_error(exc)
            )
        )
        return BAD_INPUT
    # Check the whole file before touching the data folder at all.
    try:
        preview = read_import(raw, name=file.name, now=local_now())
    except ImportFileError as exc:
        said = _said(message_of(exc), language)
        if isinstance(exc, NotTextError):  # its sentence names the file
            _say(_words(language, "journal_command.not_text_refused", problem=said))
        else:
            _say(_words(language, "journal_command.file_refused", file=file, problem=said))
        return BAD_INPUT
    if preview.problems:
        for problem in preview.problems_shown:
            said = problem.said(language)
            _say(_words(language, "journal_command.row_problem", file=file, problem=said))
        if preview.problems_not_shown:
            more = preview.problems_not_shown
            _say(_words(language, "journal_command.more_problems", file=file, count=more))
        bad = len(preview.problems)
        _say(_words(language, "journal_command.rows_refused", bad=bad, rows=preview.rows))
        return BAD_INPUT
    if check_only:
        print(_words(language, "journal_command.all_fine", file=file, count=preview.rows))
        return OK
    return _add(folder, preview, language, ask=ask)


def _add(folder: Path, preview: ImportPreview, language: str, *, ask: bool) -> int:
    """Add the entries `preview` found (the file is read once) that the journal does not
    hold yet, asked again once the folder is locked."""
    from PySide6.QtCore import QLockFile

    from companion.core.journal.store import JournalStore
    from companion.core.shared.app_state import AppState
    from companion.core.shared.atomic_file import describe_os_error, ensure_private_dir
    from companion.ui.shell.single_instance import folder_lock, take

    try:
        ensure_private_dir(folder)
    except OSError as exc:  # as when the folder's name is refused before any change
        _say(
            _words(
                language,
                "journal_command.folder_unusable",
                folder=folder,
                error=describe_os_error(exc),
            )
        )
        return BAD_INPUT
    lock = folder_lock(folder)
    if not take(lock, folder):
        error = lock.error()
        if error == QLockFile.LockError.LockFailedError:
            _say(_words(language, "journal_command.app_open"))
        elif error == QLockFile.LockError.PermissionError:
            _say(_words(language, "journal_command.read_only", folder=folder))
        else:
            _say(_words(language, "journal_command.cannot_change", folder=folder))
        return FAILED
    try:
        # The journal only: a damaged settings file is left for the app to deal with.
        state = AppState.open(folder, writes="store")
        code = _add_entries(state, JournalStore(state), preview, language, ask=ask)
        # Said last, after what was added: a file set aside to save is named with its copy.
        return max(code, _said_not_used(state.files_not_used(), language))
    finally:
        lock.unlock()


def _add_entries(
    state: AppState, journal: JournalStore, preview: ImportPreview, language: str, *, ask: bool
) -> int:
    """Add the entries `preview` found that `journal` does not hold yet, asked first."""
    from companion.core.journal.io import not_yet_held

    entries = not_yet_held(preview.entries, journal.counter())
    duplicates = preview.duplicates + len(preview.entries) - len(entries)
    if duplicates:
        print(_words(language, "journal_command.duplicates", count=duplicates))
    if not entries:
        print(_words(language, "journal_command.nothing_new"))
        return OK
    if ask and sys.stdin.isatty():
        question = _words(
            language, "journal_command.ask", count=len(entries), folder=state.data_dir
        )
        try:
            answer = input(question)
        except (EOFError, KeyboardInterrupt):  # Ctrl+D or Ctrl+C: as a "no", no traceback
            print()
            answer = ""
        yes = {word.strip() for word in _words(language, "journal_command.yes_answers").split(",")}
        if answer.strip().lower() not in yes:
            print(_words(language, "journal_command.nothing_imported"))
            return OK
    count = len(entries)
    journal.import_entries(entries)
    if state.store.pending:
        reason = state.store.pending_reason() or ""
        if state.store.unfinished_change:
            _say(_words(language, "journal_command.kept_unfinished", reason=reason, count=count))
        else:
            _say(_words(language, "journal_command.none_added", reason=reason, count=count))
        return FAILED
    print(_words(language, "journal_command.added", count=count, folder=state.data_dir))
    return OK
