"""What an HTML page states about itself: language, title, date, URL, author, outlet.

Read from ``<html lang>``, the first ``<h1>`` or else ``<title>`` (which often carries the site's
name), ``<meta>`` tags (Open Graph, ``article:published_time``,
``author``, ``og:site_name``...), ``<link rel="canonical">``, JSON-LD (``datePublished``,
``headline``, ``author.name``, ``publisher.name``) and the first ``<time datetime>``. Only what
the markup states: no date is ever guessed from the text.

>>> meta = read_meta('<html lang="ru"><head><meta property="article:published_time" '
...                  'content="2025-01-27T08:00:00Z"><title>T</title></head></html>')
>>> meta.language, meta.title, meta.published
('ru', 'T', '2025-01-27T08:00:00Z')
"""

from __future__ import annotations

import contextlib
import json
from html.parser import HTMLParser
from typing import Any

from attrs import define

from aicoverage.adapters._markup import fold_words

_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "sailthru.date",
    "parsely-pub-date",
)
_TITLE_KEYS = ("og:title", "twitter:title", "headline")
_AUTHOR_KEYS = ("author", "article:author", "byl", "parsely-author", "dc.creator")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher")


@define
class PageMeta:
    """The page's stated metadata (strings as written)."""

    language: str | None = None
    title: str | None = None
    published: str | None = None
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    headlines: tuple[str, ...] = ()
    """Every headline the page states (``og:title``, ``twitter:title``, JSON-LD, ``<h1>``)."""
    links: frozenset[str] = frozenset()
    """The texts of the page's links, folded by :func:`fold_words` (to tell link lines)."""


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.meta: dict[str, str] = {}
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1_parts: list[str] = []
        self.h1_state = 0  # 0: before the first <h1>, 1: inside it, 2: after it
        self.in_ld = False
        self.ld_parts: list[str] = []
        self.ld: list[Any] = []
        self.time: str | None = None
        self.canonical: str | None = None
        self.link_depth = 0
        self.link_parts: list[str] = []
        self.links: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "title":
            self.in_title = True
        elif tag == "h1" and self.h1_state == 0:
            self.h1_state = 1
        elif tag == "meta" and a.get("content"):
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key:
                self.meta.setdefault(key, a["content"].strip())
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            self.canonical = self.canonical or a.get("href")
        elif tag == "time" and a.get("datetime") and self.time is None:
            self.time = a["datetime"]
        elif tag == "script" and "ld+json" in a.get("type", "").lower():
            self.in_ld, self.ld_parts = True, []
        elif tag == "a":
            self.link_depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag == "h1" and self.h1_state == 1:
            self.h1_state = 2
        elif tag == "script" and self.in_ld:
            self.in_ld = False
            with contextlib.suppress(ValueError):
                self.ld.append(json.loads("".join(self.ld_parts)))
        elif tag == "a" and self.link_depth:
            self.link_depth -= 1
            if not self.link_depth:
                self.links.add(fold_words("".join(self.link_parts)))
                self.link_parts = []

    def handle_data(self, data: str) -> None:
        if self.link_depth:
            self.link_parts.append(data)
        if self.in_title:
            self.title_parts.append(data)
        elif self.h1_state == 1:
            self.h1_parts.append(data)
        elif self.in_ld:
            self.ld_parts.append(data)


def read_meta(html: str) -> PageMeta:
    """The metadata ``html`` states."""
    p = _MetaParser()
    p.feed(html)
    p.close()
    ld = _ld_fields(p.ld)
    meta = {**{k.lower(): v for k, v in ld.items()}, **p.meta}
    return PageMeta(
        language=p.lang or meta.get("og:locale") or meta.get("inlanguage"),
        title=_first(meta, _TITLE_KEYS) or _join(p.h1_parts) or _join(p.title_parts),
        published=_first(meta, _DATE_KEYS) or p.time,
        url=p.canonical or meta.get("og:url") or meta.get("url"),
        author=_first(meta, _AUTHOR_KEYS),
        outlet=_first(meta, _OUTLET_KEYS),
        headlines=tuple(h for h in (*(meta.get(k) for k in _TITLE_KEYS), _join(p.h1_parts)) if h),
        links=frozenset(p.links - {""}),
    )


def _join(parts: list[str]) -> str | None:
    return " ".join("".join(parts).split()) or None


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _ld_fields(blocks: list[Any]) -> dict[str, str]:
    """Flat fields of the first JSON-LD article object (``@graph`` searched too)."""
    items: list[Any] = []
    for block in blocks:
        items.extend(block if isinstance(block, list) else [block])
    for item in list(items):
        if isinstance(item, dict) and isinstance(item.get("@graph"), list):
            items.extend(item["@graph"])
    for item in items:
        if isinstance(item, dict) and ("datePublished" in item or "headline" in item):
            out: dict[str, str] = {}
            for key in ("datePublished", "headline", "inLanguage", "url"):
                if isinstance(item.get(key), str):
                    out[key] = item[key]
            for key, target in (("author", "author"), ("publisher", "publisher")):
                value = item.get(key)
                value = value[0] if isinstance(value, list) and value else value
                name = value.get("name") if isinstance(value, dict) else value
                if isinstance(name, str):
                    out[target] = name
            return out
    return {}
