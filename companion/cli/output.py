"""How the command lines write: words for people never fail on the terminal's encoding,
and data goes out as the UTF-8 bytes its files hold.

Words for people (a summary, a result line, an error) are printed as usual; a
character the terminal's encoding lacks (PYTHONIOENCODING=ascii, a C locale) comes out
as an escape such as ``\\xf1`` rather than stopping the command with a traceback after
its work is done. Data (a CSV or JSON export, JSON for a script, the Markdown table) is
never changed to suit the terminal: it is written as UTF-8, the bytes `--out` would put
in a file, because a program reading it expects the format's own encoding, and CSV has
no escapes to fall back on.
"""

from __future__ import annotations

import io
import sys


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
