"""One way to show a hidden character: quoting a value for a message, showing it as
Python would write it, and escaping a line all write the same escape."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from companion.core.shared.content import hidden_escaped, shown_value
from companion.core.shared.messages import quoted

# Characters that turn the text's direction around (Unicode's bidi controls).
BIDI = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _raw_hidden(text: str) -> list[str]:
    return [c for c in text if unicodedata.category(c) in ("Cc", "Cs") or c in BIDI]


@given(st.text(max_size=12))  # any text, halves of pairs too
def test_quoting_and_showing_a_value_escape_as_hidden_escaped_does(text: str) -> None:
    assert quoted(text, 200) == hidden_escaped(text)
    assert shown_value(text) == f"'{hidden_escaped(text)}'"
    assert shown_value([text]) == f"['{hidden_escaped(text)}']"
    assert _raw_hidden(hidden_escaped(text)) == []
    # One form for every character: \u and 4 hex digits (all it escapes is below U+10000).
    for character in text:
        if hidden_escaped(character) != character:
            assert hidden_escaped(character) == f"\\u{ord(character):04x}"


def test_a_long_value_is_cut_between_escapes_never_inside_one() -> None:
    assert quoted("ab\x1bcd", 5) == "ab…"  # not "ab\\u0…"
    assert quoted("a" * 50) == "a" * 39 + "…"
    assert quoted("\u202e" * 3, 40) == "\\u202e" * 3
