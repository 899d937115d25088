"""What an HTML page states about itself: language, title, dates, URL, author, outlet, links.

Read from ``<html lang>``, the first ``<h1>`` or else ``<title>`` (which often carries the site's
name), ``<meta>`` tags (Open Graph, ``article:published_time``, ``pdate``, ``author``,
``og:site_name``...), ``<link rel="canonical">``, JSON-LD (``datePublished``, ``headline``,
``author.name``, ``publisher.name``; see :mod:`._jsonld`) and ``<time datetime>``. Only what the
markup states: no date is ever guessed from the text; a full date in the path of the page's own
address (``/2019/11/19/``) comes last. Every stated publication date is kept in order of trust
(``dates``), so that a placeholder in one place (``0001-01-01``) gives way to the next. The
texts of the page's links are kept too (``links``), to tell link lines in the main text.

With lxml (installed with trafilatura) the page is read from its parsed tree; without it, by the standard
library's parser (slower, same fields).

>>> meta = read_meta('<html lang="ru"><head><meta property="article:published_time" '
...                  'content="2025-01-27T08:00:00Z"><title>T</title></head></html>')
>>> meta.language, meta.title, meta.published
('ru', 'T', '2025-01-27T08:00:00Z')
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

from attrs import Factory, define

from aicoverage.adapters._jsonld import read_jsonld
from aicoverage.adapters._markup import fold_words

_DATE_KEYS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "pdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "publication_date",
    "article.published",
    "originalpublicationdate",
    "date",
    "pubdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
# Other keys that name a publication date ("sn-post-date", "article-publish-date"); never an
# update ("modified").
_DATE_KEY = re.compile(r"(?:^|[-_.:])(?:pub|publish|published|post|posted|release)[-_.:]?(?:date|time)$")
# A full date as a path in the page's own address ("/2019/11/19/"), never a bare year or month.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/")
_TITLE_KEYS = ("og:title", "twitter:title", "headline")
_AUTHOR_KEYS = ("author", "article:author", "byl", "parsely-author", "dc.creator")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher")
_TAGS = ("html", "meta", "link", "title", "h1", "time", "script", "a")


@define
class PageMeta:
    """The page's stated metadata (strings as written)."""

    language: str | None = None
    title: str | None = None
    published: str | None = None
    """The most trusted stated date (the first of ``dates``)."""
    url: str | None = None
    author: str | None = None
    outlet: str | None = None
    headlines: tuple[str, ...] = ()
    """Every headline the page states (``og:title``, ``twitter:title``, JSON-LD, ``<h1>``)."""
    links: frozenset[str] = frozenset()
    """The texts of the page's links, folded by :func:`fold_words` (to tell link lines)."""
    dates: tuple[str, ...] = ()
    """Every stated publication date, most trusted first."""


@define
class _Found:
    """What a scan of the markup collected, before the fields are chosen."""

    lang: str | None = None
    meta: dict[str, str] = Factory(dict)
    title: str | None = None
    h1: str | None = None
    ld: list[str] = Factory(list)
    times: list[str] = Factory(list)
    canonical: str | None = None
    links: set[str] = Factory(set)

    def add_meta(self, a: dict[str, str]) -> None:
        key = (a.get("property") or a.get("name") or a.get("itemprop") or a.get("http-equiv") or "").lower()
        if key and a.get("content", "").strip():
            self.meta.setdefault(key, a["content"].strip())


def read_meta(html: str, *, root: Any = None) -> PageMeta:
    """The metadata ``html`` states; ``root``, the page parsed by lxml, saves a second parse."""
    if root is None:
        root = parse_tree(html)
    return _choose(_scan_tree(root) if root is not None else _scan_markup(html))


def parse_tree(html: str) -> Any:
    """The page as an lxml tree, or None without lxml or when lxml cannot parse it."""
    try:
        import lxml.html  # type: ignore[import-untyped]
    except ImportError:
        return None
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None


def _scan_tree(root: Any) -> _Found:
    found = _Found(lang=root.get("lang") if root.tag == "html" else None)
    for el in root.iter(*_TAGS):
        tag = el.tag
        if tag == "html":
            found.lang = found.lang or el.get("lang")
        elif tag == "meta":
            found.add_meta({str(k).lower(): v for k, v in el.attrib.items()})
        elif tag == "a":
            found.links.add(fold_words(el.text_content()))
        elif tag == "title" and found.title is None:
            found.title = _join([el.text_content()])
        elif tag == "h1" and found.h1 is None:
            found.h1 = _join([el.text_content()])
        elif tag == "time" and el.get("datetime"):
            found.times.append(el.get("datetime"))
        elif tag == "link" and "canonical" in (el.get("rel") or "").lower().split():
            found.canonical = found.canonical or el.get("href")
        elif tag == "script" and "ld+json" in (el.get("type") or "").lower() and el.text:
            found.ld.append(el.text)
    return found


def _scan_markup(html: str) -> _Found:
    p = _MetaParser()
    p.feed(html)
    p.close()
    p.found.title = _join(p.title_parts)
    p.found.h1 = _join(p.h1_parts)
    return p.found


class _MetaParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = _Found()
        self.title_parts: list[str] = []
        self.in_title = False
        self.h1_parts: list[str] = []
        self.h1_state = 0  # 0: before the first <h1>, 1: inside it, 2: after it
        self.in_ld = False
        self.ld_parts: list[str] = []
        self.link_depth = 0
        self.link_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v or "" for k, v in attrs}
        found = self.found
        if tag == "html" and a.get("lang"):
            found.lang = found.lang or a["lang"]
        elif tag == "title":
            self.in_title = True
        elif tag == "h1" and self.h1_state == 0:
            self.h1_state = 1
        elif tag == "meta":
            found.add_meta(a)
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split():
            found.canonical = found.canonical or a.get("href")
        elif tag == "time" and a.get("datetime"):
            found.times.append(a["datetime"])
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
            self.found.ld.append("".join(self.ld_parts))
        elif tag == "a" and self.link_depth:
            self.link_depth -= 1
            if not self.link_depth:
                self.found.links.add(fold_words("".join(self.link_parts)))
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


def _choose(found: _Found) -> PageMeta:
    ld = read_jsonld(found.ld)
    meta = {**{k.lower(): v for k, v in ld.items()}, **found.meta}
    dates = [meta[k] for k in _DATE_KEYS if meta.get(k)]
    dates += [v for k, v in found.meta.items() if k not in _DATE_KEYS and _DATE_KEY.search(k)]
    dates += [d for d in (ld.get("datePublished"), *found.times) if d and d not in dates]
    url = found.canonical or meta.get("og:url") or meta.get("url")
    dated = _URL_DATE.search(url or "")
    if dated:  # the site's own address states a date: the least trusted, but stated
        dates.append(f"{dated[1]}-{int(dated[2]):02d}-{int(dated[3]):02d}")
    return PageMeta(
        language=found.lang
        or meta.get("og:locale")
        or meta.get("inlanguage")
        or meta.get("content-language"),
        title=_first(meta, _TITLE_KEYS) or found.h1 or found.title,
        published=dates[0] if dates else None,
        url=url,
        author=_first(meta, _AUTHOR_KEYS),
        outlet=_first(meta, _OUTLET_KEYS),
        headlines=tuple(h for h in (*(meta.get(k) for k in _TITLE_KEYS), found.h1) if h),
        links=frozenset(found.links - {""}),
        dates=tuple(dates),
    )


def _join(parts: list[str]) -> str | None:
    return " ".join("".join(parts).split()) or None


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)
