"""Whether a file holds a character only UTF-8 writes with more than one byte (then a
byte that is not UTF-8 is a mistake in it, named by its line): asked of the decoded text,
the same answer the byte pattern it replaced gave, on any bytes at all."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from companion.core.journal.import_text import mostly_utf8_problem
from companion.core.shared.messages import Message

# The byte pattern asked before: one well-formed multi-byte UTF-8 character anywhere.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)


def _as_before(raw: bytes) -> Message | None:
    if not _UTF8_SEQUENCE.search(raw):
        return None
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Message("import.mixed_encoding", line=raw.count(b"\n", 0, exc.start) + 1)
    return None


_CHARACTERS = st.characters(codec="utf-8").map(lambda c: c.encode("utf-8"))
_PIECES = st.one_of(
    st.binary(max_size=6),  # any bytes at all
    _CHARACTERS,  # whole characters, one to four bytes
    _CHARACTERS.flatmap(lambda b: st.integers(0, len(b)).map(lambda n: b[:n])),  # cut short
    st.sampled_from(
        [
            b"\xef\xbb\xbf",  # the byte-order mark
            b"\xed\xa0\x80",  # a surrogate, written as UTF-8 never writes it
            b"\xed\xbf\xbf",
            b"\xed\x9f\xbf",  # the last character before the surrogates
            b"\xc0\xaf",  # overlong forms of "/"
            b"\xe0\x80\xaf",
            b"\xf0\x80\x80\xaf",
            b"\xc1\xbf",
            b"\xe0\x9f\xbf",
            b"\xf4\x90\x80\x80",  # past the last character there is
            b"\xf5\x80\x80\x80",
            b"\xff",
            b"\x80",  # a continuation byte alone
            b"\n",
            b"\xe9",  # "e" with an accent in Windows-1252
        ]
    ),
)


@settings(max_examples=2000)
@given(st.lists(_PIECES, max_size=12).map(b"".join))
@example(b"\xe1\x80\xc3\xa9")  # a character cut short, then one whole
@example(b"\xf0\x90\x80\xed\xa0\x80\xc3")
def test_the_decoded_text_and_the_byte_pattern_agree(raw: bytes) -> None:
    found = _UTF8_SEQUENCE.search(raw) is not None
    assert any(ord(c) > 127 for c in raw.decode("utf-8", "ignore")) == found
    assert (not raw.decode("utf-8", "ignore").isascii()) == found
    assert mostly_utf8_problem(raw) == _as_before(raw)
