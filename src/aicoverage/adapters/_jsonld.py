"""The article fields of a page's JSON-LD blocks, read leniently and within bounds.

Pages ship JSON-LD that ``json.loads`` refuses (trailing commas, raw newlines in strings, HTML
comments around it) or nests without end. A block is parsed leniently; one that still fails, or is
nested deeper than Python can parse, gives its flat string fields by pattern instead, so the page
keeps its date and headline. The walk looks for the article object (one with ``datePublished`` or
``headline``) at most ``_MAX_DEPTH`` levels down, ``@graph`` included.

>>> read_jsonld(['{"@graph": [{"@type": "NewsArticle", "headline": "H", "datePublished": '
...              '"2025-03-03", "author": [{"name": "A. B."}],}]}'])
{'datePublished': '2025-03-03', 'headline': 'H', 'author': 'A. B.'}
>>> read_jsonld(['[' * 100000 + '{"headline": "Deep"}'])
{'headline': 'Deep'}
"""

from __future__ import annotations

import json
import re
from typing import Any

_FIELDS = ("datePublished", "headline", "inLanguage", "url")
_NAMED = ("author", "publisher")
_MAX_DEPTH = 6
_MAX_NODES = 5000
_TRAILING_COMMA = re.compile(r",(\s*[\]}])")
_WRAPPER = re.compile(r"^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$")
_STRING_FIELD = re.compile(
    r'"(datePublished|dateCreated|headline|inLanguage)"\s*:\s*"((?:[^"\\]|\\.){1,500})"'
)


def read_jsonld(blocks: list[str]) -> dict[str, str]:
    """Flat fields (``datePublished``, ``headline``, ``inLanguage``, ``url``, ``author``,
    ``publisher``) of the first article object in ``blocks`` (the texts of the JSON-LD scripts)."""
    salvaged: dict[str, str] = {}
    for text in blocks:
        data = _load(text)
        if data is None:
            for key, value in _STRING_FIELD.findall(text):
                salvaged.setdefault("datePublished" if key == "dateCreated" else key, _unescape(value))
            continue
        item = _article(data)
        if item is not None:
            return _flat(item)
    return salvaged


def _load(text: str) -> Any:
    text = _WRAPPER.sub("", text)
    for candidate in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(candidate, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def _article(data: Any) -> dict[str, Any] | None:
    """The first dict with ``datePublished`` or ``headline``, breadth first, within bounds."""
    level = [data]
    seen = 0
    for _ in range(_MAX_DEPTH):
        nxt: list[Any] = []
        for node in level:
            seen += 1
            if seen > _MAX_NODES:
                return None
            if isinstance(node, dict):
                if "datePublished" in node or "headline" in node:
                    return node
                nxt.extend(v for v in node.values() if isinstance(v, dict | list))
            elif isinstance(node, list):
                nxt.extend(v for v in node if isinstance(v, dict | list))
        level = nxt
    return None


def _flat(item: dict[str, Any]) -> dict[str, str]:
    out = {key: item[key] for key in _FIELDS if isinstance(item.get(key), str)}
    for key in _NAMED:
        value = item.get(key)
        value = value[0] if isinstance(value, list) and value else value
        name = value.get("name") if isinstance(value, dict) else value
        if isinstance(name, str):
            out[key] = name
    return out


def _unescape(value: str) -> str:
    try:
        return str(json.loads(f'"{value}"', strict=False))
    except ValueError:
        return value
