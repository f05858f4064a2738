"""`content check [DIR]`: validate the content files, each problem with its file and key."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from companion.cli.parser import CommandParser
from companion.core.content_check import check_content


def content_command(argv: Sequence[str]) -> int:
    if not argv or argv[0] != "check":
        print("usage: thigh-pain-companion content check [DIR]", file=sys.stderr)
        return 2
    return run_content_check(argv[1:])


def run_content_check(argv: Sequence[str]) -> int:
    """Print each problem with its file and key; 0 when all content is valid."""
    parser = CommandParser(
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
