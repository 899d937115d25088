"""Quote marks paired into quoted stretches, one paragraph at a time, however unbalanced the marks.

Every mark style is read: «» (and „“ nested), “” ‘’, straight "" and '', 「」『』. A mark that can open or
close (“ ” " ‘ ’) is told by what flanks it: a mark followed by a letter (or an editorial bracket,
an ellipsis) after a space opens, one after a letter before a space closes, and a glued or
free-standing one closes what is open (the closing “ of machine translation, also after a comma:
"…reduction, “Amodei added"). A “ followed by a space opens when a word follows ("“ We…"). Only the
outermost stretch is returned (nested quotes stay inside it). A double mark that never closes runs
to the end of its paragraph, and so does a straight one opening a paragraph (the convention of quotes
running over several paragraphs); another single one is dropped (it is more likely an
apostrophe). ``《》`` title marks are not quote marks. The scan is linear: each mark is pushed and
popped once, and the open mark a closer matches is found through one index per mark style.

>>> text = "«A „b“ c» and “d “e. "
>>> [(text[s.start:s.end], s.closed) for s in find_quoted(text, 0, len(text))]
[('A „b“ c', True), ('d “e.', False)]
"""

from __future__ import annotations

import re

from attrs import frozen

from aicoverage.extract._memo import per_text

_MARK = re.compile("[«»„“”‘’\"'「」『』]")
_OPENERS = {"«": "»", "„": "“”", "“": "”“", "”": "”“", "‘": "’", '"': '"', "'": "'", "「": "」", "『": "』"}
# closer -> the opening marks it may close
_CLOSES = {c: tuple(o for o, cs in _OPENERS.items() if c in cs) for c in set("".join(_OPENERS.values()))}
_ALWAYS_OPEN = frozenset("«„「『")
_ALWAYS_CLOSE = frozenset("»」』")
_RUNS_TO_END = frozenset("«„“「『")
_DOUBLE = frozenset('“”"')
_SPACE = " \t\u00a0\u202f\u3000"
_OPEN_BEFORE = "([{（—–-/"
_OPEN_AFTER = "[(¿¡…$€£¥#@"  # a quote may start with an editorial bracket or an ellipsis
_TERMINAL = frozenset(".!?…,")


@frozen
class Quoted:
    """A stretch between quote marks: ``start``/``end`` exclude the marks and surrounding spaces."""

    start: int
    end: int
    open_at: int
    """Offset of the opening mark."""
    close_at: int | None
    """Offset of the closing mark, None when the stretch runs to the end of the paragraph."""

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def after(self) -> int:
        """First offset after the closing mark (the paragraph end when unclosed)."""
        return self.end if self.close_at is None else self.close_at + 1


class _Stack:
    """The open marks, with the depths of each mark style, so finding a match costs O(1)."""

    def __init__(self) -> None:
        self.marks: list[tuple[int, str]] = []
        self.depths: dict[str, list[int]] = {o: [] for o in _OPENERS}

    def push(self, i: int, ch: str) -> None:
        self.depths[ch].append(len(self.marks))
        self.marks.append((i, ch))

    def match(self, closer: str) -> int | None:
        """Depth of the innermost open mark that ``closer`` closes."""
        found = [self.depths[o][-1] for o in _CLOSES.get(closer, ()) if self.depths[o]]
        return max(found) if found else None

    def cut(self, depth: int) -> int:
        """Drop the marks from ``depth`` up; the offset of the one at ``depth``."""
        for _, ch in self.marks[depth:]:
            self.depths[ch].pop()
        opener = self.marks[depth][0]
        del self.marks[depth:]
        return opener


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(space or opening punctuation before, space or end after) around the mark at ``i``."""
    before = i == lo or text[i - 1] in _SPACE or text[i - 1] in _OPEN_BEFORE
    nxt = text[i + 1] if i + 1 < hi else " "
    ellipsis = text.startswith("...", i + 1)  # “...and then it fell”
    after = nxt in _SPACE or not (nxt.isalnum() or nxt in _OPEN_AFTER or ellipsis)
    return before, after


def _word_follows(text: str, i: int, hi: int) -> bool:
    """Whether spaces then a letter follow the mark at ``i`` ("“ We…")."""
    j = i + 1
    while j < hi and text[j] in _SPACE:
        j += 1
    return j < hi and j > i + 1 and text[j].isalpha()


def _before(text: str, i: int, lo: int) -> str:
    """The last character before the mark at ``i`` that is not a space ('' at the paragraph start)."""
    j = i
    while j > lo and text[j - 1] in _SPACE:
        j -= 1
    return text[j - 1] if j > lo else ""


def _role(text: str, i: int, lo: int, hi: int, stack: _Stack) -> str:
    """``open``, ``close``, ``close_any`` or ``skip`` for the mark at ``i``."""
    ch = text[i]
    if ch in _ALWAYS_OPEN:
        return "open"
    if ch in _ALWAYS_CLOSE:
        return "close"
    open_before, space_after = _flanks(text, i, lo, hi)
    can_close = stack.match(ch) is not None
    if ch in "’‘'" and i > lo and i + 1 < hi and text[i - 1].isalnum() and text[i + 1].isalnum():
        return "skip"  # an apostrophe (don’t, Amodei’s, l'IA)
    if ch == "’" or (ch == "'" and not (open_before and not space_after)):
        return "close" if can_close else "skip"
    if ch == "“" and can_close and open_before and _before(text, i, lo) == ",":
        return "close"  # "…reduction, “Amodei added": a closing mark flipped by translation
    if open_before and not space_after:
        return "open"
    if can_close:
        return "close"
    if ch in _DOUBLE and space_after and stack.marks and _before(text, i, lo) in _TERMINAL:
        return "close_any"  # "‘[This is] … Chinese. “": a stray closer of another style
    if ch == "“" and open_before and _word_follows(text, i, hi):
        return "open"
    if ch == "”" or space_after:
        return "skip"
    return "open"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted(text: str, lo: int, hi: int) -> list[Quoted]:
    """The outermost quoted stretches of the paragraph ``text[lo:hi]``, in order."""
    return list(_find_quoted(text, lo, hi))


@per_text
def _find_quoted(text: str, lo: int, hi: int) -> tuple[Quoted, ...]:
    """:func:`find_quoted`, cached: names and quotes both read each paragraph's quote marks."""
    out: list[Quoted] = []
    stack = _Stack()
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        role = _role(text, i, lo, hi, stack)
        if role == "open":
            stack.push(i, text[i])
            continue
        if role == "skip":
            continue
        depth = 0 if role == "close_any" else stack.match(text[i])
        if depth is None:
            continue
        opener = stack.cut(depth)
        if not stack.marks:
            s, e = _trim(text, opener + 1, i)
            if s < e:
                out.append(Quoted(s, e, opener, i))
    first = next((j for j, ch in stack.marks if ch in _RUNS_TO_END or (j == lo and ch in _DOUBLE)), None)
    if first is not None:
        s, e = _trim(text, first + 1, hi)
        if s < e:
            out.append(Quoted(s, e, first, None))
    return tuple(out)
