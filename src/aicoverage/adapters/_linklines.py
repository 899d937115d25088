"""Shapes of lines that are links, told by the texts of a page's links (markup knows them).

Used by the layout rules on a page's main text: a line wholly a link's text, a line led by a
linked headline, a short label before a linked headline, a line of links between separators.
Texts are compared folded by :func:`~aicoverage.adapters._markup.fold_words`.

>>> links = frozenset({"pochettino fired by tottenham", "stock car", "interlagos", "corrida"})
>>> led_by_link("- Pochettino fired by Tottenham The coach took the club to the final", links)
True
>>> is_link_list("stock car, interlagos, corrida", links), is_capitals("CLICK HERE FOR MORE")
(True, True)
>>> labelled_link("Read more: Pochettino fired by Tottenham", links)
True
"""

from __future__ import annotations

import re

from aicoverage.adapters._lines import ends_sentence
from aicoverage.adapters._markup import fold_words

MAX_LINK_LINE = 200
"""Longest line (in characters) taken for a link line or a headline."""
_MIN_CAPITALS = 8
_MAX_LABEL = 30
_MAX_LABEL_WORDS = 3
_MIN_HEADLINE_WORDS = 3
_MAX_HEADLINE_WORDS = 30
_MOSTLY = 0.85
_ITEM_MARKS = "-•·–*"
_SEPARATORS = re.compile(r"[,|·•/»›]")
_MIN_LIST = 3


def led_by_link(text: str, links: frozenset[str]) -> bool:
    """A list item, or a line nearly all link, that starts with a linked headline of a few words
    and is no sentence: "- <headline> <its standfirst>", "<headline> [VIDEO]"."""
    if len(text) > MAX_LINK_LINE or ends_sentence(text):
        return False
    words = fold_words(text).split()
    item = text[:1] in _ITEM_MARKS
    for n in range(min(len(words) - 1, _MAX_HEADLINE_WORDS), _MIN_HEADLINE_WORDS - 1, -1):
        if " ".join(words[:n]) in links:
            return item or n >= _MOSTLY * len(words)
    return False


def labelled_link(text: str, links: frozenset[str], *, related: bool = False) -> bool:
    """A "<label>: <linked headline>" line ("Also: ...", "SEE MORE: ..."): a label of a few words
    before a link's text of a few words, no sentence; any length of headline when the label is a
    ``related`` cue."""
    label, colon, rest = text.partition(":")
    if not colon or len(label) > _MAX_LABEL:
        return False
    folded = fold_words(rest)
    if not folded or folded not in links:
        return False
    return related or (
        len(label.split()) <= _MAX_LABEL_WORDS
        and len(folded.split()) >= _MIN_HEADLINE_WORDS
        and not ends_sentence(text)
    )


def is_link_list(text: str, links: frozenset[str]) -> bool:
    """A line of at least three links between separators: tags, a breadcrumb, a menu."""
    parts = [p for p in map(fold_words, _SEPARATORS.split(text)) if p]
    return len(parts) >= _MIN_LIST and sum(p in links for p in parts) >= _MOSTLY * len(parts)


def is_capitals(text: str) -> bool:
    """Written in capitals: at least a few cased letters, nearly all upper case."""
    cased = [c for c in text if c.lower() != c.upper()]
    return len(cased) >= _MIN_CAPITALS and sum(c.isupper() for c in cased) >= 0.9 * len(cased)
