"""Source adapters: every article shape, read into one typed :class:`~aicoverage.model.Article`.

An adapter is a module (or any object) with two functions, registered under the entry-point group
``aicoverage.adapters``; the built-ins are registered there exactly like a third-party plugin::

    def sniff(text: str) -> float: ...        # confidence 0..1 that ``text`` is this format
    def read(text: str, source: Source) -> Article | Iterable[Article | SourceError]: ...

The format is sniffed from the decoded content, never from the file name: the adapter with the
highest confidence reads it (``text``, plain text, accepts anything at a low confidence). Set
``AICOVERAGE_NO_PLUGINS=1`` to load the built-in adapters only.

:func:`load` reads one file into one article; a file of several records (JSON Lines) is an error
there (:class:`~aicoverage.errors.FormatError` naming the count): use :func:`load_many`, which
yields one article per record, and an error instead of an article for a bad file or record, and
goes on.

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
import os
import warnings
from collections.abc import Iterable, Iterator
from importlib import metadata
from typing import Protocol, cast

from aicoverage.adapters._decode import DEFAULT_MAX_BYTES, decode_bytes, read_bytes
from aicoverage.errors import AicoverageError, FormatError, PluginError, SourceError
from aicoverage.model import Article, Source

__all__ = [
    "DEFAULT_MAX_BYTES",
    "GROUP",
    "Adapter",
    "find_adapters",
    "load",
    "load_many",
    "load_text",
    "sniff_format",
]

GROUP = "aicoverage.adapters"
"""The entry-point group adapters register under."""
_BUILTIN = ("frontmatter", "html", "jsonl", "text", "wordpress")


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
    if not any(name in found for name in _BUILTIN):
        # Running from a source tree that was never installed: no entry points to read.
        import importlib

        for name in _BUILTIN:
            found[name] = cast(Adapter, importlib.import_module(f"aicoverage.adapters.{name}"))
    return found


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
    items = list(_read_file(os.fspath(path), format=format, max_bytes=max_bytes))
    articles = [x for x in items if isinstance(x, Article)]
    if len(items) == 1 and articles:
        return articles[0]
    if len(items) == 1:
        raise cast(SourceError, items[0])
    raise FormatError(os.fspath(path), f"holds {len(items)} records, not one article: read it with load_many")


def load_many(
    paths: Iterable[str | os.PathLike[str]], *, format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | SourceError]:
    """Read files and directories; a bad file yields its error and the batch goes on.

    Directories are walked in sorted order, files only; hidden files and folders (``.name``) are
    skipped.
    """
    for path in paths:
        name = os.fspath(path)
        if os.path.isdir(name):
            for root, dirs, files in os.walk(name):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for file in sorted(f for f in files if not f.startswith(".")):
                    yield from _read_file(os.path.join(root, file), format=format, max_bytes=max_bytes)
        else:
            yield from _read_file(name, format=format, max_bytes=max_bytes)


def load_text(text: str, *, path: str = "<text>", format: str | None = None) -> Article:
    """Read an article from text already in memory (``path`` names it in the result).

    >>> load_text("[文/观察者网熊超然]连日来,美国AI初创公司表示。").author
    '熊超然'
    """
    items = list(_read_decoded(text, path=path, encoding="utf-8", format=format))
    if len(items) == 1 and isinstance(items[0], Article):
        return items[0]
    if len(items) == 1:
        raise cast(SourceError, items[0])
    raise FormatError(path, f"holds {len(items)} records, not one article")


def _read_file(path: str, *, format: str | None, max_bytes: int) -> Iterator[Article | SourceError]:
    try:
        data = read_bytes(path, max_bytes=max_bytes)
        text, encoding = decode_bytes(data, path=path)
    except SourceError as e:
        yield e
        return
    except OSError as e:
        yield SourceError(path, f"cannot be read: {e.strerror or e}")
        return
    yield from _read_decoded(text, path=path, encoding=encoding, format=format)


def _read_decoded(
    text: str, *, path: str, encoding: str, format: str | None
) -> Iterator[Article | SourceError]:
    adapters = find_adapters()
    name = format or sniff_format(text)
    adapter = adapters.get(name)
    if adapter is None:
        yield FormatError(path, f"no adapter for format {name!r}; known: {', '.join(sorted(adapters))}")
        return
    source = Source(path=path, format=name, encoding=encoding)
    try:
        result = adapter.read(text, source)
        if isinstance(result, Article):
            yield result
            return
        yield from result
    except AicoverageError as e:
        yield e if isinstance(e, SourceError) else FormatError(path, str(e))
    except (Exception, RecursionError) as e:  # an adapter's bug must not stop the batch
        yield FormatError(path, f"the {name} adapter failed: {type(e).__name__}: {e}")
