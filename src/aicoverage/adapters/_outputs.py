"""aicoverage's own outputs, recognised so that they are never read back as articles.

A comparison written into the folder being compared would otherwise be sniffed as text, its
sentences extracted again, and its claims would "agree" with the real sources. Recognised: the
comparison JSON (``{"facts": [...]}`` from ``compare --json``, ``{"schema": ..., "facts": ...}``
from the JSON exporter), the claims CSV (its header row), an ``extract --json`` JSON Lines file
(records with ``claims`` and a ``source`` object) and the workbook (an xlsx zip; any spreadsheet is
refused, ours named as such).

>>> own_output_kind('{"facts": [], "schema": 1}')
'comparison JSON'
>>> own_output_kind('{"claims": [], "source": {"path": "a.txt", "format": "text"}, "text": "x"}')
'extraction JSON Lines'
>>> own_output_kind("The chip ban was loosened.") is None
True
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile

_FACTS = re.compile(r'\A\s*\{\s*"facts"\s*:\s*\[|"schema"\s*:\s*\d+\s*,.*"facts"\s*:\s*\[', re.S)
_HEAD = 4096
_FIRST_LINE = re.compile(r"[^\r\n]+")


def own_output_kind(text: str) -> str | None:
    """Which of aicoverage's outputs ``text`` is, or None for anything else."""
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if head.startswith("{") and _FACTS.search(head):
        return "comparison JSON"
    first = _FIRST_LINE.search(head)
    if first is None:
        return None
    line = first.group().strip()
    if line.startswith("{") and is_extraction_record(_loads(line)):
        return "extraction JSON Lines"
    if _is_claims_header(line):
        return "claims CSV"
    return None


def is_extraction_record(record: object) -> bool:
    """True for a record of the JSON interchange (``extract --json``): claims and a source object."""
    if not isinstance(record, dict):
        return False
    source = record.get("source")
    return (
        isinstance(record.get("claims"), list)
        and isinstance(source, dict)
        and "path" in source
        and "format" in source
    )


def is_extraction_file(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is an ``extract --json`` JSON Lines file (its first record says so).

    The CLI's ``compare`` reads such files as extractions instead of articles.

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as fh:
    ...     _ = fh.write('{"claims": [], "source": {"path": "a", "format": "text"}}\\n')
    >>> is_extraction_file(fh.name)
    True
    """
    if not os.path.isfile(path):  # never open a pipe or a device
        return False
    try:
        with open(path, "rb") as fh:
            head = fh.read(1_000_000)
    except OSError:
        return False
    first = _FIRST_LINE.search(head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n"))
    return first is not None and is_extraction_record(_loads(first.group().strip()))


def workbook_kind(data: bytes) -> str | None:
    """``"aicoverage workbook"`` or ``"spreadsheet"`` for an xlsx zip, None for anything else."""
    if not data.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "xl/workbook.xml" not in names:
                return None
            core = zf.read("docProps/core.xml")[:4096] if "docProps/core.xml" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError):
        return None
    return "aicoverage workbook" if b">aicoverage<" in core else "spreadsheet"


def _loads(line: str) -> object:
    try:
        return json.loads(line)
    except (ValueError, RecursionError):
        return None


def _is_claims_header(line: str) -> bool:
    from aicoverage.exporters._rows import CLAIM_COLUMNS

    cells = [c.strip().strip('"') for c in line.split(",")]
    return cells[: len(CLAIM_COLUMNS)] == list(CLAIM_COLUMNS)
