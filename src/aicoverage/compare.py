"""Facts across sources: line up claims that state the same fact and judge their agreement."""

from __future__ import annotations

from collections.abc import Iterable

from aicoverage.model import Comparison, Extraction


def compare(extractions: Iterable[Extraction]) -> Comparison:
    """Line up the claims of ``extractions`` into facts."""
    return Comparison(articles=tuple(extractions))
