"""Numbers, magnitudes, currencies, units, ranges and bounds in running text (parse and find)."""

from aicoverage.quantities._engine import find_quantities, parse_quantity

__all__ = ["find_quantities", "parse_quantity"]
