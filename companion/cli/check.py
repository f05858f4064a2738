"""`check questions|evaluate|table|validate`: the guided check's logic from the command line.

`triage` is the same command under its older name, kept for scripts that use it.

For clinicians who review the logic, and for tests. Prints JSON (questions, evaluate),
Markdown (table) or a report (validate) on standard output; problems go to standard
error with exit status 2. `validate` exits 1 when any case is wrong. Imports no Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from companion.cli.options import FileName, refused_empty_file_name
from companion.cli.output import write_data
from companion.cli.parser import CommandParser, Once
from companion.core.shared.content import hidden_escaped

USAGE_ERROR = 2
CASES_WRONG = 1
CASES_HELP = """\
CASES.toml holds one [[case]] table per story:

  [[case]]
  id = "strain-sprint"
  story = "24, sudden sharp pain while sprinting"      # optional, for people
  urgency = ["self_care", "soon"]     # allowed: self_care, soon, urgent, emergency
  leading = ["hamstring_strain"]      # allowed pattern ids, "mixed", or "any"
  [case.answers]                      # question ids and answers ('check questions')
  onset = "sudden_sport"
  pain_regions = ["upper_thigh_left"]

A question left out of the answers counts as not answered. Prints each wrong case (what
was expected, what came out, and why), then one summary line. Exit status: 0 when every
case is right, 1 when any is wrong, 2 when the file cannot be read or used.
"""


LANGUAGE_HELP = "the language of the words printed (en, es; default: the system's, else en)"


def _fail(message: str, name: str = "check") -> int:
    # Hidden characters from a file (a terminal escape, say) are shown, never obeyed;
    # the message's own lines (a heading, then one problem a line) stay lines.
    shown = "\n".join(hidden_escaped(line) for line in message.split("\n"))
    print(f"{name}: {shown}", file=sys.stderr)
    return USAGE_ERROR


def _parser(name: str) -> argparse.ArgumentParser:
    parser = CommandParser(
        prog=f"thigh-pain-companion {name}",
        description="Show the guided check's questions and decision logic, or evaluate answers.",
    )
    parser.add_argument("--content", type=Path, metavar="DIR", help="content folder to use")
    parser.add_argument("--language", metavar="CODE", action=Once, help=LANGUAGE_HELP)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("questions", help="print every question as JSON")
    evaluate = commands.add_parser(
        "evaluate",
        help='evaluate ANSWERS.json ({"question_id": value, ...}) and print the result as JSON',
    )
    evaluate.add_argument(
        "answers", metavar="ANSWERS.json", action=FileName, help="a JSON file, or - for stdin"
    )
    evaluate.add_argument(
        "--emergency-number", metavar="NUMBER", help="fill this number into the advice"
    )
    commands.add_parser("table", help="print the whole decision logic as a Markdown table")
    validate = commands.add_parser(
        "validate",
        help="run case stories (CASES.toml) through the check and report the wrong ones",
        description="Run case stories through the guided check's logic.",
        epilog=CASES_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    validate.add_argument("cases", metavar="CASES.toml", action=FileName, help="the case file")
    for command in commands.choices.values():  # also after the command's name
        command.add_argument(
            "--language", metavar="CODE", default=argparse.SUPPRESS, action=Once, help=LANGUAGE_HELP
        )
    return parser


def _questions_json(content: Any) -> list[dict[str, Any]]:
    from companion.core.check.model import YES_NO

    result = []
    for question in content.questions:
        if question.kind == YES_NO:
            options = [{"value": v, "text": t} for v, t in content.yes_no_texts.items()]
        else:
            options = [
                {"value": o.value, "text": o.text}
                | ({"area": o.area} if o.area else {})
                | ({"exclusive": True} if o.exclusive else {})
                for o in question.options
            ]
        item: dict[str, Any] = {
            "id": question.id,
            "section": question.section,
            "text": question.text,
            "hint": question.hint or None,
            "why": question.why,
            "kind": question.kind,
            "options": options,
            "show_if": question.show_if_text or None,
        }
        if question.kind == "scale":
            item["range"] = [0, 10]
        result.append(item)
    return result


def _read_answers(source: str, language: str) -> dict[str, Any] | str:
    """The answers in the file (or stdin), or a message saying what is wrong."""
    from companion.core.shared.bounded_read import read_bounded
    from companion.core.shared.content import shown_path
    from companion.core.shared.messages import in_language, say
    from companion.core.shared.safe_json import ANSWERS_FILE, JsonReadError, read_json

    name = say(language, "check_command.standard_input")
    if source != "-":  # a new line or an escape code in its name is shown, not obeyed
        name = hidden_escaped(shown_path(source))
    try:
        if source == "-":
            raw = sys.stdin.buffer.read(ANSWERS_FILE.max_bytes + 1)
        else:
            raw = read_bounded(Path(source), ANSWERS_FILE.max_bytes)  # a pipe is not waited on
    except OSError as exc:
        return say(language, "check_command.cannot_read", name=name, error=exc.strerror or str(exc))
    try:
        data = read_json(raw, name, ANSWERS_FILE)
    except JsonReadError as exc:
        return f"{exc.source}: {in_language(exc.detail(), language)}"
    if not isinstance(data, dict):
        return say(language, "check_command.not_an_object", name=name)
    return data


def _emergency_number(given: str | None) -> str | None:
    """The number to put into the advice, checked as Settings checks it, or None when
    none is given (the advice then says "your local emergency number").

    Raises:
        ValueError: the number cannot be used; its Message says why.
    """
    from companion.core.shared.emergency_number import validate_emergency_number

    if given is None or not given.strip():
        return None
    return validate_emergency_number(given)


def _problems(heading: str, said: list[str]) -> str:
    """One problem on the heading's line (`check validate /tmp` took two lines to say the
    folder is no case file); several under it, one a line."""
    if len(said) == 1:
        return f"{heading} {said[0]}"
    return heading + "\n  " + "\n  ".join(said)


def _validate(content: Any, path: Path, name: str) -> int:
    from companion.core.check.cases import (
        CaseFileError,
        describe_wrong,
        load_cases,
        run_cases,
        summary_line,
    )
    from companion.core.shared.messages import in_language, say

    try:
        cases = load_cases(content, path)
    except CaseFileError as exc:
        heading = say(content.language, "check_command.cases_unusable")
        said = [in_language(problem, content.language) for problem in exc.problems]
        return _fail(_problems(heading, said), name)
    outcomes = run_cases(content, cases)
    for outcome in outcomes:
        if not outcome.right:
            print(describe_wrong(outcome, content.language), end="\n\n")
    print(summary_line(outcomes, content.language))
    return 0 if all(o.right for o in outcomes) else CASES_WRONG


def check_command(argv: Sequence[str], *, name: str = "check") -> int:
    """Run `check ...` (or `triage ...`, its older name) and return the exit status."""
    from companion.core.check.advice import result_json
    from companion.core.check.engine import AnswerError, evaluate
    from companion.core.check.load import load_triage
    from companion.core.check.table import decision_table
    from companion.core.shared.content import InvalidContentError
    from companion.core.shared.language import LanguageError, command_language
    from companion.core.shared.messages import in_language, message_of, quoted, say

    try:
        args = _parser(name).parse_args(list(argv))
    except SystemExit as exc:  # argparse has printed its message
        return int(exc.code or 0)
    try:
        language = command_language(args.language, args.content)
    except LanguageError as exc:  # said in the language it would speak without it
        return _fail(in_language(message_of(exc), command_language(None, args.content)), name)
    if refused_empty_file_name(args, language):
        return USAGE_ERROR
    try:
        content = load_triage(args.content, language)
    except InvalidContentError as exc:
        return _fail(f"{say(language, 'check_command.content_problems')}\n{exc}", name)
    if args.command == "questions":
        write_data(json.dumps(_questions_json(content), indent=2, ensure_ascii=False) + "\n")
        return 0
    if args.command == "table":
        write_data(decision_table(content))
        return 0
    if args.command == "validate":
        return _validate(content, args.cases, name)
    try:
        number = _emergency_number(args.emergency_number)
    except ValueError as exc:
        problem = in_language(message_of(exc), language)
        given = quoted(args.emergency_number)
        return _fail(
            say(language, "check_command.bad_emergency_number", number=given, problem=problem),
            name,
        )
    answers = _read_answers(str(args.answers), language)
    if isinstance(answers, str):
        return _fail(answers, name)
    try:
        result = evaluate(content, answers)
    except AnswerError as exc:
        said = [in_language(problem, language) for problem in exc.problems]
        heading = say(language, "check_command.answers_unusable")
        return _fail(_problems(heading, said), name)
    output = result_json(content, result, number)
    write_data(json.dumps(output, indent=2, ensure_ascii=False) + "\n")
    return 0
