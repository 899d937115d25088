"""Markdown or text with front matter: a YAML block between ``---`` lines (or TOML between ``+++``).

The front matter's fields are hints: ``title``; ``date``/``published``/``publishDate``/``pubDate``
to ``published`` (as stated: a date, or a datetime when a time is given); ``url``/``permalink``/
``link``/``canonical`` to ``url``; ``lang``/``language``/``locale`` to ``language``;
``author``/``authors`` to ``author``; ``outlet``/``site``/``publisher`` to ``outlet``. A ``source:``
field is the source the post cites, not the post's own URL, and is not mapped. YAML is read with
``safe_load`` only: tags that construct objects are refused. A byte-order mark is tolerated. Broken
front matter is set aside and recorded as a problem; the rest is still read as the body, whose
layout is found as for plain text (:mod:`aicoverage.adapters.text`).

>>> art = read('---\\ndate: "2025-01-30T11:52:43"\\nurl: /5596\\nsource: "https://e.com"\\n---\\n\\nBody.',
...            Source("a.md", "frontmatter"))
>>> art.published.isoformat(), art.url, art.body, art.set_aside[0].reason
('2025-01-30T11:52:43', '/5596', 'Body.', 'front_matter')
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from aicoverage.adapters._article import build_article
from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._layout import analyse_layout
from aicoverage.model import Article, Problem, SetAside, Source

_OPEN = re.compile(r"\ufeff?[ \t]*(---|\+\+\+)[ \t]*\r?\n")
_MAX_FRONT = 65_536
_KEY_LINE = re.compile(r"[ \t]*[\w-]+[ \t]*[:=]")
_FIELDS = {
    "title": ("title", "headline"),
    "published": ("date", "published", "publishdate", "publish_date", "pubdate", "created"),
    "url": ("url", "permalink", "link", "canonical", "canonical_url"),
    "language": ("lang", "language", "locale"),
    "author": ("author", "authors", "byline"),
    "outlet": ("outlet", "site", "site_name", "publisher", "publication"),
}


def sniff(text: str) -> float:
    """0.95 for an opening ``---``/``+++`` line with its closing line; 0.6 for an opening followed
    by a ``key:`` line but never closed (broken front matter); 0 otherwise (a rule, then prose)."""
    m = _OPEN.match(text)
    if m is None:
        return 0.0
    if _closing(text, m):
        return 0.95
    return 0.6 if _KEY_LINE.match(text, m.end()) else 0.0


def _closing(text: str, m: re.Match[str]) -> re.Match[str] | None:
    fence = re.escape(m[1])
    end = re.compile(rf"^(?:{fence}|\.\.\.)[ \t]*(?:\r?\n|$)", re.M)
    return end.search(text, m.end(), m.end() + _MAX_FRONT)


def read(text: str, source: Source) -> Article:
    """The article: front matter fields as hints, the rest read as plain text."""
    m = _OPEN.match(text)
    close = _closing(text, m) if m else None
    if m is None or close is None:
        problem = Problem("front_matter_unclosed", "the front matter has no closing line; read as plain text")
        return build_article(text, source, analyse_layout(text), problems=[problem])
    raw = text[m.end() : close.start()]
    fields, problems = _parse(raw, toml=m[1] == "+++")
    meta = _hints(fields)
    fenced = text[m.start() : close.end()].rstrip()
    block = SetAside(fenced, m.start(), m.start() + len(fenced), "front_matter")
    layout = analyse_layout(text, close.end(), title=meta.get("title"))
    return build_article(
        text,
        source,
        layout,
        language=meta.get("language"),
        title=meta.get("title"),
        published=parse_date(meta.get("published")),
        url=meta.get("url"),
        outlet=meta.get("outlet"),
        author=meta.get("author"),
        set_aside=[block],
        problems=problems,
    )


def _parse(raw: str, *, toml: bool) -> tuple[dict[str, Any], list[Problem]]:
    if toml:
        try:
            return tomllib.loads(raw), []
        except tomllib.TOMLDecodeError as e:
            return {}, [Problem("front_matter_invalid", f"TOML front matter: {e}")]
    import yaml

    try:
        data = yaml.safe_load(raw)
    except yaml.YAMLError as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        return {}, [Problem("front_matter_invalid", f"YAML front matter not read (safe_load): {first}")]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [
            Problem("front_matter_invalid", f"front matter is a {type(data).__name__}, not a mapping")
        ]
    return data, []


def _hints(fields: dict[str, Any]) -> dict[str, Any]:
    """The mapped fields; lists (``authors``) joined, other non-scalars dropped."""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    out: dict[str, Any] = {}
    for target, names in _FIELDS.items():
        for name in names:
            value = lowered.get(name)
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value if isinstance(v, str | int)) or None
            if target == "published" and value is not None and not isinstance(value, str):
                out[target] = value
                break
            if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
                out[target] = str(value).strip()
                break
    return out
