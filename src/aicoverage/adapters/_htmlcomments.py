"""Reader comments in HTML markup, with their authors, times and reply nesting (lxml, if installed).

A comment is an element whose class names it one (``comment``, ``comment-item``, ``reply``...) or
whose id is ``comment-<n>``; its author is the first element classed ``fn``/``author``/
``username``/``nickname`` (or ``itemprop="author"``) inside it; its time the first ``<time>``; its
text the element classed ``*content``/``*text``/``*body`` or else its paragraphs. A comment inside
another comment is a reply. Without lxml (part of the ``html`` extra) no comments are read.

>>> html = ('<ol><li class="comment" id="comment-1"><b class="fn">Ann</b><time datetime="2025-01-31">x</time>'
...         '<div class="comment-content"><p>Good.</p></div><ul class="children"><li class="comment">'
...         '<b class="fn">Bob</b><div class="comment-content"><p>No.</p></div></li></ul></li></ol>')
>>> [(c.author, c.text, c.posted, c.is_reply) for c in find_html_comments(html)]
[('Ann', 'Good.', '2025-01-31', False), ('Bob', 'No.', None, True)]
"""

from __future__ import annotations

import re
from typing import Any

from attrs import frozen

_COMMENT_CLASS = re.compile(
    r"^(?:comment|comment-item|comment_item|commentitem|reply|comment-wrapper)$", re.I
)
_COMMENT_ID = re.compile(r"^(?:comment|li-comment)-\d+$", re.I)
_AUTHOR_CLASS = re.compile(r"^(?:fn|author|comment-author|username|user-name|nickname|nick|user)$", re.I)
_TEXT_CLASS = re.compile(r"(?:content|text|body)$", re.I)
# "omment"/"eply" catch Comment and Reply too; an XPath lower-casing of every attribute costs
# three times as much, for class names in capitals that pages do not use.
_CANDIDATES = "//*[contains(@class, 'omment') or contains(@class, 'eply') or contains(@id, 'omment')]"
_SAYS = re.compile(r"\s*(?:says|said|пишет|写道)\s*:?\s*$", re.I)


@frozen
class HtmlComment:
    """One comment as the markup gives it."""

    text: str
    author: str | None
    posted: str | None
    is_reply: bool


def _classes(el: Any) -> list[str]:
    return str(el.get("class") or "").split()


def _is_comment(el: Any) -> bool:
    return any(_COMMENT_CLASS.match(c) for c in _classes(el)) or bool(
        _COMMENT_ID.match(str(el.get("id") or ""))
    )


def find_html_comments(html: str, *, root: Any = None) -> list[HtmlComment]:
    """The comments of the page, in document order; ``root``, the page parsed by lxml, saves a
    second parse."""
    try:
        import lxml.html  # type: ignore[import-untyped]
    except ImportError:
        return []
    if root is None:
        try:
            root = lxml.html.document_fromstring(html)
        except (ValueError, lxml.etree.ParserError):
            return []
    out: list[HtmlComment] = []
    # Only elements whose class or id could name a comment are looked at (fast on big pages).
    for el in root.xpath(_CANDIDATES):
        if not isinstance(el.tag, str) or not _is_comment(el):
            continue
        text = _text_of(el)
        if not text:
            continue
        is_reply = any(_is_comment(a) for a in el.iterancestors())
        out.append(HtmlComment(text, _author_of(el), _time_of(el), is_reply))
    return out


def _own(el: Any, found: Any) -> bool:
    """True when ``found`` belongs to ``el`` itself, not to a reply nested in it."""
    for a in found.iterancestors():
        if a is el:
            return True
        if _is_comment(a):
            return False
    return False


def _author_of(el: Any) -> str | None:
    for d in el.iterdescendants():
        if not isinstance(d.tag, str) or not _own(el, d):
            continue
        if any(_AUTHOR_CLASS.match(c) for c in _classes(d)) or d.get("itemprop") == "author":
            name = _SAYS.sub("", " ".join(d.text_content().split()))
            return name or None
    return None


def _time_of(el: Any) -> str | None:
    for d in el.iterdescendants("time"):
        if _own(el, d):
            return str(d.get("datetime") or " ".join(d.text_content().split())) or None
    return None


def _text_of(el: Any) -> str:
    for d in el.iterdescendants():
        if not isinstance(d.tag, str) or not _own(el, d):
            continue
        names = _classes(d)
        if any(_TEXT_CLASS.search(c) for c in names) and not any(_AUTHOR_CLASS.match(c) for c in names):
            return " ".join(d.text_content().split())
    paragraphs = [p for p in el.iterdescendants("p") if _own(el, p)]
    return " ".join(" ".join(p.text_content().split()) for p in paragraphs)
