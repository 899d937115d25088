"""Markdown or text with front matter: a YAML block between ``---`` lines (or TOML between ``+++``).

The front matter's fields are hints: ``title``; ``date``/``published``/``publishDate``/``pubDate``
to ``published`` (as stated: a date, or a datetime when a time is given); ``url``/``permalink``/
``link``/``canonical`` to ``url``; ``lang``/``language``/``locale`` to ``language``;
``author``/``authors`` to ``author``; ``outlet``/``site``/``publisher`` to ``outlet``. A ``source:``
field is the source the post cites, not the post's own URL, and is not mapped. YAML is read with
the base loader: every value is the string as written (a title ``12:30`` stays ``12:30``, ``3.10``
stays ``3.10``, ``No`` stays ``No``) and no tag constructs an object; dates are then parsed on
purpose, and one that is no date (``2025-02-30``) is recorded as a problem. A byte-order mark is
tolerated. Broken front matter is set aside and recorded as a problem; the rest is still read as
the body, whose layout is found as for plain text (:mod:`aicoverage.adapters.text`).

>>> art = read('---\\ndate: "2025-01-30T11:52:43"\\nurl: /5596\\nsource: "https://e.com"\\n---\\n\\nBody.',
...            Source("a.md", "frontmatter"))
>>> art.published.isoformat(), art.url, art.body, art.set_aside[0].reason
('2025-01-30T11:52:43', '/5596', 'Body.', 'front_matter')
"""

from __future__ import annotations

import functools
import re
import tomllib
from typing import Any

from aicoverage.adapters._article import build_article
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._stated import stated_metadata
from aicoverage.model import Article, Problem, SetAside, Source

_OPEN = re.compile(r"\ufeff?[ \t]*(---|\+\+\+)[ \t]*\r?\n")
_MAX_FRONT = 65_536
_YAML_TAG = "tag:yaml.org,2002:"
_PLAIN_TAGS = frozenset({"str", "seq", "map", "int", "float", "bool", "null", "timestamp"})
# YAML's spellings of null, which the base loader leaves as strings.
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
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
    stated = stated_metadata(**_hints(fields))
    fenced = text[m.start() : close.end()].rstrip()
    block = SetAside(fenced, m.start(), m.start() + len(fenced), "front_matter")
    layout = analyse_layout(text, close.end(), title=stated.title)
    return build_article(
        text,
        source,
        layout,
        **stated.keywords(),
        set_aside=[block],
        problems=[*problems, *stated.problems],
    )


def _parse(raw: str, *, toml: bool) -> tuple[dict[str, Any], list[Problem]]:
    if toml:
        try:
            return tomllib.loads(raw), []
        except (tomllib.TOMLDecodeError, ValueError) as e:  # ValueError: an integer past 4,300 digits
            return {}, [Problem("front_matter_invalid", f"TOML front matter: {e}")]
    import yaml

    try:
        # BaseLoader: scalars stay the strings written (no sexagesimal 12:30, no 3.10 -> 3.1).
        data = yaml.load(raw, Loader=_text_loader())
    except (yaml.YAMLError, RecursionError) as e:
        first = str(e).splitlines()[0] if str(e) else type(e).__name__
        return {}, [Problem("front_matter_invalid", f"YAML front matter not read (safe_load): {first}")]
    if data is None:
        return {}, []
    if not isinstance(data, dict):
        return {}, [
            Problem("front_matter_invalid", f"front matter is a {type(data).__name__}, not a mapping")
        ]
    return data, []


@functools.cache
def _text_loader() -> type[Any]:
    """A YAML loader that keeps every scalar as the string written and refuses every tag but the
    plain YAML ones (``!!python/object`` and friends build nothing: the front matter is refused)."""
    import yaml

    class TextLoader(yaml.BaseLoader):
        pass

    def construct(loader: yaml.BaseLoader, node: yaml.Node) -> object:
        if not node.tag.startswith(_YAML_TAG) or node.tag[len(_YAML_TAG) :] not in _PLAIN_TAGS:
            raise yaml.constructor.ConstructorError(
                None, None, f"tag {node.tag!r} is not allowed", node.start_mark
            )
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_scalar(node)  # type: ignore[arg-type]

    TextLoader.add_constructor(None, construct)
    return TextLoader


def _hints(fields: dict[str, Any]) -> dict[str, Any]:
    """The mapped fields; lists (``authors``) joined, other non-scalars dropped."""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    out: dict[str, Any] = {}
    for target, names in _FIELDS.items():
        for name in names:
            value = lowered.get(name)
            if isinstance(value, str) and value.strip() in _NULLS:
                continue
            if isinstance(value, list):
                value = ", ".join(str(v) for v in value if isinstance(v, str | int)) or None
            if target == "published" and value is not None and not isinstance(value, str):
                out[target] = value
                break
            if isinstance(value, str | int | float) and not isinstance(value, bool) and str(value).strip():
                out[target] = str(value).strip()
                break
    return out
