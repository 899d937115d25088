"""Speakers who are described, not named: "a spokesperson for the company", "analysts at Jefferies",
"представитель компании", "一位发言人", "同社の広報担当者".

A description is a describing word of the speech table (``speaker_nouns``) with what belongs to it:
before it up to two lowercase words (its article and adjectives: "a senior analyst"; in CJK the
characters back to a punctuation mark: "同社の広報担当者"), after it up to five words, to the
cue or the next punctuation ("for the company", "de la compañía"). Its holder, the canonical
speaker, is the organisation it names ("at Jefferies"), or for a word that points back ("the
company", "компании", "同社") the organisation named last before it.

>>> from aicoverage.extract._speech import speech_patterns
>>> text = "a spokesperson for the company said"
>>> [text[s:e] for s, e in find_descriptions(text, 0, len(text), speech_patterns("en"), cue_at=31)]
['a spokesperson for the company']
"""

from __future__ import annotations

import re

from aicoverage._scripts import HAN, KANA
from aicoverage.extract._speech import Speech

_CJK = re.compile(f"[{KANA}{HAN}]")
_BACK_WORDS = 2
_FORWARD_WORDS = 5
_CJK_BACK = 8
_STOP = frozenset(',.;:!?—–()«»“”„"「」『』，。；：！？、')
_WORD = re.compile(r"[^\s,.;:!?—–()«»“”„\"]+")


def find_descriptions(
    text: str, lo: int, hi: int, speech: Speech, *, cue_at: int, cue_end: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each speaker description in ``text[lo:hi]``; the cue at ``cue_at`` (ending
    at ``cue_end``) bounds one on either side."""
    cue_end = cue_at if cue_end is None else cue_end
    out: list[tuple[int, int]] = []
    for m in speech.describer.finditer(text, lo, hi):
        if out and m.start() < out[-1][1]:
            continue
        first = max(lo, cue_end) if cue_end <= m.start() else lo
        if _CJK.match(text, m.start()):
            s, e = _cjk_start(text, m.start(), first), m.end()
        else:
            end = cue_at if m.end() <= cue_at <= hi else hi
            s, e = _latin_start(text, m.start(), first), _latin_end(text, m.end(), end)
        if out and s < out[-1][1]:  # "同社の広報担当者": one description, the longer
            out.pop()
        out.append((s, e))
    return out


def _cjk_start(text: str, start: int, lo: int) -> int:
    i = start
    while i > lo and start - i < _CJK_BACK and _CJK.match(text, i - 1) and text[i - 1] not in _STOP:
        i -= 1
    return i


def _latin_start(text: str, start: int, lo: int) -> int:
    """Back over the article and adjectives before the describing word ("a senior analyst")."""
    s = start
    for _ in range(_BACK_WORDS):
        j = s
        while j > lo and text[j - 1] in " \u00a0":
            j -= 1
        k = j
        while k > lo and not text[k - 1].isspace() and text[k - 1] not in _STOP:
            k -= 1
        word = text[k:j]
        if word[:1].isupper() and s == start:  # "Jefferies analysts", "Nvidia's spokesperson"
            return k
        if not word or not word[0].islower() or not word.isalpha():
            break
        s = k
    return s


def _latin_end(text: str, end: int, hi: int) -> int:
    """Forward over what belongs to the describing word, up to punctuation, the cue or ``hi``."""
    e = end
    for _ in range(_FORWARD_WORDS):
        m = _WORD.match(text, _skip_spaces(text, e, hi), hi)
        if m is None or m.start() == e:  # nothing, or punctuation, right after
            break
        e = m.end()
    return e


def _skip_spaces(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \u00a0":
        i += 1
    return i
