"""One article from one record (a JSON object, a CSV row, a data frame row), through a field map.

The fields come from :mod:`._fieldmaps` (a user's map, the profile the record fits, the default
names). The text is read as HTML when it looks like markup, as plain text otherwise. A news API's
truncation tail (``... [+2311 chars]``) is set aside as ``truncation`` with a ``text_truncated``
problem, never read as a number. A record with a title and no text gives an article of its title
(a ``no_text`` problem says so: GDELT lists only titles). ``source.path`` is ``<file>#<n>``.

>>> rec = {"title": "Chips", "content": "The ban was loosened this week… [+2311 chars]",
...        "publishedAt": "2025-01-29T10:00:00Z", "source": {"id": None, "name": "Wired"}}
>>> art = read_record(rec, Source("n.json#1", "jsonl"))
>>> art.body, art.outlet, art.published.isoformat(), art.set_aside[-1].reason
('The ban was loosened this week…', 'Wired', '2025-01-29T10:00:00+00:00', 'truncation')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import attrs

from aicoverage.adapters._article import build_article
from aicoverage.adapters._fieldmaps import FieldMap, field_value, fields_for, language_code, profile_of
from aicoverage.adapters._layout import analyse_layout
from aicoverage.adapters._markup import compose, html_blocks
from aicoverage.adapters._stated import as_text, stated_metadata
from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Article, Problem, SetAside, Source

_MARKUP = re.compile(r"<(?:p|div|br|h[1-6]|span|a|figure|ul|li)\b[^>]*>", re.I)
# "… [+2311 chars]" (NewsAPI), "[1234 chars]", "(+1234 characters)".
_TRUNCATED = re.compile(r"\s*[\[(]\+?\s*(?P<n>\d[\d,]*)\s*(?:chars?|characters)\s*[\])]\s*\Z", re.I)


def read_records(
    records: Iterable[Any],
    source: Source,
    *,
    field_map: FieldMap | None = None,
    problems: Iterable[Problem] = (),
) -> Iterator[Article | SourceError]:
    """An article or an error per record, numbered from 1 in ``source.path``."""
    shared = tuple(problems)
    for n, record in enumerate(records, 1):
        where = attrs.evolve(source, path=f"{source.path}#{n}")
        try:
            yield read_record(record, where, field_map=field_map, problems=shared)
        except (ValueError, TypeError, RecursionError) as e:
            yield FormatError(where.path, f"the record cannot be read: {type(e).__name__}: {e}")


def read_record(
    record: Any,
    source: Source,
    *,
    field_map: FieldMap | None = None,
    problems: Iterable[Problem] = (),
) -> Article | SourceError:
    """The article in ``record``, or a :class:`~aicoverage.errors.FormatError` saying why not."""
    if not isinstance(record, Mapping):
        return FormatError(source.path, f"a record must be an object, not {type(record).__name__}")
    profile = profile_of(record)

    def value(target: str) -> Any:
        return field_value(record, fields_for(target, profile, field_map))

    stated = stated_metadata(
        title=value("title"),
        published=value("published"),
        language=language_code(value("language")),
        outlet=_outlet(value("outlet")),
        url=value("url"),
        author=value("author"),
    )
    found = [*problems, *stated.problems]
    body = value("text")
    title_only = not isinstance(body, str) or not body.strip()
    if title_only:
        if stated.title is None:
            names = ", ".join(fields_for("text", profile, field_map))
            return FormatError(source.path, f"the record has no text field ({names})")
        body = stated.title
        found.append(Problem("no_text", "the record has no text; its title is read as the text"))
    derived = attrs.evolve(source, derived=True)
    known: dict[int, str] = {}
    if _MARKUP.search(body):
        composed = compose(html_blocks(body))
        body = composed.text
        known = {s: "caption" for kind, s, _ in composed.spans if kind == "caption"}
    end, aside = len(body), []
    cut = _TRUNCATED.search(body)
    if cut:
        end = cut.start()
        aside.append(_trimmed(body, end))
        found.append(Problem("text_truncated", f"the record's text is cut ({cut['n']} more characters)"))
    if title_only:
        layout = analyse_layout(body, 0, end, title_known=True)
    else:
        layout = analyse_layout(body, 0, end, title=stated.title, known=known)
    keywords = stated.keywords()
    return build_article(body, derived, layout, **keywords, set_aside=aside, problems=found)


def _trimmed(body: str, end: int) -> SetAside:
    start = end + len(body[end:]) - len(body[end:].lstrip())
    stop = len(body.rstrip())
    return SetAside(body[start:stop], start, stop, "truncation")


def _outlet(value: Any) -> str | None:
    """An outlet name; a URL (a cited source, or the record's origin) is not one."""
    name = as_text(value)
    return None if name is None or "://" in name else name
