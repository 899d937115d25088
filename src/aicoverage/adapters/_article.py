"""The one place an :class:`~aicoverage.model.Article` is assembled from a layout and stated metadata.

Stated metadata (front matter, JSON fields, HTML meta tags) wins over what the layout found in the
text; the language is the stated one unless the body clearly contradicts it (see
:func:`~aicoverage.adapters._language.resolve_language`).

>>> from aicoverage.adapters._layout import analyse_layout
>>> from aicoverage.model import Source
>>> text = "Hello there, this is the body of a tiny English article."
>>> art = build_article(text, Source("a.txt", "text"), analyse_layout(text))
>>> art.body == text, art.language
(True, 'en')
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from aicoverage.adapters._language import resolve_language
from aicoverage.adapters._layout import Layout
from aicoverage.model import Article, Problem, SetAside, Source


def build_article(
    text: str,
    source: Source,
    layout: Layout,
    *,
    language: object = None,
    title: str | None = None,
    published: dt.date | dt.datetime | None = None,
    url: str | None = None,
    outlet: str | None = None,
    author: str | None = None,
    set_aside: Iterable[SetAside] = (),
    problems: Iterable[Problem] = (),
) -> Article:
    """An article from ``layout`` of ``text``, the keyword metadata overriding the layout's."""
    body = "\n\n".join(text[s.start : s.end] for s in layout.body_spans)
    chosen, language_problems = resolve_language(language, body or text)
    problems = (*problems, *language_problems)
    return Article(
        source=source,
        text=text,
        body=body,
        body_spans=layout.body_spans,
        language=chosen,
        title=_clean(title) or layout.title,
        published=published or layout.published,
        published_precision=None if published else layout.published_precision,
        url=_clean(url),
        outlet=_clean(outlet) or layout.outlet,
        author=_clean(author) or layout.author,
        sections=layout.sections,
        comments=layout.comments,
        set_aside=tuple(sorted((*set_aside, *layout.set_aside), key=lambda a: a.start)),
        problems=problems,
    )


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None
