"""Qt's own messages (its warnings, its fatal last word), heard before Qt prints them.

Qt prints what it has to say on standard error and, for a fatal message, then stops the
whole program. The app listens for a while: to say in words why no window can be shown
instead of Qt's abort, or to leave out a note nobody can act on.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

# (the kind of message, what Qt says, the line as Qt prints it) -> whether it was dealt with
Listener = Callable[[QtMsgType, str, str], bool]


@contextmanager
def hearing_qt(listener: Listener) -> Iterator[None]:
    """While inside, each of Qt's messages goes to `listener` first; one it does not
    deal with (False) goes on as before: to the handler there was, else printed as Qt
    prints it."""

    def listen(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        formatted = qFormatLogMessage(kind, context, text)
        if listener(kind, text, formatted):
            return
        if previous is not None:
            previous(kind, context, text)
        else:
            print(formatted, file=sys.stderr)

    previous = qInstallMessageHandler(listen)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
