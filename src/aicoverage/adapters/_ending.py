"""Where the article ends: the cue lines after the body that end it, or that stand aside alone.

Once the body has a paragraph, a share or comments line ends the article. A "read also", paywall
or disclaimer line (a long sentence in capitals counts as one) is evidence, not a verdict: it ends
the article only when what follows is no more article (no prose paragraph after it, or only a
short tail beside the body before it), and otherwise is set aside alone (a "read also" with the
linked headline after it) or, when long, kept. Lines past the end get a reason of their own
(:func:`trailing_reason`).

>>> from aicoverage.adapters._lines import split_lines
>>> lines = split_lines("The body, a sentence long enough.\\n\\nShare\\n\\nTeaser.")
>>> ending = find_ending(lines, 0, len(lines), linked=frozenset())
>>> ending.end, [trailing_reason(ln) for ln in lines[ending.end :]]
(1, ['share', 'teaser'])
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from aicoverage.adapters._cues import load_cues
from aicoverage.adapters._lines import Line, ends_sentence, is_shouting

MAX_HEADING = 120
MAX_TITLE = 200
FURNITURE_REASONS = {
    "navigation": "navigation",
    "share": "share",
    "related": "teaser",
    "comments": "navigation",
}
"""The set-aside reason of each kind of whole-line cue."""

_MAX_FURNITURE = 400
_MIN_PARAGRAPH = 25
_MIN_PROSE = 80
_SHORT_TAIL = 0.2  # a tail after a cue this short beside the body before it is no more article


@frozen
class Ending:
    """The index of the first line past the article, and the body lines set aside alone."""

    end: int
    alone: dict[int, str]
    """Reason by line index: a "read also" line inside the body and the headline it links to."""


def find_ending(lines: Sequence[Line], first: int, cut: int, *, linked: frozenset[int]) -> Ending:
    """Where the article of ``lines[first:cut]`` ends; ``linked`` holds the starts of the lines
    that are wholly a link's text."""
    finder = _Finder(lines, first, cut, linked)
    return Ending(finder.find(), finder.alone)


def trailing_reason(line: Line) -> str:
    """Why a line past the article's end is set aside: its cue, else ``teaser``."""
    kind = load_cues().line_kind(line.text)
    if kind:
        return FURNITURE_REASONS[kind]
    if len(line.text) > _MAX_FURNITURE:
        return "teaser"
    cues = load_cues()
    for phrase in ("paywall", "disclaimer"):
        if cues.find_phrase(phrase, line.text) is not None:
            return phrase
    return "disclaimer" if is_shouting(line.text) else "teaser"


class _Finder:
    def __init__(self, lines: Sequence[Line], first: int, cut: int, linked: frozenset[int]) -> None:
        self.lines, self.first, self.cut, self.linked = lines, first, cut, linked
        self.alone: dict[int, str] = {}
        self._tails: tuple[list[int], list[int], list[int]] | None = None

    def find(self) -> int:
        seen_paragraph = False
        for j in range(self.first, self.cut):
            line = self.lines[j]
            if seen_paragraph and j not in self.alone:
                kind = self._end_cue(j)
                if kind in {"share", "comments"} or (kind and self._tail_only(j)):
                    return j
                if kind:
                    self._set_alone(j, kind)
            seen_paragraph = seen_paragraph or (ends_sentence(line.text) and len(line.text) >= _MIN_PARAGRAPH)
        return self.cut

    def _end_cue(self, j: int) -> str | None:
        """What kind of article-ending cue line ``j`` is: a whole-line cue or a phrase cue."""
        line = self.lines[j]
        kind = load_cues().line_kind(line.text)
        if kind in {"share", "related", "comments"}:
            return kind
        if len(line.text) > _MAX_FURNITURE or (line.start in self.linked and is_shouting(line.text)):
            return None
        cues = load_cues()
        for phrase in ("paywall", "disclaimer"):
            at = cues.find_phrase(phrase, line.text)
            # A cue deep inside a long line is a sentence that mentions subscribing, not furniture.
            if at is not None and (len(line.text) <= MAX_HEADING or at <= MAX_HEADING // 2):
                return phrase
        # Capitals alone make a subheading or a headline; a sentence in capitals is legal text.
        if is_shouting(line.text) and ends_sentence(line.text) and len(line.text) > MAX_HEADING // 2:
            return "disclaimer"
        return None

    def _tail_only(self, j: int) -> bool:
        """True when what follows line ``j`` is no more article: no prose paragraph, or a tail
        short beside the body before it (furniture lines not counted)."""
        if self._tails is None:
            self._tails = self._tail_sums()
        prose, chars, before = self._tails
        return prose[j + 1] == 0 or chars[j + 1] <= _SHORT_TAIL * (before[j] - before[self.first])

    def _tail_sums(self) -> tuple[list[int], list[int], list[int]]:
        """Suffix counts of prose lines and characters after each line, and prefix characters
        (computed once, so that many cue lines cost linear time)."""
        n, first = len(self.lines), self.first
        prose, chars, before = [0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
        for j in range(self.cut - 1, first - 1, -1):
            line = self.lines[j]
            counted = not self._furniture_like(line)
            prose[j] = prose[j + 1] + (counted and _is_prose(line.text))
            chars[j] = chars[j + 1] + (len(line.text) if counted else 0)
        for j in range(first, n):
            before[j + 1] = before[j] + len(self.lines[j].text)
        return prose, chars, before

    def _furniture_like(self, line: Line) -> bool:
        return line.start in self.linked or load_cues().line_kind(line.text) is not None

    def _set_alone(self, j: int, kind: str) -> None:
        """Set line ``j`` aside on its own (a "read also" with the headline it links to)."""
        self.alone[j] = FURNITURE_REASONS.get(kind, kind)
        nxt = j + 1
        if kind != "related" or nxt >= self.cut or len(self.lines[nxt].text) > MAX_TITLE:
            return
        if self.lines[nxt].start in self.linked or not self.linked:
            self.alone[nxt] = "teaser"


def _is_prose(text: str) -> bool:
    return ends_sentence(text) and len(text) >= _MIN_PROSE
