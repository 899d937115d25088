"""HTML fragments to text blocks (standard library only), and texts composed from blocks.

Used for HTML inside JSON (WordPress ``content.rendered``) and for pages when trafilatura is not
installed. Block elements end a paragraph; ``script``/``style`` and the like are dropped; headings
and captions (``figcaption``) are marked so the layout keeps them apart.

>>> blocks = html_blocks("<h2>Sub</h2><p>One &amp; two.<br>Three</p>"
...                      "<figure><figcaption>Photo</figcaption></figure>")
>>> [(b.kind, b.text) for b in blocks]
[('heading', 'Sub'), ('text', 'One & two.'), ('text', 'Three'), ('caption', 'Photo')]
>>> composed = compose([Block("title", "T"), *blocks])
>>> composed.text[:9], composed.spans[1]
('T\\n\\nSub\\n\\nO', ('heading', 3, 6))
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from attrs import frozen

_BLOCK = frozenset(
    [
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "blockquote",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "main",
        "nav",
        "table",
        "tr",
        "td",
        "th",
        "pre",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "figure",
        "figcaption",
        "dd",
        "dt",
        "dl",
        "hr",
        "form",
    ]
)
_SKIP = frozenset(
    ["script", "style", "noscript", "template", "svg", "iframe", "head", "button", "select", "textarea"]
)
_VOID = frozenset(
    ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"]
)
_FURNITURE_TAGS = frozenset(["nav", "header", "footer", "aside", "form"])
_FURNITURE_NAMES = re.compile(
    r"comment|share|sharing|social|related|advert|promo|newsletter|subscribe|cookie|breadcrumb|menu|sidebar",
    re.I,
)
_MARKUP_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_WORD = re.compile(r"\w+")
_HEADING = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])


@frozen
class Block:
    """A paragraph of text and what it is: ``text``, ``heading``, ``caption`` or ``title``."""

    kind: str
    text: str


@frozen
class Composed:
    """Blocks joined by blank lines: the text and each block's ``(kind, start, end)`` in it."""

    text: str
    spans: tuple[tuple[str, int, int], ...]


class _Collector(HTMLParser):
    def __init__(self, *, page: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.kinds: list[str] = []
        self.skipping = 0
        # The page-furniture element being skipped, and how deep in same-named elements we are.
        self.furniture: str | None = None
        self.depth = 0

    def _is_furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _VOID:
            return False
        if tag in _FURNITURE_TAGS:
            return True
        names = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        return bool(_FURNITURE_NAMES.search(names))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.furniture:
            self.depth += tag == self.furniture
            return
        if self.page and self._is_furniture(tag, attrs):
            self.flush()
            self.furniture, self.depth = tag, 1
            return
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.flush()
            if tag in _HEADING:
                self.kinds.append("heading")
            elif tag == "figcaption":
                self.kinds.append("caption")

    def handle_endtag(self, tag: str) -> None:
        if self.furniture:
            self.depth -= tag == self.furniture
            if not self.depth:
                self.furniture = None
            return
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.flush()
            if (tag in _HEADING or tag == "figcaption") and self.kinds:
                self.kinds.pop()

    def handle_data(self, data: str) -> None:
        if not self.skipping and not self.furniture:
            self.parts.append(data)

    def flush(self) -> None:
        # Markup whitespace collapses; NBSP and other Unicode spaces are text and stay.
        text = _MARKUP_SPACE.sub(" ", "".join(self.parts)).strip(" ")
        self.parts = []
        if text:
            self.blocks.append(Block(self.kinds[-1] if self.kinds else "text", text))


def html_blocks(html: str, *, page: bool = False) -> list[Block]:
    """The text blocks of an HTML page or fragment, in document order.

    With ``page``, page furniture is left out too: ``nav``/``header``/``footer``/``aside``/``form``
    elements and those whose class or id names comments, sharing, related links, ads or menus.
    """
    collector = _Collector(page=page)
    collector.feed(html)
    collector.close()
    collector.flush()
    return collector.blocks


def fold_words(text: str) -> str:
    """``text`` as its casefolded words joined by spaces (how link texts and lines are compared).

    >>> fold_words("- SEE IT: The  Story!")
    'see it the story'
    """
    return " ".join(_WORD.findall(text.casefold()))


def compose(blocks: list[Block]) -> Composed:
    """``blocks`` joined by blank lines, with where each one landed."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    for block in blocks:
        if out:
            out.append("\n\n")
            pos += 2
        out.append(block.text)
        spans.append((block.kind, pos, pos + len(block.text)))
        pos += len(block.text)
    return Composed("".join(out), tuple(spans))
