"""The subcommands that run without a window, and how the command line reaches them.

Each subcommand's module is imported only when that subcommand runs (the imports inside
the functions below), so starting the window never pays for them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from companion.cli.options import DATA_DIR_ENV


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
    """Run one subcommand and return its exit status."""
    try:
        return SUBCOMMANDS[name](list(argv), data_dir)
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
