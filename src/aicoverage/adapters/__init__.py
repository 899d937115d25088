"""Source adapters: every article shape, read into one typed :class:`~aicoverage.model.Article`.

An adapter is a module (or any object) with two functions, registered under the entry-point group
``aicoverage.adapters``; the built-ins are registered there exactly like a third-party plugin::

    def sniff(text: str) -> float: ...        # confidence 0..1 that ``text`` is this format
    def read(text: str, source: Source) -> Article | Iterable[Article | SourceError]: ...

The format is sniffed from the decoded content, never from the file name: the adapter with the
highest confidence reads it (``text``, plain text, accepts anything at a low confidence). Set
``AICOVERAGE_NO_PLUGINS=1`` to load the built-in adapters only.

Binary formats are told by their first bytes: PDF and DOCX have adapters in the optional extras
``pdf`` and ``docx`` (:class:`~aicoverage.errors.UnsupportedFormatError` naming the file when the
extra is missing); images, archives and spreadsheets are refused with that error. aicoverage's own
outputs (comparison JSON or CSV, workbooks, ``extract --json`` files) are never read as articles:
they yield :class:`~aicoverage.errors.OwnOutputError`.

:func:`load` reads one file into one article; a file of several records (JSON Lines) is an error
there (:class:`~aicoverage.errors.FormatError` naming the count): use :func:`load_many`, which
yields one article per record, and an error instead of an article for a bad file, folder or record,
and goes on. :func:`load_text` reads text already in memory, :func:`load_records` dicts (rows of a
data frame); JSON and CSV records are mapped by field-map profiles (:mod:`._fieldmaps`).

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("date 2026-01-21 The chip ban was loosened this week.", "utf-8")
>>> art = load(folder / "a.txt")
>>> art.source.format, str(art.published), art.body
('text', '2026-01-21', 'The chip ban was loosened this week.')
>>> _ = (folder / "b.txt").write_bytes(b"")
>>> [type(x).__name__ for x in load_many([folder])]
['Article', 'EmptySourceError']
"""

from __future__ import annotations

import functools
import importlib
import os
import warnings
from collections.abc import Iterable, Iterator, Mapping
from importlib import metadata
from typing import Any, Protocol, cast

import attrs

from aicoverage.adapters._article import build_article
from aicoverage.adapters._decode import DEFAULT_MAX_BYTES, decode, read_bytes
from aicoverage.adapters._fieldmaps import FieldMap, parse_field_map
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._magic import binary_kind
from aicoverage.adapters._outputs import is_extraction_file, own_output_kind
from aicoverage.adapters._records import read_records
from aicoverage.adapters._stated import stated_metadata
from aicoverage.errors import (
    AdapterPluginError,
    AicoverageError,
    FormatError,
    OwnOutputError,
    PluginError,
    SourceError,
    UnsupportedFormatError,
)
from aicoverage.model import Article, Source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "GROUP",
    "Adapter",
    "FieldMap",
    "find_adapters",
    "is_extraction_file",
    "load",
    "load_many",
    "load_records",
    "load_text",
    "parse_field_map",
    "sniff_format",
]

GROUP = "aicoverage.adapters"
"""The entry-point group adapters register under."""
_BUILTIN = ("csv", "frontmatter", "html", "jsonl", "text", "wordpress")
_BINARY = ("docx", "pdf")
# Adapters whose records a field map (``field_map=``) applies to.
_MAPPED = frozenset({"csv", "jsonl"})


class Adapter(Protocol):
    """What an adapter provides (a module with these two functions will do)."""

    def sniff(self, text: str) -> float: ...

    def read(self, text: str, source: Source) -> Article | Iterable[Article | SourceError]: ...


@functools.cache
def find_adapters() -> dict[str, Adapter]:
    """Every registered adapter by format name (cached; built-ins first)."""
    found: dict[str, Adapter] = {}
    skip_plugins = os.environ.get("AICOVERAGE_NO_PLUGINS", "").strip() not in ("", "0")
    points = sorted(metadata.entry_points(group=GROUP), key=lambda ep: not _is_builtin(ep.value))
    for ep in points:
        builtin = _is_builtin(ep.value)
        if (skip_plugins and not builtin) or ep.name in found:
            continue
        try:
            found[ep.name] = cast(Adapter, ep.load())
        except Exception as e:
            if builtin:
                raise PluginError(f"built-in adapter {ep.name!r} failed to load: {e}") from e
            warnings.warn(f"aicoverage: adapter plugin {ep.name!r} skipped: {e}", stacklevel=2)
    # Built-ins the installed metadata does not list (a source tree never installed, or older
    # metadata) are known all the same.
    for name in _BUILTIN:
        if name not in found:
            found[name] = cast(Adapter, importlib.import_module(f"aicoverage.adapters.{name}"))
    return dict(sorted(found.items(), key=lambda kv: kv[0] not in _BUILTIN))


