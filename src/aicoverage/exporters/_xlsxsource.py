"""Who said it: each source's outlet, a short column name, its date as a cell and a safe link.

The outlet is the article's own (from its metadata), else its URL's domain, else its file name.
A URL is linked only when it is ``http`` or ``https`` with a host: never ``javascript:``,
``file:`` or a relative path.

>>> from aicoverage.model import Article, Extraction, Source
>>> a = Article(Source("dir/02_en.txt", "text"), "", "", url="https://www.example.com/x")
>>> outlet_of(Extraction(article=a))
'example.com'
>>> outlet_of(Extraction(article=Article(Source("dir/02_en.txt", "text"), "", "")))
'02_en.txt'
>>> safe_url("javascript:alert(1)") is None, safe_url("https://example.com/a b")
(True, 'https://example.com/a%20b')
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from urllib.parse import quote, urlsplit

from aicoverage.model import Extraction

URL_LIMIT = 2_079
"""The longest link Excel follows."""

_UNSAFE = re.compile(r"[\x00-\x20\x7f]")


def outlet_of(extraction: Extraction) -> str:
    """The outlet that published the article: its own, its URL's domain, else its file name."""
    article = extraction.article
    if article.outlet and article.outlet.strip():
        return article.outlet.strip()
    host = _host(article.url)
    if host:
        return host
    path = article.source.path
    return os.path.basename(path.rstrip("/\\")) or path


def _host(url: str | None) -> str | None:
    if not url or safe_url(url) is None:
        return None
    host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    return host or None


def safe_url(url: str | None) -> str | None:
    """``url`` as a link target when it is http(s) with a host, else None."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    url = _UNSAFE.sub(lambda m: quote(m.group()), url)
    return url if len(url) <= URL_LIMIT else None


def column_names(extractions: Sequence[Extraction]) -> list[str]:
    """One name per source for a column header: its outlet, numbered when outlets repeat."""
    outlets = [outlet_of(ex) for ex in extractions]
    total: dict[str, int] = {}
    for name in outlets:
        total[name.casefold()] = total.get(name.casefold(), 0) + 1
    seen: dict[str, int] = {}
    out = []
    for name in outlets:
        key = name.casefold()
        if total[key] == 1:
            out.append(name)
            continue
        seen[key] = seen.get(key, 0) + 1
        out.append(f"{name} ({seen[key]})")
    return out


def date_cell(value: dt.date | dt.datetime | None) -> dt.date | dt.datetime | None:
    """A published date as a spreadsheet date: a datetime keeps its wall time, without its zone."""
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    return value
