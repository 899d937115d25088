"""Binary files told by their first bytes, before any decoding is tried.

PDF and DOCX have adapters (:mod:`.pdf`, :mod:`.docx`); images, archives and spreadsheets are not
articles, and a workbook aicoverage wrote is its own output.

>>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"\\x89PNG\\r\\n\\x1a\\n..."), binary_kind(b"Plain text.")
('pdf', 'a PNG image', None)
"""

from __future__ import annotations

import io
import zipfile

from aicoverage.adapters._outputs import workbook_kind

_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (doc/xls)"),
)


def binary_kind(data: bytes) -> str | None:
    """``"pdf"``, ``"docx"``, ``"aicoverage workbook"`` or a description of another binary format
    (``"a PNG image"``), or None for data that may be text."""
    head = data.lstrip(b"\xef\xbb\xbf")[:16]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if not data.startswith(b"PK\x03\x04"):
        return None
    workbook = workbook_kind(data)
    if workbook == "aicoverage workbook":
        return workbook
    if workbook is not None:
        return "a spreadsheet (xlsx)"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "a damaged zip archive"
    if "word/document.xml" in names:
        return "docx"
    return "an OpenDocument file" if "content.xml" in names else "a zip archive"