def _is_builtin(value: str) -> bool:
    return value.startswith("aicoverage.")


def sniff_format(text: str) -> str:
    """The name of the adapter most confident it can read ``text``.

    >>> sniff_format("---\\ntitle: x\\n---\\nBody."), sniff_format("Just words.")
    ('frontmatter', 'text')
    """
    best, score = "text", -1.0
    for name, adapter in find_adapters().items():
        try:
            confidence = float(adapter.sniff(text))
        except Exception:
            continue
        if confidence > score:
            best, score = name, confidence
    return best


def load(
    path: str | os.PathLike[str], *, format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Read one file as an article; the format is sniffed from the content unless given.

    Raises a :class:`~aicoverage.errors.SourceError` subclass for a file that is not an article.
    """
    items = list(_read_file(os.fspath(path), format=format, max_bytes=max_bytes, field_map=None))
    articles = [x for x in items if isinstance(x, Article)]
    if len(items) == 1 and articles:
        return articles[0]
    if len(items) == 1:
        raise cast(SourceError, items[0])
    raise FormatError(os.fspath(path), f"holds {len(items)} records, not one article: read it with load_many")


def load_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    field_map: Mapping[str, str] | FieldMap | None = None,
) -> Iterator[Article | SourceError]:
    """Read files and directories; a bad file or folder yields its error and the batch goes on.

    Directories are walked in sorted order (links to folders followed, each folder once); hidden
    files and folders (``.name``) are skipped; a file named twice is read once; named pipes and
    devices are never opened. ``field_map`` maps article fields to the record fields of JSON and
    CSV records (``{"published": "publishedAt", "text": "content"}``), over the built-in profiles.
    """
    from aicoverage.adapters._walk import iter_files

    mapping = parse_field_map(field_map) if field_map is not None else None
    for item in iter_files(paths):
        if isinstance(item, SourceError):
            yield item
            continue
        yield from _read_file(item, format=format, max_bytes=max_bytes, field_map=mapping)


def load_text(
    text: str,
    *,
    title: str | None = None,
    published: object = None,
    language: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    author: str | None = None,
    path: str = "<text>",
    format: str | None = None,
) -> Article:
    """Read an article from text already in memory; stated metadata wins over what the text shows.

    ``published`` is a date, a datetime or a string (ISO 8601, RFC 2822); ``path`` names the
    source in the result.

    >>> load_text("[文/观察者网熊超然]连日来,美国AI初创公司表示。").author
    '熊超然'
    >>> art = load_text("Chips\\n\\nThe ban was loosened this week.", title="Chips", published="2025-01-29")
    >>> art.title, str(art.published), art.body
    ('Chips', '2025-01-29', 'The ban was loosened this week.')
    """
    stated = stated_metadata(
        title=title, published=published, language=language, outlet=outlet, url=url, author=author
    )
    name = format or sniff_format(text)
    if name == "text":
        source = Source(path=path, format="text")
        layout = analyse_layout(text, title=stated.title)
        return build_article(text, source, layout, **stated.keywords(), problems=stated.problems)
    items = list(_read_decoded(text, path=path, encoding="utf-8", format=name, field_map=None))
    if len(items) == 1 and isinstance(items[0], Article):
        return stated.apply(items[0])
    if len(items) == 1:
        raise cast(SourceError, items[0])
    raise FormatError(path, f"holds {len(items)} records, not one article")


def load_records(
    records: Iterable[Mapping[str, Any]],
    *,
    field_map: Mapping[str, str] | FieldMap | None = None,
    path: str = "<records>",
) -> Iterator[Article | SourceError]:
    """One article (or error) per record: dicts such as a data frame's rows
    (``df.to_dict("records")``), mapped like JSON records (see :func:`load_many`).

    >>> rows = [{"headline": "Chips", "content": "The ban was loosened.", "publishedAt": "2025-01-29"}]
    >>> [(a.source.path, a.title, str(a.published)) for a in load_records(rows)]
    [('<records>#1', 'Chips', '2025-01-29')]
    """
    mapping = parse_field_map(field_map) if field_map is not None else None
    yield from read_records(records, Source(path=path, format="records"), field_map=mapping)


def _read_file(
    path: str, *, format: str | None, max_bytes: int, field_map: FieldMap | None
) -> Iterator[Article | SourceError]:
    try:
        data = read_bytes(path, max_bytes=max_bytes)
    except SourceError as e:
        yield e
        return
    except OSError as e:
        yield SourceError(path, f"cannot be read: {e.strerror or e}")
        return
    kind = binary_kind(data)
    if kind is not None:
        yield from _read_binary(kind, data, path)
        return
    try:
        decoded = decode(data, path=path)
    except SourceError as e:
        yield e
        return
    except Exception as e:  # a codec's bug must not stop the batch
        yield SourceError(path, f"cannot be decoded: {type(e).__name__}: {e}")
        return
    own = own_output_kind(decoded.text)
    if own is not None:
        yield OwnOutputError(path, f"is aicoverage's own output ({own}), not an article: skipped")
        return
    problems = decoded.problems()
    for item in _read_decoded(
        decoded.text, path=path, encoding=decoded.encoding, format=format, field_map=field_map
    ):
        if problems and isinstance(item, Article):
            item = attrs.evolve(item, problems=(*problems, *item.problems))
        yield item


def _read_binary(kind: str, data: bytes, path: str) -> Iterator[Article | SourceError]:
    if kind == "aicoverage workbook":
        yield OwnOutputError(path, "is aicoverage's own output (a workbook), not an article: skipped")
        return
    if kind not in _BINARY:
        yield UnsupportedFormatError(path, f"{kind}, not an article aicoverage can read")
        return
    module = importlib.import_module(f"aicoverage.adapters.{kind}")
    source = Source(path=path, format=kind, encoding="binary", derived=True)
    try:
        yield module.read_binary(data, source)
    except SourceError as e:
        yield e
    except AicoverageError as e:
        yield FormatError(path, str(e))
    except (Exception, RecursionError) as e:  # a damaged file must not stop the batch
        yield FormatError(path, f"the {kind} adapter failed: {type(e).__name__}: {e}")


def _read_decoded(
    text: str, *, path: str, encoding: str, format: str | None, field_map: FieldMap | None
) -> Iterator[Article | SourceError]:
    adapters = find_adapters()
    name = format or (_sniff_mapped(text, field_map) if field_map else None) or sniff_format(text)
    adapter = adapters.get(name)
    if adapter is None:
        yield FormatError(path, f"no adapter for format {name!r}; known: {', '.join(sorted(adapters))}")
        return
    source = Source(path=path, format=name, encoding=encoding)
    plugin = not _is_builtin(getattr(adapter, "__name__", type(adapter).__module__))
    try:
        if field_map is not None and name in _MAPPED:
            result = cast(Any, adapter).read(text, source, field_map=field_map)
        else:
            result = adapter.read(text, source)
        for item in [result] if isinstance(result, Article) else result:
            yield _checked_item(item, name, path, plugin=plugin)
    except AicoverageError as e:
        yield e if isinstance(e, SourceError) else FormatError(path, str(e))
    except (Exception, RecursionError) as e:  # an adapter's bug must not stop the batch
        if plugin:
            yield AdapterPluginError(path, f"the adapter plugin {name!r} failed: {type(e).__name__}: {e}")
        else:
            yield FormatError(path, f"the {name} adapter failed: {type(e).__name__}: {e}")


def _sniff_mapped(text: str, field_map: FieldMap) -> str | None:
    """The record format (JSON, CSV) whose records have a field the user's map names, if any."""
    for name in sorted(_MAPPED):
        module = importlib.import_module(f"aicoverage.adapters.{name}")
        if module.sniff(text, field_map=field_map) > 0:
            return name
    return None


def _checked_item(item: object, name: str, path: str, *, plugin: bool) -> Article | SourceError:
    if isinstance(item, Article | SourceError):
        return item
    what = "adapter plugin" if plugin else "adapter"
    return AdapterPluginError(path, f"the {what} {name!r} yielded a {type(item).__name__}, not an Article")
