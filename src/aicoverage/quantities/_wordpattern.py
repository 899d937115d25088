"""Compile word lists into one fast regular expression (a prefix tree, not a flat alternation).

Python's ``re`` tries the branches of ``a|b|c`` one after another; a list of thousands of currency
names would cost thousands of attempts per position. Factoring common prefixes into a tree makes a
match cost proportional to the word's length. An entry's ``*`` stands for any run of word characters
(a stem, for inflected languages: "миллиард*", "приближа* к"); spaces inside an entry match any
run of whitespace, NBSP included.

>>> import re
>>> rx = re.compile(words_pattern(["млн", "млрд", "миллиард*", "mil milhões"]), re.IGNORECASE)
>>> [rx.match(w).group() for w in ["млрд", "миллиардов", "mil\u00a0milhões"]]
['млрд', 'миллиардов', 'mil\xa0milhões']
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_END = ""
_STEM = "*"


def words_pattern(words: Iterable[str]) -> str:
    """A non-capturing regex matching any of ``words`` (longest first within each branch)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        word = " ".join(word.split())
        if not word:
            continue
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[_END] = {}
    if not tree:
        return "(?!)"
    return _render(tree)


def _render(node: dict) -> str:  # type: ignore[type-arg]
    branches: list[str] = []
    optional = False
    for key in sorted(node, key=lambda k: (k in (_END, _STEM), k)):
        child = node[key]
        if key == _END:
            optional = True
        elif key == _STEM:
            branches.append(r"\w*" + _render(child) if child else r"\w*")
        else:
            piece = r"\s+" if key == " " else re.escape(key)
            branches.append(piece + _render(child) if child else piece)
    if not branches:
        return ""
    # A stem branch matches the empty string too, so it goes last and makes the group total.
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if optional and body:
        return "(?:" + body + ")?"
    return body
