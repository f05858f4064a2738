"""Command line: parsed without importing Qt, so `--help`, `--version` and
`content check` work quickly and even where Qt's system libraries are missing."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from companion import APP_NAME, __version__
from companion.core.shared.resources import document_path

PAGES = ("home", "check", "learn", "timers", "journal", "settings")
DATA_DIR_ENV = "COMPANION_DATA_DIR"


@dataclass(frozen=True)
class Options:
    """What the person asked for on the command line."""

    data_dir: Path | None
    page: str | None
    kiosk: bool
    self_test: bool = False
    kiosk_config: Path | None = None


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
        base = os.environ.get("XDG_DATA_HOME") or "~/.local/share"
        return f"{base}/thigh-pain-companion"
    return "the usual place for app data"


def _parser() -> argparse.ArgumentParser:
    from companion.core.shared.kiosk_config import system_config_paths

    kiosk_guide = document_path("kiosk.md")
    system_config = system_config_paths()[0]
    parser = argparse.ArgumentParser(
        prog="thigh-pain-companion",
        usage=(
            "%(prog)s [OPTION]...\n"
            "  or:  %(prog)s [--data-dir DIR] content|triage|journal|kiosk ARGUMENTS..."
        ),
        formatter_class=_HelpFormatter,
        description=(
            f"{APP_NAME}: an offline companion for pain at the back of the thigh. "
            "It explains and supports self-care; it does not diagnose."
        ),
        epilog=(
            "Subcommand: 'content check [DIR]' validates the content files and exits "
            "non-zero on a problem."
            " 'triage questions|evaluate ANSWERS.json|table|validate CASES.toml' shows the "
            "guided check's questions and decision logic, evaluates answers (JSON or "
            "Markdown), or tests the logic against case stories."
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
        type=Path,
        help=f"keep data in DIR instead of {usual_data_dir()} (also: ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--page", choices=PAGES, type=str.lower, help="open on this page (default: home)"
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
        type=Path,
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


def parse_options(argv: Sequence[str]) -> Options:
    args = _parser().parse_args(list(argv))
    data_dir = args.data_dir
    if data_dir is None and os.environ.get(DATA_DIR_ENV):
        data_dir = Path(os.environ[DATA_DIR_ENV])
    return Options(
        data_dir=data_dir.expanduser().resolve() if data_dir else None,
        page=args.page,
        kiosk=args.kiosk or args.kiosk_config is not None,
        self_test=args.self_test,
        kiosk_config=args.kiosk_config.expanduser().resolve() if args.kiosk_config else None,
    )


def run_content_check(argv: Sequence[str]) -> int:
    """`content check [DIR]`: print each problem with its file and key; 0 when clean."""
    from companion.core.shared.content import check_content

    parser = argparse.ArgumentParser(
        prog="thigh-pain-companion content check",
        description="Validate the content files (TOML and Markdown).",
    )
    parser.add_argument("dir", nargs="?", type=Path, help="content folder (default: bundled)")
    args = parser.parse_args(list(argv))
    problems = list(check_content(args.dir))
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"content check: {len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print("content check: all content is valid")
    return 0


# Subcommands that run without a window: name -> "module:function". Each function takes
# the arguments after the name (and after any global --data-dir) and returns the exit
# status. A module is imported only when its subcommand is used.
SUBCOMMANDS = {
    "content": "companion.cli.options:content_command",
    "triage": "companion.cli.check:triage_command",
    "journal": "companion.cli.journal:journal_command",
    "kiosk": "companion.cli.kiosk:kiosk_command",
}


def split_subcommand(argv: Sequence[str]) -> tuple[str, list[str], Path | None] | None:
    """(name, its arguments, --data-dir) when `argv` asks for a subcommand, else None.

    `--data-dir DIR` may come before the subcommand name, as in
    `python -m companion --data-dir DIR journal export`.
    """
    args = list(argv)
    data_dir: Path | None = None
    while args and args[0].startswith("--data-dir"):
        option = args.pop(0)
        if "=" in option:
            data_dir = Path(option.split("=", 1)[1])
        elif args:
            data_dir = Path(args.pop(0))
        else:
            return None
    if not args or args[0] not in SUBCOMMANDS:
        return None
    if data_dir is None and os.environ.get(DATA_DIR_ENV):
        data_dir = Path(os.environ[DATA_DIR_ENV])
    return args[0], args[1:], data_dir.expanduser().resolve() if data_dir else None


def run_subcommand(name: str, argv: Sequence[str], data_dir: Path | None) -> int:
    """Run one subcommand; those that use the data folder take `data_dir=`."""
    import importlib
    import inspect

    module_name, function_name = SUBCOMMANDS[name].split(":")
    function = getattr(importlib.import_module(module_name), function_name)
    try:
        if "data_dir" in inspect.signature(function).parameters:
            return int(function(list(argv), data_dir=data_dir))
        return int(function(list(argv)))
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


def content_command(argv: Sequence[str]) -> int:
    if not argv or argv[0] != "check":
        print("usage: thigh-pain-companion content check [DIR]", file=sys.stderr)
        return 2
    return run_content_check(argv[1:])


def console_main() -> None:
    """Console entry point (`thigh-pain-companion-cli`), for scripted checks."""
    from companion.app import main

    sys.exit(main())
