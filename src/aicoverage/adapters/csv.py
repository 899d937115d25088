"""CSV or TSV of articles: a header row, then one article per row.

The header names the fields, read through the same field maps as JSON records (:mod:`._fieldmaps`):
``title``, ``text``/``body``/``content``, ``url``, ``published``/``date``, ``language``, ``outlet``,
``author``, or a user's map (``field_map=``). The separator (comma, tab or semicolon) is the one the
header uses. ``source.path`` is ``<file>#<row>``, rows counted from 1 after the header; a row that
cannot be read yields its error and the others still come out. aicoverage's own claims CSV is
never read back (see :mod:`._outputs`).

>>> rows = list(read("title,text,date\\nChips,The ban was loosened.,2025-01-29\\n", Source("a.csv", "csv")))
>>> [(a.source.path, a.title, a.body, str(a.published)) for a in rows]
[('a.csv#1', 'Chips', 'The ban was loosened.', '2025-01-29')]
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from aicoverage.adapters._fieldmaps import TARGETS, FieldMap, fields_for
from aicoverage.adapters._records import read_records
from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Article, Source

_SEPARATORS = ",\t;"
_FIRST_LINE = re.compile(r"[^\r\n]*")
_FIELD_LIMIT = 10_000_000


def sniff(text: str, *, field_map: FieldMap | None = None) -> float:
    """0.85 when the first line is a header of two or more short field names, one of them a text
    field and another a known field (by ``field_map`` too, when given): prose with commas is not."""
    header = _header(text)
    if header is None:
        return 0.0
    names = {c.strip().strip('"').casefold() for c in header[1]}
    if any(len(n.split()) > 2 for n in names):
        return 0.0
    known = {n.casefold() for t in TARGETS for n in fields_for(t, None, field_map)}
    wanted = {n.casefold() for n in fields_for("text", None, field_map)}
    return 0.85 if names & wanted and len(names & known) >= 2 else 0.0


def _header(text: str) -> tuple[str, list[str]] | None:
    first = _FIRST_LINE.match(text.lstrip("\ufeff"))
    line = first.group() if first else ""
    if not line or len(line) > 2000 or line.lstrip().startswith(("{", "[", "<")):
        return None
    separator = max(_SEPARATORS, key=line.count)
    cells = line.split(separator)
    if len(cells) < 2 or any(len(c.strip()) > 40 or not c.strip() for c in cells):
        return None
    return separator, cells


def read(text: str, source: Source, *, field_map: FieldMap | None = None) -> Iterator[Article | SourceError]:
    """One article (or error) per row."""
    header = _header(text)
    if header is None:
        yield FormatError(source.path, "no CSV header row (title, text, url, published, ...)")
        return
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # article bodies are longer than the 128 KB default
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), delimiter=header[0])
    yield from read_records(_rows(reader, source), source, field_map=field_map)


def _rows(reader: csv.DictReader[str], source: Source) -> Iterator[dict[str, str]]:
    try:
        for row in reader:
            yield {k.strip(): v for k, v in row.items() if isinstance(k, str) and isinstance(v, str)}
    except csv.Error as e:
        raise ValueError(f"{source.path}: CSV row {reader.line_num} is malformed: {e}") from e
