"""`content check [DIR]`: validate the content files, each problem with its file and key.
Exit status 0: all valid; 1: problems found (said first, then one a line); 2: DIR is no
content folder (one line).

It speaks English (its problems name files and keys); a mistake in its command line is
still one line in the language asked for, else the system's (`CommandParser`)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from companion.cli.parser import CommandParser, asked_language, spoken_language
from companion.core.content_check import check_content, not_a_content_folder
from companion.core.shared.messages import Message, in_language

PROG = "thigh-pain-companion content"


def _parser() -> CommandParser:
    parser = CommandParser(prog=PROG, description="Check the app's content files.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    check = commands.add_parser(
        "check",
        help="validate the content files",
        description="Validate the content files (TOML and Markdown).",
    )
    check.add_argument(
        "dir", nargs="?", type=Path, metavar="DIR", help="content folder (default: bundled)"
    )
    return parser


def content_command(argv: Sequence[str]) -> int:
    if argv[:1] == ["check"] and any(a.split("=", 1)[0] == "--language" for a in argv):
        # argparse said "it does not know b --language es", as if the folder were wrong
        spoken = spoken_language(asked_language(argv))
        none = Message("command_line.no_language")
        said = in_language(Message("command_line.one_folder", no_language=none), spoken)
        print(f"{PROG} check: {said}", file=sys.stderr)
        return 2
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse printed the help, or the parser the mistake
        return 0 if not exc.code else 2
    return run_content_check(args.dir)


def run_content_check(folder: Path | None) -> int:
    """Say what was found, then each problem with its file and key: 0 when all content
    is valid, 1 when some is not, 2 (one line) for a DIR that is no content folder."""
    refused = None if folder is None else not_a_content_folder(folder)
    if refused is not None:
        print(f"content check: {refused}", file=sys.stderr)
        return 2
    problems = list(check_content(folder))
    if problems:
        print(f"content check: {len(problems)} problem(s) found:", file=sys.stderr)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print("content check: all content is valid")
    return 0
