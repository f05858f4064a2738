"""An import's bytes as text, or one plain sentence saying why they are not text.

Read: UTF-8 (with or without its byte-order mark); UTF-16 and UTF-32 led by their mark
(Excel's "Unicode Text" save, a copy made with Windows PowerShell's `>`); and, for CSV
only, Windows-1252, the code page Excel's plain "CSV" save writes in Spain and the
Americas. A file that is UTF-8 but for a few bytes (a line pasted in from another
program) is refused, naming the line: read as Windows-1252, every "é" of the rest would
have been saved as "Ã©", in silence.

A file that is not text at all (a photo, a PDF, a ZIP or a workbook renamed .csv) is
named as what it is before any code page is tried: read as Windows-1252, its bytes gave
a column or row problem about characters nobody typed.
"""

from __future__ import annotations

import codecs
import re

from companion.core.shared.messages import Message, quoted


class ImportFileError(ValueError):
    """The whole file cannot be read (not a journal export, not text, too big)."""


class NotTextError(ImportFileError):
    """The file is not text (a picture, a PDF, an archive...): its message names it."""


# Python's codec for a file led by this mark, and its name for people. UTF-32 LE's mark
# starts with UTF-16 LE's, so it is looked for first.
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def unicode_mark(raw: bytes) -> tuple[str, str] | None:
    """(codec, name) of the UTF-16 or UTF-32 byte-order mark the file starts with."""
    for mark, codec, label in _MARKS:
        if raw.startswith(mark):
            return codec, label
    return None


# The first bytes of the files a person most often picks by mistake.
_PICTURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
)
_PHONE_PICTURES = {b"heic": "HEIC", b"heix": "HEIC", b"mif1": "HEIC", b"avif": "AVIF"}
_ARCHIVES = (b"PK\x03\x04", b"PK\x05\x06", b"\x1f\x8b", b"7z\xbc\xaf\x27\x1c", b"Rar!\x1a\x07")
_OLD_OFFICE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (and .doc) before 2007
# A workbook saved as .xlsx or .ods is a ZIP whose first names say what it holds.
_WORKBOOK_NAMES = (b"xl/", b"[Content_Types].xml", b"opendocument.spreadsheet")

