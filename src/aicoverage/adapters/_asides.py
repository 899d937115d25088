"""Lines inside a text dump's body that are not the article's: footnote markers, photo credits and
the captions they close.

A footnote marker is a line holding only a reference number (``1``, ``[12]``, ``¹``): a link's
footnote cut onto a line of its own, never a claim. One word twice in two cases ("summary
Summary") is a screen-reader label beside the visible one. A photo credit is a short ``Name | Agency``
line (``Jane Doe | Reuters``); the line right above it, when no blank line separates them and it
is not too long, is the caption it credits.

>>> from aicoverage.adapters._lines import split_lines
>>> lines = split_lines("Title\\nA man speaks in Davos on Jan. 21.\\nJane Doe | Wire\\nThe story.\\n3\\n.")
>>> [aside_reason(lines, j) for j in range(len(lines))]
[None, 'caption', 'caption', None, 'footnote', None]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from aicoverage.adapters._head import find_dateline, is_edit_stamp, is_name_line
from aicoverage.adapters._lines import Line, ends_sentence

_FOOTNOTE = re.compile(r"[\[(]?(?:\d{1,3}|[¹²³⁰-⁹]{1,3})[\])]?")
_CREDIT = re.compile(r"[^|\n]{2,40}\|[^|\n]{2,40}")
_MAX_CAPTION = 300
_MAX_CREDIT_WORDS = 5
_CAPTION_LINES = 10


def aside_reason(lines: Sequence[Line], j: int) -> str | None:
    """``footnote``, ``caption`` or ``dateline`` (a date line or an edit stamp near the top, as
    under a standfirst) when ``lines[j]`` is one (see the module docstring), else None."""
    text = lines[j].text
    if _FOOTNOTE.fullmatch(text):
        return "footnote"
    if _doubled(text):
        return "navigation"
    if is_credit(text):
        return "caption"
    if j < _CAPTION_LINES and is_edit_stamp(text):
        return "byline"
    if j < _CAPTION_LINES and find_dateline(text) is not None:
        return "dateline"
    nxt = lines[j + 1] if j + 1 < len(lines) else None
    if j < _CAPTION_LINES and nxt is not None and is_name_line(text) and find_dateline(nxt.text):
        return "byline"  # the author's name over the date line
    # A caption stands under a photo near the top; further down a "A | B" line is more likely a
    # breadcrumb or a footer, and the paragraph above it is the article's.
    if nxt is not None and j < _CAPTION_LINES and not nxt.blank_before and is_credit(nxt.text):
        return "caption" if len(text) <= _MAX_CAPTION else None
    return None


def _doubled(text: str) -> bool:
    """One word twice ("summary Summary", "share Share"): a screen-reader label and the visible one."""
    words = text.split(maxsplit=2)  # three parts or more: not two words, however long the line
    return len(words) == 2 and words[0] != words[1] and words[0].casefold() == words[1].casefold()


def is_credit(text: str) -> bool:
    """A photo credit: ``Name | Agency``, a few capitalised words on each side, no sentence, no
    digits (``29 November | 20 January`` is a date range)."""
    if not _CREDIT.fullmatch(text) or ends_sentence(text) or any(c.isdigit() for c in text):
        return False
    sides = [side.split() for side in text.split("|")]
    return all(
        1 <= len(words) <= _MAX_CREDIT_WORDS and all(w[0].isupper() or not w[0].isalpha() for w in words)
        for words in sides
    )
