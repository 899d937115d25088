"""Results of one function for the text being read, kept until another text comes.

Quotes, claims and name discovery read the same paragraphs of an article (their sentences, their
quote marks); :func:`per_text` lets the second reader take what the first computed. Only the text
last seen is kept, told by identity rather than equality: no article's results outlive the next
article, and a text equal to an earlier one but read again is computed again.

>>> calls = []
>>> @per_text
... def spaces(text: str, lo: int, hi: int) -> tuple[int, ...]:
...     calls.append((lo, hi))
...     return tuple(i for i in range(lo, hi) if text[i] == " ")
>>> text = "a b c"
>>> spaces(text, 0, 5), spaces(text, 0, 5), calls
((1, 3), (1, 3), [(0, 5)])
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")


def per_text(fn: Callable[[str, int, int], _T]) -> Callable[[str, int, int], _T]:
    """``fn(text, lo, hi)`` remembered per ``(lo, hi)`` for the last ``text`` (by identity)."""
    last: list[str] = []
    results: dict[tuple[int, int], _T] = {}

    @functools.wraps(fn)
    def cached(text: str, lo: int, hi: int) -> _T:
        if not last or last[0] is not text:
            last[:] = [text]
            results.clear()
        key = (lo, hi)
        if key not in results:
            results[key] = fn(text, lo, hi)
        return results[key]

    return cached
