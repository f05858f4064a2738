"""Command line: parsed without importing Qt, so `--help`, `--version` and
`content check` work quickly and even where Qt's system libraries are missing."""

from __future__ import annotations

import argparse
import errno
import os
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion import APP_NAME, __version__
from companion.cli.parser import CommandParser, Once, given_once, spoken_language
from companion.core.shared.kiosk_where import find_system_config, system_config_paths
from companion.core.shared.language import (
    LanguageError,
    checked_language,
)
from companion.core.shared.messages import Message, in_language, message_of
from companion.core.shared.pages import PAGES
from companion.core.shared.resources import document_path

if TYPE_CHECKING:
    from companion.core.shared.kiosk_config import KioskConfig

DATA_DIR_ENV = "COMPANION_DATA_DIR"


@dataclass(frozen=True)
class Options:
    """What the person asked for on the command line."""

    data_dir: Path | None
    page: str | None
    kiosk: bool
    self_test: bool = False
    kiosk_config: Path | None = None
    language: str | None = None  # --language, checked: a shipped language's code


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with "Usage:" capitalised (as help2man reads it for the manual
    page) and without breaking a path such as thigh-pain-companion at a hyphen."""

    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, "Usage: " if prefix is None else prefix)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(" ".join(text.split()), width, break_on_hyphens=False)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        return textwrap.fill(
            " ".join(text.split()),
            width,
            initial_indent=indent,
            subsequent_indent=indent,
            break_on_hyphens=False,
        )


def usual_data_dir(platform: str = sys.platform) -> str:
    """Where the app keeps its data unless told otherwise, in words for the help (Qt's
    application data folder, worked out without loading Qt)."""
    if platform.startswith("linux"):
        base = os.environ.get("XDG_DATA_HOME", "")
        if not Path(base).is_absolute():  # the XDG spec, and Qt, pass over a relative one
            base = "~/.local/share"
        return f"{base}/thigh-pain-companion"
    return "the usual place for app data"


def _parser() -> argparse.ArgumentParser:
    kiosk_guide = document_path("kiosk.md")
    system_config = system_config_paths()[0]
    parser = CommandParser(
        prog="thigh-pain-companion",
        usage=(
            "%(prog)s [OPTION]...\n"
            "  or:  %(prog)s [--data-dir DIR] [--language CODE] check|journal ARGS...\n"
            "  or:  %(prog)s [--data-dir DIR] content|kiosk ARGS..."
        ),
        formatter_class=_HelpFormatter,
        description=(
            f"{APP_NAME}: an offline companion for pain at the back of the thigh. "
            "It explains and supports self-care; it does not diagnose."
        ),
        epilog=(
            "Subcommand: 'content check [DIR]' validates the content files and exits "
            "non-zero on a problem."
            " 'check questions|evaluate ANSWERS.json|table|validate CASES.toml' shows the "
            "guided check's questions and decision logic, evaluates answers (JSON or "
            "Markdown), or tests the logic against case stories ('triage' is its older "
            "name and still works)."
            " 'journal export [--format csv|json] [--out FILE]' and 'journal import FILE' "
            "copy the journal out and back in (a bad file changes nothing, exit status 2)."
            " 'kiosk hash-pin|check [FILE]|where' makes the kiosk admin PIN's hash, checks a "
            "kiosk config file, or lists where the app looks for one."
        ),
    )
    parser._optionals.title = "Options"
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        action=Once,
        help=f"keep data in DIR instead of {usual_data_dir()} (also: ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--language",
        metavar="CODE",
        action=Once,
        help="use this language (for example en or es) instead of the one chosen in "
        "Settings or the system's",
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        type=str.lower,
        action=Once,
        help="open on this page (default: home)",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="clinic kiosk mode: full screen and locked, keeps nothing, clears itself when "
        f"left alone (settings from {system_config} if it is there)",
    )
    parser.add_argument(
        "--kiosk-config",
        metavar="FILE",
        action=FileName,
        help=f"kiosk mode with the settings in FILE (see {kiosk_guide}); a problem in "
        "the file stops the app",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of the app works (content, drawings, every page, the "
        "data folder) without showing a window; prints a report, exits 1 on a problem",
    )
    return parser


def language_option(code: str | None, prog: str = "thigh-pain-companion") -> str | None:
    """`--language CODE` made plain (``ES`` -> ``es``), or None when not given. A code
    the app does not ship ends the command: exit status 2 and one line naming those it
    does, in the system's language."""
    if code is None:
        return None
    try:
        return checked_language(code)
    except LanguageError as exc:
        print(f"{prog}: {in_language(message_of(exc), spoken_language(None))}", file=sys.stderr)
        raise SystemExit(2) from None


