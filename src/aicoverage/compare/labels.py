"""Labels people read: a fact's holder and measure in words, or its topics when neither is told.

>>> describe(None, "USD", None)
'USD'
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from aicoverage.extract.measures import measure_label
from aicoverage.model import FactClaim, Kind

__all__ = ["describe", "make_label", "most_common"]


def most_common(values: Sequence[str | None]) -> str | None:
    """The most frequent non-empty value (first seen on ties), or None."""
    counts = Counter(v for v in values if v)
    return max(counts, key=lambda v: (counts[v], -values.index(v))) if counts else None


def describe(unit: str | None, currency: str | None, per: str | None, kind: Kind | None = None) -> str:
    """What the fact's values are in: currency, unit or kind, per period."""
    what = currency or unit or (kind.value if kind else "value")
    return f"{what} per {per}" if per else what


def make_label(
    claims: Sequence[FactClaim], *, holder: str | None, measure: str | None, currency: str | None
) -> str:
    """ "Nvidia · market value change (USD)"; without a measure, the holder and the top topics."""
    first = claims[0].claim.quantity
    if measure is not None:
        about = measure_label(measure)
    else:
        topics = Counter(t for fc in claims for t in dict.fromkeys(fc.claim.topics))
        about = ", ".join(t for t, _ in sorted(topics.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
    parts = {fc.claim.part for fc in claims} - {None}
    if about and len(parts) == 1:
        about = f"{about}, {parts.pop()}"  # "Stargate · investment, total"
    head = " · ".join(p for p in (holder, about) if p) or f"“{claims[0].claim.text}”"
    return f"{head} ({describe(first.unit, currency, first.per, first.kind)})"
