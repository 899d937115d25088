"""Paragraphs and sentences of a text with their offsets, for every script (CJK included).

A paragraph is a line: the text between line breaks, trimmed. A sentence ends after ``.!?…`` followed
by a space (and any closing quote marks or brackets), or after ``。！？`` with or without a space.
A full stop after an initial ("J. Smith"), a number ("1. A narrativa"), or an abbreviation the
speech tables list ("Mr.", "т.е.") does not end a sentence.

>>> text = "Он сказал: «Да». Потом ушёл! 他说了。然后走了。"
>>> [text[s.start:s.end] for s in find_sentences(text)]
['Он сказал: «Да».', 'Потом ушёл!', '他说了。', '然后走了。']
"""

from __future__ import annotations

import functools
import re

from aicoverage._tables import read_table, supported_languages
from aicoverage.extract._memo import per_text
from aicoverage.model import TextSpan

_CLOSERS = "\"'»”’“」』)）\\]】"
_CJK_CLOSERS = "»”’」』)）\\]】"  # no “ here: after 。 it opens the next sentence
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
_SPACE = " \t\u00a0\u202f\u3000"
# A sentence end: Latin terminators then closers then whitespace, or CJK terminators then closers.
_END = re.compile(  # the look ahead first lets the regex engine skip to a terminator
    rf"(?=[.!?…。！？])(?:[.!?…]+(?:[{_CLOSERS}]|[ \u00a0\u202f]»)*(?=[{_SPACE}]+\S)"
    rf"|[。！？!?]+[{_CJK_CLOSERS}]*[{_SPACE}]*)",
)
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(«“„\"']))([^\s(«“„\"']{1,12})$")


@functools.cache
def _abbreviations() -> frozenset[str]:
    words: set[str] = set()
    for language in supported_languages():
        words.update(w.casefold() for w in read_table("speech", language).get("abbreviations", ()))
    return frozenset(words)


def is_false_stop(text: str, line_start: int, end: int) -> bool:
    """True when the full stop ending at ``end`` closes an initial, number or abbreviation."""
    if text[end - 1] != ".":
        return False
    m = _WORD_BEFORE.search(text, max(line_start, end - 13), end)
    if m is None:
        return False
    word = m.group(1)
    core = word[:-1]
    if len(core) == 1 and core.isalpha() and core.isupper():
        return True
    if core.isdigit() and len(core) <= 2 and m.start(1) == line_start:
        return True
    return word.casefold() in _abbreviations()


def find_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[TextSpan]:
    """The non-blank lines of ``text[start:end]``, trimmed, as spans of ``text``.

    >>> [(p.start, p.end) for p in find_paragraphs(" a\\n\\n b c \\n")]
    [(1, 2), (5, 8)]
    """
    return list(_paragraphs(text, start, len(text) if end is None else end))


@per_text
def _paragraphs(text: str, start: int, stop: int) -> tuple[TextSpan, ...]:
    """:func:`find_paragraphs`, cached: names, quotes and claims each split the body."""
    out: list[TextSpan] = []
    for m in _LINE.finditer(text, start, stop):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(TextSpan(s, e))
    return tuple(out)


def find_sentences(text: str, start: int = 0, end: int | None = None) -> list[TextSpan]:
    """The sentences of ``text[start:end]``, as trimmed spans of ``text``; they never cross a line."""
    out: list[TextSpan] = []
    for para in find_paragraphs(text, start, end):
        out.extend(_paragraph_sentences(text, para.start, para.end))
    return out


@per_text
def _paragraph_sentences(text: str, lo: int, hi: int) -> tuple[TextSpan, ...]:
    """The sentences of the paragraph ``text[lo:hi]`` (cached: quotes and claims both ask)."""
    out: list[TextSpan] = []
    s = lo
    for m in _END.finditer(text, lo, hi):
        stop = m.end()
        while stop > m.start() and text[stop - 1] in _SPACE:
            stop -= 1
        if stop >= hi or is_false_stop(text, lo, _last_dot(text, m.start(), stop)):
            continue
        if stop > s:
            out.append(TextSpan(s, stop))
        s = m.end()
        while s < hi and text[s] in _SPACE:
            s += 1
    if s < hi:
        out.append(TextSpan(s, hi))
    return tuple(out)


def _last_dot(text: str, start: int, stop: int) -> int:
    """End of the terminator run (before any closing marks) that a match covers."""
    e = start
    while e < stop and text[e] in ".!?…":
        e += 1
    return e