def data_folder_option(
    given: str | Path, language: str | None = None, prog: str = "thigh-pain-companion"
) -> Path:
    """The data folder `given` (by --data-dir or $COMPANION_DATA_DIR) as an absolute
    path, `~` and links followed. An empty name ("", say from a script's unset variable,
    which would make the folder it runs in the data folder) and one that names no place
    (a link that leads back to itself, `~name` of a user the computer does not have) end
    the command: exit status 2 and one line, in `language` (a code, checked or not) else
    the system's."""
    if str(given) == "":  # a Path would have read it as "."
        problem = Message("command_line.no_folder_name", name="--data-dir")
    else:
        try:
            return absolute_path(Path(given))
        except RuntimeError:  # Python: "Could not determine home directory."
            problem = Message("start.data_dir_no_home", folder=given)
        except OSError:  # a link that leads back to itself
            problem = Message("start.data_dir_loop", folder=given)
    print(f"{prog}: {in_language(problem, spoken_language(language))}", file=sys.stderr)
    raise SystemExit(2)


def absolute_path(given: Path) -> Path:
    """`given` with `~` and links followed. Raises RuntimeError when `~` names no home
    folder and OSError when a link on the way leads back to itself."""
    expanded = given.expanduser()
    try:
        return expanded.resolve()
    except RuntimeError as exc:  # Python 3.11: "Symlink loop from ..."
        raise OSError(errno.ELOOP, str(exc)) from None


# Where FileName leaves an empty name it was given: (the command's name, the FILE's).
EMPTY_FILE_NAME = "empty_file_name"


class FileName(argparse.Action):
    """The action of every FILE argument: its name as a Path. An empty name ("", say
    from a script's unset variable) would be read as "." and name the folder the command
    runs in, so it ends the command instead (`refused_empty_file_name`): exit status 2
    and one line. That line is said once the whole command line is read, so that it is
    in the language asked for, even by a `--language` after the FILE. (An empty
    `--data-dir` is refused too, by `data_folder_option`.)"""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        given_once(parser, namespace, self.dest, option_string)
        if values == "":
            name = option_string or self.metavar or self.dest
            setattr(namespace, EMPTY_FILE_NAME, (parser.prog, name))
            values = None
        # An optional FILE left out comes here as its default, None, and stays None.
        setattr(namespace, self.dest, None if values is None else Path(str(values)))


def refused_empty_file_name(args: argparse.Namespace, language: str | None) -> bool:
    """True, after one line on standard error in `language` (a shipped language's code,
    else the system's), when a FILE on the command line was given as an empty name."""
    empty: tuple[str, str] | None = getattr(args, EMPTY_FILE_NAME, None)
    if empty is None:
        return False
    prog, name = empty
    problem = in_language(
        Message("command_line.no_file_name", name=name), spoken_language(language)
    )
    print(f"{prog}: {problem}", file=sys.stderr)
    return True


def _file_option(given: Path) -> Path:
    """A file named on the command line, absolute; a link loop or an unknown `~name` is
    left for its reader to refuse in its own words."""
    try:
        return absolute_path(given)
    except (RuntimeError, OSError):
        return given.absolute()


def parse_options(argv: Sequence[str]) -> Options:
    args = _parser().parse_args(list(argv))
    language = language_option(args.language)
    if refused_empty_file_name(args, language):
        raise SystemExit(2)
    data_dir: str | None = args.data_dir
    if data_dir is None and os.environ.get(DATA_DIR_ENV):  # set but empty: as if unset
        data_dir = os.environ[DATA_DIR_ENV]
    return Options(
        data_dir=data_folder_option(data_dir, language) if data_dir is not None else None,
        page=args.page,
        kiosk=args.kiosk or args.kiosk_config is not None,
        self_test=args.self_test,
        kiosk_config=_file_option(args.kiosk_config) if args.kiosk_config else None,
        language=language,
    )


def kiosk_config_for(options: Options) -> KioskConfig | None:
    """The kiosk settings to run with, or None for the personal app.

    `--kiosk-config FILE` wins; otherwise a kiosk.toml in the system config folder turns
    the machine into a kiosk (an installer can put it there); plain `--kiosk` uses the
    defaults. Raises KioskConfigError when the file has a problem.
    """
    path = options.kiosk_config or find_system_config()
    if path is None and not options.kiosk:
        return None  # the personal app: the kiosk's settings code is not even loaded
    from companion.core.shared.kiosk_config import KioskConfig, load_kiosk_config

    return load_kiosk_config(path) if path is not None else KioskConfig()
