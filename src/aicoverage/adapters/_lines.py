"""Lines of a text with exact offsets, and the shape tests the layout rules share.

A :class:`Line` is a non-blank line trimmed of surrounding whitespace; ``blank_before`` says
whether an empty line separates it from the previous one. Newlines may be ``\\n``, ``\\r\\n`` or
``\\r``; Unicode spaces inside a line (NBSP) are kept.

>>> lines = split_lines("Title\\n\\n  First para.\\r\\nSecond\\n")
>>> [(ln.start, ln.end, ln.blank_before) for ln in lines]
[(0, 5, False), (9, 20, True), (22, 28, False)]
>>> ends_sentence("Он заявил: «Да.»"), ends_sentence("Что случилось?"), ends_sentence("1. A narrativa")
(True, True, False)
"""

from __future__ import annotations

import re
from collections import Counter

from attrs import frozen

_LINE = re.compile(r"[^\r\n]+")
_NEWLINE = re.compile(r"\r\n|\r|\n")
_CLOSERS = "\"'»”’)）]】」』>"
_TERMINAL = frozenset(".!?…。！？:：;；")
_UPPER = re.compile(r"[^\W\d_]")
_SHOUT_CASED = 30


@frozen
class Line:
    """A non-blank line: ``text[start:end]`` without surrounding whitespace."""

    start: int
    end: int
    text: str
    blank_before: bool


def split_lines(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    """The non-blank lines of ``text[start:end]``."""
    stop = len(text) if end is None else end
    lines: list[Line] = []
    last = start
    for m in _LINE.finditer(text, start, stop):
        raw = m.group()
        body = raw.strip()
        if not body:
            continue
        s = m.start() + (len(raw) - len(raw.lstrip()))
        gap = len(_NEWLINE.findall(text, last, s))
        lines.append(Line(s, s + len(body), body, blank_before=bool(lines) and gap >= 2))
        last = s + len(body)
    return lines


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends like a sentence (closing quotes and brackets aside)."""
    stripped = line.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def is_shouting(line: str) -> bool:
    """True for a long line written in capitals (legal disclaimers)."""
    # Cheap exact rejections first: 30 cased letters need 30 characters, 90% of them 27 capitals.
    if len(line) < _SHOUT_CASED or sum(map(str.isupper, line)) < 0.9 * _SHOUT_CASED:
        return False
    cased = upper = 0
    for c, n in Counter(_UPPER.findall(line)).items():  # each distinct letter tested once
        if c.lower() != c.upper():
            cased += n
            upper += n if c.isupper() else 0
    return cased >= _SHOUT_CASED and upper >= 0.9 * cased


def blank_separated(lines: list[Line]) -> bool:
    """True when the text separates its paragraphs with blank lines (most line breaks are blank)."""
    gaps = lines[1:]
    return bool(gaps) and sum(ln.blank_before for ln in gaps) >= 0.5 * len(gaps)
