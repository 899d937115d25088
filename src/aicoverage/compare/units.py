"""Which units count the same kind of thing (``data/units.toml``): claims in either may share a
fact, as "3,000 jobs" and "約3000人" (people) do.

>>> same_kind("job", "person"), same_kind("chip", "gpu"), same_kind("user", "chip")
(True, False, False)

Durations are compared in one unit of their scale (``[durations]``): "1.5 years" meets "18 months".

>>> compared_in("year")
('month', Decimal('12'))
"""

from __future__ import annotations

import functools
from decimal import Decimal

from aicoverage._tables import read_table


@functools.cache
def _families() -> dict[str, str]:
    """Unit id -> its family's id."""
    return {unit: family for family, units in read_table("units")["families"].items() for unit in units}


def same_kind(a: str, b: str) -> bool:
    """Whether units ``a`` and ``b`` are one unit or of one family."""
    if a == b:
        return True
    family = _families().get(a)
    return family is not None and family == _families().get(b)


@functools.cache
def _durations() -> dict[str, tuple[str, Decimal]]:
    table = read_table("units").get("durations", {})
    return {unit: (str(into), Decimal(str(factor))) for unit, (into, factor) in table.items()}


def compared_in(unit: str | None) -> tuple[str | None, Decimal]:
    """The unit a duration in ``unit`` is compared in, and the factor into it (1: as it is)."""
    if unit is None:
        return None, Decimal(1)
    return _durations().get(unit, (unit, Decimal(1)))
