"""Command line: parsed without importing Qt, so `--help`, `--version` and
`content check` work quickly and even where Qt's system libraries are missing."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from companion import APP_NAME, __version__

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="thigh-pain-companion",
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
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help=f"keep data in DIR instead of the usual place (also: ${DATA_DIR_ENV})",
    )
    parser.add_argument(
        "--page", choices=PAGES, type=str.lower, help="open on this page (default: home)"
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="clinic kiosk mode: full screen and locked, keeps nothing, clears itself when "
        "left alone (settings from the system kiosk.toml if there is one)",
    )
    parser.add_argument(
        "--kiosk-config",
        metavar="FILE",
        type=Path,
        help="kiosk mode with the settings in FILE (see packaging/kiosk.md); a problem in "
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
    from companion.core.content import check_content

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
    "content": "companion.cli:content_command",
    "triage": "companion.triage_cli:triage_command",
    "journal": "companion.journal_cli:journal_command",
    "kiosk": "companion.kiosk_cli:kiosk_command",
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
