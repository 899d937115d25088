"""Which units count the same kind of thing (``data/units.toml``): claims in either may share a
fact, as "3,000 jobs" and "約3000人" (people) do.

>>> same_kind("job", "person"), same_kind("chip", "gpu"), same_kind("user", "chip")
(True, False, False)
"""

from __future__ import annotations

import functools

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
