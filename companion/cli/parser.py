"""The parser of every command line: argparse's, except that a mistake in the line (an
option it does not know, a value left out, a choice it does not have) is said in one
line, in the language asked for with `--language` else the system's, with exit status 2,
instead of argparse's English usage text. `--help` stays argparse's own."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from companion.core.shared.language import (
    environment_languages,
    shipped_languages,
    system_language,
)
from companion.core.shared.messages import Message, in_language, quoted

# argparse's own words for each mistake (its message ids, the same in every Python this
# app runs on), and the message that says it plainly. The first that matches wins.
_MISTAKES = [
    (r"unrecognized arguments: (?P<what>.+)", "command_line.unknown"),
    (r"the following arguments are required: (?P<what>.+)", "command_line.missing"),
    (
        r"argument (?P<name>-\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
        "command_line.bad_choice",
    ),
    (
        r"argument \S+: invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)",
        "command_line.bad_command",
    ),
    (r"argument (?P<name>\S+): expected .*arguments?", "command_line.needs_value"),
    (r"argument (?P<name>\S+): ignored explicit argument (?P<value>.+)", "command_line.no_value"),
    (r"argument (?P<name>\S+): invalid \S+ value: (?P<value>.+)", "command_line.bad_value"),
    (r"ambiguous option: (?P<what>\S+) could match (?P<choices>.+)", "command_line.ambiguous"),
    (r"argument (?P<name>\S+): given twice", "command_line.twice"),
]

_GIVEN = "_options_given"  # the options a line has given so far (a set of their names)


class Once(argparse._StoreAction):
    """An option that takes one value and may be given once: `--data-dir a --data-dir
    b` took b without a word, as if a had never been typed (a script that adds its own
    --data-dir to one passed in would write to the wrong folder). Refused instead, exit
    status 2, one line, as the other mistakes in a line are."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        given_once(parser, namespace, self.dest, option_string)
        super().__call__(parser, namespace, values, option_string)


def given_once(
    parser: argparse.ArgumentParser,
    namespace: argparse.Namespace,
    dest: str,
    option_string: str | None,
) -> None:
    """Refuse an option given a second time on the line (`Once`): every option that
    takes one value is one (`CommandParser` makes it the default action; `FileName`
    calls this too). A positional argument is read once by argparse itself."""
    if option_string is None:
        return
    given: set[str] = getattr(namespace, _GIVEN, set())
    if dest in given:
        parser.error(f"argument {option_string}: given twice")
    setattr(namespace, _GIVEN, given | {dest})


class _Commands(argparse._SubParsersAction):  # type: ignore[type-arg]
    """argparse's commands (`journal summary`), except that the options given before the
    command's name go on with it: argparse read what follows the name into a fresh
    namespace and copied it over the one before, so `journal --data-dir a summary
    --data-dir b` took b without a word, as `Once` could not see a."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[object] | None,
        option_string: str | None = None,
    ) -> None:
        name, *rest = [str(value) for value in values or ()]
        if self.dest is not argparse.SUPPRESS:
            setattr(namespace, self.dest, name)
        command = self._name_parser_map[name]  # argparse has checked the name already
        before = argparse.Namespace(**{_GIVEN: getattr(namespace, _GIVEN, set())})
        read, unknown = command.parse_known_args(rest, before)
        for key, value in vars(read).items():
            setattr(namespace, key, value)
        if unknown:  # left for the first parser to say, as argparse does
            vars(namespace).setdefault(argparse._UNRECOGNIZED_ARGS_ATTR, []).extend(unknown)


def asked_language(argv: Sequence[str]) -> str | None:
    """The code given with `--language` in a command's arguments, if any."""
    for index, arg in enumerate(argv):
        if arg == "--language" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--language="):
            return arg.partition("=")[2]
    return None


def spoken_language(asked: str | None) -> str:
    """The language a command's own mistakes are said in: `asked` (a code from
    `--language`, checked or not) when the app ships it, else the system's."""
    preferred = [*([asked] if asked else []), *environment_languages(os.environ)]
    return system_language(preferred, shipped_languages())


def _plain(value: str) -> str:
    """argparse's ``'nowhere'`` as the app quotes a value: ``"nowhere"``."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return f'"{quoted(value)}"'


def mistake_message(english: str) -> Message:
    """argparse's English message as one of the app's messages, in any language."""
    for pattern, message_id in _MISTAKES:
        found = re.fullmatch(pattern, english)
        if found is None:
            continue
        values = {key: quoted(value) for key, value in found.groupdict().items()}
        if "value" in values:
            values["value"] = _plain(found["value"])
        if "choices" in values:
            choices = found["choices"].split(", ")
            values["choices"] = ", ".join(_plain(choice) for choice in choices)
        return Message(message_id, **values)
    return Message("command_line.not_understood", detail=quoted(english, 200))


class CommandParser(argparse.ArgumentParser):
    """An ArgumentParser whose mistakes are one line in the person's language."""

    language: str | None = None  # from `--language` on the line it reads, if any

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.register("action", "parsers", _Commands)
        # Every option that takes one value may be given once (`--out a --out b` wrote b
        # without a word): argparse's own "store" is replaced for all of them.
        self.register("action", None, Once)
        self.register("action", "store", Once)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        asked = asked_language(sys.argv[1:] if args is None else args)
        if asked is not None and self.language is None:  # the first on the line, if twice
            self._speak(asked)
        return super().parse_known_args(args, namespace)

    def _speak(self, asked: str) -> None:
        """Use `asked` here and in each command under this one (they read only the part
        of the line after their name, which may not hold the `--language`)."""
        self.language = asked
        for command in self._commands().values():
            if isinstance(command, CommandParser):
                command._speak(asked)

    def _commands(self) -> dict[str, argparse.ArgumentParser]:
        """The commands that come after this one's name, by name, if any."""
        found: dict[str, argparse.ArgumentParser] = {}
        for action in self._subparsers._group_actions if self._subparsers else []:
            if isinstance(action, argparse._SubParsersAction):
                found.update(action.choices)
        return found

    def error(self, message: str) -> NoReturn:
        problem = mistake_message(message)
        commands = self._commands()
        if problem.id == "command_line.missing" and commands:  # only the command left out
            choices = ", ".join(f'"{name}"' for name in commands)
            problem = Message("command_line.no_command", choices=choices)
        said = in_language(problem, spoken_language(self.language))
        print(f"{self.prog}: {said}", file=sys.stderr)
        raise SystemExit(2)
