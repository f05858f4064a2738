"""Files a person may pick by mistake for an import: small but real pictures, archives,
a PDF and workbooks, made here (no binary file is kept in the repository)."""

from __future__ import annotations

import gzip
import io
import struct
import zipfile
import zlib

CSV_HEADER = "time,pain_now,level,side,note\r\n"


def png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" + b"\xc0\x40\x40" * 2 + b"\x00" + b"\x40\x40\xc0" * 2)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def jpeg() -> bytes:
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(64)


def heic() -> bytes:  # an iPhone's photo
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(64)


def pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Pain diary) Tj ET")
    length = str(len(stream)).encode()
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
        + length
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< >>\n%%EOF\n"
    )


def zipped(names: dict[str, str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, text in names.items():
            archive.writestr(name, text)
    return out.getvalue()


def zip_of_export() -> bytes:
    return zipped({"journal.csv": CSV_HEADER})


def xlsx() -> bytes:
    """What Excel's own .xlsx save starts with: a ZIP whose first name says so."""
    return zipped({"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})


def ods() -> bytes:
    """LibreOffice's own save: its first name, "mimetype", is stored as it is."""
    kind = "application/vnd.oasis.opendocument.spreadsheet"
    return zipped({"mimetype": kind}, zipfile.ZIP_STORED)


def old_xls() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


def gzipped() -> bytes:
    return gzip.compress(CSV_HEADER.encode(), mtime=0)


def unknown_binary() -> bytes:
    """Bytes no program in the list above writes, with NULs, as most binary files."""
    return bytes((n * 97 + 13) % 256 for n in range(3000))


def binary_without_nul() -> bytes:
    """Bytes with no NUL but with control characters (read as Windows-1252 before)."""
    return bytes(
        n
        for n in ((n * 89 + 7) % 256 for n in range(3000))
        if n not in (0, 0x81, 0x8D, 0x8F, 0x90, 0x9D)
    )
