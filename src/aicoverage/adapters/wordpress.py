"""WordPress REST API posts (``/wp-json/wp/v2/posts/<id>``): one JSON object per file.

Mapped: ``title.rendered`` to ``title``; ``content.rendered`` (HTML) to the body, its ``<h2>``...
headings to ``sections`` and ``<figcaption>`` to captions set aside; ``date`` (site time, as
readers see it) or else ``date_gmt`` (UTC) to ``published``; ``link`` to ``url``;
``_embedded.author.name`` (when the post was fetched with ``?_embed``) to ``author``; Yoast's
``og_site_name`` to ``outlet``; ``lang`` to ``language``. ``text`` is the title and content as
text, blocks separated by blank lines (``source.derived`` is true). A truncated file (not valid
JSON) is salvaged: whatever strings it holds are read, and a ``truncated_json`` problem says so; a
post with a field nested too deeply to parse is read without that field (``json_too_deep``).

>>> art = read('{"date": "2025-01-30T11:52:43", "title": {"rendered": "Chips &amp; bans"},'
...            ' "content": {"rendered": "<p>The body.</p>"}}', Source("p.json", "wordpress"))
>>> art.title, art.body, str(art.published), art.source.derived
('Chips & bans', 'The body.', '2025-01-30 11:52:43', True)
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from aicoverage.adapters._article import build_article
from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._jsondepth import loads
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._markup import Block, compose, html_blocks
from aicoverage.adapters._salvage import salvage_strings
from aicoverage.errors import FormatError
from aicoverage.model import Article, Problem, SetAside, Source

_HEAD = 4096
_SIGNS = re.compile(r'"(?:content|title|excerpt)"\s*:\s*\{\s*"(?:rendered|raw)"')


def sniff(text: str) -> float:
    """0.95 for a JSON object whose opening holds ``"title"``/``"content"`` with ``"rendered"``."""
    head = text[:_HEAD].lstrip("\ufeff \t\r\n")
    if not head.startswith("{"):
        return 0.0
    return 0.95 if _SIGNS.search(text[:65_536]) else 0.0


def read(text: str, source: Source) -> Article:
    """The post; a truncated file gives a partial article with a ``truncated_json`` problem."""
    problems: list[Problem] = []
    try:
        data, cuts = loads(text)
        fields = _flatten(data) if isinstance(data, dict) else {}
        if cuts:
            problems.append(Problem("json_too_deep", f"{cuts} deeply nested part(s) were left out"))
    except ValueError:
        fields, complete = salvage_strings(text.lstrip("\ufeff"))
        what = (
            ", ".join(k for k in ("title.rendered", "content.rendered", "date") if k in fields) or "nothing"
        )
        code = "truncated_json" if not complete else "invalid_json"
        problems.append(Problem(code, f"not valid JSON (cut off?); salvaged: {what}"))
    if not fields.get("content.rendered") and not fields.get("title.rendered"):
        raise FormatError(source.path, "a WordPress post without title.rendered or content.rendered")
    title = " ".join(b.text for b in html_blocks(fields.get("title.rendered", ""))) or None
    blocks = ([Block("title", title)] if title else []) + html_blocks(fields.get("content.rendered", ""))
    composed = compose(blocks)
    known = {s: "caption" for kind, s, _ in composed.spans if kind == "caption"}
    layout = analyse_layout(composed.text, len(title or ""), title_known=True, known=known)
    aside = [SetAside(title, 0, len(title), "title")] if title else []
    return build_article(
        composed.text,
        attrs.evolve(source, derived=True),
        layout,
        language=fields.get("lang") or fields.get("language"),
        title=title,
        published=parse_date(fields.get("date")) or parse_date(_utc(fields.get("date_gmt"))),
        url=fields.get("link"),
        outlet=fields.get("yoast_head_json.og_site_name"),
        author=fields.get("_embedded.author.name"),
        set_aside=aside,
        problems=problems,
    )


def _utc(value: str | None) -> str | None:
    return value + "+00:00" if value and value[-1].isdigit() else value


def _flatten(data: Any, path: str = "", out: dict[str, str] | None = None) -> dict[str, str]:
    """String values by dotted key path (array elements add no segment; the first one wins)."""
    out = {} if out is None else out
    if isinstance(data, dict):
        for k, v in data.items():
            _flatten(v, f"{path}.{k}" if path else str(k), out)
    elif isinstance(data, list):
        for v in data:
            _flatten(v, path, out)
    elif isinstance(data, str):
        out.setdefault(path, data)
    return out
