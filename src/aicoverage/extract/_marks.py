"""Quote marks paired into quoted stretches, one paragraph at a time, however unbalanced the marks.

Every mark style is read: «» (and „“ nested), “” ‘’, straight "" and '', 「」『』. A mark that can open or
close (“ ” " ‘ ’) is told by what flanks it: a mark followed by a letter after a space opens, one
after a letter before a space closes, and a glued or free-standing one closes what is open (the
closing “ of machine translation). Only the outermost stretch is returned (nested quotes stay
inside it). A double mark that never closes runs to the end of its paragraph; a single one is
dropped (it is more likely an apostrophe). ``《》`` title marks are not quote marks.

>>> text = "«A „b“ c» and “d “e. "
>>> [(text[s.start:s.end], s.closed) for s in find_quoted(text, 0, len(text))]
[('A „b“ c', True), ('d “e.', False)]
"""

from __future__ import annotations

import re

from attrs import frozen

_MARK = re.compile("[«»„“”‘’\"'「」『』]")
_OPENERS = {"«": "»", "„": "“”", "“": "”“", "”": "”“", "‘": "’", '"': '"', "'": "'", "「": "」", "『": "』"}
_ALWAYS_OPEN = frozenset("«„「『")
_ALWAYS_CLOSE = frozenset("»」』")
_RUNS_TO_END = frozenset("«„“「『")
_SPACE = " \t\u00a0\u202f\u3000"
_OPEN_BEFORE = "([{（—–-/"


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


def _flanks(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(space or opening punctuation before, space or end after) around the mark at ``i``."""
    before = i == lo or text[i - 1] in _SPACE or text[i - 1] in _OPEN_BEFORE
    after = i + 1 >= hi or text[i + 1] in _SPACE or not text[i + 1].isalnum()
    return before, after


def _role(text: str, i: int, lo: int, hi: int, stack: list[int]) -> str:
    """``open``, ``close`` or ``skip`` for the mark at ``i`` given the open marks on ``stack``."""
    ch = text[i]
    if ch in _ALWAYS_OPEN:
        return "open"
    if ch in _ALWAYS_CLOSE:
        return "close"
    open_before, space_after = _flanks(text, i, lo, hi)
    can_close = any(ch in _OPENERS[text[j]] for j in stack)
    if ch in "’‘'" and i > lo and i + 1 < hi and text[i - 1].isalnum() and text[i + 1].isalnum():
        return "skip"  # an apostrophe (don’t, Amodei’s, l'IA)
    if ch == "’" or (ch == "'" and not (open_before and not space_after)):
        return "close" if can_close else "skip"
    if open_before and not space_after:
        return "open"
    if can_close:
        return "close"
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
    out: list[Quoted] = []
    stack: list[int] = []
    for m in _MARK.finditer(text, lo, hi):
        i = m.start()
        role = _role(text, i, lo, hi, stack)
        if role == "open":
            stack.append(i)
        elif role == "close":
            ch = text[i]
            for depth in range(len(stack) - 1, -1, -1):
                if ch in _OPENERS[text[stack[depth]]]:
                    opener = stack[depth]
                    del stack[depth:]
                    if not stack:
                        s, e = _trim(text, opener + 1, i)
                        if s < e:
                            out.append(Quoted(s, e, opener, i))
                    break
    if stack:
        first = next((j for j in stack if text[j] in _RUNS_TO_END), None)
        if first is not None:
            s, e = _trim(text, first + 1, hi)
            if s < e:
                out.append(Quoted(s, e, first, None))
    return out
