"""Dialogue dashes (Russian, Spanish, French): a paragraph opened by a dash is speech, up to the
dash or comma that a speech verb follows.

``— Мы не продаём чипы, — сказал Иван Петров.``, ``—No venderemos chips —dijo Ana López—.``,
``— Nous ne vendons pas, dit Paul Martin.`` Without a speech verb right after, a dash-led paragraph
is a list item or an aside, not a quote: :func:`find_dialogue` returns None.

>>> from aicoverage.extract._speech import speech_patterns
>>> text = "— Мы не продаём чипы, — сказал Иван Петров."
>>> q = find_dialogue(text, 0, len(text), speech_patterns("ru"))
>>> text[q.start:q.end], text[q.after:]
('Мы не продаём чипы,', ' сказал Иван Петров.')
"""

from __future__ import annotations

import re

from aicoverage.extract._marks import Quoted
from aicoverage.extract._speech import Speech

_OPENING = re.compile(r"[—–][ \u00a0]*(?=\w)")
# where the speech ends: a dash (after a space or punctuation), or a comma; a verb must follow
_CLOSING = re.compile(r"(?:(?<=[\s,.!?…])[—–]|,)[ \u00a0]*")


def find_dialogue(text: str, lo: int, hi: int, speech: Speech) -> Quoted | None:
    """The speech of the dash-led paragraph ``text[lo:hi]``, if a speech verb attributes it."""
    opening = _OPENING.match(text, lo, hi) if speech.dialogue else None
    if opening is None:
        return None
    for m in _CLOSING.finditer(text, opening.end(), hi):
        if speech.cue.match(text, m.end(), hi) is None:
            continue
        end = m.start()
        while end > opening.end() and text[end - 1].isspace():
            end -= 1
        if end > opening.end():
            return Quoted(opening.end(), end, lo, m.start())  # the dash or comma closes the speech
    return None
