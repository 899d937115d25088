"""JSON Lines of article records (one JSON object per line), or JSON holding such records.

Each record is one article, read through a field map (:mod:`._fieldmaps`): the default names
(``body``/``text``/``content``, ``title``/``headline``, ``published``/``date``/``datePublished``,
``url``/``link``, ``language``/``lang``, ``author``, ``outlet``/``source``/``site``) and the built-in
profiles of news-API exports (NewsAPI, GDELT DOC, Media Cloud, Event Registry), or a user's map
(``field_map=``). A JSON array of records, or an API response keeping them under ``articles``,
``articles.results`` or ``results``, is read the same way. The body is read as HTML when it looks
like markup, as plain text otherwise. ``text`` is the record's body (``source.derived`` is true)
and ``source.path`` is ``<file>#<line>`` (``#<index>`` for arrays, counted from 1). A line that is
not a JSON object yields a :class:`~aicoverage.errors.FormatError` for that line, and the other
records still come out; a record nested too deeply to parse is read without its deep parts (a
``json_too_deep`` problem says so).

>>> arts = list(read('{"title": "A", "body": "First.", "language": "en"}\\n{"text": "Второй."}\\n',
...                  Source("f.jsonl", "jsonl")))
>>> [(a.source.path, a.title, a.body, a.language) for a in arts]
[('f.jsonl#1', 'A', 'First.', 'en'), ('f.jsonl#2', None, 'Второй.', 'ru')]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from aicoverage.adapters._fieldmaps import FieldMap, containers, field_value, fields_for, profile_of
from aicoverage.adapters._jsondepth import loads
from aicoverage.adapters._records import read_record, read_records
from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Article, Problem, Source

_LINE = re.compile(r"[^\r\n]+")
_SNIFF_LIMIT = 1_000_000


def sniff(text: str, *, field_map: FieldMap | None = None) -> float:
    """0.9 when the first line (or the JSON's first record) is an object with a text field (by
    ``field_map`` too, when given); 0.3 for other JSON objects."""
    first = _LINE.search(text[:_SNIFF_LIMIT])
    if first is None:
        return 0.0
    line = first.group().strip().lstrip("\ufeff")
    try:
        if line.startswith("{"):
            try:
                data, _ = loads(line)
            except ValueError:
                data, _ = loads(text.lstrip("\ufeff \t\r\n"))  # one object over several lines
        elif line.startswith("["):
            data, _ = loads(text.lstrip("\ufeff \t\r\n"))
        else:
            return 0.0
    except (ValueError, RecursionError):
        return 0.0
    records = _records(data)
    if not records or not isinstance(records[0], dict):
        return 0.0
    # JSON records without a text field known here are still records, never prose: read as such,
    # they yield an error that names the fields a field map could point at.
    return 0.9 if _is_record(records[0], field_map) else 0.3


def _is_record(record: Any, field_map: FieldMap | None) -> bool:
    if not isinstance(record, dict):
        return False
    profile = profile_of(record)
    return any(field_value(record, fields_for(t, profile, field_map)) for t in ("text", "title"))


def _records(data: Any) -> list[Any]:
    """The records in parsed JSON: an array, an API response's list, or one object."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        return []
    for path in containers():
        value: Any = data
        for part in path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        if isinstance(value, list) and value and isinstance(value[0], dict):
            return value
    return [data]


def read(text: str, source: Source, *, field_map: FieldMap | None = None) -> Iterator[Article | SourceError]:
    """One article (or error) per record."""
    stripped = text.lstrip("\ufeff \t\r\n")
    whole = _whole(stripped, source)
    if whole is not None:
        data, cuts = whole
        if isinstance(data, SourceError):
            yield data
            return
        problems = [_too_deep(cuts)] if cuts else []
        yield from read_records(_records(data), source, field_map=field_map, problems=problems)
        return
    for n, m in enumerate(_LINE.finditer(text), 1):
        line = m.group().strip().lstrip("\ufeff")
        if not line:
            continue
        where = attrs.evolve(source, path=f"{source.path}#{n}")
        try:
            record, cuts = loads(line)
        except ValueError as e:
            yield FormatError(where.path, f"not a JSON object: {e}")
            continue
        problems = [_too_deep(cuts)] if cuts else []
        yield read_record(record, where, field_map=field_map, problems=problems)


def _whole(stripped: str, source: Source) -> tuple[Any, int] | None:
    """The file parsed as one JSON value when it is an array or a multi-line object, else None."""
    if stripped.startswith("["):
        try:
            return loads(stripped)
        except ValueError as e:
            return FormatError(source.path, f"not a valid JSON array of records: {e}"), 0
    first = _LINE.search(stripped)
    if first is not None and first.group().strip() == stripped.strip():
        try:
            data, cuts = loads(stripped)
        except ValueError:
            return None
        # One line holding an API response: its records, not the response, are the articles.
        records = _records(data)
        return (data, cuts) if not (len(records) == 1 and records[0] is data) else None
    if first is not None:
        try:
            loads(first.group().strip())
        except ValueError:
            try:
                return loads(stripped)  # one object written over several lines
            except ValueError:
                return None
    return None


def _too_deep(cuts: int) -> Problem:
    return Problem("json_too_deep", f"{cuts} deeply nested part(s) of the record were left out")