SNIFFED_BYTES = 8192  # the start of the file the text rules look at
# Control characters no spreadsheet or text editor writes into text; tab, line ends,
# form feed and escape are left out: they turn up in text, and say little.
_CONTROLS = bytes([*range(0x01, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])


def _file(name: str) -> Message:
    if not name:
        return Message("import.unnamed_file")
    return Message("import.named_file", name=quoted(name))


def kind_of_binary(raw: bytes) -> tuple[str, str] | None:
    """What the file's first bytes say it is: ("picture", "PNG"), ("pdf", ""),
    ("archive", ""), ("workbook", ""); None when they say nothing known."""
    for magic, picture in _PICTURES:
        if raw.startswith(magic):
            return "picture", picture
    if raw[4:8] == b"ftyp" and raw[8:12] in _PHONE_PICTURES:  # a phone's photo
        return "picture", _PHONE_PICTURES[raw[8:12]]
    if raw.startswith(b"RIFF") and raw[8:12] == b"WEBP":
        return "picture", "WebP"
    if raw.startswith(b"%PDF-"):
        return "pdf", ""
    if raw.startswith(_OLD_OFFICE):
        return "workbook", ""
    if raw.startswith(_ARCHIVES):
        head = raw[:SNIFFED_BYTES]
        if raw.startswith(b"PK") and any(name in head for name in _WORKBOOK_NAMES):
            return "workbook", ""
        return "archive", ""
    return None


def _looks_like_unmarked_unicode(head: bytes) -> bool:
    """UTF-16 or UTF-32 without its mark: in an export, nearly all characters are below
    U+0100, so the same places in every 2 or 4 bytes hold NUL and the others do not."""
    nuls = head.count(0)
    for width in (2, 4):
        for place in range(width):
            letters = head[place::width]
            others = len(head) - len(letters)
            letter_nuls = letters.count(0)
            if (
                others
                and letter_nuls * 10 <= len(letters)
                and (nuls - letter_nuls) * 10 >= others * 7
            ):
                return True
    return False


def looks_binary(raw: bytes) -> bool:
    """Not text: a NUL byte, or control characters in more than 1 byte in 100, near
    the start (text in any code page has neither). UTF-16 or UTF-32 without its mark
    has NULs but is text: it is left to the "not UTF-8" refusal."""
    head = raw[:SNIFFED_BYTES]
    if not head or _looks_like_unmarked_unicode(head):
        return False
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return b"\x00" in head or controls * 100 > len(head)


def not_text_problem(raw: bytes, name: str) -> Message | None:
    """One sentence naming the file and what it is, when it is not text; else None."""
    found = kind_of_binary(raw)
    if found is None:
        return None
    kind, picture = found
    file = _file(name)
    if kind == "picture":
        return Message("import.not_text_picture", file=file, format=picture)
    if kind == "pdf":
        return Message("import.not_text_pdf", file=file)
    if kind == "workbook":
        return Message("import.not_text_workbook", file=file)
    return Message("import.not_text_archive", file=file)


def mostly_utf8_problem(raw: bytes) -> Message | None:
    """The sentence for a file that is UTF-8 but for a byte: it names that byte's line.
    None for a file that may be in a code page (Excel's plain "CSV", Windows-1252).

    A byte-order mark, a Latin letter written in UTF-8 ("é" as two bytes, which a code
    page shows as "Ã©") or more UTF-8 characters than bad bytes say UTF-8. One other
    character alone does not: in Windows-1252 a capital with an accent before "…", a
    dash or a quote ("NO SÉ…") makes two bytes that UTF-8 could read too."""
    try:
        raw.decode("utf-8")  # not "utf-8-sig": its error counts from after the mark
    except UnicodeDecodeError as exc:
        text = raw.decode("utf-8", "replace")
        bad = text.count("\ufffd") - raw.count("\ufffd".encode())
        utf8 = _MULTI_BYTE.findall(text)
        if "\ufeff" in utf8 or _LATIN.search(text) or len(utf8) > bad:
            before = raw[: exc.start]  # lines end in LF, CR LF or a CR alone
            line = before.count(b"\n") + before.count(b"\r") - before.count(b"\r\n") + 1
            return Message("import.mixed_encoding", line=line)
    return None


# Characters UTF-8 writes with more than one byte (the stand-in for a bad byte aside),
# and among them the Latin letters and signs of U+0080 to U+00FF.
_MULTI_BYTE = re.compile("[^\x00-\x7f\ufffd]")
_LATIN = re.compile("[\x80-\xff]")


def import_text(raw: bytes, *, name: str = "", legacy: bool = False) -> str:
    """The file's text.

    Args:
        raw: The file's bytes.
        name: The file's name, for the sentence when it is not text.
        legacy: Whether Windows-1252 is tried when the bytes are not UTF-8 (CSV files).

    Raises:
        NotTextError: the file is not text; the message names the file and, when its
            first bytes say so, what it is (a picture, a PDF, an archive, a workbook).
        ImportFileError: text that cannot be read (a damaged UTF-16 file, not UTF-8,
            UTF-8 but for a byte: then the sentence names its line).
    """
    problem = not_text_problem(raw, name)
    if problem is not None:
        raise NotTextError(problem)
    marked = unicode_mark(raw)
    if marked is not None:
        codec, label = marked
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            # Not "not UTF-8": the mark says what it is, and part cannot be read.
            raise ImportFileError(Message("import.damaged_unicode", encoding=label)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if looks_binary(raw):
        raise NotTextError(Message("import.not_text", file=_file(name)))
    mixed = mostly_utf8_problem(raw)
    if mixed is not None:
        raise ImportFileError(mixed)
    # Excel's plain "CSV" (not "CSV UTF-8", and the one it keeps when a CSV is saved
    # again) writes Windows' own code page: in Spain and the Americas Windows-1252, one
    # byte for "é" or "ñ". A note typed there made the whole file "not a journal export".
    # Text in a code page has no NUL: UTF-16 or UTF-32 without its mark keeps the refusal.
    if legacy and b"\x00" not in raw:
        try:
            return raw.decode("cp1252")
        except UnicodeDecodeError:
            pass
    raise ImportFileError(Message("import.not_utf8"))
