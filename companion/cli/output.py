"""How the command lines write: words for people never fail on the terminal's encoding,
data goes out as the UTF-8 bytes its files hold, and a closed or broken standard output
is said plainly.

Words for people (a summary, a result line, an error) are printed as usual; a
character the terminal's encoding lacks (PYTHONIOENCODING=ascii, a C locale) comes out
as an escape such as ``\\xf1`` rather than stopping the command with a traceback after
its work is done. Data (a CSV or JSON export, JSON for a script, the Markdown table) is
never changed to suit the terminal: it is written as UTF-8, the bytes `--out` would put
in a file, because a program reading it expects the format's own encoding, and CSV has
no escapes to fall back on.

Standard output closed (`>&-`): what a command prints is lost, so it says so on standard
error in one line and exits 1, as GNU tools do; likewise when writing to it fails (a full
disk under `> file`). A reader that went away (`| head`): the command stops quietly, as
other tools do.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


def words_never_fail() -> None:
    """Let standard output and error write any text: what the encoding lacks is escaped."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")


def write_data(text: str) -> None:
    """`text` on standard output as UTF-8, whatever the terminal's encoding."""
    stream = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a stream of text only, with no bytes underneath
        stream.write(text)
        stream.flush()
        return
    stream.flush()  # what was printed before comes first
    buffer.write(text.encode("utf-8"))
    buffer.flush()


class _Lost(io.BytesIO):
    """Stands in for a closed stream: takes every write, keeps none, counts the bytes."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def write(self, data: ReadableBuffer, /) -> int:
        size = memoryview(data).nbytes
        self.count += size
        return size


def _stand_in() -> tuple[io.TextIOWrapper, _Lost]:
    lost = _Lost()
    stream = io.TextIOWrapper(lost, encoding="utf-8", errors="replace")
    return stream, lost


class OutputFailedError(Exception):
    """Writing to standard output failed (not a reader gone away): a full disk, an I/O
    error. Not an OSError, so that no command takes it for a failure of its own files."""

    def __init__(self, error: OSError) -> None:
        super().__init__(error)
        self.error = error


class _Output(io.RawIOBase):
    """Standard output's file descriptor, whose failures are told apart from a command's."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def writable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._fd

    def isatty(self) -> bool:
        return os.isatty(self._fd)

    def write(self, data: ReadableBuffer, /) -> int:
        try:
            return os.write(self._fd, data)
        except BrokenPipeError:
            raise  # the reader went away: stopped quietly by run_printing
        except OSError as exc:
            raise OutputFailedError(exc) from exc


def _guarded(stream: object) -> io.TextIOWrapper | None:
    """A stream like `stream` whose write failures raise OutputFailedError; None when it
    has no file descriptor (a test's capture) or is not a text file."""
    if not isinstance(stream, io.TextIOWrapper):
        return None
    try:
        fd = stream.fileno()
    except (OSError, ValueError):
        return None
    stream.flush()
    return io.TextIOWrapper(
        io.BufferedWriter(_Output(fd)),
        encoding=stream.encoding,
        errors=stream.errors,
        line_buffering=stream.line_buffering,
    )


def run_printing(command: Callable[[], int], program: str, language: str | None) -> int:
    """Run `command` (a subcommand, the self-test) and return its exit status, or 1 when
    what it printed was lost to a closed or failing standard output, said in `language`
    (the one the command was asked to speak, if any, else the system's)."""
    closed = None
    if sys.stdout is None:  # closed when the program started: Python gives no stream
        sys.stdout, closed = _stand_in()
    if sys.stderr is None:  # else print(..., file=sys.stderr) would write to stdout
        sys.stderr, _ = _stand_in()
    original = sys.stdout
    guarded = _guarded(original)
    if guarded is not None:
        sys.stdout = guarded
    try:
        status = command()
        sys.stdout.flush()  # a reader that went away is heard here, not at exit
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OutputFailedError as failed:
        reason = failed.error.strerror or type(failed.error).__name__
        _say(program, language, "output.stdout_failed", reason=reason)
        return 1
    finally:
        if guarded is not None:
            # What a failing command printed before its traceback still comes out.
            with contextlib.suppress(OSError, OutputFailedError, ValueError):
                guarded.flush()
            sys.stdout = original  # the descriptor stays open: _Output never closes it
    if closed is None or not closed.count:
        return status
    _say(program, language, "output.stdout_closed")
    return status or 1


def _say(program: str, language: str | None, message_id: str, **values: object) -> None:
    from companion.core.shared.language import LanguageError, command_language
    from companion.core.shared.messages import say

    try:
        spoken = command_language(language)
    except LanguageError:  # the command itself has said so, in the system's language
        spoken = command_language(None)
    print(say(spoken, message_id, program=program, **values), file=sys.stderr)
    sys.stderr.flush()
