"""Where the article is in a text: body, title, subheadings, and what is set aside, with offsets.

The rules, in order, over the non-blank lines of ``text[start:end]``:

1. reader comments at the end (:mod:`._comments`);
2. page furniture at the top (``loading``, share lines: the whole-line cues of ``data/boilerplate``);
3. a date marker or a byline glued to the first line (:mod:`._byline`);
4. a title: a first line shaped like a heading (no sentence ending) followed by a longer paragraph;
5. the end of the article (:mod:`._ending`): a share or comments line after the body's first
   paragraph ends it; a "read also", paywall or disclaimer line ends it only when what follows is
   no more article, and is otherwise set aside alone or kept. The rest up to the comments is set
   aside as teaser, paywall, disclaimer or share;
6. inside the body: furniture lines and image captions (photo credit cues) are set aside, and so
   are lines that are wholly a link's text when they are in capitals or a cue (inline "related"
   headlines); heading-shaped lines standing alone are subheadings (capitals included), their
   numbering (``1.``, ``##``) set aside unless ``keep_numbering``.

>>> text = "loading\\n\\nA title here\\n\\nThe body, a sentence long enough.\\n\\nShare\\n\\nTeaser."
>>> lay = analyse_layout(text)
>>> lay.title, [text[s.start:s.end] for s in lay.body_spans], [a.reason for a in lay.set_aside]
('A title here', ['The body, a sentence long enough.'], ['navigation', 'title', 'share', 'teaser'])
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from attrs import frozen

from aicoverage.adapters._asides import aside_reason
from aicoverage.adapters._byline import find_outlet, match_byline, match_date_marker, match_source
from aicoverage.adapters._comments import find_comments
from aicoverage.adapters._cues import load_cues
from aicoverage.adapters._ending import (
    FURNITURE_REASONS,
    MAX_HEADING,
    MAX_TITLE,
    find_ending,
    trailing_reason,
)
from aicoverage.adapters._head import Head, find_dateline
from aicoverage.adapters._lines import Line, blank_separated, ends_sentence, split_lines
from aicoverage.adapters._linklines import is_capitals, is_link_list, labelled_link, led_by_link
from aicoverage.adapters._markup import fold_words
from aicoverage.model import Comment, Section, SetAside, TextSpan

_TOP_LINES = 6
_MARKER = re.compile(r"(?:#{1,6}|(?:\d{1,2}|[IVXivx]{1,4})[.)])\s+(?=\S)")
_H1 = re.compile(r"#[ \t]+(?=\S)")


@frozen
class Layout:
    """What :func:`analyse_layout` found; every offset indexes the analysed text."""

    body_spans: tuple[TextSpan, ...] = ()
    sections: tuple[Section, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    comments: tuple[Comment, ...] = ()
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    author: str | None = None
    outlet: str | None = None
    published_precision: str | None = None


def analyse_layout(
    text: str,
    start: int = 0,
    end: int | None = None,
    *,
    title_known: bool = False,
    title: str | None = None,
    known: dict[int, str] | None = None,
    links: frozenset[str] = frozenset(),
    keep_numbering: bool = False,
) -> Layout:
    """The layout of ``text[start:end]``; ``title_known`` skips looking for a title line, and a
    first line repeating the stated ``title`` is set aside as the title.

    ``known`` maps line starts to a reason when the markup already said what a line is
    (``caption``): those lines are set aside as such. ``links`` holds the texts of the page's
    links folded by :func:`fold_words` (markup knows them, plain text does not).
    ``keep_numbering`` keeps a heading's number (``1.``) in the body, as a page shows it.
    """
    lines = split_lines(text, start, end)
    kept = [ln for ln in lines if ln.start not in (known or {})]
    reader = _Reader(text, kept, title_known=title_known or title is not None, stated_title=title)
    reader.links, reader.keep_numbering = links, keep_numbering
    reader.linked = frozenset(ln.start for ln in kept if links and fold_words(ln.text) in links)
    reader.led = frozenset(ln.start for ln in kept if links and led_by_link(ln.text, links))
    reader.link_lines = reader.linked | reader.led
    for ln in lines:
        if known and ln.start in known:
            reader.aside_line(ln, known[ln.start])
    return reader.read()


class _Reader:
    def __init__(self, text: str, lines: list[Line], *, title_known: bool, stated_title: str | None) -> None:
        self.text = text
        self.stated_title = _fold(stated_title or "")
        self.lines = lines
        self.title_known = title_known
        self.isolated_only = blank_separated(lines)
        self.aside: list[SetAside] = []
        self.body: list[tuple[int, int]] = []
        self.breaks: set[int] = set()
        self.sections: list[Section] = []
        self.title: str | None = None
        self.published: dt.date | dt.datetime | None = None
        self.precision: str | None = None
        self.author: str | None = None
        self.outlet: str | None = None
        self.links: frozenset[str] = frozenset()
        self.linked: frozenset[int] = frozenset()  # starts of the lines wholly a link's text
        self.led: frozenset[int] = frozenset()  # starts of the headline-led lines (see _led_by_link)
        self.link_lines: frozenset[int] = frozenset()  # both
        self.keep_numbering = False
        self.alone: dict[int, str] = {}  # body lines set aside on their own, by index

    def read(self) -> Layout:
        lines = self.lines
        cut, comments = find_comments(lines, 1)
        i = self._top(cut)
        ending = find_ending(lines, i, cut, linked=self.linked)
        k, self.alone = ending.end, ending.alone
        for j in range(i, k):
            self._body_line(j, k)
        for ln in lines[k:cut]:
            self._aside(ln.start, ln.end, trailing_reason(ln))
        if cut < len(lines) and load_cues().line_kind(lines[cut].text) == "comments":
            self._aside(lines[cut].start, lines[cut].end, "navigation")
        if self.outlet is None:
            furniture = " ".join(a.text for a in self.aside if a.reason in {"paywall", "disclaimer", "share"})
            found = find_outlet(furniture)
            self.outlet = found[1] if found else None
        return Layout(
            body_spans=self._spans(),
            sections=tuple(self.sections),
            set_aside=tuple(sorted(self.aside, key=lambda a: a.start)),
            comments=tuple(comments),
            title=self.title,
            published=self.published,
            author=self.author,
            outlet=self.outlet,
            published_precision=self.precision if self.published is not None else None,
        )

    # -- the top: furniture, date marker, byline, title ------------------------------------------

    def _top(self, cut: int) -> int:
        """Set aside furniture, date lines, bylines and the title at the top; the first body line."""
        i, titled = 0, False
        head = Head(self.text, self.lines, cut, title_known=self.title_known)  # text-dump heads (._head)
        while i < min(cut, max(_TOP_LINES, head.end)):
            line = self.lines[i]
            kind = load_cues().line_kind(line.text)
            if kind in {"navigation", "share"}:
                self._aside(line.start, line.end, FURNITURE_REASONS[str(kind)])
                i += 1
                continue
            pos = self._metadata(line)
            if pos >= line.end:
                i += 1
                continue
            reason = head.reason(i, pos, titled=titled, author=self.author)
            if reason is not None:
                self._head_line(i, pos, reason)
                titled = titled or reason == "title"
                i += 1
                continue
            if pos > line.start:  # a marker glued to the first sentence
                self.lines[i] = Line(pos, line.end, self.text[pos : line.end], line.blank_before)
                return i
            if titled or head.title is not None or not self._take_title(i, cut):
                return i
            titled = True
            i += 1
        return i

    def _head_line(self, i: int, pos: int, reason: str) -> None:
        line = self.lines[i]
        rest = self.text[pos : line.end]
        if reason == "title" and self.title is None:
            self.title = rest
        elif reason == "author":
            self.author = self.author or rest
            reason = "byline"
        elif reason == "dateline":
            self.published = self.published or find_dateline(rest)
            reason = "byline"
        self._aside(pos, line.end, "title" if reason == "title" else reason)

    def _metadata(self, line: Line) -> int:
        """Set aside a date and a byline at the start of ``line``; where the rest of it starts."""
        pos = line.start
        for _ in range(2):
            marker = match_date_marker(self.text, pos, line.end)
            if marker:
                if self.published is None:
                    self.published, self.precision = marker.published, marker.precision
                pos = self._consume(marker.start, marker.end, "byline")
            byline = match_byline(self.text, pos, line.end) or match_source(self.text, pos, line.end)
            if byline:
                self.author = self.author or byline.author
                self.outlet = self.outlet or byline.outlet
                pos = self._consume(byline.start, min(byline.end, line.end), "byline")
        return pos

    def _take_title(self, i: int, cut: int) -> bool:
        line = self.lines[i]
        h1 = _H1.match(line.text)
        if h1 or (self.stated_title and _fold(line.text) == self.stated_title):
            self.title = line.text[h1.end() :] if h1 else line.text
        elif not self.title_known and self._is_title(i, cut):
            self.title = line.text
        else:
            return False
        self._aside(line.start, line.end, "title")
        return True

    def _consume(self, start: int, end: int, reason: str) -> int:
        self._aside(start, end, reason)
        while end < len(self.text) and self.text[end] in " \t\u00a0\u3000":
            end += 1
        return end

    def _is_title(self, i: int, cut: int) -> bool:
        lines = self.lines
        if i + 2 > cut:
            return False
        line = lines[i]
        # The paragraph it heads: the first longer line among the next few (a date line or a
        # byline may stand between).
        after = next((ln for ln in lines[i + 1 : min(cut, i + 4)] if len(ln.text) > len(line.text)), None)
        if after is None or len(line.text) > MAX_TITLE or _MARKER.match(line.text):
            return False
        if not any(c.isalpha() for c in line.text):
            return False
        if self.isolated_only and not lines[i + 1].blank_before:
            return False
        return not ends_sentence(line.text) or (line.text[-1] in "?!？！" and len(line.text) <= MAX_HEADING)

    # -- inside the body -------------------------------------------------------------------------

    def _body_line(self, j: int, k: int) -> None:
        line = self.lines[j]
        kind = load_cues().line_kind(line.text)
        if kind in {"navigation", "share"}:
            self._aside(line.start, line.end, FURNITURE_REASONS[kind])
            return
        if j in self.alone or self._is_inline_link(j, k) or self._is_related_label(line):
            self._aside(line.start, line.end, self.alone.get(j, "teaser"))
            return
        if self.links and is_link_list(line.text, self.links):
            self._aside(line.start, line.end, "navigation")
            return
        if self._is_caption(line):
            self._aside(line.start, line.end, "caption")
            return
        reason = aside_reason(self.lines, j)  # footnote markers, credits, datelines (._asides)
        if reason == "dateline":
            self.published = self.published or find_dateline(line.text)
            reason = "byline"
        if reason is not None:
            self._aside(line.start, line.end, reason)
            return
        if self._is_heading(j, k):
            start = line.start
            marker = _MARKER.match(line.text)
            if marker and not self.keep_numbering:
                start += marker.end()
                self._aside(line.start, start, "heading_marker")
            self.sections.append(Section(self.text[start : line.end], start, line.end))
            self.body.append((start, line.end))
            return
        self.body.append((line.start, line.end))

    def _is_inline_link(self, j: int, k: int) -> bool:
        """A line that is wholly a link's text and in capitals ("CLICK HERE"), or a link line
        (wholly or led by a linked headline) beside another (a list of related headlines); a bare
        address is no headline."""
        line = self.lines[j]
        if len(line.text) > MAX_TITLE or " " not in line.text:
            return False
        if line.start in self.linked and is_capitals(line.text):
            return True
        links = self.link_lines
        return line.start in links and any(
            0 <= n < k and self.lines[n].start in links for n in (j - 1, j + 1)
        )

    def _is_related_label(self, line: Line) -> bool:
        """A "Read more: <headline>" line: a short label before a linked headline (any label when
        the markup shows the link, a "related" cue otherwise)."""
        label, colon, rest = line.text.partition(":")
        related = bool(colon and rest.strip()) and load_cues().line_kind(label) == "related"
        if not self.links:
            return related and len(line.text) <= MAX_TITLE
        return labelled_link(line.text, self.links, related=related)

    def _is_caption(self, line: Line) -> bool:
        if len(line.text) > MAX_HEADING:
            return False
        credit = load_cues().find_phrase("credits", line.text)
        if credit is None:
            return False
        return credit == 0 or not ends_sentence(line.text)

    def _is_heading(self, j: int, k: int) -> bool:
        line = self.lines[j]
        if j + 1 >= k or len(line.text) > MAX_HEADING or not any(c.isalpha() for c in line.text):
            return False
        nxt = self.lines[j + 1]
        if self.isolated_only and not (line.blank_before and nxt.blank_before):
            return False
        if _MARKER.match(line.text) and not ends_sentence(line.text):
            return True
        text = line.text
        return not ends_sentence(text) or (
            text[-1] in "?？" and len(text) <= 80 and len(nxt.text) > len(text)
        )

    # -- bookkeeping -----------------------------------------------------------------------------

    def aside_line(self, line: Line, reason: str) -> None:
        self._aside(line.start, line.end, reason)

    def _aside(self, start: int, end: int, reason: str) -> None:
        if end > start:
            self.aside.append(SetAside(self.text[start:end], start, end, reason))
            self.breaks.add(start)

    def _spans(self) -> tuple[TextSpan, ...]:
        """Runs of body pieces not interrupted by anything set aside."""
        spans: list[TextSpan] = []
        cuts = sorted(self.breaks)
        for start, end in self.body:
            if spans and not _any_between(cuts, spans[-1].end, start):
                spans[-1] = TextSpan(spans[-1].start, end)
            else:
                spans.append(TextSpan(start, end))
        return tuple(spans)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _any_between(sorted_points: list[int], lo: int, hi: int) -> bool:
    i = bisect.bisect_left(sorted_points, lo)
    return i < len(sorted_points) and sorted_points[i] < hi
