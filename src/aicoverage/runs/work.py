"""One file's work in a corpus run: load, extract, cache; the same in a worker process or on dask.

:func:`run_task` takes a :class:`Task` (a path and the run's options) and returns a
:class:`Result` per article or error found in the file, in order. Everything in a result pickles
(errors travel as their kind, path and reason, rebuilt by :func:`as_error`), so any process
pool or cluster can carry it.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from typing import Any

from attrs import frozen

from aicoverage import errors
from aicoverage.adapters import DEFAULT_MAX_BYTES, load_many
from aicoverage.errors import AicoverageError, SourceError
from aicoverage.extract import extract
from aicoverage.model import Article, Extraction
from aicoverage.runs.cache import Cache
from aicoverage.runs.interchange import is_extractions, parse_line, read_lines, share_values
from aicoverage.serialize import dumps, structure

_ERROR_KEY = "aicoverage_error"
_NOT_READ_BACK = (
    "{} (what 'compare -o' writes), not an article; its tables keep no text spans or entities "
    "to compare again: give compare the articles, or the JSON Lines of 'aicoverage extract --json'"
)
_COUNTS_END = "\x1f"
"""Ends the counts before a cached record: JSON never holds a raw control character."""


@frozen
class Task:
    """A file to read and how: forced format, field map, cache folder, JSON lines or objects."""

    path: str
    format: str | None = None
    field_map: tuple[tuple[str, str], ...] = ()
    cache: str | None = None
    as_json: bool = False
    """True: results carry the JSON line (what ``extract --json`` prints); False: the extraction."""


@frozen
class Result:
    """One article's extraction (or its JSON line) with its counts, or one error."""

    claims: int = 0
    quotes: int = 0
    line: str | None = None
    extraction: Extraction | None = None
    error: tuple[str, str, str] | None = None
    """(kind, path, reason) of a :class:`~aicoverage.errors.SourceError`."""
    source: str | None = None
    """The article's source path (``file`` or ``file#3`` for a record)."""
    notes: tuple[str, ...] = ()
    """The article's recorded problems, ``code: message`` each."""

    @property
    def ok(self) -> bool:
        """True for an article, False for an error."""
        return self.error is None


def as_error(fields: tuple[str, str, str]) -> SourceError:
    """The :class:`~aicoverage.errors.SourceError` (of its own kind) that ``fields`` describe."""
    kind, path, reason = fields
    cls = getattr(errors, kind, SourceError)
    if not (isinstance(cls, type) and issubclass(cls, SourceError)):
        cls = SourceError
    return cls(path, reason)


def _error(e: AicoverageError, path: str) -> Result:
    if isinstance(e, SourceError):
        return Result(error=(type(e).__name__, e.path, e.reason))
    return Result(error=("SourceError", path, str(e)))


def _of(item: Extraction | SourceError, *, as_json: bool, line: str | None = None) -> Result:
    if isinstance(item, SourceError):
        return _error(item, item.path)
    text = (line or dumps(item)) if as_json else None
    notes = tuple(f"{p.code}: {p.message}" for p in item.article.problems)
    return Result(
        len(item.claims),
        len(item.quotes),
        text,
        None if as_json else item,
        source=item.article.source.path,
        notes=notes,
    )


def _extracted(task: Task) -> Iterator[Extraction | SourceError]:
    options: dict[str, Any] = {"format": task.format}
    if task.field_map:
        keys: dict[str, list[str]] = {}
        for target, key in task.field_map:
            keys.setdefault(target, []).append(key)
        options["field_map"] = keys
    for item in load_many([task.path], **options):
        if isinstance(item, Article):
            try:
                yield extract(item)
            except AicoverageError as e:
                yield e if isinstance(e, SourceError) else SourceError(item.source.path, str(e))
        else:
            yield item


def run_extractions_file(task: Task) -> Iterator[Result]:
    """The results of an extract JSON Lines file, streamed (its lines are passed on as read)."""
    try:
        for n, line in read_lines(task.path):
            item = parse_line(line, path=task.path, number=n)
            yield _of(item, as_json=task.as_json, line=line)
    except (OSError, EOFError) as e:
        yield Result(error=("SourceError", task.path, f"cannot be read: {e}"))


