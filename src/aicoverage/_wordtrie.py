"""One compiled pattern from a word list: a character trie, so matching cost does not grow per word.

Python's ``re`` tries the branches of ``a|b|c`` one after another; thousands of currency names as a
flat alternation would cost thousands of attempts per position. Factoring common prefixes into a
tree makes a match cost proportional to the word's length. Every module that matches table words
(quantities, quotes, entities, adapters) builds its patterns here.

Words come from the data tables. ``*`` at the end of a word stands for any further letters (a stem:
``сказал*`` matches ``сказала``); a space stands for any run of whitespace. Words written in an
alphabet (Latin, Cyrillic, Greek) only match whole words; words in scripts written without spaces
(Chinese, Japanese) match anywhere.

>>> import re
>>> rx = re.compile(words_pattern(["said", "say*", "表示"]), re.IGNORECASE)
>>> [m.group() for m in rx.finditer("He Said it, saying so; 他表示 unsaid")]
['Said', 'saying', '表示']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from aicoverage._scripts import UNSPACED

_STEM = "[^\\W\\d_]*"
_SPACE = "\\s+"  # \s holds NBSP and the narrow NBSP too
_LETTER_BEFORE = "(?<![^\\W\\d_])"
_LETTER_AFTER = "(?![^\\W\\d_])"
_UNSPACED = re.compile(f"[{UNSPACED}]")

_Trie = dict[str, "_Trie"]
_END = ""


def _insert(trie: _Trie, word: str) -> None:
    node = trie
    for ch in word:
        node = node.setdefault(ch, {})
    node[_END] = {}


def _emit(ch: str) -> str:
    if ch == "*":
        return _STEM
    if ch == " ":
        return _SPACE
    return re.escape(ch)


def trie_pattern(words: Iterable[str], *, literal: bool = False) -> str:
    """A regex source matching any of ``words`` (longest first), built as a character trie.

    With ``literal``, every character stands for itself (no stems, a space is one space): the
    pattern then matches exactly what the alternation of the words, longest first, matches.

    >>> trie_pattern(["ab", "ac", "a"])
    'a[bc]?'
    >>> print(trie_pattern(["a b*", "a c"], literal=True))
    a\\ (?:b\\*|c)
    """
    trie: _Trie = {}
    for word in words:
        if not literal:
            word = " ".join(word.split())  # runs of spaces in a table entry mean one run of whitespace
        if word:
            _insert(trie, word)
    return _build(trie, re.escape if literal else _emit) if trie else "(?!)"


def _build(node: _Trie, emit: Callable[[str], str] = _emit) -> str:
    # a stem's "*" is tried last: the longer words that continue its stem first ("процентных
    # пунктов" before "процент*")
    order = sorted(node.items(), key=lambda item: (emit is _emit and item[0] == "*", item[0]))
    alts = [emit(ch) + _build(child, emit) for ch, child in order if ch != _END]
    if not alts:
        return ""
    if len(alts) == 1:
        body = alts[0]
        needs_group = len(body) > 1 and not (len(body) == 2 and body.startswith("\\"))
    else:
        single = [a for a in alts if len(a) == 1]
        if len(single) == len(alts):
            body, needs_group = "[" + "".join(single) + "]", False
        else:
            body, needs_group = "|".join(alts), True
    if _END in node:
        return f"(?:{body})?" if needs_group else f"{body}?"
    return f"(?:{body})" if needs_group and len(alts) > 1 else body


def words_pattern(words: Iterable[str]) -> str:
    """A regex source matching any of ``words``: whole words for alphabetic ones, anywhere for CJK.

    >>> import re
    >>> bool(re.search(words_pattern(["раз"]), "разговор"))
    False
    """
    spaced: list[str] = []
    unspaced: list[str] = []
    for word in words:
        (unspaced if _UNSPACED.search(word) else spaced).append(word)
    parts = []
    if spaced:
        parts.append(f"{_LETTER_BEFORE}(?:{trie_pattern(spaced)}){_LETTER_AFTER}")
    if unspaced:
        parts.append(trie_pattern(unspaced))
    return "|".join(parts) if parts else "(?!)"
