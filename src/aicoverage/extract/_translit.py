"""Names across scripts: a Latin spelling of any name and a key where spellings of one name meet.

Transliteration is anyascii's (one table per Unicode block, for every script we read: Cyrillic,
Han as pinyin, kana as romaji), not hand-written tables. The key is a consonant skeleton of that
spelling: vowels dropped after the first letter, letters that scripts render alike folded
(``k c q``, ``v w``, ``l r``; ``r`` and ``h`` dropped, as kana and Cyrillic renderings lose or add
them), doubled letters single. So "Stargate", "Старгейт" and "スターゲート" share a key, and so do
"DeepSeek", "Дипсик" and "Deepsek"; a Chinese translation by meaning (星际之门, "star gate") does
not: its pinyin is another word, and only a text pairing the two names joins them.

>>> [name_key(n) for n in ("Stargate", "Старгейт", "スターゲート", "星际之门")]
['stgt', 'stgt', 'stgt', 'xngsn']
>>> latin("Масаёси Сон")
'Masaesi Son'
"""

from __future__ import annotations

import functools
import re

from anyascii import anyascii

_FOLD = str.maketrans({"c": "k", "q": "k", "w": "v", "l": "r", "z": "s", "m": "n", "y": "i", "j": "g"})
_DIGRAPHS = (("sh", "s"), ("ch", "k"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("kh", "k"), ("ts", "s"))
_NOT_LETTER = re.compile(r"[^a-z]")
_VOWELS = re.compile(r"[aeiou]")
_DROPPED = re.compile(r"[rh]")
_DOUBLED = re.compile(r"(.)\1+")


def latin(name: str) -> str:
    """``name`` in Latin letters (unchanged when it is already ASCII)."""
    return name if name.isascii() else anyascii(name)


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The key under which spellings of one name in any script meet ('' when no letter is left)."""
    word = _NOT_LETTER.sub("", latin(name).lower())
    for pair, single in _DIGRAPHS:
        word = word.replace(pair, single)
    if not word:
        return ""
    head, rest = word[0], word[1:]
    rest = _DROPPED.sub("", _VOWELS.sub("", rest.translate(_FOLD)))
    rest = rest.replace("i", "")
    return _DOUBLED.sub(r"\1", head.translate(_FOLD) + rest)
