"""The typed core: what aicoverage reads, finds and compares.

Every class is an attrs frozen class; (de)serialisation goes through the one cattrs converter in
:mod:`aicoverage.serialize`. Offsets (``start``/``end``) are character offsets into the decoded source
text (:attr:`Article.text`), end exclusive, so ``article.text[m.start:m.end] == m.text`` always.

The classes live in one private module per stage of the pipeline, and are used from here:
:mod:`._quantity` (a normalised value), :mod:`._article` (what an adapter reads),
:mod:`._extraction` (claims, quotes, entities) and :mod:`._comparison` (facts and their rule).

>>> from decimal import Decimal
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(6_000_000), high=Decimal(6_000_000), currency="USD")
>>> q.is_point
True
"""

from __future__ import annotations

from aicoverage.model._article import (
    PRECISIONS,
    Article,
    Comment,
    Problem,
    Section,
    SetAside,
    Source,
    TextSpan,
)
from aicoverage.model._comparison import Comparison, Evidence, Fact, FactClaim, Rate, Rule, Status
from aicoverage.model._extraction import Claim, EntityMention, Extraction, Quote, Speaker
from aicoverage.model._quantity import FLATTEN, Bound, Kind, Quantity, QuantityMention

__all__ = [
    "FLATTEN",
    "PRECISIONS",
    "Article",
    "Bound",
    "Claim",
    "Comment",
    "Comparison",
    "EntityMention",
    "Evidence",
    "Extraction",
    "Fact",
    "FactClaim",
    "Kind",
    "Problem",
    "Quantity",
    "QuantityMention",
    "Quote",
    "Rate",
    "Rule",
    "Section",
    "SetAside",
    "Source",
    "Speaker",
    "Status",
    "TextSpan",
]
