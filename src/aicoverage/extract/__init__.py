"""Extraction: numeric claims in context, quotes with their speakers, entity mentions.

Only the article's own text counts (:attr:`~aicoverage.model.Article.body_spans`): comments,
teasers, captions and front matter never give claims, quotes or entities.

>>> from aicoverage.model import Article, Source, TextSpan
>>> text = "Amodei said: “DeepSeek spent about $6 million on training.”"
>>> art = Article(source=Source(path="a.txt", format="txt"), text=text, body=text,
...               body_spans=(TextSpan(0, len(text)),), language="en")
>>> x = extract(art)
>>> [(q.speaker.canonical, q.text[:8]) for q in x.quotes]
[('Dario Amodei', 'DeepSeek')]
>>> [e.canonical for e in x.entities]
['Dario Amodei', 'DeepSeek']
"""

from __future__ import annotations

import os
import re

from aicoverage._scripts import CYRILLIC, HAN, KANA
from aicoverage._tables import check_language
from aicoverage.errors import UnsupportedLanguageError
from aicoverage.extract.claims import find_claims
from aicoverage.extract.entities import Gazetteer, find_entities, load_gazetteer
from aicoverage.extract.names import discover_names
from aicoverage.extract.quotes import find_quotes
from aicoverage.extract.records import claims_records, quotes_records
from aicoverage.model import Article, Extraction

__all__ = [
    "Gazetteer",
    "claims_records",
    "discover_names",
    "extract",
    "find_claims",
    "find_entities",
    "find_quotes",
    "load_gazetteer",
    "quotes_records",
]

_KANA = re.compile(f"[{KANA}]")
_HAN = re.compile(f"[{HAN}]")
_CYRILLIC = re.compile(f"[{CYRILLIC}]")


def _language(article: Article) -> str:
    """The article's language if supported, else a guess from its script (``en`` for Latin)."""
    if article.language:
        try:
            return check_language(article.language)
        except UnsupportedLanguageError:
            pass
    sample = article.body[:2000] if article.body else article.text[:2000]
    if _KANA.search(sample):
        return "ja"
    if _HAN.search(sample):
        return "zh"
    if len(_CYRILLIC.findall(sample)) > len(sample) // 10:
        return "ru"
    return "en"


def extract(article: Article, *, gazetteer: Gazetteer | str | os.PathLike[str] | None = None) -> Extraction:
    """Claims, quotes and entity mentions of ``article``'s body.

    ``gazetteer`` is a :class:`Gazetteer` or the path of a TOML file extending the built-in one.
    """
    if isinstance(gazetteer, Gazetteer):
        gaz = gazetteer
    else:
        gaz = load_gazetteer(None if gazetteer is None else os.fspath(gazetteer))
    text, spans = article.text, article.body_spans
    language = _language(article)
    entities = find_entities(text, spans, gazetteer=gaz, language=language)
    quotes = find_quotes(text, spans, entities=entities, language=language)
    claims = find_claims(text, spans, language=language, quotes=quotes, entities=entities)
    return Extraction(article=article, claims=tuple(claims), quotes=tuple(quotes), entities=tuple(entities))
