"""The emergency number as the person types it: cleaned to the digits a phone dials,
or refused with a plain reason. Settings, the kiosk config, the check command and the
number field all use these."""

from __future__ import annotations

import unicodedata

from companion.core.shared.content import is_valid_emergency_number
from companion.core.shared.messages import Message
from companion.core.shared.numbers import plain_digits


def without_invisible(text: str) -> str:
    """`text` without the characters no one sees (format marks: direction marks, zero
    widths). A direction override among them (U+202E) shows "211" as "112": with them
    gone, a number reads as it is dialled."""
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def validate_emergency_number(text: str) -> str:
    """Return the cleaned number, or raise ValueError with a message for the person.

    Spaces are dropped. The digits of any script ("١١٢" typed on an Arabic keyboard,
    fullwidth "１１２") become 0-9, which a phone dials; other characters that merely
    count as digits (superscript "¹¹²", circled "①") are refused: no phone dials them.
    Invisible marks are dropped too: a number copied from right-to-left text carries
    direction marks (U+200F) the person cannot see.
    """
    number = "".join(c for c in without_invisible(text) if not c.isspace())
    if not number:
        raise ValueError(Message("emergency.empty"))
    number = plain_digits(number)
    if not number.isascii() or not number.isdigit():
        raise ValueError(Message("emergency.not_digits"))
    if not is_valid_emergency_number(number):
        raise ValueError(Message("emergency.length"))
    return number
