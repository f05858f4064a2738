"""`kiosk hash-pin`, `kiosk check` and `kiosk where`: setting up a clinic kiosk.

    thigh-pain-companion kiosk hash-pin          # prints the admin PIN's salted hash
    thigh-pain-companion kiosk check [FILE]      # checks a kiosk config file
    thigh-pain-companion kiosk where             # where the app looks for kiosk.toml

`hash-pin` asks for the PIN twice, without showing it, when run in a terminal; from a
script it reads one line (`echo 2468 | thigh-pain-companion kiosk hash-pin`). A bad PIN
exits with status 2. `check` says how many problems it found, then each with its file and
key, and exits 1, or prints what the kiosk will show and exits 0; a FILE that is not there
or is not a file (a folder, a pipe) is said in one line, exit status 2. It also fails a
file whose admin PIN is still the example's (packaging/kiosk.example.toml), since anyone
can read that one, and a logo that cannot be read as a picture (the kiosk would not start
with it). See packaging/kiosk.md.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from companion.cli.options import FileName, refused_empty_file_name
from companion.cli.parser import CommandParser
from companion.core.shared.content import hidden_escaped, shown_path
from companion.core.shared.messages import Message
from companion.core.shared.resources import document_path

if TYPE_CHECKING:
    from companion.core.shared.clinic_words import ClinicWords

OK, FAILED, BAD_INPUT = 0, 1, 2
GUIDE = document_path("kiosk.md")
EXAMPLE_PIN = "2468"  # the PIN of packaging/kiosk.example.toml, which anyone can read


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="thigh-pain-companion kiosk",
        description=(
            "Set up a clinic kiosk: make the admin PIN's hash, check a kiosk config "
            f"file, or show where the app looks for one. Guide: {GUIDE}."
        ),
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser(
        "hash-pin",
        help="ask for a 4 to 8 digit PIN and print its salted hash for kiosk.toml",
        description="Ask for a 4 to 8 digit PIN (twice, not shown) and print the line "
        "to put under [admin] in kiosk.toml. Without a terminal, reads the PIN from "
        "one line of standard input.",
    )
    check = commands.add_parser(
        "check",
        help="check a kiosk config file and say what the kiosk will show",
        description="Check a kiosk config file. Exit status 0 when it is valid, 1 when "
        "it has a problem or there is no system file, 2 when FILE is not there or is not "
        "a file.",
    )
    check.add_argument(
        "file",
        nargs="?",
        action=FileName,
        metavar="FILE",
        help="the file to check (default: the system kiosk config, see 'kiosk where')",
    )
    commands.add_parser(
        "where",
        help="list where the app looks for the system kiosk config, in order",
    )
    return parser


def kiosk_command(argv: Sequence[str]) -> int:
    try:
        args = _parser().parse_args(list(argv))
    except SystemExit as exc:  # argparse already printed the help or the mistake
        return OK if not exc.code else BAD_INPUT
    if refused_empty_file_name(args, None):  # no --language here: the system's
        return BAD_INPUT
    if args.command == "hash-pin":
        return _hash_pin()
    if args.command == "check":
        return _check(args.file)
    return _where()


def _say(text: str) -> None:
    print(text, file=sys.stderr)


def _read_pin() -> str | None:
    """The new PIN, checked; None (after saying why) when it cannot be used."""
    from companion.core.shared.pin_hash import check_pin

    stdin = sys.stdin
    if stdin is None:
        _say("No PIN was given: run this in a terminal, or pipe the PIN in.")
        return None
    try:
        if stdin.isatty():
            pin = getpass.getpass("New admin PIN (4 to 8 digits, not shown): ").strip()
            check_pin(pin)
            again = getpass.getpass("Type the same PIN again: ").strip()
            if again != pin:
                _say("The two PINs are not the same. Nothing was made; please try again.")
                return None
        else:
            pin = stdin.readline().strip()
            if not pin:
                _say("No PIN was given: put the PIN on the first line of the input.")
                return None
            check_pin(pin)
    except ValueError as exc:
        _say(f"{exc} Nothing was made; please try again.")
        return None
    except (EOFError, KeyboardInterrupt):
        _say("\nStopped. Nothing was made.")
        return None
    return pin


def _hash_pin() -> int:
    from companion.core.shared.pin_hash import hash_pin

    pin = _read_pin()
    if pin is None:
        return BAD_INPUT
    print(f'pin_hash = "{hash_pin(pin)}"')
    _say(
        "Put this line under [admin] in kiosk.toml, in place of any pin_hash line there. "
        "Keep the PIN itself somewhere safe: it cannot be read back from the hash."
    )
    return OK


def _check(file: Path | None) -> int:
    from companion.core.shared.kiosk_config import (
        KioskConfigError,
        find_system_config,
        load_kiosk_config,
        system_config_paths,
    )

    if file is None:
        file = find_system_config()
        if file is None:
            _say("kiosk check: there is no kiosk config file. The app looked in:")
            for path in system_config_paths():
                _say(f"  {hidden_escaped(str(path))}")
            _say("To check another file: thigh-pain-companion kiosk check FILE")
            return FAILED
    else:
        refused = _not_a_file(file)
        if refused is not None:  # a wrong FILE, not a problem in one: one line, exit 2
            _say(f"kiosk check: {hidden_escaped(shown_path(file))}: {refused}")
            return BAD_INPUT
    try:
        config = load_kiosk_config(file)
    except KioskConfigError as exc:
        _say(_will_not_start(len(exc.errors)))  # first what happened, then each problem
        for error in exc.errors:
            _say(str(error))
        return FAILED
    problem = None if config.logo is None else _logo_problem(file, config.logo)
    if problem is not None:
        # The kiosk would refuse to start with this line; say it now, not at the clinic.
        _say(_will_not_start(1))
        _say(str(problem))
        return FAILED
    handoff = {
        frozenset({"qr", "print"}): "QR code and printing",
        frozenset({"qr"}): "QR code",
        frozenset({"print"}): "printing",
    }.get(config.handoff, "none (people cannot take their summary home)")
    clinic = ", ".join(
        part
        for part in (
            config.clinic_name,
            config.clinic_phone and f"phone {_each_language(config.clinic_phone)}",
            config.clinic_hours and f"open {_each_language(config.clinic_hours)}",
        )
        if part
    )
    lines = [
        f"kiosk check: {hidden_escaped(str(file))}",
        f"  clinic: {hidden_escaped(clinic)}",
        f"  logo: {hidden_escaped(str(config.logo)) if config.logo else 'none'}",
        f"  emergency number: {config.emergency_number}",
        f'  idle: "Still there?" after {config.idle_seconds} s without a touch, '
        f"then a reset {config.countdown_seconds} s later",
        f"  hand-off: {handoff}",
        f"  start page: {config.start_page}",
        f"  language: {_language_line(config.language)}",
        f"  text size: {config.text_scale} %"
        if config.text_scale is not None
        else "  text size: chosen for the screen (larger on big screens)",
        "  admin PIN: set",
    ]
    print("\n".join(lines))
    if config.pin_hash is None:  # the loader requires one; never pass a file without it
        _say("kiosk check: there is no admin PIN hash under [admin]")
        return FAILED
    if config.pin_hash.matches(EXAMPLE_PIN):
        _say(
            f"kiosk check: the admin PIN is the example's PIN ({EXAMPLE_PIN}), which anyone "
            "can read in the example file. Make your own: thigh-pain-companion kiosk hash-pin"
        )
        return FAILED
    print("kiosk check: the file is valid")
    return OK


def _will_not_start(problems: int) -> str:
    return (
        f"kiosk check: {problems} problem(s) found. "
        "The app will not start in kiosk mode with this file:"
    )


def _not_a_file(file: Path) -> str | None:
    """Why the FILE named cannot be a kiosk config at all (not there, a folder, a pipe),
    in one sentence; None for a file to read."""
    import stat

    from companion.core.shared.atomic_file import describe_read_error
    from companion.core.shared.bounded_read import NotAFileError

    try:
        mode = file.stat().st_mode
    except OSError as exc:
        return str(describe_read_error(exc))
    if stat.S_ISDIR(mode):
        return str(describe_read_error(IsADirectoryError()))
    if not stat.S_ISREG(mode):
        return str(describe_read_error(NotAFileError()))
    return None


def _logo_problem(file: Path, logo: Path) -> Message | None:
    """Read the logo as the kiosk's start does, with a Qt application of its own that
    shows nothing (this command may run where there is no display)."""
    from PySide6.QtGui import QGuiApplication

    from companion.ui.kiosk.logo import logo_problem, read_logo

    if QGuiApplication.instance() is not None:
        return logo_problem(read_logo(logo), file, logo)
    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    try:
        return logo_problem(read_logo(logo), file, logo)
    finally:
        app.shutdown()  # gone, so that another can be made in this process


def _each_language(words: ClinicWords) -> str:
    """Plain words as they are; words by language as "Mon-Fri (en) / Lun-Vie (es)"."""
    if words.is_plain():
        return words.texts[0][1]
    return " / ".join(f"{text} ({code})" for code, text in words.texts)


def _language_line(code: str | None) -> str:
    from companion.core.shared.language import language_names

    names = language_names()
    if code is None:
        return "the computer's language if the app has it, else English"
    others = ", ".join(name for other, name in names.items() if other != code)
    return f"{names[code]} ({code}); each person can switch to {others}" if others else code


def _where() -> int:
    from companion.core.shared.kiosk_config import find_system_config, system_config_paths

    for path in system_config_paths():
        print(hidden_escaped(str(path)))
    found = find_system_config()
    if found is None:
        _say("The first of these that exists is used. None exists now.")
    else:
        _say(f"The first of these that exists is used: now {hidden_escaped(str(found))}")
    return OK
