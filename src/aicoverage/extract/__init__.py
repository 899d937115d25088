"""Extraction: numeric claims in context, quotes with their speakers, entity mentions."""

from __future__ import annotations

from aicoverage.model import Article, Extraction


def extract(article: Article) -> Extraction:
    """Claims, quotes and entity mentions of ``article``'s body."""
    return Extraction(article=article)
