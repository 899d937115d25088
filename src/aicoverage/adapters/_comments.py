"""Reader comments at the end of a page saved as text, kept apart from the article.

Pages scraped to text end their comment block as line pairs: a username line (short, no sentence
ending, maybe a reply marker and a time: ``weik 回复 01-31 10:32``) directly followed by the
comment text, or triplets with the time on a line of its own between them. The block is read
backwards from the end of the text while lines keep pairing up; it counts when a comments header
(``评论``, ``Comments (12)``) opens it, or it has at least :data:`MIN_PAIRS` pairs and one of them a
posting time or a reply marker (or twice as many pairs): subheadings each followed by a paragraph
pair up just as well. Lines of one sentence cut at link anchors (the text opening with a comma, or
both lines in lowercase) never pair. Reply markers come from ``reply_markers`` in
``data/boilerplate``.

>>> from aicoverage.adapters._lines import split_lines
>>> text = "Body text of the article ends here.\\nann\\nGreat!\\nbob reply 01-31 10:32\\nNo.\\ncat\\nWhy?"
>>> first, comments = find_comments(split_lines(text))
>>> first, [(c.author, c.text, c.posted, c.is_reply) for c in comments][1]
(1, ('bob', 'No.', '01-31 10:32', True))
"""

from __future__ import annotations

import functools
import re

from aicoverage.adapters._cues import load_cues
from aicoverage.adapters._datelines import find_date
from aicoverage.adapters._lines import Line, ends_sentence
from aicoverage.model import Comment

MIN_PAIRS = 3
"""Username/text pairs needed to call a headerless run of lines a comment block."""
_MAX_NAME = 32
# A list item ("- 50,000 chips", "2) Cost") is the article's, not a username.
_LIST_ITEM = re.compile(r"[-–—•*·▪►]\s|\d{1,2}[.)]\s")
_TIME = r"(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?|\d{1,2}:\d{2}"
_TIME_LINE = re.compile(rf"(?:{_TIME})(?:\s*(?:{_TIME}))?")
_CONTINUING = frozenset(",.;:)]}»”’、，。；：）")


def _is_time_line(text: str) -> bool:
    """A line that only states when: ``01-31 10:32``, ``27 января 2025, 10:32``."""
    return bool(_TIME_LINE.fullmatch(text)) or find_date(text) is not None


@functools.cache
def _name_pattern() -> re.Pattern[str]:
    reply = load_cues().reply_marker.pattern
    return re.compile(rf"(?P<author>.+?)(?:\s+(?P<reply>{reply}))?(?:\s+(?P<posted>{_TIME}))?", re.IGNORECASE)


def _parse_name(line: Line) -> tuple[str, str | None, bool] | None:
    """``(author, posted, is_reply)`` when ``line`` looks like a comment's username line."""
    if len(line.text) > _MAX_NAME + 24 or ends_sentence(line.text) or _LIST_ITEM.match(line.text):
        return None
    m = _name_pattern().fullmatch(line.text)
    if m is None:
        return None
    author = m["author"].strip()
    if len(author) > _MAX_NAME or len(author.split()) > 4 or load_cues().line_kind(line.text):
        return None
    return author, m["posted"], m["reply"] is not None


def find_comments(lines: list[Line], lo: int = 0) -> tuple[int, list[Comment]]:
    """``(index of the block's first line, comments)``; ``(len(lines), [])`` when there is none.

    The index points at the comments header line when there is one. Only ``lines[lo:]`` are read.
    """
    pairs: list[Comment] = []
    j = len(lines)
    while j - 2 >= lo:
        comment, used = _comment_ending_at(lines, j, lo)
        if comment is None:
            break
        pairs.append(comment)
        j -= used
    pairs.reverse()
    header = j - 1 if j - 1 >= lo and load_cues().line_kind(lines[j - 1].text) == "comments" else None
    if header is not None and pairs:
        return header, pairs
    if len(pairs) >= MIN_PAIRS and _evidenced(pairs):
        return j, pairs
    return _after_header(lines, lo)


def _evidenced(pairs: list[Comment]) -> bool:
    """A headerless block needs more than its shape: a posting time or a reply marker on one of its
    name lines, or a long run of pairs (subheadings each followed by one paragraph pair up too)."""
    return len(pairs) >= 2 * MIN_PAIRS or any(c.posted or c.is_reply for c in pairs)


def _continues(name: str, text: str) -> bool:
    """True when ``name`` and ``text`` are pieces of one sentence cut at link anchors, not a username
    and a comment: the text opens with punctuation that continues a sentence, or both open in
    lowercase."""
    if text[:1] in _CONTINUING:
        return True
    first, second = name[:1], text[:1]
    return all(c.lower() != c.upper() and c.islower() for c in (first, second))


def _comment_ending_at(lines: list[Line], j: int, lo: int) -> tuple[Comment | None, int]:
    """The comment whose text is ``lines[j - 1]``: a username line, maybe a time line, the text."""
    body = lines[j - 1]
    if body.blank_before or _continues(lines[j - 2].text, body.text):
        return None, 0
    time = lines[j - 2]
    if j - 3 >= lo and not time.blank_before and _is_time_line(time.text):
        parsed = _parse_name(lines[j - 3])
        if parsed is not None and parsed[1] is None:
            author, _, is_reply = parsed
            return Comment(
                body.text, body.start, body.end, author=author, posted=time.text, is_reply=is_reply
            ), 3
    parsed = _parse_name(time)
    if parsed is None:
        return None, 0
    author, posted, is_reply = parsed
    return Comment(body.text, body.start, body.end, author=author, posted=posted, is_reply=is_reply), 2


def _after_header(lines: list[Line], lo: int) -> tuple[int, list[Comment]]:
    """Comments after the last comments header, one per line, when they do not pair up.

    Only a header in the second half of the text counts: a comment block closes a page.
    """
    for i in range(len(lines) - 2, max(lo, len(lines) // 2) - 1, -1):
        if load_cues().line_kind(lines[i].text) == "comments":
            rest = lines[i + 1 :]
            return i, [Comment(ln.text, ln.start, ln.end) for ln in rest]
    return len(lines), []
