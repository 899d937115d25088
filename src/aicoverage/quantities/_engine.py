"""Quantities in text: numerals joined with currencies, units, bounds and ranges."""

from __future__ import annotations

from aicoverage.model import Quantity, QuantityMention


def parse_quantity(text: str, *, language: str) -> Quantity | None:
    """The quantity that the whole of ``text`` states, or None."""
    return None


def find_quantities(text: str, *, language: str) -> list[QuantityMention]:
    """Every quantity mention in ``text``, in order."""
    return []
