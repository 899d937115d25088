"""JSON too deeply nested for the parser, read with the deep parts left out.

Python's parser gives up (``RecursionError``) on a few thousand nested brackets; an article record
with one deeply nested extra field would be lost whole. :func:`loads_shallow` cuts every array or
object nested deeper than ``max_depth`` (replaced by ``null``) and parses the rest; the count of
cuts is returned so that the reader can record a problem.

>>> deep = '{"title": "Chips", "extra": ' + "[" * 5000 + "]" * 5000 + "}"
>>> loads_shallow(deep, max_depth=1)
({'title': 'Chips', 'extra': None}, 1)
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
"""Nesting kept by :func:`loads_shallow`; deeper arrays and objects become ``null``."""
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)


def loads(text: str) -> tuple[Any, int]:
    """``json.loads(text)`` and 0 cuts, or :func:`loads_shallow` when it is nested deeper than
    :data:`MAX_DEPTH` (so that readers walking the value never recurse too deep either)."""
    try:
        value = json.loads(text)
    except RecursionError:
        return loads_shallow(text)
    return (value, 0) if not _deeper_than(value, MAX_DEPTH) else loads_shallow(text)


def _deeper_than(value: Any, limit: int) -> bool:
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        for child in children:
            if isinstance(child, dict | list):
                if depth + 1 > limit:
                    return True
                stack.append((child, depth + 1))
    return False


def loads_shallow(text: str, max_depth: int = MAX_DEPTH) -> tuple[Any, int]:
    """``(value, cuts)``: ``text`` parsed with what is nested past ``max_depth`` as ``null``.

    Raises :class:`ValueError` for text that is not JSON, as :func:`json.loads` does.
    """
    pieces: list[str] = []
    depth, last, cut_from, cuts = 0, 0, -1, 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        if token[0] == '"':
            continue
        if token in "[{":
            depth += 1
            if depth == max_depth + 1:
                cut_from = m.start()
        else:
            depth -= 1
            if depth == max_depth and cut_from >= 0:
                pieces += [text[last:cut_from], "null"]
                last, cut_from, cuts = m.end(), -1, cuts + 1
    pieces.append(text[last:] if cut_from < 0 else text[last:cut_from])
    return json.loads("".join(pieces)), cuts
