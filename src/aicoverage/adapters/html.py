"""HTML pages: the main text through trafilatura (the ``html`` extra), metadata from the markup.

Mapped: ``<html lang>``/``og:locale`` to ``language``; ``og:title``, JSON-LD ``headline`` or
``<title>`` to ``title``; ``article:published_time``, JSON-LD ``datePublished`` or the first
``<time datetime>`` to ``published`` (only dates the markup states: trafilatura's date guessing is
not used); the canonical link or ``og:url`` to ``url``; ``author`` meta or JSON-LD to ``author``;
``og:site_name`` to ``outlet``; reader comments (elements classed ``comment`` with their author,
time and reply nesting, read with lxml) to ``comments``. ``text`` is the title, the main text and
the comments as text, blocks separated by blank lines (``source.derived`` is true).

The main text then goes through the layout rules (:mod:`._layout`) with what the markup knows: the
texts of the page's links (a line wholly a link, or led by one, is a teaser when in capitals or in
a list), its headlines (repeated in the text: set aside as the title), its own address; a repeated
statement paragraph, a bare timestamp and an image address are set aside too, and a heading's
numbering is kept as the page shows it. The date is the first stated one that is a real date
(a placeholder such as ``0001-01-01`` gives way to the next).

trafilatura is a dependency; where it cannot be installed, the page's blocks are read with the
standard library instead (page furniture such as nav, footer and comment blocks left out; much
less precise), and an ``html_extra_missing`` problem says so; a page where trafilatura finds no
main text is read the same way, with a ``main_text_not_found`` problem.

>>> page = ('<!doctype html><html lang="en"><head><title>Chips</title></head><body><article>'
...         '<p>The export ban on advanced chips was loosened on Monday, officials said.</p>'
...         '</article></body></html>')
>>> art = read(page, Source("p.html", "html"))
>>> art.title, art.language, art.body
('Chips', 'en', 'The export ban on advanced chips was loosened on Monday, officials said.')
"""

from __future__ import annotations

import re

import attrs

from aicoverage.adapters._article import build_article
from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._htmlcomments import HtmlComment, find_html_comments
from aicoverage.adapters._htmlmeta import PageMeta, parse_tree, read_meta
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._markup import Block, Composed, compose, fold_words, html_blocks
from aicoverage.model import Article, Comment, Problem, SetAside, Source

_DOCTYPE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|\s*<html[\s>]", re.I | re.S)
_IMAGE_URL = re.compile(r"https?://\S+\.(?:jpe?g|png|gif|webp|svg)(?:\?\S*)?", re.I)
_STAMP = re.compile(r"[\d\-/.:T +Z]{8,40}")
_MIN_REPEATED_WORDS = 15
_STATEMENT_END = re.compile(r"[.。…][\"'»”’)）]*$")
_TAG = re.compile(r"<(?:p|div|body|head|br|h[1-6]|article|span|a)\b[^>]*>", re.I)


def sniff(text: str) -> float:
    """0.95 for a doctype or ``<html>`` opening; 0.6 for text full of block tags."""
    head = text[:4096].lstrip("\ufeff")
    if _DOCTYPE.match(head):
        return 0.95
    return 0.6 if len(_TAG.findall(head)) >= 3 and head.lstrip().startswith("<") else 0.0


def read(text: str, source: Source) -> Article:
    """The article of the page."""
    root = parse_tree(text)
    meta = read_meta(text, root=root)
    problems: list[Problem] = []
    try:
        main = _main_text(text)
    except ImportError:
        main = None
        problems.append(Problem("html_extra_missing", "trafilatura is not installed: plain markup text used"))
    if main:
        blocks = [Block("text", line.strip()) for line in main.splitlines() if line.strip()]
    else:
        blocks = html_blocks(text, page=True)
        if not problems:
            problems.append(
                Problem("main_text_not_found", "trafilatura found no main text: markup text used")
            )
    title = meta.title or None
    if title and blocks and " ".join(blocks[0].text.split()).casefold() == title.casefold():
        blocks = blocks[1:]
    html_comments = find_html_comments(text, root=root)
    head = [Block("title", title)] if title else []
    tail = [
        Block(k, t) for c in html_comments for k, t in (("author", c.author or ""), ("comment", c.text)) if t
    ]
    composed = compose(head + blocks + tail)
    body_end = composed.spans[len(head) + len(blocks) - 1][2] if blocks else 0
    known = {s: "caption" for kind, s, _ in composed.spans if kind == "caption"}
    known.update(_known_lines(composed, len(head), len(head) + len(blocks), meta))
    layout = analyse_layout(
        composed.text,
        len(title or ""),
        body_end,
        title_known=True,
        known=known,
        links=meta.links,
        keep_numbering=True,
    )
    layout = attrs.evolve(layout, comments=_comments(composed.spans, len(head) + len(blocks), html_comments))
    return build_article(
        composed.text,
        attrs.evolve(source, derived=True),
        layout,
        language=meta.language,
        title=title,
        published=next(filter(None, map(parse_date, meta.dates)), None),
        url=meta.url,
        outlet=meta.outlet,
        author=meta.author,
        set_aside=[SetAside(title, 0, len(title), "title")] if title else [],
        problems=problems,
    )


def _known_lines(composed: Composed, first: int, stop: int, meta: PageMeta) -> dict[int, str]:
    """Body lines the page itself explains: its headline repeated, a paragraph repeated, its own
    address, a bare timestamp, an image address (page furniture a main-text extractor lets
    through)."""
    headlines = {fold_words(t) for t in (meta.title, *meta.headlines) if t}
    out: dict[int, str] = {}
    seen: set[str] = set()
    for _, start, end in composed.spans[first:stop]:
        line = composed.text[start:end].strip()
        folded = fold_words(line)
        if folded in headlines:
            out[start] = "title"
        elif folded in seen:
            out[start] = "other"  # a paragraph repeated: teaser cards, slideshows, sticky boxes
        elif line == meta.url or _IMAGE_URL.fullmatch(line):
            out[start] = "navigation"
        elif _STAMP.fullmatch(line) and parse_date(line):
            out[start] = "byline"
        if folded.count(" ") + 1 >= _MIN_REPEATED_WORDS and _STATEMENT_END.search(line):
            # A statement paragraph: list items, table rows and an interview's questions may
            # well repeat.
            seen.add(folded)
    return out


def _main_text(html: str) -> str | None:
    """The page's main text by trafilatura (its date guessing unused); ImportError without it."""
    import trafilatura

    return trafilatura.extract(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_formatting=False,
        with_metadata=False,
        deduplicate=False,
    )


def _comments(
    spans: tuple[tuple[str, int, int], ...], first: int, found: list[HtmlComment]
) -> tuple[Comment, ...]:
    out: list[Comment] = []
    rest = iter(spans[first:])
    for c in found:
        if c.author:
            next(rest, None)
        span = next(rest, None)
        if span is None:
            break
        _, start, end = span
        out.append(Comment(c.text, start, end, author=c.author, posted=c.posted, is_reply=c.is_reply))
    return tuple(out)
