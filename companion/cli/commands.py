"""The subcommands that run without a window, and how the command line reaches them.

Each subcommand's module is imported only when that subcommand runs (the imports inside
the functions below), so starting the window never pays for them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from companion.cli.options import DATA_DIR_ENV, data_folder_option
from companion.cli.parser import asked_language, spoken_language
from companion.core.shared.messages import Message, in_language


def _content(argv: list[str], data_dir: Path | None) -> int:
    from companion.cli.content import content_command  # only when asked: see above

    return content_command(argv)


def _check(argv: list[str], data_dir: Path | None) -> int:
    from companion.cli.check import check_command  # only when asked: see above

    return check_command(argv)


def _triage(argv: list[str], data_dir: Path | None) -> int:
    from companion.cli.check import check_command  # only when asked: see above

    return check_command(argv, name="triage")


def _journal(argv: list[str], data_dir: Path | None) -> int:
    from companion.cli.journal import journal_command  # only when asked: see above

    return journal_command(argv, data_dir=data_dir)


def _kiosk(argv: list[str], data_dir: Path | None) -> int:
    from companion.cli.kiosk import kiosk_command  # only when asked: see above

    return kiosk_command(argv)


# Each takes the arguments after its name (and after any global --data-dir) and the data
# folder, and returns the exit status. "check" is the guided check's word everywhere;
# "triage" is its older name, kept so scripts that use it keep working.
SUBCOMMANDS: dict[str, Callable[[list[str], Path | None], int]] = {
    "content": _content,
    "check": _check,
    "triage": _triage,
    "journal": _journal,
    "kiosk": _kiosk,
}


# The subcommands that speak more than one language take `--language` themselves.
SPEAKING = ("check", "triage", "journal")
# The subcommands that take `--data-dir` themselves, after their name too.
KEEPING = ("journal",)


def _spoken(argv: Sequence[str]) -> str:
    return spoken_language(asked_language(argv))


def split_subcommand(argv: Sequence[str]) -> tuple[str, list[str], Path | None] | None:
    """(name, its arguments, --data-dir) when `argv` asks for a subcommand, else None.

    `--data-dir DIR` and `--language CODE` may come before the subcommand's name, in
    either order, as in `python -m companion --data-dir DIR --language es journal
    summary`; the language goes on to the subcommand as its own `--language`, and so
    does the folder to a subcommand that takes `--data-dir` too, so that one given
    before the name and again after it is refused, not the last one taken.
    """
    args = list(argv)
    before: dict[str, str] = {}
    while args and args[0].split("=", 1)[0] in ("--data-dir", "--language"):
        option, equals, value = args.pop(0).partition("=")
        if not equals:
            if not args:
                return None
            value = args.pop(0)
        if option in before:  # `--data-dir a --data-dir b journal …`: refused as the window does
            said = in_language(Message("command_line.twice", name=option), _spoken(argv))
            print(f"thigh-pain-companion: {said}", file=sys.stderr)
            raise SystemExit(2)
        before[option] = value
    if not args or args[0] not in SUBCOMMANDS:
        return None
    name, rest = args[0], args[1:]
    if "--language" in before:
        rest = ["--language", before["--language"], *rest]
    if "--data-dir" in before and name in KEEPING:  # `=`: a DIR may start with "-"
        rest = [f"--data-dir={before['--data-dir']}", *rest]
        given: str | None = None
    elif "--data-dir" in before:  # even empty, to be refused as for the window
        given = before["--data-dir"]
    else:
        given = os.environ.get(DATA_DIR_ENV) or None
    if given is None:
        return name, rest, None
    return (
        name,
        rest,
        data_folder_option(given, asked_language(rest), f"thigh-pain-companion {name}"),
    )


def run_subcommand(name: str, argv: Sequence[str], data_dir: Path | None) -> int:
    """Run one subcommand and return its exit status."""
    if name not in SPEAKING and "--language" in argv[:1]:
        spoken = spoken_language(asked_language(argv))
        said = in_language(Message("command_line.no_language"), spoken)
        print(f"thigh-pain-companion {name}: {said}", file=sys.stderr)
        return 2
    return SUBCOMMANDS[name](list(argv), data_dir)