def run_task(task: Task) -> list[Result]:
    """Read, extract (or replay from the cache) the file of ``task``."""
    if is_extractions(task.path):
        return list(run_extractions_file(task))
    table = _table_kind(task.path)
    if table is not None:
        return [Result(error=("UnsupportedFormatError", task.path, _NOT_READ_BACK.format(table)))]
    cache, key = _cache_key(task)
    if cache is not None and key is not None:
        hit = cache.get(key)
        if hit is not None:
            return [_replayed(line, hit[0], task) for line in hit[1]]
    results = [_of(item, as_json=True) for item in _extracted(task)]
    if cache is not None and key is not None:
        cache.put(key, task.path, [_cached_line(r) for r in results])
    if task.as_json:
        return results
    return [r if r.line is None else _parsed(r) for r in results]


def _table_kind(path: str) -> str | None:
    """Which table format of compare's outputs (``-o .parquet``, ``.duckdb``) the file is, if any."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None  # never opened here: the loader names it
        with open(path, "rb") as fh:
            head = fh.read(16)
    except OSError:
        return None
    if head.startswith(b"PAR1"):
        return "a Parquet table"
    if head[8:12] == b"DUCK":
        return "a DuckDB database"
    return None


def _parsed(r: Result) -> Result:
    data = json.loads(r.line or "")
    extraction = structure(share_values(data), Extraction)
    return Result(r.claims, r.quotes, None, extraction, source=r.source, notes=r.notes)


def _cache_key(task: Task) -> tuple[Cache | None, str | None]:
    if task.cache is None:
        return None, None
    try:
        info = os.stat(task.path)
        if not stat.S_ISREG(info.st_mode) or info.st_size > DEFAULT_MAX_BYTES:
            return None, None
        with open(task.path, "rb") as fh:
            data = fh.read()
    except OSError:
        return None, None
    cache = Cache(task.cache)
    return cache, cache.key(data, options=json.dumps([task.format, sorted(task.field_map)]))


def _cached_line(r: Result) -> str:
    if r.error is not None:
        kind, path, reason = r.error
        return json.dumps({_ERROR_KEY: kind, "path": path, "reason": reason}, ensure_ascii=False)
    # What the summary needs goes first, so that a replay need not parse the whole record.
    counts = {"claims": r.claims, "quotes": r.quotes, "source": r.source, "notes": list(r.notes)}
    return json.dumps(counts, ensure_ascii=False) + _COUNTS_END + (r.line or "")


def _replayed(line: str, made_from: str, task: Task) -> Result:
    head, sep, record = line.partition(_COUNTS_END)
    if sep and made_from == task.path and task.as_json:
        counts = json.loads(head)
        notes = tuple(counts["notes"])
        return Result(counts["claims"], counts["quotes"], record, source=counts["source"], notes=notes)
    line = record if sep else line
    data = json.loads(line)  # floats read back exactly (the interchange writes them only then)
    if _ERROR_KEY in data:
        return Result(error=(data[_ERROR_KEY], _moved(data["path"], made_from, task.path), data["reason"]))
    if made_from != task.path:
        data["source"]["path"] = _moved(data["source"]["path"], made_from, task.path)
        line = json.dumps(data, ensure_ascii=False)
    claims, quotes = len(data.get("claims", ())), len(data.get("quotes", ()))
    source = data["source"]["path"]
    notes = tuple(f"{p['code']}: {p['message']}" for p in data.get("problems", ()))
    if task.as_json:
        return Result(claims, quotes, line, source=source, notes=notes)
    return Result(claims, quotes, None, structure(share_values(data), Extraction), source=source, notes=notes)


def _moved(path: str, made_from: str, now: str) -> str:
    """``path`` (the file or one of its records, ``file#3``) as found at its new place ``now``."""
    return now + path[len(made_from) :] if path.startswith(made_from) else path
