"""The head of a page saved as text: what stands before the article's first paragraph.

Text dumps open with page furniture the markup once told apart: a section label ("AI in practice",
"Tecnologia"), the author's name alone on a line, a breadcrumb ending in the title ("Home
NewsThe title"), the title repeated after its image caption, the author's bio, a "Summary"
label, an edit stamp ("本帖于 2025-01-30 10:54 由 x 编辑", "Edited 2 March 2025"), a dateline
("时事 2025-01-28 09:17 四川"). The shape tests here are language-independent; the words
(edit markers) come from ``data/boilerplate``.

>>> repeated_title(["AI", "Chips are back in fashion", "Photo: X", "Chips are back in fashion", "Body."])
(1, 3, False)
>>> repeated_title(["Home NewsChips are back in fashion", "Chips are back in fashion", "Body."])
(1, 1, True)
>>> is_name_line("Jane Doe"), is_name_line("Nvidia loses 17 percent"), is_label_line("summary Summary")
(True, False, True)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from aicoverage._scripts import HAN, KANA
from aicoverage.adapters._cues import load_cues
from aicoverage.adapters._datelines import search_date
from aicoverage.adapters._lines import Line, ends_sentence

HEAD_LINES = 12
"""How many lines from the top can belong to the head."""
_MIN_TITLE = 15
_MAX_TITLE = 200
_MAX_CRUMBS = 60
_MAX_LABEL = 30
_MAX_STAMP = 120
# A title stands among the first lines: a line repeated further down is a table of contents.
_FIRST_TITLE_LINES = 6
# A repeated title comes back within a few lines (after its image and caption).
_REPEAT_GAP = 3
_CJK = re.compile(f"[{KANA}{HAN}]")
_MAX_CJK_LABEL = 6
# Words around a date that are the time of day: "9:37", "AM", "PST", "GMT+1", "·".
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|[AaPp]\.?[Mm]\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?|[^\w\s]+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")


def repeated_title(texts: Sequence[str]) -> tuple[int, int, bool] | None:
    """``(title index, index of its repeat, whether the earlier line is a breadcrumb)`` when a
    heading-shaped line of the head appears twice, whole or at the end of a breadcrumb line."""
    head = list(texts[:HEAD_LINES])
    for i, text in enumerate(head):
        if not _title_shaped(text):
            continue
        for j in range(max(0, i - _REPEAT_GAP), min(i, _FIRST_TITLE_LINES)):
            earlier = head[j]
            if earlier == text:
                return j, i, False
            if earlier.endswith(text) and len(earlier) - len(text) <= _MAX_CRUMBS:
                return i, i, True
    return None


def _title_shaped(text: str) -> bool:
    if not _MIN_TITLE <= len(text) <= _MAX_TITLE or not any(c.isalpha() for c in text):
        return False
    return not ends_sentence(text) or text[-1] in "?!？！"


def is_name_line(text: str) -> bool:
    """A person's name alone: two to four capitalised words of a cased script, nothing else."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40:
        return False
    return all(_NAME_WORD.fullmatch(w) and w[0].isupper() and not w.isupper() for w in words)


def is_label_line(text: str) -> bool:
    """A section label or a tag: one to three words, short, no sentence ending, no digits; or one
    word twice ("summary Summary": a screen-reader label before the visible one)."""
    words = text.split()
    if len(words) == 2 and words[0].casefold() == words[1].casefold():
        return True
    if not 1 <= len(words) <= 3 or len(text) > _MAX_LABEL or ends_sentence(text):
        return False
    if len(_CJK.findall(text)) > _MAX_CJK_LABEL:  # a Han character says what two or three letters do
        return False
    return not any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def is_edit_stamp(text: str) -> bool:
    """A line saying when someone edited the post: a date and an edit marker, nothing sentence-long."""
    if len(text) > _MAX_STAMP or load_cues().edit_marker.search(text) is None:
        return False
    return search_date(text) is not None


def find_dateline(text: str) -> dt.date | dt.datetime | None:
    """The date of a dateline: a short line holding a date and at most a label and a place around
    it ("时事 2025-01-28 09:17 四川", "Tech | 29 janvier 2025")."""
    if len(text) > _MAX_LABEL * 2 or ends_sentence(text):
        return None
    found = search_date(text)
    if found is None:
        return None
    start, end, value = found
    rest = [w for w in (text[:start] + " " + text[end:]).split() if not _CLOCK.fullmatch(w)]
    return value if len(rest) <= 3 and all(len(w) <= 15 for w in rest) else None


def mentions_author(text: str, author: str) -> bool:
    """True when ``text`` (a bio line) names the author by one of the name's words."""
    words = {w.casefold() for w in author.split() if len(w) >= 3}
    return any(w.strip(".,;:()").casefold() in words for w in text.split())


class Head:
    """The head rules applied to the lines of one text (see :meth:`reason`)."""

    def __init__(self, text: str, lines: Sequence[Line], cut: int, *, title_known: bool = False) -> None:
        self.text = text
        # Where the title is known (markup, records), the head was told apart already.
        self.lines = [] if title_known else lines[:cut]
        found = None if title_known else repeated_title([ln.text for ln in self.lines])
        self.title: int | None = found[0] if found else None
        self.repeat: int | None = found[1] if found else None
        self.end = min(len(self.lines), self.repeat + 4) if self.repeat is not None else 0
        """Lines up to here may belong to the head (a repeated title pushes it down)."""

    def reason(self, i: int, pos: int, *, titled: bool, author: str | None) -> str | None:
        """Why line ``i`` (from ``pos`` on) belongs to the head: ``title``, ``author`` (a name
        alone), ``dateline``, ``byline`` (an edit stamp, the author's bio), ``caption`` (between a
        title and its repeat) or ``navigation`` (labels, breadcrumbs); None for an article line."""
        if i >= len(self.lines):
            return None
        line = self.lines[i]
        rest = self.text[pos : line.end]
        if self.title is not None and self.repeat is not None and i <= self.repeat:
            if i < self.title:
                return "author" if author is None and is_name_line(rest) else "navigation"
            return "title" if i in (self.title, self.repeat) else "caption"
        if is_edit_stamp(rest):
            return "byline"
        if find_dateline(rest) is not None:
            return "dateline"
        nxt = self.lines[i + 1].text if i + 1 < len(self.lines) else None
        if nxt is None:
            return None
        over_date = find_dateline(nxt) is not None or is_edit_stamp(nxt)
        if titled and over_date and is_label_line(rest):  # a name or a label over the date line
            return "author" if author is None and is_name_line(rest) else "navigation"
        before_label = is_label_line(nxt) or load_cues().line_kind(nxt) is not None
        bio = (author is not None and mentions_author(rest, author)) or i - 1 == self.repeat
        if bio and before_label:
            return "byline"  # the author's bio, before the label that opens the article
        if is_label_line(rest) and (_paragraph(nxt) if titled else self._title_follows(i)):
            return "navigation"  # a section label or tag, before the title or the first paragraph
        return None

    def _title_follows(self, i: int) -> bool:
        """True when line ``i + 1`` is shaped like a title and a longer line follows it."""
        if i + 2 >= len(self.lines):
            return False
        title, after = self.lines[i + 1].text, self.lines[i + 2].text
        if find_dateline(title) is not None or is_edit_stamp(title):
            return False
        return _title_shaped(title) and len(after) > len(title)


def _paragraph(text: str) -> bool:
    return ends_sentence(text) and len(text) >= 60
