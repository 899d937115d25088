"""JSON Lines of article records (one JSON object per line), or a JSON array of such records.

Each record is one article. Mapped: ``body``/``text``/``content`` to the body (HTML when it looks
like markup, plain text otherwise, whose layout is found as for plain text); ``title``/
``headline``; ``published``/``date``/``pubDate``/``datePublished``; ``url``/``link``;
``language``/``lang``; ``author``; ``outlet``/``source``/``site``. ``text`` is the record's body
(``source.derived`` is true) and ``source.path`` is ``<file>#<line>`` (``#<index>`` for arrays,
counted from 1). A line that is not a JSON object yields a :class:`~aicoverage.errors.FormatError`
for that line, and the other records still come out.

>>> arts = list(read('{"title": "A", "body": "First.", "language": "en"}\\n{"text": "Второй."}\\n',
...                  Source("f.jsonl", "jsonl")))
>>> [(a.source.path, a.title, a.body, a.language) for a in arts]
[('f.jsonl#1', 'A', 'First.', 'en'), ('f.jsonl#2', None, 'Второй.', 'ru')]
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import attrs

from aicoverage.adapters._article import build_article
from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._markup import compose, html_blocks
from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Article, Source

_BODY = ("body", "text", "content", "article", "fulltext")
_FIELDS = {
    "title": ("title", "headline"),
    "published": ("published", "date", "pubdate", "datepublished", "published_at", "publish_date"),
    "url": ("url", "link", "permalink"),
    "language": ("language", "lang"),
    "author": ("author", "byline"),
    "outlet": ("outlet", "source", "site", "publisher"),
}
_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|span|a|figure|ul|li)\b[^>]*>", re.I)
_LINE = re.compile(r"[^\r\n]+")


def sniff(text: str) -> float:
    """0.9 when the first line (or the array's first element) is an object with a body field."""
    first = _LINE.search(text[:1_000_000])
    if first is None:
        return 0.0
    line = first.group().strip().lstrip("\ufeff")
    try:
        data = (
            json.loads(line)
            if line.startswith("{")
            else json.loads(text)[0]
            if line.startswith("[")
            else None
        )
    except (ValueError, IndexError, KeyError, TypeError, RecursionError):
        return 0.0
    return 0.9 if isinstance(data, dict) and any(k.lower() in _BODY for k in data) else 0.0


def read(text: str, source: Source) -> Iterator[Article | SourceError]:
    """One article (or error) per record."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except ValueError as e:
            yield FormatError(source.path, f"not a valid JSON array of records: {e}")
            return
        for n, record in enumerate(records if isinstance(records, list) else [records], 1):
            yield _article(record, attrs.evolve(source, path=f"{source.path}#{n}"))
        return
    n = 0
    for m in _LINE.finditer(text):
        n += 1
        line = m.group().strip().lstrip("\ufeff")
        if not line:
            continue
        where = attrs.evolve(source, path=f"{source.path}#{n}")
        try:
            record = json.loads(line)
        except ValueError as e:
            yield FormatError(where.path, f"not a JSON object: {e}")
            continue
        yield _article(record, where)


def _article(record: Any, source: Source) -> Article | SourceError:
    if not isinstance(record, dict):
        return FormatError(source.path, f"a record must be a JSON object, not {type(record).__name__}")
    fields = {str(k).lower(): v for k, v in record.items()}
    body = next((fields[k] for k in _BODY if isinstance(fields.get(k), str) and fields[k].strip()), None)
    if body is None:
        return FormatError(source.path, f"the record has no text field ({', '.join(_BODY)})")
    meta = {
        target: next((fields[k] for k in names if fields.get(k) not in (None, "")), None)
        for target, names in _FIELDS.items()
    }
    derived = attrs.evolve(source, derived=True)
    known: dict[int, str] = {}
    if _MARKUP.search(body):
        composed = compose(html_blocks(body))
        body = composed.text
        known = {s: "caption" for kind, s, _ in composed.spans if kind == "caption"}
    layout = analyse_layout(body, title=_text(meta["title"]), known=known)
    return build_article(
        body,
        derived,
        layout,
        language=meta["language"],
        title=_text(meta["title"]),
        published=parse_date(meta["published"]),
        url=_text(meta["url"]),
        outlet=_outlet(meta["outlet"]),
        author=_text(meta["author"]),
    )


def _outlet(value: Any) -> str | None:
    """An outlet name; a URL (a cited source, or the record's origin) is not one."""
    name = _text(value)
    return None if name is None or "://" in name else name


def _text(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name") or value.get("rendered")
    return str(value) if isinstance(value, str | int | float) and not isinstance(value, bool) else None
