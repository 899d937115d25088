"""What comparison gives: facts lined up across sources, their evidence, status and rule.

>>> Rule().relative_tolerance, Status.DISAGREE.value
(Decimal('0.1'), 'disagree')
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import Any

from attrs import field, frozen

from aicoverage.model._extraction import Claim, Extraction
from aicoverage.model._quantity import Kind, check_currency, flat


class Status(StrEnum):
    """How the sources stating one fact relate."""

    AGREE = "agree"
    AGREE_WITHIN_ROUNDING = "agree_within_rounding"
    DISAGREE = "disagree"
    SINGLE_SOURCE = "single_source"


@frozen
class Rate:
    """A user-given exchange rate: one ``currency`` is worth ``rate`` of ``target``."""

    currency: str = field(validator=lambda i, a, v: check_currency(i, a, v))
    target: str = field(validator=lambda i, a, v: check_currency(i, a, v))
    rate: Decimal


@frozen
class Rule:
    """How facts are lined up and judged; the workbook's About sheet states it.

    Two values agree within rounding when they differ by no more than ``relative_tolerance`` of the
    larger or by ``absolute_tolerance``. Claims of different currencies never meet unless ``rates``
    convert them (and the fact's note says so). ``max_ratio`` keeps claims whose values lie further
    apart than that factor in separate facts unless subject and topic both match. Dated articles
    more than ``story_days`` apart belong to different stories and never share a fact.
    """

    relative_tolerance: Decimal = Decimal("0.1")
    absolute_tolerance: Decimal = Decimal(0)
    max_ratio: Decimal = Decimal(3)
    story_days: int = 90
    rates: tuple[Rate, ...] = ()
    fact_sheet: str | None = None
    """Path of the user's fact sheet whose facts took priority, if one was given."""


@frozen
class FactClaim:
    """A claim lined up under a fact, with the article (source path) it comes from."""

    article: str
    claim: Claim = field(metadata=flat())


@frozen
class Evidence:
    """Why a claim stands in a fact (the signals that joined it), or why a neighbour stayed out."""

    article: str
    start: int
    end: int
    signals: tuple[str, ...] = ()
    """Signals that joined the claim (``holder``, ``measure``, ``topic:cost``, ``context``...)."""
    guard: str | None = None
    """For a near neighbour kept out of the fact: the guard that kept it out."""


@frozen
class Fact:
    """One fact as several sources state it, and whether they agree."""

    id: str
    label: str
    status: Status
    claims: tuple[FactClaim, ...] = ()
    kind: Kind | None = None
    unit: str | None = None
    currency: str | None = None
    subject: str | None = None
    spread: Decimal | None = None
    """Relative spread between the sources' values (0 when they agree exactly)."""
    note: str | None = None
    """What the reader should know: currencies converted, currency not stated, fact sheet entry."""
    holder: str | None = None
    """The entity whose quantity the fact is, when its claims tell it."""
    measure: str | None = None
    """What the fact measures (a language-independent id), when its claims tell it."""
    evidence: tuple[Evidence, ...] = ()
    """For each claim after the first, the signals that joined it; then neighbours kept out."""


@frozen
class Comparison:
    """Facts lined up across the compared articles."""

    facts: tuple[Fact, ...] = ()
    articles: tuple[Extraction, ...] = ()
    rule: Rule = Rule()
    stories: tuple[int | None, ...] = ()
    """The story number of each article (same order as ``articles``); None when it stands alone."""

    def to_pandas(self) -> dict[str, Any]:
        """Every table (articles, claims, quotes, comments, facts, fact_claims) as a pandas DataFrame."""
        from aicoverage.frames import to_pandas

        return to_pandas(self)

    def facts_frame(self) -> Any:
        """The facts as a pandas DataFrame (see :mod:`aicoverage.frames`)."""
        from aicoverage.frames import facts_frame

        return facts_frame(self)

    def claims_frame(self) -> Any:
        """The claims, with float values and their fact ids, as a pandas DataFrame."""
        from aicoverage.frames import claims_frame

        return claims_frame(self)
